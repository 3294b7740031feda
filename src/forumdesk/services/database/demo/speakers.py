"""The demo's speakers lists, one per segment, through the speakers-list services.

The story is the morning of the hearings at the file's "now" (11:20 at the venue): the
opening addresses are over, the first part is under way with a speaker on the floor,
and the later parts have their lists ready. In the interactive parts, civil society
and States take the floor in turn, civil society first, every category heard.
"""

from __future__ import annotations

import random
import uuid
from collections import deque
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from forumdesk.services.database.demo.arrivals import Door
from forumdesk.services.database.demo.people import Registered
from forumdesk.services.programme.speakers.lists import add_speaker, record_speech
from forumdesk.services.programme.speakers.turns import start_turn
from forumdesk.store.enums import Gender, OrganisationCategory


def add_speakers(
    session: Session,
    doors: dict[str, Door],
    people: list[Registered],
    arrivals: dict[uuid.UUID, datetime],
    rng: random.Random,
    spec: dict[str, Any],
    categories: list[str],
) -> None:
    """`doors`: each segment by title; `arrivals`: when each person came in;
    `categories`: civil society's, in the order their speakers take turns."""
    # Whoever speaks in a part was in before the first part began.
    plans = spec["segments"]
    first_part = min(doors[title].starts for title, plan in plans.items() if "speakers" in plan)
    early = [p for p in people if p.present and arrivals[p.registration_id] < first_part]
    picker = _Picker(early, categories, rng)
    for title, plan in plans.items():
        door = doors[title]
        if "people" in plan:
            chosen = [p for p in people if p.family_name in plan["people"]]
        else:
            chosen = picker.take(plan["speakers"])
        turns = [
            add_speaker(session, door.segment_id, p.representative_id, plan.get("allotted")).id
            for p in chosen
        ]
        _speak(session, door, turns, plan, rng, spec)


def _speak(
    session: Session,
    door: Door,
    turns: list[uuid.UUID],
    plan: dict[str, Any],
    rng: random.Random,
    spec: dict[str, Any],
) -> None:
    """The first turns have spoken, one after another; the next one has the floor."""
    cursor = door.starts + timedelta(minutes=plan.get("first_after_minutes", 3))
    allotted = plan.get("allotted", spec["allotted"])
    spoke = plan.get("spoke", 0)
    for turn in turns[:spoke]:
        used = rng.randint(int(allotted * 0.7), int(allotted * 1.15))
        record_speech(session, turn, cursor, cursor + timedelta(seconds=used), used)
        cursor += timedelta(seconds=used + rng.randint(15, 60))
    if plan.get("speaking") and len(turns) > spoke:
        start_turn(session, turns[spoke], cursor, spec["speaking_for"])


class _Picker:
    """Speakers for the interactive parts: civil society and States in turn, civil
    society's categories in rotation, women and men in turn where the next in line
    allows, nobody twice in the day."""

    def __init__(self, people: list[Registered], categories: list[str], rng: random.Random):
        shuffled = rng.sample(people, len(people))
        self.states = deque(p for p in shuffled if p.category is OrganisationCategory.MEMBER_STATE)
        self.civil = {
            OrganisationCategory(c): deque(p for p in shuffled if p.category == c)
            for c in categories
        }
        self.rotation = deque(self.civil)
        self.last: Gender | None = None

    def take(self, count: int) -> list[Registered]:
        chosen: list[Registered] = []
        while len(chosen) < count:
            if len(chosen) % 2 == 1 and self.states:
                chosen.append(self._pop(self.states))
                continue
            waiting = [c for c in self.rotation if self.civil[c]]
            if not waiting:
                break
            while not self.civil[self.rotation[0]]:
                self.rotation.rotate(-1)
            chosen.append(self._pop(self.civil[self.rotation[0]]))
            self.rotation.rotate(-1)
        return chosen

    def _pop(self, queue: deque[Registered]) -> Registered:
        """The first in `queue` of another gender than the last speaker's, else the first."""
        person = next((p for p in queue if p.gender is not self.last), queue[0])
        queue.remove(person)
        self.last = person.gender
        return person

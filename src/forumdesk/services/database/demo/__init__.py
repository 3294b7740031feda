"""The demo forum: the informal interactive hearings of 12 July 2006, read from the
seed, with fictional registrations in the proportions of the seed's ¶4.

The forum, its programme, the summary and the people the text names come from the
seed (`seed.py`). Around them, a seeded generator (`sample.py`) registers real Member
States with invented delegates and invented organisations of civil society and the
private sector, all marked as fictional sample data; then a morning of check-ins
(`arrivals.py`) and the speakers lists (`speakers.py`). The same on every machine.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.database.demo.arrivals import Door, add_check_ins, local_moment
from forumdesk.services.database.demo.people import accredit, add_sample, named
from forumdesk.services.database.demo.practices import add_practices
from forumdesk.services.database.demo.recommendations import add_recommendations
from forumdesk.services.database.demo.sample import draw_sample, sample_data
from forumdesk.services.database.demo.seed import (
    add_forum,
    add_named_people,
    add_notes,
    demo_forum_id,
    descriptor,
)
from forumdesk.services.database.demo.speakers import add_speakers
from forumdesk.services.documents.documents import ImportReport
from forumdesk.services.programme.times import time_zone
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.store.models import Day, ForumSession, Segment

__all__ = ["DemoReport", "demo_forum_id", "load_demo"]


@dataclass(frozen=True)
class DemoReport:
    forum_id: uuid.UUID
    created: bool
    segments: int
    document: ImportReport | None


def load_demo(session: Session) -> DemoReport:
    """Create the demo forum unless it is already there; one call, one transaction."""
    data, document_path = descriptor()
    existing = demo_forum_id(session)
    if existing is not None:
        count = _segment_count(session, existing)
        return DemoReport(existing, created=False, segments=count, document=None)
    forum, report = add_forum(session, data, document_path)
    sample = sample_data()
    rng = random.Random(sample["seed"])
    day = date.fromisoformat(data["date"])
    first_request = datetime.combine(
        date.fromisoformat(sample["day"]["requested_from"]), time(13), tzinfo=UTC
    )
    _, seeded = add_named_people(session, forum, data, first_request)
    people = named(seeded) + add_sample(session, forum.id, draw_sample(rng, day))
    accredit(session, people)
    refresh_registry_index(session)  # the people and organisations in the search index
    add_notes(session, forum, report.document_id, data)
    add_practices(session, forum, report.document_id)
    add_recommendations(session, forum.id, report.document_id)
    zone = time_zone(forum.timezone)
    doors = {
        segment.title: Door(segment.id, local_moment(day, segment.starts_at.isoformat(), zone))
        for d in forum.days
        for sitting in d.sessions
        for segment in sitting.segments
    }
    ordered = sorted(doors.values(), key=lambda door: door.starts)
    arrivals = add_check_ins(session, forum.id, zone, day, people, ordered, rng, sample["day"])
    categories = list(sample["civil_society"]["accredited"])
    add_speakers(session, doors, people, arrivals, rng, sample["speakers"], categories)
    return DemoReport(
        forum.id, created=True, segments=_segment_count(session, forum.id), document=report
    )


def _segment_count(session: Session, forum_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count(Segment.id))
            .join(ForumSession, Segment.session_id == ForumSession.id)
            .join(Day, ForumSession.day_id == Day.id)
            .where(Day.forum_id == forum_id, Segment.deleted_at.is_(None))
        )
        or 0
    )

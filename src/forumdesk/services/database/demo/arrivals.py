"""The demo's morning at the door: the check-ins the desks would have written.

Everyone present is scanned at an entrance desk, most between 8:30 and 10:30 at the
venue; some are scanned again at the plenary hall's door for a segment that began
before the demo's "now". The rows are those `services/attendance/checkin.py` writes
for a first scan (one at the entrance, one per segment door), made here in one go:
the ORM adds them, so the audit log records them like any scan.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from forumdesk.services.database.demo.people import Registered
from forumdesk.store.models import CheckIn

#: The rush at the door is over a minute or two before a segment begins.
_DOOR_LEAD = timedelta(minutes=15)


@dataclass(frozen=True)
class Door:
    segment_id: uuid.UUID
    starts: datetime  # UTC


def local_moment(day: date, clock: str, zone: ZoneInfo) -> datetime:
    """ "HH:MM" at the venue on `day`, as a UTC instant."""
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=zone).astimezone(UTC)


def add_check_ins(
    session: Session,
    forum_id: uuid.UUID,
    zone: ZoneInfo,
    day: date,
    people: list[Registered],
    doors: list[Door],
    rng: random.Random,
    spec: dict[str, Any],
) -> dict[uuid.UUID, datetime]:
    """Scan everyone present in; returns when each (by registration) came in."""
    arrivals: dict[uuid.UUID, datetime] = {}
    desks = [name for name, _ in spec["entrance_desks"]]
    weights = [share for _, share in spec["entrance_desks"]]
    now = local_moment(day, spec["now"], zone)
    open_doors = [door for door in doors if door.starts < now]
    rows: list[CheckIn] = []
    for person in people:
        if not person.present:
            continue
        at = _arrival(day, zone, rng, spec["arrivals"])
        arrivals[person.registration_id] = at
        rows.append(_row(forum_id, person, None, rng.choices(desks, weights)[0], at))
        door = next((d for d in open_doors if d.starts + _DOOR_LEAD > at), None)
        if door is not None and rng.random() < spec["door_share"]:
            lead = timedelta(seconds=rng.randint(30, int(_DOOR_LEAD.total_seconds())))
            scanned = max(at + timedelta(minutes=2), door.starts - lead)
            rows.append(_row(forum_id, person, door.segment_id, spec["segment_door"], scanned))
    session.add_all(rows)
    session.flush()
    return arrivals


def _arrival(day: date, zone: ZoneInfo, rng: random.Random, spec: dict[str, Any]) -> datetime:
    """Most come between the doors opening and the first part; a few late."""
    first, last = local_moment(day, spec["first"], zone), local_moment(day, spec["last"], zone)
    if rng.random() < spec["late_share"]:
        late = local_moment(day, spec["late_until"], zone)
        seconds = rng.uniform(0, (late - last).total_seconds())
        return last + timedelta(seconds=int(seconds))
    busiest = local_moment(day, spec["busiest"], zone)
    span = (last - first).total_seconds()
    seconds = rng.triangular(0, span, (busiest - first).total_seconds())
    return first + timedelta(seconds=int(seconds))


def _row(
    forum_id: uuid.UUID, person: Registered, segment_id: uuid.UUID | None, desk: str, at: datetime
) -> CheckIn:
    return CheckIn(
        forum_id=forum_id,
        registration_id=person.registration_id,
        representative_id=person.representative_id,
        segment_id=segment_id,
        desk=desk,
        checked_in_at=at,
    )

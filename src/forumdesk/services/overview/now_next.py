"""Now and next: the segment running, the one after it, and who has the floor.

The speakers list is the live state: a turn with the floor (status "speaking") makes
its segment the one running, whatever the clock says, as a projector follows the
chair rather than the printed times. Without one, the programme's times at the venue
decide. Times are the venue's (the forum's time zone).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound
from forumdesk.services.programme.speakers.turns import turn_in_progress
from forumdesk.services.programme.times import TimeZoneError, span_moments, time_zone
from forumdesk.store.enums import InterventionStatus
from forumdesk.store.models import Day, Forum, ForumSession, Intervention, Room, Segment


class Phase(StrEnum):
    EMPTY = "empty"  # no segment in the programme
    BEFORE = "before"  # the first segment is still to come
    DURING = "during"  # between the first start and the last end
    AFTER = "after"  # the last segment has ended


@dataclass(frozen=True)
class SegmentSlot:
    id: uuid.UUID
    title: str
    starts: datetime  # aware, in the venue's zone
    ends: datetime
    room: str | None


@dataclass(frozen=True)
class Floor:
    """The turn that has the floor, as its clock last saved it."""

    intervention_id: uuid.UUID
    segment_id: uuid.UUID
    speaker: str
    organisation: str | None
    used_seconds: int
    allotted_seconds: int | None
    saved_at: datetime  # when the clock last wrote the turn (UTC)


@dataclass(frozen=True)
class NowNext:
    phase: Phase
    now: SegmentSlot | None
    next: SegmentSlot | None
    floor: Floor | None
    at: datetime  # the moment asked about, in the venue's zone


def now_and_next(session: Session, forum_id: uuid.UUID, at: datetime) -> NowNext:
    """The forum's state at the aware moment `at`."""
    forum = session.get(Forum, forum_id)
    if forum is None:
        raise NotFound(_("there is no forum {forum_id}").format(forum_id=forum_id))
    try:
        zone = time_zone(forum.timezone)
    except TimeZoneError:
        zone = ZoneInfo("UTC")  # a broken zone name still shows the programme
    local = at.astimezone(zone)
    slots = _slots(session, forum_id, zone)
    floor = _floor(session, forum_id)
    if not slots:
        return NowNext(Phase.EMPTY, None, None, floor, local)
    now = next((s for s in slots if floor is not None and s.id == floor.segment_id), None)
    if now is None:
        now = next((s for s in slots if s.starts <= local < s.ends), None)
    if now is not None:
        later = slots[slots.index(now) + 1 :]
    else:
        later = [s for s in slots if s.starts > local]
    phase = Phase.DURING
    if now is None and local < slots[0].starts:
        phase = Phase.BEFORE
    elif now is None and local >= max(s.ends for s in slots):
        phase = Phase.AFTER
    return NowNext(phase, now, later[0] if later else None, floor, local)


def _slots(session: Session, forum_id: uuid.UUID, zone: ZoneInfo) -> list[SegmentSlot]:
    rows = session.execute(
        select(Segment, Day.date, Room.name)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .outerjoin(Room, Room.id == Segment.room_id)
        .where(
            Day.forum_id == forum_id,
            Segment.deleted_at.is_(None),
            ForumSession.deleted_at.is_(None),
            Day.deleted_at.is_(None),
        )
        .order_by(Day.date, Segment.starts_at, Segment.position)
    ).all()
    slots = []
    for segment, day, room in rows:
        starts, ends = span_moments(day, segment.starts_at, segment.ends_at, zone)
        slots.append(SegmentSlot(segment.id, segment.title, starts, ends, room))
    return slots


def _floor(session: Session, forum_id: uuid.UUID) -> Floor | None:
    """The most recently started turn with the floor in the forum, if any."""
    found = session.execute(
        select(Intervention.segment_id, Intervention.updated_at)
        .join(Segment, Segment.id == Intervention.segment_id)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(
            Day.forum_id == forum_id,
            Intervention.status == InterventionStatus.SPEAKING,
            Intervention.deleted_at.is_(None),
            Segment.deleted_at.is_(None),
        )
        .order_by(Intervention.started_at.desc())
        .limit(1)
    ).first()
    if found is None:
        return None
    segment_id, saved_at = found
    line = turn_in_progress(session, segment_id)
    if line is None:
        return None
    return Floor(
        intervention_id=line.id,
        segment_id=segment_id,
        speaker=line.name,
        organisation=line.organisation,
        used_seconds=line.used_seconds or 0,
        allotted_seconds=line.allotted_seconds,
        saved_at=saved_at,
    )

"""Where segments sit: the timeline's data, and moving or resizing one segment.

A segment's place is its day, its room and its local start and end (the forum's
time zone). Moving it to another day puts it in that day's sitting (session) that
holds its new start, or the nearest one. Times are kept on whole minutes; the
timeline snaps to five.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, reconcile
from forumdesk.services.common.messages import _
from forumdesk.store.enums import SegmentKind
from forumdesk.store.models import Day, ForumSession, Room, Segment

SNAP_MINUTES = 5
DEFAULT_DAY = (time(9, 0), time(18, 0))


class ProgrammeEditError(ValueError):
    """A change that cannot be made; the message says why."""


@dataclass(frozen=True)
class SegmentPlace:
    day_id: uuid.UUID
    room_id: uuid.UUID | None
    starts_at: time
    ends_at: time


@dataclass(frozen=True)
class TimelineDay:
    id: uuid.UUID
    date: date
    starts_at: time
    ends_at: time


@dataclass(frozen=True)
class TimelineRoom:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class TimelineBlock:
    segment_id: uuid.UUID
    title: str
    kind: SegmentKind
    place: SegmentPlace


@dataclass(frozen=True)
class Timeline:
    days: tuple[TimelineDay, ...]
    rooms: tuple[TimelineRoom, ...]
    blocks: tuple[TimelineBlock, ...]


def minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def at_minutes(value: int) -> time:
    if not 0 <= value < 24 * 60:
        raise ProgrammeEditError(_("a segment must start and end within its day"))
    return time(value // 60, value % 60)


def timeline(session: Session, forum_id: uuid.UUID) -> Timeline:
    """The forum's days, rooms and segments, in order, tombstones left out."""
    days = session.scalars(
        select(Day)
        .where(Day.forum_id == forum_id, Day.deleted_at.is_(None))
        .order_by(Day.position, Day.date)
    ).all()
    rooms = session.scalars(
        select(Room)
        .where(Room.forum_id == forum_id, Room.deleted_at.is_(None))
        .order_by(Room.position, Room.name)
    ).all()
    rows = session.execute(
        select(Segment, ForumSession.day_id)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(
            Day.forum_id == forum_id,
            Day.deleted_at.is_(None),
            ForumSession.deleted_at.is_(None),
            Segment.deleted_at.is_(None),
        )
        .order_by(Segment.starts_at, Segment.position)
    ).all()
    return Timeline(
        days=tuple(
            TimelineDay(
                day.id,
                day.date,
                day.starts_at or DEFAULT_DAY[0],
                day.ends_at or DEFAULT_DAY[1],
            )
            for day in days
        ),
        rooms=tuple(TimelineRoom(room.id, room.name) for room in rooms),
        blocks=tuple(
            TimelineBlock(
                segment.id,
                segment.title,
                segment.kind,
                SegmentPlace(day_id, segment.room_id, segment.starts_at, segment.ends_at),
            )
            for segment, day_id in rows
        ),
    )


def segment_place(session: Session, segment_id: uuid.UUID) -> SegmentPlace:
    segment = _live_segment(session, segment_id)
    sitting = session.get_one(ForumSession, segment.session_id)
    return SegmentPlace(sitting.day_id, segment.room_id, segment.starts_at, segment.ends_at)


def move_segment(
    session: Session,
    segment_id: uuid.UUID,
    place: SegmentPlace,
    *,
    read: SegmentPlace | None = None,
) -> SegmentPlace:
    """Put the segment at `place`; returns where it was (for undo).

    `read`: where the timeline showed it when it was dragged. Moved meanwhile by
    someone else: what they changed alone is kept (their room, say, with this new
    time), and a change of the same field refuses (EditConflict).
    """
    segment = locked(session, Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise ProgrammeEditError(_("no such segment {segment_id}").format(segment_id=segment_id))
    before = segment_place(session, segment_id)
    if read is not None:
        place = reconcile(
            session,
            table="segments",
            record_id=segment_id,
            version=segment.version,
            read=ReadAt(None, read),
            stored=lambda: before,
            wanted=place,
            columns={"day_id": "session_id"},
        )
    if minutes(place.ends_at) <= minutes(place.starts_at):
        raise ProgrammeEditError(_("a segment must end after it starts"))
    day = session.get(Day, place.day_id)
    if day is None or day.deleted_at is not None:
        raise ProgrammeEditError(_("no such day {day_id}").format(day_id=place.day_id))
    forum_id = session.get_one(Day, before.day_id).forum_id
    if day.forum_id != forum_id:
        raise ProgrammeEditError(_("a segment cannot move to another forum's day"))
    if place.room_id is not None:
        room = session.get(Room, place.room_id)
        if room is None or room.deleted_at is not None or room.forum_id != forum_id:
            raise ProgrammeEditError(
                _("no such room {room_id} in this forum").format(room_id=place.room_id)
            )
    segment.session_id = _sitting_for(session, day, place.starts_at).id
    segment.room_id = place.room_id
    segment.starts_at = place.starts_at
    segment.ends_at = place.ends_at
    session.flush()
    return before


def _live_segment(session: Session, segment_id: uuid.UUID) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise ProgrammeEditError(_("no such segment {segment_id}").format(segment_id=segment_id))
    return segment


def _sitting_for(session: Session, day: Day, start: time) -> ForumSession:
    """The day's sitting holding `start`, else the nearest; one is made for an empty day."""
    sittings = [
        s
        for s in session.scalars(
            select(ForumSession)
            .where(ForumSession.day_id == day.id)
            .order_by(ForumSession.position)
        )
        if s.deleted_at is None
    ]
    if not sittings:
        from forumdesk.services.programme.annex import session_kind

        sitting = ForumSession(
            day_id=day.id,
            kind=session_kind(start),
            title="",
            starts_at=day.starts_at or DEFAULT_DAY[0],
            ends_at=day.ends_at or DEFAULT_DAY[1],
            position=0,
        )
        session.add(sitting)
        session.flush()
        return sitting
    at = minutes(start)
    for sitting in sittings:
        if minutes(sitting.starts_at) <= at < minutes(sitting.ends_at):
            return sitting

    def distance(sitting: ForumSession) -> int:
        return min(abs(at - minutes(sitting.starts_at)), abs(at - minutes(sitting.ends_at)))

    return min(sittings, key=distance)

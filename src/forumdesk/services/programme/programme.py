"""Programme: build a forum's days, sessions and segments; read them back for display."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from forumdesk.services.programme.annex import SessionSpec
from forumdesk.store.enums import SegmentKind, SegmentRoleKind, SessionKind
from forumdesk.store.models import (
    Day,
    Forum,
    ForumSession,
    Representative,
    Room,
    Segment,
    SegmentRole,
)


@dataclass(frozen=True)
class RoleView:
    role: SegmentRoleKind
    label: str
    person: str | None = None


@dataclass(frozen=True)
class SegmentView:
    id: uuid.UUID
    kind: SegmentKind
    title: str
    theme: str | None
    starts_at: time
    ends_at: time
    room: str | None
    roles: tuple[RoleView, ...]


@dataclass(frozen=True)
class SessionView:
    id: uuid.UUID
    kind: SessionKind
    title: str
    starts_at: time
    ends_at: time
    segments: tuple[SegmentView, ...]


@dataclass(frozen=True)
class DayView:
    id: uuid.UUID
    date: date
    sessions: tuple[SessionView, ...]


def add_day_programme(
    session: Session, forum: Forum, day_date: date, specs: list[SessionSpec], room: Room | None
) -> Day:
    """Add one day built from session specs (e.g. read from a summary's annex)."""
    day = Day(
        forum=forum,
        date=day_date,
        position=len(forum.days),
        starts_at=min((s.starts_at for s in specs), default=None),
        ends_at=max((s.ends_at for s in specs), default=None),
    )
    session.add(day)
    for position, spec in enumerate(specs):
        sitting = ForumSession(
            day=day,
            kind=spec.kind,
            title=spec.title,
            starts_at=spec.starts_at,
            ends_at=spec.ends_at,
            position=position,
        )
        session.add(sitting)
        for order, segment_spec in enumerate(spec.segments):
            segment = Segment(
                session=sitting,
                room_id=room.id if room is not None else None,
                kind=segment_spec.kind,
                title=segment_spec.title,
                theme=segment_spec.theme,
                starts_at=segment_spec.starts_at,
                ends_at=segment_spec.ends_at,
                position=order,
            )
            segment.roles = [
                SegmentRole(role=SegmentRoleKind.ADDRESS, label=label, position=n)
                for n, label in enumerate(segment_spec.addresses)
            ]
            session.add(segment)
    session.flush()
    return day


def programme_view(session: Session, forum_id: uuid.UUID) -> list[DayView]:
    """The forum's days with their sessions and segments, in order, tombstones left out."""
    days = session.scalars(
        select(Day)
        .where(Day.forum_id == forum_id, Day.deleted_at.is_(None))
        .order_by(Day.position, Day.date)
        .options(
            selectinload(Day.sessions)
            .selectinload(ForumSession.segments)
            .selectinload(Segment.roles)
        )
    ).all()
    rooms = {
        room.id: room.name
        for room in session.scalars(select(Room).where(Room.forum_id == forum_id)).all()
    }
    people = _people_in_roles(session, forum_id)
    return [
        DayView(
            id=day.id,
            date=day.date,
            sessions=tuple(
                SessionView(
                    id=sitting.id,
                    kind=sitting.kind,
                    title=sitting.title,
                    starts_at=sitting.starts_at,
                    ends_at=sitting.ends_at,
                    segments=tuple(
                        _segment_view(segment, rooms, people)
                        for segment in sitting.segments
                        if segment.deleted_at is None
                    ),
                )
                for sitting in day.sessions
                if sitting.deleted_at is None
            ),
        )
        for day in days
    ]


def _people_in_roles(session: Session, forum_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """Display names of everyone holding a role in the forum, in one query."""
    rows = session.execute(
        select(
            Representative.id,
            Representative.title,
            Representative.given_name,
            Representative.family_name,
        )
        .join(SegmentRole, SegmentRole.representative_id == Representative.id)
        .join(Segment, SegmentRole.segment_id == Segment.id)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(Day.forum_id == forum_id)
    ).all()
    return {
        row.id: " ".join(p for p in (row.title, row.given_name, row.family_name) if p)
        for row in rows
    }


def _segment_view(
    segment: Segment, rooms: dict[uuid.UUID, str], people: dict[uuid.UUID, str]
) -> SegmentView:
    return SegmentView(
        id=segment.id,
        kind=segment.kind,
        title=segment.title,
        theme=segment.theme,
        starts_at=segment.starts_at,
        ends_at=segment.ends_at,
        room=rooms.get(segment.room_id) if segment.room_id else None,
        roles=tuple(
            RoleView(
                role.role,
                role.label or "",
                people.get(role.representative_id) if role.representative_id else None,
            )
            for role in segment.roles
            if role.deleted_at is None
        ),
    )

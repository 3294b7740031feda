"""Minutes: where each segment of a forum stands."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.recorded_logins import recorded_logins
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import Day, ForumSession, Minutes, MinutesVersion, Segment


@dataclass(frozen=True)
class MinutesRow:
    segment_id: uuid.UUID
    day: date
    starts_at: time
    ends_at: time
    segment_title: str
    state: MinutesState | None
    versions: int
    approved_by: str | None
    approved_at: datetime | None
    approved_by_login: bool = False  # approved_by is an old computer login, not a name


def minutes_overview(session: Session, forum_id: uuid.UUID) -> list[MinutesRow]:
    """Every live segment of the forum in programme order, with its minutes if any."""
    versions = (
        select(MinutesVersion.minutes_id, func.count(MinutesVersion.id).label("n"))
        .where(MinutesVersion.deleted_at.is_(None))
        .group_by(MinutesVersion.minutes_id)
        .subquery()
    )
    rows = session.execute(
        select(Segment, Day.date, Minutes, func.coalesce(versions.c.n, 0))
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .outerjoin(
            Minutes,
            (Minutes.segment_id == Segment.id) & Minutes.deleted_at.is_(None),
        )
        .outerjoin(versions, versions.c.minutes_id == Minutes.id)
        .where(
            Day.forum_id == forum_id,
            Day.deleted_at.is_(None),
            ForumSession.deleted_at.is_(None),
            Segment.deleted_at.is_(None),
        )
        .order_by(Day.date, Segment.starts_at, Segment.position)
    ).all()
    logins = recorded_logins(session)
    return [
        MinutesRow(
            segment_id=segment.id,
            day=day,
            starts_at=segment.starts_at,
            ends_at=segment.ends_at,
            segment_title=segment.title,
            state=minutes.state if minutes else None,
            versions=int(count),
            approved_by=minutes.approved_by if minutes else None,
            approved_at=minutes.approved_at if minutes else None,
            approved_by_login=bool(minutes and minutes.approved_by in logins),
        )
        for segment, day, minutes, count in rows
    ]

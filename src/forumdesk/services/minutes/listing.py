"""Minutes: which of a forum's are exported together, in what order, under what name.

"Export all minutes" (the Minutes page's Export All… and `forumdesk minutes
export-all`) takes every started minutes of the forum's programme as it stands: those
of each live segment, and those of a whole séance, in programme order (a séance's
own minutes before its segments'). Each is printed at its latest version, as the
single export does. Minutes of a removed segment, séance or day are left out, as the
Minutes page leaves them out; so are minutes with no version left to print.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.minutes.workflow import MinutesError
from forumdesk.store.models import Day, Forum, ForumSession, Minutes, MinutesVersion, Segment


@dataclass(frozen=True)
class MinutesToExport:
    minutes_id: uuid.UUID
    day: date
    starts_at: time
    #: The segment's title, or the séance's for the minutes of a whole séance.
    title: str
    #: The version printed: the latest live one.
    version: int
    #: Its file name's parts before the day: the forum, the segment or séance, "minutes".
    name_parts: tuple[str, ...]


def minutes_to_export(session: Session, forum_id: uuid.UUID) -> list[MinutesToExport]:
    """The forum's started minutes in programme order; refused when there are none."""
    forum = session.get(Forum, forum_id)
    forum_title = (forum.short_title or forum.title) if forum is not None else ""
    rows = _rows(session, forum_id, segments=True) + _rows(session, forum_id, segments=False)
    if not rows:
        raise MinutesError(_("no minutes in this forum yet"))
    # Programme order; a séance starts with its first segment, and comes before it.
    rows.sort(key=lambda row: (row.day, row.starts_at, row.of_segment, row.position))
    word = _("minutes")
    return [
        MinutesToExport(
            minutes_id=row.id,
            day=row.day,
            starts_at=row.starts_at,
            title=row.title,
            version=row.number,
            name_parts=(forum_title, row.title, word),
        )
        for row in rows
    ]


def _rows(session: Session, forum_id: uuid.UUID, *, segments: bool) -> list[Any]:
    """The live minutes of the forum's live segments (or séances), with their latest
    live version's number; minutes without one are left out by the join."""
    latest = (
        select(MinutesVersion.minutes_id, func.max(MinutesVersion.number).label("number"))
        .where(MinutesVersion.deleted_at.is_(None))
        .group_by(MinutesVersion.minutes_id)
        .subquery()
    )
    part: Any = Segment if segments else ForumSession
    query = select(
        Minutes.id,
        Day.date.label("day"),
        part.starts_at,
        part.position,
        part.title,
        latest.c.number,
        (Minutes.segment_id.is_not(None)).label("of_segment"),
    ).join(latest, latest.c.minutes_id == Minutes.id)
    if segments:
        query = query.join(Segment, Minutes.segment_id == Segment.id).join(
            ForumSession, Segment.session_id == ForumSession.id
        )
        query = query.where(Segment.deleted_at.is_(None))
    else:
        query = query.join(ForumSession, Minutes.forum_session_id == ForumSession.id)
    query = query.join(Day, ForumSession.day_id == Day.id).where(
        Day.forum_id == forum_id,
        Minutes.deleted_at.is_(None),
        ForumSession.deleted_at.is_(None),
        Day.deleted_at.is_(None),
    )
    return list(session.execute(query).all())

"""One load of the Overview, in parts: a screen asks again only for the parts a change
touched (a check-in: who came; not the accredited counts nor the likely duplicates)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from forumdesk.services.attendance.counts import Accredited, Attendance
from forumdesk.services.overview.actions import ToAct, things_to_act_on
from forumdesk.services.overview.now_next import NowNext, now_and_next
from forumdesk.services.overview.participation import participation
from forumdesk.services.overview.parts import Part
from forumdesk.services.programme.forums import (
    ForumFigures,
    ForumSummary,
    forum_figures,
    list_forums,
)


@dataclass(frozen=True)
class OverviewData:
    """The parts asked for (None where not asked, or when the forum is gone)."""

    forum_id: uuid.UUID | None
    summary: ForumSummary | None = None
    figures: ForumFigures | None = None
    state: NowNext | None = None
    to_act: ToAct | None = None
    #: Set when the accredited counts were read again (else the caller's are current).
    accredited: Accredited | None = None
    attendance: Attendance | None = None
    sentence: str | None = None


def load_overview(
    session: Session,
    forum_id: uuid.UUID | None,
    parts: frozenset[Part],
    accredited: Accredited | None,
    at: datetime,
) -> OverviewData:
    """The parts of the forum's Overview asked for, at the aware moment `at`;
    `accredited` is an earlier load's, reused unless ACCREDITED is asked for."""
    forums = {f.id: f for f in list_forums(session)}
    if forum_id is None or forum_id not in forums:
        return OverviewData(None)
    data = OverviewData(forum_id, summary=forums[forum_id])
    if Part.FORUM in parts:
        data = replace(
            data,
            figures=forum_figures(session, forum_id),
            state=now_and_next(session, forum_id, at),
            to_act=things_to_act_on(session, forum_id),
        )
    if parts & {Part.ACCREDITED, Part.ARRIVALS} or accredited is None:
        known = None if Part.ACCREDITED in parts else accredited
        came = participation(session, forum_id, known)
        data = replace(
            data,
            accredited=came.accredited if known is None else None,
            attendance=came.attendance,
            sentence=came.sentence,
        )
    return data

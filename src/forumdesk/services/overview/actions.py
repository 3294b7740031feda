"""Things to act on: what waits on the secretariat in a forum, counted, each for the
page that deals with it.

Every count here is cheap at 100k people except the likely duplicates, which compares
names across the whole registry: it is counted apart (`likely_duplicates`), so that a
screen can show the rest at once and refresh it only when the registry changes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.minutes.status import minutes_overview
from forumdesk.services.notes.coverage import coverage
from forumdesk.services.programme.clashes import find_clashes
from forumdesk.services.registry.duplicates.review import review_pairs
from forumdesk.services.report.report import ReportError, report_version
from forumdesk.store.enums import AccreditationStatus, MinutesState
from forumdesk.store.models import Registration

#: The likely duplicates are counted up to this many; past it the count says "at least".
DUPLICATES_COUNTED = 200


@dataclass(frozen=True)
class ToAct:
    requests: int  # accreditation requests waiting for a decision
    clashes: tuple[str, ...]  # the programme's clashes, as messages
    minutes_submitted: int  # minutes submitted and awaiting approval
    #: Numbered paragraphs of the summary that no note cites yet, and its version.
    uncited: tuple[int, ...]
    summary_version_id: uuid.UUID | None

    @property
    def nothing(self) -> bool:
        return not (self.requests or self.clashes or self.minutes_submitted or self.uncited)


@dataclass(frozen=True)
class Duplicates:
    pairs: int
    at_least: bool  # more pairs than were counted


def things_to_act_on(session: Session, forum_id: uuid.UUID) -> ToAct:
    requests = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(
            Registration.forum_id == forum_id,
            Registration.status == AccreditationStatus.REQUESTED,
            Registration.deleted_at.is_(None),
        )
    )
    submitted = sum(
        1 for row in minutes_overview(session, forum_id) if row.state == MinutesState.SUBMITTED
    )
    try:
        version = report_version(session, forum_id)
    except ReportError:
        version = None
    uncited = coverage(session, version.id).uncovered if version is not None else ()
    return ToAct(
        requests=int(requests or 0),
        clashes=tuple(clash.message for clash in find_clashes(session, forum_id)),
        minutes_submitted=submitted,
        uncited=tuple(uncited),
        summary_version_id=version.id if version is not None else None,
    )


def likely_duplicates(session: Session) -> Duplicates:
    """The pairs the registry's "Likely Duplicates" list would show (kept-apart pairs
    left out), counted up to DUPLICATES_COUNTED."""
    pairs = review_pairs(session, DUPLICATES_COUNTED + 1)
    return Duplicates(min(len(pairs), DUPLICATES_COUNTED), len(pairs) > DUPLICATES_COUNTED)

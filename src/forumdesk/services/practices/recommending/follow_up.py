"""Where a recommendation stood at a later forum: not started, under way or done, with
the evidence, who assessed it (the signer) and when.

One `FollowUp` per recommendation and forum, its id `link_uuid("follow-up",
recommendation, forum)`: the same assessment made on two laptops is one record. A
later forum is another forum that starts after the recommendation's forum.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, reconcile
from forumdesk.services.common.messages import N_, _
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.common.signer import session_signer
from forumdesk.services.practices.recommending.recommendations import live_recommendation
from forumdesk.store.enums import FollowUpStatus
from forumdesk.store.models import FollowUp, Forum
from forumdesk.store.types import link_uuid, utcnow

#: Each status as people say it (looked up where it is shown).
STATUS_LABELS = {
    FollowUpStatus.NOT_STARTED: N_("not started"),
    FollowUpStatus.UNDER_WAY: N_("under way"),
    FollowUpStatus.DONE: N_("done"),
}


@dataclass(frozen=True)
class Assessment:
    """A status at a forum, as the form or the command line gives it."""

    status: FollowUpStatus
    evidence: str = ""


@dataclass(frozen=True)
class ForumRef:
    id: uuid.UUID
    title: str
    starts_on: date | None


def status_label(status: FollowUpStatus) -> str:
    return _(STATUS_LABELS[status])


def follow_up_id(recommendation_id: uuid.UUID, forum_id: uuid.UUID) -> uuid.UUID:
    return link_uuid("follow-up", recommendation_id, forum_id)


def later_forums(session: Session, forum_id: uuid.UUID) -> list[ForumRef]:
    """The live forums that start after `forum_id` does, the next first."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.starts_on is None:
        return []
    rows = session.scalars(
        select(Forum)
        .where(
            Forum.deleted_at.is_(None),
            Forum.id != forum_id,
            Forum.starts_on.is_not(None),
            Forum.starts_on > forum.starts_on,
        )
        .order_by(Forum.starts_on, Forum.title)
    )
    return [ForumRef(f.id, f.short_title or f.title, f.starts_on) for f in rows]


def set_follow_up(
    session: Session,
    recommendation_id: uuid.UUID,
    forum_id: uuid.UUID,
    assessment: Assessment,
    *,
    read: ReadAt[Assessment] | None = None,
    assessed_on: date | None = None,
) -> uuid.UUID:
    """Record the recommendation's status at a later forum, signed by the user; a
    colleague's assessment in between is merged or refused (EditConflict)."""
    recommendation = live_recommendation(session, recommendation_id)
    if forum_id not in {f.id for f in later_forums(session, recommendation.forum_id)}:
        forum = session.get(Forum, forum_id)
        if forum is None or forum.deleted_at is not None:
            raise NotFound(_("that forum no longer exists"))
        raise Refused(
            _("{forum} does not start after the forum that made {code}").format(
                forum=forum.short_title or forum.title, code=recommendation.code
            )
        )
    signer = session_signer(session)
    wanted = Assessment(FollowUpStatus(assessment.status), assessment.evidence.strip())
    ident = follow_up_id(recommendation.id, forum_id)
    follow_up = session.get(FollowUp, ident, with_for_update=True, populate_existing=True)
    if follow_up is None:
        follow_up = FollowUp(id=ident, recommendation_id=recommendation.id, forum_id=forum_id)
        session.add(follow_up)
    elif follow_up.deleted_at is None:
        stored = Assessment(follow_up.status, follow_up.evidence)
        wanted = reconcile(
            session,
            table="follow_ups",
            record_id=follow_up.id,
            version=follow_up.version,
            read=read,
            stored=lambda: stored,
            wanted=wanted,
        )
    follow_up.deleted_at = None
    follow_up.status = wanted.status
    follow_up.evidence = wanted.evidence
    follow_up.assessed_by = signer
    follow_up.assessed_on = assessed_on or utcnow().date()
    session.flush()
    return ident


def clear_follow_up(session: Session, recommendation_id: uuid.UUID, forum_id: uuid.UUID) -> None:
    """Take back the status recorded at that forum."""
    follow_up = session.get(FollowUp, follow_up_id(recommendation_id, forum_id))
    if follow_up is None or follow_up.deleted_at is not None:
        raise NotFound(_("no status was recorded at that forum"))
    follow_up.deleted_at = utcnow()
    session.flush()

"""Reviewing minutes before approval: what is about to be approved, and the forum's
rule on who may approve (someone other than the author, unless the forum allows
one-person approval for small meetings)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.recorded_logins import person_or_none
from forumdesk.services.common.signer import session_signer
from forumdesk.services.minutes.html import block_lines
from forumdesk.services.minutes.notes import minutes_segments
from forumdesk.services.minutes.workflow import (
    MinutesError,
    alone_refusal,
    is_composed,
    latest,
    same_person,
    text_digest,
    version_html,
)
from forumdesk.store.enums import InterventionStatus, MinutesState
from forumdesk.store.models import Forum, ForumSession, Intervention, Minutes, Segment


@dataclass(frozen=True)
class ApprovalSummary:
    """What an approver confirms: the version about to be approved, and by whom."""

    minutes_id: uuid.UUID
    title: str
    segment: str
    number: int
    digest: str  # the version's text_digest: approve(seen=...) refuses if it changed
    state: MinutesState
    author: str | None  # None: nobody named (or an old login, which is not a name)
    dated: datetime
    words: int
    interventions: int
    edited: bool  # edited by hand since it was composed
    approver: str
    alone: bool  # the approver is the version's author
    refusal: str | None  # why the approver may not approve it (None: they may)

    @property
    def allowed(self) -> bool:
        return self.refusal is None and self.state != MinutesState.APPROVED


def approval_summary(
    session: Session, minutes_id: uuid.UUID, approver: str | None
) -> ApprovalSummary:
    """What `approver` would approve: the latest version, and whether they may."""
    approver = session_signer(session, approver)
    minutes = session.get(Minutes, minutes_id)
    if minutes is None or minutes.deleted_at is not None:
        raise MinutesError(_("no such minutes"))
    current = latest(session, minutes_id)
    segments = minutes_segments(session, minutes)
    segment = session.get(Segment, minutes.segment_id) if minutes.segment_id else None
    forum_session = (
        session.get(ForumSession, minutes.forum_session_id) if minutes.forum_session_id else None
    )
    interventions = session.scalar(
        select(func.count(Intervention.id)).where(
            Intervention.segment_id.in_(segments),
            Intervention.deleted_at.is_(None),
            Intervention.status != InterventionStatus.WITHDRAWN,
        )
    )
    text = " ".join(block_lines(version_html(session, minutes_id, current.number)))
    alone = same_person(current.author, approver)
    may = not alone or self_approval_allowed(session, minutes.forum_id)
    return ApprovalSummary(
        minutes_id=minutes_id,
        title=minutes.title,
        segment=segment.title if segment else forum_session.title if forum_session else "",
        number=current.number,
        digest=text_digest(current),
        state=current.state,
        author=person_or_none(session, current.author),
        dated=current.updated_at or current.created_at,
        words=len(text.split()),
        interventions=int(interventions or 0),
        edited=not is_composed(current),
        approver=approver,
        alone=alone,
        refusal=None if may else alone_refusal(current.author, current.number),
    )


def self_approval_allowed(session: Session, forum_id: uuid.UUID) -> bool:
    forum = session.get(Forum, forum_id)
    return bool(forum is not None and forum.self_approval)


def set_self_approval(session: Session, forum_id: uuid.UUID, allowed: bool) -> None:
    """Allow (or stop allowing) one person to compose and approve the same minutes."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise MinutesError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    if forum.self_approval != allowed:
        forum.self_approval = allowed
        session.flush()

"""A practice's review: received → under review → published or declined, with who
decided, when and why. A published practice goes back under review to be withdrawn; a
declined one to be reconsidered. Each step records the reviewer (the signer)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import locked
from forumdesk.services.common.messages import N_, _
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.common.signer import session_signer
from forumdesk.store.enums import ReviewState
from forumdesk.store.models import Practice
from forumdesk.store.types import utcnow

#: Where each state may go next.
NEXT: dict[ReviewState, tuple[ReviewState, ...]] = {
    ReviewState.RECEIVED: (ReviewState.UNDER_REVIEW,),
    ReviewState.UNDER_REVIEW: (ReviewState.PUBLISHED, ReviewState.DECLINED),
    ReviewState.PUBLISHED: (ReviewState.UNDER_REVIEW,),
    ReviewState.DECLINED: (ReviewState.UNDER_REVIEW,),
}

_STATE_LABELS = {
    ReviewState.RECEIVED: N_("received"),
    ReviewState.UNDER_REVIEW: N_("under review"),
    ReviewState.PUBLISHED: N_("published"),
    ReviewState.DECLINED: N_("declined"),
}


def state_label(state: ReviewState) -> str:
    return _(_STATE_LABELS[ReviewState(state)])


def needs_reason(current: ReviewState, target: ReviewState) -> bool:
    """Declining, and taking a published practice back, say why."""
    return target is ReviewState.DECLINED or (
        current is ReviewState.PUBLISHED and target is ReviewState.UNDER_REVIEW
    )


@dataclass(frozen=True)
class ReviewStep:
    practice_id: uuid.UUID
    before: ReviewState
    after: ReviewState
    reviewer: str
    version: int


def review_practice(
    session: Session,
    practice_id: uuid.UUID,
    target: ReviewState,
    *,
    reason: str | None = None,
    version: int | None = None,
    reviewer: str | None = None,
) -> ReviewStep:
    """Move the practice to `target`. `version`: the one the reviewer read; a practice
    changed since is refused, so nobody publishes what they did not see."""
    practice = locked(session, Practice, practice_id)
    if practice is None or practice.deleted_at is not None:
        raise NotFound(_("that practice no longer exists"))
    if version is not None and practice.version != version:
        raise Refused(
            _("this practice was changed since it was read; read it again before reviewing it")
        )
    target = ReviewState(target)
    current = ReviewState(practice.state)
    if target not in NEXT[current]:
        raise Refused(
            _("a practice {before} cannot be marked {after}").format(
                before=state_label(current), after=state_label(target)
            )
        )
    reason = (reason or "").strip() or None
    if reason is None and needs_reason(current, target):
        raise Refused(
            _("say why: a reason is needed to mark it {after}").format(after=state_label(target))
        )
    name = session_signer(session, reviewer)
    practice.state = target
    practice.reviewer = name
    practice.review_reason = reason
    practice.reviewed_at = utcnow()
    session.flush()
    return ReviewStep(practice.id, current, target, name, practice.version)

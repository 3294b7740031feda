"""The registry-wide review of likely duplicates, and the "keep both" decision.

`review_pairs` lists the likely duplicate pairs of the whole registry (from
`duplicates.duplicate_pairs`, which reads live, unmerged people only) less the pairs
someone already decided are two different people. That decision is a
`DuplicateDismissal` row, stored once per pair in a canonical order; undoing it
tombstones the row, deciding again revives it, so the decision travels to other
databases like any other change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.registry.duplicates.finder import duplicate_pairs
from forumdesk.store.models import DuplicateDismissal, Representative
from forumdesk.store.types import link_uuid, utcnow


@dataclass(frozen=True)
class ReviewPair:
    """Two records that may be the same person, as the review list shows them."""

    first_id: uuid.UUID
    second_id: uuid.UUID
    first_label: str
    second_label: str
    score: float
    reasons: tuple[str, ...]

    @property
    def key(self) -> tuple[uuid.UUID, uuid.UUID]:
        """The pair in canonical order: the same whichever record comes first."""
        return canonical(self.first_id, self.second_id)


def canonical(a_id: uuid.UUID, b_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """The two ids with the smaller UUID string first, as a dismissal stores them."""
    return (a_id, b_id) if str(a_id) < str(b_id) else (b_id, a_id)


def dismissed_pairs(session: Session) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """Every pair currently kept apart, in canonical order."""
    rows = session.execute(
        select(DuplicateDismissal.first_id, DuplicateDismissal.second_id).where(
            DuplicateDismissal.deleted_at.is_(None)
        )
    )
    return {(first, second) for first, second in rows}


def review_pairs(session: Session, limit: int = 200) -> list[ReviewPair]:
    """Likely duplicate pairs, best first, without the pairs kept apart.

    Each live dismissal hides at most one proposed pair, so asking for that many more
    than `limit` still fills the list after filtering.
    """
    if limit <= 0:
        return []
    dismissed = dismissed_pairs(session)
    pairs: list[ReviewPair] = []
    for first, second in duplicate_pairs(session, limit + len(dismissed)):
        if first.representative_id is None or second.representative_id is None:
            continue  # an import row, not a record: cannot happen over the registry
        pair = ReviewPair(
            first.representative_id,
            second.representative_id,
            first.label,
            second.label,
            first.score,
            first.reasons,
        )
        if pair.key in dismissed:
            continue
        pairs.append(pair)
        if len(pairs) == limit:
            break
    return pairs


def _dismissal(
    session: Session, first_id: uuid.UUID, second_id: uuid.UUID
) -> DuplicateDismissal | None:
    """The row of this canonical pair, live or tombstoned."""
    return session.scalars(
        select(DuplicateDismissal).where(
            DuplicateDismissal.first_id == first_id, DuplicateDismissal.second_id == second_id
        )
    ).one_or_none()


def keep_both(session: Session, a_id: uuid.UUID, b_id: uuid.UUID, decided_by: str) -> None:
    """Record that `a` and `b` are different people; the review stops proposing them.

    Idempotent: a pair already kept apart keeps its first decision. A decision that
    was undone is revived; an empty `decided_by` then keeps the name it had.
    """
    if a_id == b_id:
        raise Refused(_("a record cannot be kept apart from itself"))
    first_id, second_id = canonical(a_id, b_id)
    found = session.scalar(
        select(func.count(Representative.id)).where(Representative.id.in_((first_id, second_id)))
    )
    if found != 2:
        raise Refused(_("one of the two records does not exist"))
    row = _dismissal(session, first_id, second_id)
    if row is None:
        session.add(
            DuplicateDismissal(
                id=link_uuid("duplicate_dismissals", first_id, second_id),
                first_id=first_id,
                second_id=second_id,
                decided_by=decided_by,
                decided_at=utcnow(),
            )
        )
    elif row.deleted_at is not None:
        row.deleted_at = None
        row.decided_by = decided_by or row.decided_by
        row.decided_at = utcnow()
    session.flush()


def undo_keep_both(session: Session, a_id: uuid.UUID, b_id: uuid.UUID) -> None:
    """Take the decision back (tombstoned, never deleted): the pair may be proposed again.

    Nothing happens if the pair was not kept apart.
    """
    row = _dismissal(session, *canonical(a_id, b_id))
    if row is not None and row.deleted_at is None:
        row.deleted_at = utcnow()
        session.flush()


def is_kept_apart(session: Session, a_id: uuid.UUID, b_id: uuid.UUID) -> bool:
    row = _dismissal(session, *canonical(a_id, b_id))
    return row is not None and row.deleted_at is None

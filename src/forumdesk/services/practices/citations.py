"""The summary paragraphs practices answer: per paragraph of a document, the practices
linked to it, for the margin, the notes panel and coverage.

A declined practice is left out: the secretariat did not take it, so it answers nothing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.store.enums import ReviewState
from forumdesk.store.models import Practice, PracticeLink


@dataclass(frozen=True)
class CitingPractice:
    """A practice as a paragraph's margin lists it."""

    id: uuid.UUID
    title: str
    state: ReviewState
    fictional: bool


def practices_by_paragraph(
    session: Session, document_id: uuid.UUID
) -> dict[int, tuple[CitingPractice, ...]]:
    """{32: (practice, …)}: the live practices linked to each paragraph, by title."""
    rows = session.execute(
        select(
            PracticeLink.paragraph_number,
            Practice.id,
            Practice.title,
            Practice.state,
            Practice.fictional,
        )
        .join(Practice, Practice.id == PracticeLink.practice_id)
        .where(
            PracticeLink.document_id == document_id,
            PracticeLink.paragraph_number.is_not(None),
            PracticeLink.deleted_at.is_(None),
            Practice.deleted_at.is_(None),
            Practice.state != ReviewState.DECLINED,
        )
        .order_by(PracticeLink.paragraph_number, Practice.title, Practice.id)
    ).all()
    found: dict[int, list[CitingPractice]] = {}
    for number, practice_id, title, state, fictional in rows:
        if number is None:  # (the query asks for paragraphs only)
            continue
        found.setdefault(number, []).append(
            CitingPractice(practice_id, title, ReviewState(state), bool(fictional))
        )
    return {number: tuple(practices) for number, practices in found.items()}

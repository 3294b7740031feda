"""A recommendation taken from a summary: the whole of a paragraph or a sentence chosen
in it, with a short code ("R13", "R13.2" for a second one from ¶13) and a theme;
editing it without losing a colleague's edit, and deleting it (a tombstone, with its
uptakes, practices and follow-ups)."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, reconcile
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.search.practices import index_recommendation, unindex_recommendation
from forumdesk.store.models import (
    Document,
    FollowUp,
    LanguageVersion,
    Paragraph,
    Recommendation,
    RecommendationPractice,
    Theme,
    Uptake,
)
from forumdesk.store.types import utcnow

MAX_CODE = 20
_Child = TypeVar("_Child", Uptake, RecommendationPractice, FollowUp)


@dataclass(frozen=True)
class RecommendationInput:
    """What an edit of a recommendation gives: its code, words and theme."""

    code: str
    text: str
    theme_id: uuid.UUID | None = None


def plain_text(text: str) -> str:
    """Composed, on one line with single spaces: how a chosen sentence is compared with
    its paragraph, and kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def recommend(
    session: Session,
    document_id: uuid.UUID,
    number: int,
    *,
    sentence: str | None = None,
    code: str | None = None,
    theme_id: uuid.UUID | None = None,
    language: str | None = None,
) -> uuid.UUID:
    """A recommendation of the document's forum from paragraph `number`: its whole text
    (in `language`, else the original's) or `sentence`, which must be found in the
    paragraph (in any of its languages). The code defaults to "R<number>", "R<number>.2"
    for a second one from the same paragraph."""
    document = session.get(Document, document_id)
    if document is None or document.deleted_at is not None:
        raise NotFound(_("that document no longer exists"))
    if document.forum_id is None:
        raise Refused(_("this document belongs to no forum"))
    texts = paragraph_texts(session, document_id, number)
    if not texts:
        raise NotFound(_("the document has no paragraph {number}").format(number=number))
    if sentence is not None and sentence.strip():
        text = plain_text(sentence)
        if not any(text in plain_text(found) for _language, found in texts):
            raise Refused(_("that sentence is not in paragraph {number}").format(number=number))
    else:
        text = next((found for lang, found in texts if lang == language), texts[0][1]).strip()
    forum_id = document.forum_id
    data = clean_recommendation(
        session,
        forum_id,
        RecommendationInput(code or default_code(session, forum_id, number), text, theme_id),
    )
    last = session.scalar(
        select(func.max(Recommendation.position)).where(Recommendation.forum_id == forum_id)
    )
    recommendation = Recommendation(
        id=uuid.uuid4(),
        forum_id=forum_id,
        document_id=document_id,
        paragraph_number=number,
        code=data.code,
        text=data.text,
        theme_id=data.theme_id,
        position=(last or 0) + 1,
    )
    session.add(recommendation)
    session.flush()
    index_recommendation(session, recommendation.id)  # Ctrl+K finds it
    return recommendation.id


def update_recommendation(
    session: Session,
    recommendation_id: uuid.UUID,
    data: RecommendationInput,
    read: ReadAt[RecommendationInput] | None = None,
) -> None:
    """Save an edit of the code, text or theme; a colleague's save in between is merged
    field by field or refused (EditConflict) with both values."""
    recommendation = live_recommendation(session, recommendation_id, lock=True)
    data = clean_recommendation(session, recommendation.forum_id, data, recommendation.id)
    merged = reconcile(
        session,
        table="recommendations",
        record_id=recommendation.id,
        version=recommendation.version,
        read=read,
        stored=lambda: recommendation_input(recommendation),
        wanted=data,
        columns={"theme_id": "theme_id"},
    )
    recommendation.code = merged.code
    recommendation.text = merged.text
    recommendation.theme_id = merged.theme_id
    session.flush()
    index_recommendation(session, recommendation.id)


def delete_recommendation(session: Session, recommendation_id: uuid.UUID) -> None:
    """Tombstone the recommendation with its uptakes, practices and follow-ups."""
    recommendation = live_recommendation(session, recommendation_id, lock=True)
    now = utcnow()
    recommendation.deleted_at = now
    _tombstone_children(session, Uptake, recommendation.id, now)
    _tombstone_children(session, RecommendationPractice, recommendation.id, now)
    _tombstone_children(session, FollowUp, recommendation.id, now)
    session.flush()
    unindex_recommendation(session, recommendation.id)


def _tombstone_children(
    session: Session, model: type[_Child], recommendation_id: uuid.UUID, now: datetime
) -> None:
    for row in session.scalars(
        select(model).where(
            model.recommendation_id == recommendation_id, model.deleted_at.is_(None)
        )
    ):
        row.deleted_at = now


def recommendation_input(recommendation: Recommendation) -> RecommendationInput:
    return RecommendationInput(recommendation.code, recommendation.text, recommendation.theme_id)


def clean_recommendation(
    session: Session,
    forum_id: uuid.UUID,
    data: RecommendationInput,
    recommendation_id: uuid.UUID | None = None,
) -> RecommendationInput:
    """The input as stored: a code unique in the forum, some text, a theme of its own."""
    code = " ".join(data.code.split())
    if not code:
        raise Refused(_("a recommendation needs a code"))
    if len(code) > MAX_CODE:
        raise Refused(_("the code {code!r} is longer than 20 characters").format(code=code))
    taken = find_recommendation(session, forum_id, code)
    if taken is not None and taken.id != recommendation_id:
        raise Refused(
            _("the code {code!r} is already that of another recommendation").format(code=code)
        )
    text = data.text.strip()
    if not text:
        raise Refused(_("a recommendation needs some text"))
    if data.theme_id is not None:
        theme = session.get(Theme, data.theme_id)
        if theme is None or theme.deleted_at is not None or theme.forum_id != forum_id:
            raise Refused(_("a theme is not one of this forum's themes"))
    return RecommendationInput(code, text, data.theme_id)


def default_code(session: Session, forum_id: uuid.UUID, number: int) -> str:
    """ "R13" for the first recommendation from ¶13, then "R13.2", "R13.3" …"""
    code, suffix = f"R{number}", 1
    while find_recommendation(session, forum_id, code) is not None:
        suffix += 1
        code = f"R{number}.{suffix}"
    return code


def find_recommendation(session: Session, forum_id: uuid.UUID, code: str) -> Recommendation | None:
    """The forum's live recommendation with this code (compared without case)."""
    return session.scalar(
        select(Recommendation).where(
            Recommendation.forum_id == forum_id,
            func.lower(Recommendation.code) == code.strip().lower(),
            Recommendation.deleted_at.is_(None),
        )
    )


def recommendation_by_code(session: Session, forum_id: uuid.UUID, code: str) -> Recommendation:
    found = find_recommendation(session, forum_id, code)
    if found is None:
        raise NotFound(_("no recommendation {code!r} in this forum").format(code=code))
    return found


def live_recommendation(
    session: Session, recommendation_id: uuid.UUID, *, lock: bool = False
) -> Recommendation:
    recommendation = (
        locked(session, Recommendation, recommendation_id)
        if lock
        else session.get(Recommendation, recommendation_id)
    )
    if recommendation is None or recommendation.deleted_at is not None:
        raise NotFound(_("that recommendation no longer exists"))
    return recommendation


def paragraph_texts(session: Session, document_id: uuid.UUID, number: int) -> list[tuple[str, str]]:
    """(language, text) of paragraph `number` in each live language version of the
    document, the original first."""
    rows = session.execute(
        select(LanguageVersion.language, Paragraph.text)
        .join(Paragraph, Paragraph.language_version_id == LanguageVersion.id)
        .where(
            LanguageVersion.document_id == document_id,
            LanguageVersion.deleted_at.is_(None),
            Paragraph.deleted_at.is_(None),
            Paragraph.number == number,
        )
        .order_by(LanguageVersion.is_original.desc(), LanguageVersion.created_at)
    )
    return [(language, text) for language, text in rows]

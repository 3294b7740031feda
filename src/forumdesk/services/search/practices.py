"""Practices and recommendations (issue 20) in the search index.

A practice's entry holds its title, summary, results and partners; a recommendation's
its code and text, anchored at the paragraph it was taken from. The practices service
calls `index_practice` / `unindex_practice` in the transaction that writes a practice,
the recommendations service `index_recommendation` / `unindex_recommendation`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from forumdesk.services.search.index import (
    PRACTICE,
    RECOMMENDATION,
    Entry,
    make_entry,
    raw_column,
    replace_entries,
    search_table,
)
from forumdesk.store.models import Practice, Recommendation


def practice_entries(
    session: Session, practice_id: uuid.UUID | None, *, import_id: uuid.UUID | None = None
) -> list[Entry]:
    """Live practices as entries (one practice when `practice_id` is given, those of one
    import when `import_id` is)."""
    practices = Practice.__table__.c
    statement = select(
        raw_column(practices.id, "id"),
        raw_column(practices.forum_id, "forum_id"),
        practices.title,
        practices.summary,
        practices.results,
        practices.partners,
    ).where(practices.deleted_at.is_(None))
    if practice_id is not None:
        statement = statement.where(practices.id == practice_id)
    if import_id is not None:
        statement = statement.where(practices.import_id == import_id)
    return [
        make_entry(
            PRACTICE,
            row_id,
            "\n".join(part for part in parts if part and part.strip()),
            forum_id=forum_id,
        )
        for row_id, forum_id, *parts in session.execute(statement).all()
    ]


def recommendation_entries(session: Session, recommendation_id: uuid.UUID | None) -> list[Entry]:
    """Live recommendations as entries, "R12 The words recommended"."""
    recommendations = Recommendation.__table__.c
    statement = select(
        raw_column(recommendations.id, "id"),
        raw_column(recommendations.forum_id, "forum_id"),
        raw_column(recommendations.document_id, "document_id"),
        recommendations.paragraph_number,
        recommendations.code,
        recommendations.text,
    ).where(recommendations.deleted_at.is_(None))
    if recommendation_id is not None:
        statement = statement.where(recommendations.id == recommendation_id)
    return [
        make_entry(
            RECOMMENDATION,
            row_id,
            f"{code} {body}".strip(),
            forum_id=forum_id,
            document_id=document_id,
            paragraph_number=number,
        )
        for row_id, forum_id, document_id, number, code, body in session.execute(statement).all()
    ]


def index_practice(session: Session, practice_id: uuid.UUID) -> bool:
    """Replace one practice's entry; a deleted practice is only removed. Returns whether
    the practice is in the index afterwards."""
    session.flush()
    entries = practice_entries(session, practice_id)
    replace_entries(session, _where(PRACTICE, practice_id), entries)
    return bool(entries)


def index_imported_practices(session: Session, import_id: uuid.UUID) -> int:
    """The entries of every practice an import wrote (in bulk, past the ORM), at once."""
    session.flush()
    entries = practice_entries(session, None, import_id=import_id)
    ids = select(Practice.id).where(Practice.import_id == import_id).scalar_subquery()
    where = (search_table.c.kind == PRACTICE) & search_table.c.target_id.in_(ids)
    replace_entries(session, where, entries)
    return len(entries)


def unindex_practice(session: Session, practice_id: uuid.UUID) -> None:
    session.flush()
    replace_entries(session, _where(PRACTICE, practice_id), [])


def index_recommendation(session: Session, recommendation_id: uuid.UUID) -> bool:
    """Replace one recommendation's entry; a deleted one is only removed."""
    session.flush()
    entries = recommendation_entries(session, recommendation_id)
    replace_entries(session, _where(RECOMMENDATION, recommendation_id), entries)
    return bool(entries)


def unindex_recommendation(session: Session, recommendation_id: uuid.UUID) -> None:
    session.flush()
    replace_entries(session, _where(RECOMMENDATION, recommendation_id), [])


def _where(kind: str, target_id: uuid.UUID) -> ColumnElement[bool]:
    return (search_table.c.kind == kind) & (search_table.c.target_id == target_id)

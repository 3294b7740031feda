"""Writing the text entries of the search index from scratch: paragraphs, notes,
practices and recommendations (the registry's names are kept by `people`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import ColumnElement, delete, exists, select, text
from sqlalchemy.orm import Session

from forumdesk.services.search.index import (
    NOTE,
    PARAGRAPH,
    PRACTICE,
    RECOMMENDATION,
    TEXT_KINDS,
    Entry,
    insert_entries,
    is_sqlite,
    note_entries,
    paragraph_entries,
    search_table,
)
from forumdesk.services.search.pairs import refill_pairs
from forumdesk.services.search.practices import practice_entries, recommendation_entries
from forumdesk.services.search.vocabulary import refill_words
from forumdesk.store.models import Note, Paragraph, Practice, Recommendation


def rebuild_search_index(session: Session) -> int:
    """Index every live paragraph, note, practice and recommendation from scratch;
    returns the entries written.

    The registry's entries are kept (`people` keeps them current)."""
    session.flush()
    session.execute(delete(search_table).where(search_table.c.kind.in_(TEXT_KINDS)))
    written = 0
    for batch in _batches(_all_entries(session), 5000):
        insert_entries(session, batch)
        written += len(batch)
    if is_sqlite(session):
        # One pass over the content table, much faster than row-by-row FTS inserts.
        session.execute(text("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')"))
        refill_pairs(session)
        refill_words(session)
        compact_search_index(session)
    return written


def compact_search_index(session: Session) -> bool:
    """Merge the SQLite full-text index's segments into one; returns whether there were
    several.

    A bulk write leaves a dozen segments (FTS5 merges them by levels), and every word
    of a query is looked up in each: at a million notes, with a million people, one
    segment took a tenth off a search. The merge rewrites the index (5 s for two
    million entries), so it follows only writes of that size: a rebuild, a bulk import.
    The word pairs' index is left as it is: phrases are quick in it, and merging its
    segments takes 30 s at a million notes."""
    if not is_sqlite(session):
        return False
    connection = session.connection()
    segments = connection.exec_driver_sql(
        "SELECT count(DISTINCT segid) FROM search_index_fts_idx"
    ).scalar_one()
    if segments <= 1:
        return False
    connection.exec_driver_sql(
        "INSERT INTO search_index_fts (search_index_fts) VALUES ('optimize')"
    )
    return True


def _all_entries(session: Session) -> Iterator[Entry]:
    yield from paragraph_entries(session, None)
    yield from note_entries(session, None)
    yield from practice_entries(session, None)
    yield from recommendation_entries(session, None)


def _batches(items: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    batch: list[Entry] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ensure_text_index(session: Session) -> bool:
    """Rebuild the text entries when one kind has none but there is something to find;
    else do nothing.

    Cheap when not needed (a few single-row look-ups). Returns whether it rebuilt.
    """
    # Per kind, so that one note written before the first rebuild (say from the
    # command line on a database just migrated to 0003) does not hide the rest.
    sources: Sequence[tuple[str, ColumnElement[bool]]] = (
        (PARAGRAPH, exists().where(Paragraph.deleted_at.is_(None))),
        (NOTE, exists().where(Note.deleted_at.is_(None))),
        (PRACTICE, exists().where(Practice.deleted_at.is_(None))),
        (RECOMMENDATION, exists().where(Recommendation.deleted_at.is_(None))),
    )
    for kind, live in sources:
        indexed = exists().where(search_table.c.kind == kind)
        if not session.scalar(select(indexed)) and session.scalar(select(live)):
            rebuild_search_index(session)
            return True
    return False

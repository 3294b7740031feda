"""The search index: folding, tokens, and keeping `search_index` in step with its sources.

`search_index` (revision 0003) holds one row per paragraph or note: the text as
written and the same text folded (lower case, no accents, same length). It is
derived data: other services call `index_language_version` / `index_note` in the
transaction that changes the source, and `ensure_search_index` refills it when
it is empty (a database migrated to 0003, or restored from an old backup).

On SQLite the rows are also in an external-content FTS5 table, `search_index_fts`,
which this module alone keeps in step (see `_replace`); on PostgreSQL a generated
tsvector column follows the row by itself.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    delete,
    exists,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session

from forumdesk.store.models import (
    Document,
    LanguageVersion,
    Note,
    NoteLink,
    NoteTag,
    Paragraph,
    Tag,
)

PARAGRAPH = "paragraph"
NOTE = "note"
# The registry will add "organisation" and "representative" entries to the same table.
KINDS = (PARAGRAPH, NOTE, "organisation", "representative")

SEARCH_TABLE = "search_index"


def is_search_table(name: str | None) -> bool:
    """The search index, or one of the tables FTS5 keeps for it (search_index_fts_data…).

    They are made by revision 0003, not by models, so autogenerate must skip them.
    """
    return name is not None and (name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_"))


# Not part of Base.metadata: on SQLite the table comes with an FTS5 table that no
# model can describe, so both are written with SQL and left out of autogenerate.
_metadata = MetaData()
search_table = Table(
    SEARCH_TABLE,
    _metadata,
    Column("id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("target_id", Uuid, nullable=False),
    Column("forum_id", Uuid),
    Column("document_id", Uuid),
    Column("language_version_id", Uuid),
    Column("paragraph_number", Integer),
    Column("text", Text, nullable=False),
    Column("folded", Text, nullable=False),
)
# The FTS5 table, as far as INSERT needs it: `search_index_fts` is its command column.
fts_table = Table(
    "search_index_fts",
    _metadata,
    Column("rowid", Integer),
    Column("search_index_fts", Text),
    Column("folded", Text),
    Column("kind", Text),
    Column("forum_id", Text),
)

# ---------------------------------------------------------------------------------------
# Folding and tokens


def _fold_char(char: str) -> str:
    """One character without its accents, in lower case; itself when that is not one char."""
    if char in "’‘ʼ":
        return "'"
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) != 1:
        base = char
    lower = base.lower()
    return lower if len(lower) == 1 else base


class _FoldTable(dict[int, str]):
    """A str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(value: str) -> str:
    """Lower case without diacritics, character by character: 'Réintégration' -> 'reintegration'.

    The result has exactly the length of `value`, so an offset found in the folded
    text is the same offset in the original (that is how snippets are highlighted).
    Characters that would not fold to exactly one character (ligatures, 'İ'.lower())
    are kept as they are.
    """
    return value.translate(_FOLD)


def normalise(value: str) -> str:
    """NFC, so that an accent typed as a combining mark folds away like a precomposed one."""
    return unicodedata.normalize("NFC", value)


# Letters and digits, as SQLite's unicode61 tokenizer sees words ("L* N*"): the
# apostrophe, the hyphen and the underscore separate words.
_TOKEN = re.compile(r"[^\W_]+")


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


# ---------------------------------------------------------------------------------------
# Writing entries


def _entry(
    kind: str,
    target_id: uuid.UUID,
    body: str,
    *,
    forum_id: uuid.UUID | None,
    document_id: uuid.UUID | None = None,
    language_version_id: uuid.UUID | None = None,
    paragraph_number: int | None = None,
) -> dict[str, Any]:
    original = normalise(body)
    return {
        "kind": kind,
        "target_id": target_id,
        "forum_id": forum_id,
        "document_id": document_id,
        "language_version_id": language_version_id,
        "paragraph_number": paragraph_number,
        "text": original,
        "folded": fold(original),
    }


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _replace(session: Session, where: ColumnElement[bool], entries: list[dict[str, Any]]) -> None:
    """Swap the entries selected by `where` for `entries` (which `where` must select).

    On SQLite the FTS5 table is external-content: it must be told which tokens to
    drop ('delete' with the indexed values) before the row goes, and given the new
    rows after they are in. Nothing else writes `search_index`, so no triggers.
    """
    sqlite = _is_sqlite(session)
    fts_columns = (search_table.c.folded, search_table.c.kind, search_table.c.forum_id)
    if sqlite:
        session.execute(
            insert(fts_table).from_select(
                ["search_index_fts", "rowid", "folded", "kind", "forum_id"],
                select(literal("delete"), search_table.c.id, *fts_columns).where(where),
            )
        )
    session.execute(delete(search_table).where(where))
    if not entries:
        return
    session.execute(insert(search_table), entries)
    if sqlite:
        session.execute(
            insert(fts_table).from_select(
                ["rowid", "folded", "kind", "forum_id"],
                select(search_table.c.id, *fts_columns).where(where),
            )
        )


def _paragraph_entries(session: Session, version_id: uuid.UUID | None) -> list[dict[str, Any]]:
    statement = (
        select(
            Paragraph.id,
            Paragraph.number,
            Paragraph.text,
            Paragraph.language_version_id,
            LanguageVersion.document_id,
            Document.forum_id,
        )
        .join(LanguageVersion, LanguageVersion.id == Paragraph.language_version_id)
        .join(Document, Document.id == LanguageVersion.document_id)
        .where(
            Paragraph.deleted_at.is_(None),
            LanguageVersion.deleted_at.is_(None),
            Document.deleted_at.is_(None),
        )
        .order_by(Paragraph.language_version_id, Paragraph.position)
    )
    if version_id is not None:
        statement = statement.where(Paragraph.language_version_id == version_id)
    return [
        _entry(
            PARAGRAPH,
            row.id,
            row.text,
            forum_id=row.forum_id,
            document_id=row.document_id,
            language_version_id=row.language_version_id,
            paragraph_number=row.number,
        )
        for row in session.execute(statement)
    ]


def _note_entries(session: Session, note_id: uuid.UUID | None) -> list[dict[str, Any]]:
    """Live notes as entries: body and tag names; anchored at their lowest paragraph."""
    notes = select(Note.id, Note.forum_id, Note.body_text).where(Note.deleted_at.is_(None))
    tags = (
        select(NoteTag.note_id, Tag.name)
        .join(Tag, Tag.id == NoteTag.tag_id)
        .where(NoteTag.deleted_at.is_(None), Tag.deleted_at.is_(None))
        .order_by(Tag.name)
    )
    # An orphaned link names a paragraph of an older draft; opening it would show
    # whatever paragraph now has that number, so it is not an anchor.
    links = (
        select(NoteLink.note_id, NoteLink.paragraph_number, NoteLink.document_id)
        .where(
            NoteLink.deleted_at.is_(None),
            NoteLink.paragraph_number.is_not(None),
            NoteLink.orphaned_at.is_(None),
        )
        .order_by(NoteLink.paragraph_number.desc(), NoteLink.document_id.desc())
    )
    if note_id is not None:
        notes = notes.where(Note.id == note_id)
        tags = tags.where(NoteTag.note_id == note_id)
        links = links.where(NoteLink.note_id == note_id)
    tag_names: dict[uuid.UUID, list[str]] = {}
    for tag_row in session.execute(tags):
        tag_names.setdefault(tag_row.note_id, []).append(tag_row.name)
    # Ordered highest first, so the last one written per note is its lowest paragraph.
    anchors: dict[uuid.UUID, tuple[int | None, uuid.UUID | None]] = {}
    for link in session.execute(links):
        anchors[link.note_id] = (link.paragraph_number, link.document_id)
    entries = []
    for note in session.execute(notes):
        names = tag_names.get(note.id, [])
        body = note.body_text or ""
        if names:
            body = f"{body}\n{' '.join('#' + name for name in names)}"
        if not body.strip():
            continue
        number, document_id = anchors.get(note.id, (None, None))
        entries.append(
            _entry(
                NOTE,
                note.id,
                body,
                forum_id=note.forum_id,
                document_id=document_id,
                paragraph_number=number,
            )
        )
    return entries


# ---------------------------------------------------------------------------------------
# The maintenance API: call these in the transaction that changed the source rows.


def index_language_version(session: Session, language_version_id: uuid.UUID) -> int:
    """Replace the entries of one language version's live paragraphs; returns how many."""
    session.flush()
    entries = _paragraph_entries(session, language_version_id)
    where = (search_table.c.kind == PARAGRAPH) & (
        search_table.c.language_version_id == language_version_id
    )
    _replace(session, where, entries)
    return len(entries)


def index_note(session: Session, note_id: uuid.UUID) -> bool:
    """Replace one note's entry; a tombstoned (or missing) note is only removed.

    Returns whether the note is in the index afterwards.
    """
    session.flush()
    entries = _note_entries(session, note_id)
    _replace(session, _note_where(note_id), entries)
    return bool(entries)


def unindex_note(session: Session, note_id: uuid.UUID) -> None:
    session.flush()
    _replace(session, _note_where(note_id), [])


def _note_where(note_id: uuid.UUID) -> ColumnElement[bool]:
    return (search_table.c.kind == NOTE) & (search_table.c.target_id == note_id)


def rebuild_search_index(session: Session) -> int:
    """Index every live paragraph and note from scratch; returns the entries written."""
    session.flush()
    session.execute(delete(search_table))
    written = 0
    for batch in _batches(_all_entries(session), 5000):
        session.execute(insert(search_table), batch)
        written += len(batch)
    if _is_sqlite(session):
        # One pass over the content table, much faster than row-by-row FTS inserts.
        session.execute(text("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')"))
    return written


def _all_entries(session: Session) -> Iterator[dict[str, Any]]:
    yield from _paragraph_entries(session, None)
    yield from _note_entries(session, None)


def _batches(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ensure_search_index(session: Session) -> bool:
    """Rebuild the index when it is empty but there is something to find; else do nothing.

    Cheap when not needed (two or three single-row look-ups). Returns whether it rebuilt.
    """
    if session.execute(select(search_table.c.id).limit(1)).first() is not None:
        return False
    live: Sequence[ColumnElement[bool]] = (
        exists().where(Paragraph.deleted_at.is_(None)),
        exists().where(Note.deleted_at.is_(None)),
    )
    if not any(session.scalar(select(condition)) for condition in live):
        return False
    rebuild_search_index(session)
    return True

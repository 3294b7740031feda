"""The search index: folding, tokens, and keeping `search_index` in step with its sources.

`search_index` (revision 0003) holds one row per paragraph or note: the text as
written and the same text folded (lower case, no accents, same length). It is
derived data: other services call `index_language_version` / `index_note` in the
transaction that changes the source, and `rebuild.ensure_text_index` refills it when
it is empty (a database migrated to 0003, or restored from an old backup). The
registry's names are entries of the same table, kept by `people`; practices and
recommendations too, kept by `practices`.

On SQLite the rows are also in an external-content FTS5 table, `search_index_fts`,
and the texts' word pairs in `search_index_pairs` (`pairs`), which this module alone
keeps in step (see `replace_entries`); on PostgreSQL a generated tsvector column
follows the row by itself.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
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
    insert,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from forumdesk.services.search.pairs import add_pairs, drop_pairs
from forumdesk.services.search.terms import tokens
from forumdesk.store.models import (
    Document,
    LanguageVersion,
    Note,
    NoteLink,
    NoteTag,
    Paragraph,
    Tag,
)
from forumdesk.store.search_tables import SEARCH_TABLE

PARAGRAPH = "paragraph"
NOTE = "note"
# Practices and recommendations (issue 20) are written by `practices`.
PRACTICE = "practice"
RECOMMENDATION = "recommendation"
# The registry's names are entries of the same table, written by `people`.
KINDS = (PARAGRAPH, NOTE, PRACTICE, RECOMMENDATION, "organisation", "representative")
#: The kinds a rebuild writes from scratch (the registry's are kept up to date by `people`).
TEXT_KINDS = (PARAGRAPH, NOTE, PRACTICE, RECOMMENDATION)

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


# Latin letters are folded in advance, anything else on first sight. A plain dict:
# str.translate is twice as slow with a dict subclass that has __missing__.
_FOLD: dict[int, str] = {code: _fold_char(chr(code)) for code in range(0x250)}
_BEYOND_TABLE = re.compile("[^\u0000-\u024f]")


def fold(value: str) -> str:
    """Lower case without diacritics, character by character: 'Réintégration' -> 'reintegration'.

    The result has exactly the length of `value`, so an offset found in the folded
    text is the same offset in the original (that is how snippets are highlighted).
    Characters that would not fold to exactly one character (ligatures, 'İ'.lower())
    are kept as they are.
    """
    for char in _BEYOND_TABLE.findall(value):
        if ord(char) not in _FOLD:
            _FOLD[ord(char)] = _fold_char(char)
    return value.translate(_FOLD)


def normalise(value: str) -> str:
    """NFC, so that an accent typed as a combining mark folds away like a precomposed one."""
    return unicodedata.normalize("NFC", value)


_SEPARATOR = re.compile(r"[\W_]")


def searchable(folded: str) -> str:
    """`folded` with every separator made a space, still the same length.

    Both back ends then split words at spaces only: PostgreSQL's parser would
    otherwise index "sud-sud" as a compound plus its parts, and a regular
    expression in SQL cannot tell letters from separators under the C locale.
    """
    return _SEPARATOR.sub(" ", folded)


# ---------------------------------------------------------------------------------------
# Writing entries


# Rows go into the index through the driver's executemany, as tuples in this order,
# with ids as the driver gives them (32 hex digits on SQLite, uuid on PostgreSQL):
# converting 600k ids to uuid.UUID and back, and SQLAlchemy's per-row parameter
# processing, were half the time of a 100k-note rebuild.
_ENTRY_COLUMNS = (
    "kind",
    "target_id",
    "forum_id",
    "document_id",
    "language_version_id",
    "paragraph_number",
    "text",
    "folded",
)
Entry = tuple[str, object, object, object, object, int | None, str, str]


# On SQLite each part of the index has its own range of ids: texts above zero, people
# below, organisations below -ORGANISATION_IDS; a search of one part runs over its own
# part of the FTS5 index with a rowid range (ID_RANGES): a column filter on `kind`
# would make FTS5 read the whole list of one kind (a million rowids) for every query,
# and score it, and a look-up of people would read every organisation matched.
ORGANISATION_IDS = 1 << 40
ID_RANGES = {
    "text": "rowid > 0",
    "representative": f"rowid < 0 AND rowid > -{ORGANISATION_IDS}",
    "organisation": f"rowid < -{ORGANISATION_IDS}",
}
_NEXT_ID = {
    "text": f"max(0, coalesce((SELECT max(id) FROM {SEARCH_TABLE}), 0)) + 1",
    "representative": f"min(0, coalesce((SELECT min(id) FROM {SEARCH_TABLE} "
    f"WHERE id > -{ORGANISATION_IDS}), 0)) - 1",
    "organisation": f"min(-{ORGANISATION_IDS}, coalesce((SELECT min(id) FROM {SEARCH_TABLE}), 0))"
    " - 1",
}


def _part(kind: str) -> str:
    """The part of the index (its range of ids) that entries of `kind` go in."""
    return "text" if kind in TEXT_KINDS else kind


def insert_entries(session: Session, entries: list[Entry]) -> None:
    """Insert the entries (texts, or names of one kind); on SQLite with ids in their range."""
    if not entries:
        return
    dialect = session.get_bind().dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    names, values = list(_ENTRY_COLUMNS), [mark] * len(_ENTRY_COLUMNS)
    if dialect.name == "sqlite":
        names.insert(0, "id")
        kind = entries[0][0]
        values.insert(0, f"({_NEXT_ID[_part(kind)]})")
    statement = f"INSERT INTO {SEARCH_TABLE} ({', '.join(names)}) VALUES ({', '.join(values)})"
    session.connection().exec_driver_sql(statement, entries)


def raw_column(column: ColumnElement[Any], name: str) -> ColumnElement[Any]:
    return type_coerce(column, NullType()).label(name)


def make_entry(
    kind: str,
    target_id: object,
    body: str,
    *,
    forum_id: object,
    document_id: object = None,
    language_version_id: object = None,
    paragraph_number: int | None = None,
) -> Entry:
    original = normalise(body)
    return (
        kind,
        target_id,
        forum_id,
        document_id,
        language_version_id,
        paragraph_number,
        original,
        searchable(fold(original)),
    )


#: The words of the index, on SQLite (see `vocabulary`).
TERMS_TABLE = "search_index_terms"


def remember_words(session: Session, entries: list[Entry]) -> None:
    """Add the words of these entries to TERMS_TABLE (SQLite only)."""
    words = {word for entry in entries for word in tokens(entry[7])}
    if words:
        session.connection().exec_driver_sql(
            f"INSERT OR IGNORE INTO {TERMS_TABLE} (term) VALUES (?)", [(w,) for w in words]
        )


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def replace_entries(session: Session, where: ColumnElement[bool], entries: list[Entry]) -> None:
    """Swap the entries selected by `where` for `entries` (which `where` must select).

    On SQLite the FTS5 table is external-content: it must be told which tokens to
    drop ('delete' with the indexed values) before the row goes, and given the new
    rows after they are in. Nothing else writes `search_index`, so no triggers.
    """
    if is_sqlite(session):
        fts_columns = (search_table.c.folded, search_table.c.kind, search_table.c.forum_id)
        # In rising rowids (see `add_entries`).
        session.execute(
            insert(fts_table).from_select(
                ["search_index_fts", "rowid", "folded", "kind", "forum_id"],
                select(literal("delete"), search_table.c.id, *fts_columns)
                .where(where)
                .order_by(search_table.c.id),
            )
        )
        texts = session.execute(
            select(
                search_table.c.id,
                search_table.c.folded,
                search_table.c.kind,
                raw_column(search_table.c.forum_id, "forum_id"),
            )
            .where(where, search_table.c.id > 0)
            .order_by(search_table.c.id)
        )
        drop_pairs(session.connection(), [(row[0], row[1], row[2], row[3]) for row in texts])
    session.execute(delete(search_table).where(where))
    add_entries(session, entries)


def add_entries(session: Session, entries: list[Entry]) -> None:
    """Insert the entries of records that have none yet (texts, or names of one kind),
    with their FTS5 rows and words; `replace_entries` adds the new ones with it.

    On SQLite the ids are numbered here from the kind's next one (the write
    transaction holds the database), so the FTS5 rows go in from the same values.
    """
    if not entries:
        return
    if not is_sqlite(session):
        insert_entries(session, entries)
        return
    connection = session.connection()
    kind = entries[0][0]
    first = int(connection.exec_driver_sql(f"SELECT {_NEXT_ID[_part(kind)]}").scalar_one())
    step = 1 if kind in TEXT_KINDS else -1
    numbered = list(zip(range(first, first + step * len(entries), step), entries, strict=True))
    if step < 0:
        # In rising rowids: FTS5 writes its pending terms out as a segment each time a
        # rowid is not above the last one (six times slower for a batch of names).
        numbered.reverse()
    names = ", ".join(("id", *_ENTRY_COLUMNS))
    marks = ", ".join("?" * (len(_ENTRY_COLUMNS) + 1))
    connection.exec_driver_sql(
        f"INSERT INTO {SEARCH_TABLE} ({names}) VALUES ({marks})",
        [(ident, *entry) for ident, entry in numbered],
    )
    remember_words(session, entries)
    connection.exec_driver_sql(
        "INSERT INTO search_index_fts (rowid, folded, kind, forum_id) VALUES (?, ?, ?, ?)",
        [(ident, entry[7], entry[0], entry[2]) for ident, entry in numbered],
    )
    if step > 0:  # texts: their word pairs too
        add_pairs(connection, [(ident, entry[7], entry[0], entry[2]) for ident, entry in numbered])


def paragraph_entries(session: Session, version_id: uuid.UUID | None) -> list[Entry]:
    paragraphs = Paragraph.__table__.c
    versions = LanguageVersion.__table__.c
    documents = Document.__table__.c
    statement = (
        select(
            raw_column(paragraphs.id, "id"),
            paragraphs.number,
            paragraphs.text,
            raw_column(paragraphs.language_version_id, "language_version_id"),
            raw_column(versions.document_id, "document_id"),
            raw_column(documents.forum_id, "forum_id"),
        )
        .join_from(
            Paragraph.__table__,
            LanguageVersion.__table__,
            versions.id == paragraphs.language_version_id,
        )
        .join(Document.__table__, documents.id == versions.document_id)
        .where(
            paragraphs.deleted_at.is_(None),
            versions.deleted_at.is_(None),
            documents.deleted_at.is_(None),
        )
    )
    if version_id is not None:
        statement = statement.where(paragraphs.language_version_id == version_id)
    return [
        make_entry(
            PARAGRAPH,
            paragraph_id,
            body,
            forum_id=forum_id,
            document_id=document_id,
            language_version_id=version,
            paragraph_number=number,
        )
        for paragraph_id, number, body, version, document_id, forum_id in session.execute(
            statement
        ).all()
    ]


def note_entries(session: Session, note_id: uuid.UUID | None) -> list[Entry]:
    """Live notes as entries: body and tag names; anchored at their lowest paragraph."""
    notes, links, note_tags, tags = (model.__table__.c for model in (Note, NoteLink, NoteTag, Tag))
    note_rows = select(
        raw_column(notes.id, "id"), raw_column(notes.forum_id, "forum_id"), notes.body_text
    ).where(notes.deleted_at.is_(None))
    tag_rows = (
        select(raw_column(note_tags.note_id, "note_id"), tags.name)
        .join_from(NoteTag.__table__, Tag.__table__, tags.id == note_tags.tag_id)
        .where(note_tags.deleted_at.is_(None), tags.deleted_at.is_(None))
        .order_by(tags.name)
    )
    # An orphaned link names a paragraph of an older draft; opening it would show
    # whatever paragraph now has that number, so it is not an anchor.
    link_rows = (
        select(
            raw_column(links.note_id, "note_id"),
            links.paragraph_number,
            raw_column(links.document_id, "document_id"),
        )
        .where(
            links.deleted_at.is_(None),
            links.paragraph_number.is_not(None),
            links.orphaned_at.is_(None),
        )
        .order_by(links.paragraph_number.desc(), links.document_id.desc())
    )
    if note_id is not None:
        note_rows = note_rows.where(notes.id == note_id)
        tag_rows = tag_rows.where(note_tags.note_id == note_id)
        link_rows = link_rows.where(links.note_id == note_id)
    # Rows are unpacked, not read by attribute: at 100k notes that is seconds apart.
    tag_names: dict[object, list[str]] = {}
    for tagged_id, name in session.execute(tag_rows).all():
        tag_names.setdefault(tagged_id, []).append(name)
    # Ordered highest first, so the last one written per note is its lowest paragraph.
    anchors: dict[object, tuple[int | None, object]] = {}
    for linked_id, number, document_id in session.execute(link_rows).all():
        anchors[linked_id] = (number, document_id)
    entries = []
    for row_id, forum_id, body_text in session.execute(note_rows).all():
        body = body_text or ""
        names = tag_names.get(row_id)
        if names:
            body = f"{body}\n{' '.join('#' + name for name in names)}"
        if not body.strip():
            continue
        number, document_id = anchors.get(row_id, (None, None))
        entries.append(
            make_entry(
                NOTE,
                row_id,
                body,
                forum_id=forum_id,
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
    entries = paragraph_entries(session, language_version_id)
    where = (search_table.c.kind == PARAGRAPH) & (
        search_table.c.language_version_id == language_version_id
    )
    replace_entries(session, where, entries)
    return len(entries)


def index_note(session: Session, note_id: uuid.UUID) -> bool:
    """Replace one note's entry; a tombstoned (or missing) note is only removed.

    Returns whether the note is in the index afterwards.
    """
    session.flush()
    entries = note_entries(session, note_id)
    replace_entries(session, _note_where(note_id), entries)
    return bool(entries)


def unindex_note(session: Session, note_id: uuid.UUID) -> None:
    session.flush()
    replace_entries(session, _note_where(note_id), [])


def _note_where(note_id: uuid.UUID) -> ColumnElement[bool]:
    return (search_table.c.kind == NOTE) & (search_table.c.target_id == note_id)

"""The registry in the search index: people and organisations found by their names.

Each live representative has one entry of kind "representative" (its names as
typed and their Latin forms), each organisation one of kind "organisation" (name
and acronym). `folded` holds the words of `names.name_tokens`, so a name is found
in its own script and in its Latin form alike, whatever was added later.

`text` holds the names joined exactly as `_person_text` (SQL) joins them, so an
entry whose names have changed since it was written is found by comparing the two:
`refresh_registry_index` rewrites those, and writes the missing ones. Whoever writes
names calls it once per unit of work (a form, an import, a merge, a sync), and the
database maintenance on opening calls it too. Entries of records deleted or merged
since are left: the look-ups join the live records.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    column,
    exists,
    func,
    literal,
    literal_column,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from forumdesk.services.search import driver
from forumdesk.services.search.index import (
    ID_RANGES,
    add_entries,
    replace_entries,
    search_table,
)
from forumdesk.services.search.name_words import replace_name_words, words_current
from forumdesk.services.search.names import name_query, name_tokens, written_family_first
from forumdesk.services.search.terms import SearchHit, SearchQuery, fts5_match, tsquery
from forumdesk.store.models import Organisation, Representative

REPRESENTATIVE = "representative"
ORGANISATION = "organisation"
REGISTRY_KINDS = (ORGANISATION, REPRESENTATIVE)
_BATCH = 2000
#: At most this many entries are read per look-up before the first live ones by name
#: are chosen: beyond that a name is too common for the choice to mean much, and each
#: entry read costs a look-up of the record (about 5 µs at a million people).
MATCH_CAP = 250


def _joined(*parts: ColumnElement[Any]) -> ColumnElement[str]:
    """The parts (NULL as empty) joined by one space, in SQL."""
    joined: ColumnElement[str] = type_coerce(func.coalesce(parts[0], ""), String)
    for part in parts[1:]:
        joined = joined + literal(" ") + type_coerce(func.coalesce(part, ""), String)
    return joined


def _name_columns(kind: str) -> tuple[Any, tuple[Any, ...]]:
    if kind == REPRESENTATIVE:
        return Representative, (
            Representative.given_name,
            Representative.family_name,
            Representative.given_name_latin,
            Representative.family_name_latin,
        )
    return Organisation, (Organisation.name, Organisation.acronym)


def _outdated(kind: str) -> Select[Any]:
    """The ids of the live records of `kind` whose entry is missing or outdated."""
    model, names = _name_columns(kind)
    current: ColumnElement[bool] = exists().where(
        search_table.c.target_id == model.id,
        search_table.c.kind == kind,
        search_table.c.text == _joined(*names),
    )
    if kind == REPRESENTATIVE:
        current = current & words_current()
    return select(model.id).where(model.deleted_at.is_(None), ~current)


def outdated_registry_ids(
    session: Session, kind: str, after: uuid.UUID | None, limit: int
) -> list[uuid.UUID]:
    """Up to `limit` ids, after `after` in id order, of the records of `kind` that
    `refresh_registry_index` would write: read apart, so that the look over every
    record needs no write transaction (`maintenance.refresh_registry_in_steps`)."""
    model, _names = _name_columns(kind)
    chosen = _outdated(kind)
    if after is not None:
        chosen = chosen.where(model.id > after)
    return list(session.scalars(chosen.order_by(model.id).limit(limit)))


def refresh_registry_index(session: Session, ids: Collection[uuid.UUID] | None = None) -> int:
    """Write the entries of live people and organisations that have none or an outdated
    one (among `ids` when given); returns how many were written.

    A batch at a time in id order, so that after a 100k-row import the rows to index
    are never all in memory at once."""
    session.flush()
    sqlite = session.get_bind().dialect.name == "sqlite"
    written = 0
    for kind in REGISTRY_KINDS:
        model, names = _name_columns(kind)
        chosen = _outdated(kind).add_columns(*names)
        if ids is not None:
            chosen = chosen.where(model.id.in_(list(ids)))
        after: uuid.UUID | None = None
        while True:
            batch = session.execute(
                (chosen if after is None else chosen.where(model.id > after))
                .order_by(model.id)
                .limit(_BATCH)
            ).all()
            if not batch:
                break
            after = batch[-1][0]
            written += _write_entries(session, kind, batch, sqlite)
    return written


def _write_entries(
    session: Session,
    kind: str,
    records: Sequence[Sequence[Any]],
    sqlite: bool,
    sort_keys: Sequence[str | None] | None = None,
) -> int:
    """Write the entries of `records` ((id, *names), the names as `_name_columns` lists
    them) of `kind`. Without `sort_keys` their entries are replaced; with them (the
    people's, in order), the records are new ones with none to take out."""
    entries = [
        (
            kind,
            record[0].hex if sqlite and isinstance(record[0], uuid.UUID) else record[0],
            *(None,) * 4,
            " ".join(part or "" for part in record[1:]),
            name_tokens(*record[1:]),
        )
        for record in records
    ]
    if sort_keys is None:
        where = (search_table.c.kind == kind) & search_table.c.target_id.in_(
            [record[0] for record in records]
        )
        replace_entries(session, where, entries)  # type: ignore[arg-type]
    else:
        add_entries(session, entries)  # type: ignore[arg-type]
    if kind == REPRESENTATIVE:
        keys = (
            None
            if sort_keys is None
            else dict(zip([e[1] for e in entries], sort_keys, strict=True))
        )
        replace_name_words(session, entries, keys)
    return len(entries)


def index_new_records(session: Session, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write the entries of just-inserted records of `kind` from their values (as a
    bulk writer gave them to the driver): they have none yet, so nothing is read back
    or taken out as `refresh_registry_index` would."""
    if not rows:
        return
    _model, names = _name_columns(kind)
    keys = [column.key for column in names]
    records = [(row["id"], *(row.get(key) for key in keys)) for row in rows]
    sqlite = session.get_bind().dialect.name == "sqlite"
    sort_keys = [row.get("sort_key") for row in rows]
    _write_entries(session, kind, records, sqlite, sort_keys)


def new_records_indexer(session: Session) -> Callable[[Any, list[dict[str, Any]]], None]:
    """A bulk writer's `after_insert`: the entries of the people and organisations it
    inserts, from their values (an import changes no one else's names)."""
    kinds = {Organisation.__table__: ORGANISATION, Representative.__table__: REPRESENTATIVE}

    def index(table: Any, rows: list[dict[str, Any]]) -> None:
        kind = kinds.get(table)
        if kind is not None:
            index_new_records(session, kind, rows)

    return index


def matching_ids(dialect: str, kind: str, query: SearchQuery) -> Select[Any]:
    """The ids of the records of `kind` whose names match `query` (live or not)."""
    return _found(dialect, kind).params(names=_names_parameter(dialect, query))


def _names_parameter(dialect: str, query: SearchQuery) -> str:
    return tsquery(query) if dialect == "postgresql" else fts5_match(query)


@cache
def _found(dialect: str, kind: str) -> Select[Any]:
    """The ids of the records of `kind` whose names match the parameter `names`."""
    if dialect == "postgresql":
        ts_query = func.to_tsquery(literal_column("'simple'"), bindparam("names", type_=String))
        matched = column("tsv").op("@@")(ts_query)
        return select(search_table.c.target_id).where(search_table.c.kind == kind, matched)
    # Each kind's entries have their own range of ids (`index.ID_RANGES`), so the match
    # runs over its names only (a column filter of the MATCH would intersect them with
    # every person's entry); the kind is checked on the entries found all the same. A
    # join, not IN: SQLite then reads the matches as they come and stops at a LIMIT.
    found = (
        text(
            "SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH :names "
            f"AND {ID_RANGES[kind]}"
        )
        .columns(column("rowid", Integer))
        .subquery("found")
    )
    return (
        select(search_table.c.target_id)
        .join_from(found, search_table, search_table.c.id == found.c.rowid)
        .where(search_table.c.kind == kind)
    )


def find_in_registry(
    session: Session,
    typed: str,
    *,
    kinds: Collection[str] = REGISTRY_KINDS,
    limit: int = 50,
    prefix_last: bool = False,
) -> list[SearchHit]:
    """People, then organisations, whose names match what was typed, by name."""
    query = name_query(typed, prefix_last=prefix_last)
    if query.is_empty or limit <= 0:
        return []
    dialect = session.get_bind().dialect.name
    # The statements are built once per dialect; only their parameters change.
    values = {"names": _names_parameter(dialect, query), "limit": limit}
    hits: list[SearchHit] = []
    connection = session.connection()

    def found(statement: Any) -> list[Any]:  # one of the two Core selects below
        # SQLite: the driver's cursor (`driver`), its ids as hex; PostgreSQL: Core, uuids.
        if dialect != "sqlite":
            return list(connection.execute(statement, values))
        return [
            (uuid.UUID(row[0]), *row[1:]) for row in driver.core_rows(connection, statement, values)
        ]

    if REPRESENTATIVE in kinds:
        for row in found(_people(dialect)):
            names = [_full_name(row[1], row[2]), _latin(row[3], row[4], row[2]), row[5]]
            hits.append(_hit(REPRESENTATIVE, row[0], names))
    if ORGANISATION in kinds and len(hits) < limit:
        values["limit"] = limit - len(hits)
        hits += [
            _hit(ORGANISATION, row[0], [row[1], row[2]]) for row in found(_organisations(dialect))
        ]
    return hits


def _first_by_name(model: Any, found: Select[Any]) -> Select[Any]:
    """The ids of the first `limit` live records by name among MATCH_CAP found: chosen
    apart, so that only those rows are read (the others from the live people's index)."""
    return (
        select(model.id)
        .where(model.id.in_(found.limit(MATCH_CAP)), model.deleted_at.is_(None))
        .where(model.merged_into_id.is_(None))
        .order_by(model.sort_key, model.id)
        .limit(bindparam("limit", type_=Integer))
    )


@cache
def _people(dialect: str) -> Select[uuid.UUID, str, str, str | None, str | None, str]:
    return (
        select(
            Representative.id,
            Representative.given_name,
            Representative.family_name,
            Representative.given_name_latin,
            Representative.family_name_latin,
            Organisation.name,
        )
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(
            Representative.id.in_(_first_by_name(Representative, _found(dialect, REPRESENTATIVE)))
        )
        .order_by(Representative.sort_key, Representative.id)
    )


@cache
def _organisations(dialect: str) -> Select[uuid.UUID, str, str | None]:
    return (
        select(Organisation.id, Organisation.name, Organisation.acronym)
        .where(Organisation.id.in_(_first_by_name(Organisation, _found(dialect, ORGANISATION))))
        .order_by(Organisation.sort_key, Organisation.id)
    )


def _full_name(given: str | None, family: str | None) -> str:
    """The name as typed: given name first, or family name first and no space (王小明)."""
    if written_family_first(family):
        return f"{family}{given or ''}"
    return " ".join(part for part in (given, family) if part)


def _latin(given: str | None, family: str | None, native_family: str | None) -> str | None:
    """The Latin form as UN lists write it: "Fatima ALAOUI", "WANG Xiaoming"."""
    parts: list[str | None] = [given, (family or "").upper()]
    if written_family_first(native_family):
        parts.reverse()
    return " ".join(part for part in parts if part) or None


#: Between the parts of a registry hit's snippet: neutral, so each part keeps its direction.
PART_SEPARATOR = " · "


def _hit(kind: str, target_id: uuid.UUID, parts: Sequence[str | None]) -> SearchHit:
    shown = list(dict.fromkeys(part for part in parts if part))
    return SearchHit(
        kind=kind,
        target_id=target_id,
        paragraph=None,
        document_id=None,
        language_version_id=None,
        snippet=PART_SEPARATOR.join(shown),
        highlights=(),
    )

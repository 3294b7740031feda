"""Bulk inserts for imports: rows written with Core executemany in batches, with the
merge columns the ORM's flush hook would stamp, and creation entries in the audit log."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cache, partial
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Enum, Uuid, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from forumdesk.store.audit import audit_inserts
from forumdesk.store.bulk_indexes import SetAside, set_aside_indexes
from forumdesk.store.models import Organisation, Registration, Representative
from forumdesk.store.search_tables import NAME_WORDS
from forumdesk.store.types import time_ordered_uuid, utcnow

_BATCH = 2000
# 16 MB: 32 MB took 17 MB more at the peak for no time measured at 100k rows.
_PAGE_CACHE_KIB = 16 * 1024
# An import of at least this many rows, and of more than the registry holds, builds the
# people's indexes after its rows (`indexes_set_aside`). At 100k rows into an empty
# registry that saved a tenth of the import, at a million a third.
SET_ASIDE_FROM_ROWS = 20_000
# Rows guessed from a file's size when they were not counted: generous (the bench's
# rows take 125 bytes), so that a guess errs on the side of keeping the indexes.
_BYTES_PER_ROW = 200


class RowSink(Protocol):
    """Where an importer's new rows go: `add` files them (a new id unless they bring
    one), `flush` writes what is filed."""

    dry_run: bool

    def add(self, table: Any, values: dict[str, Any]) -> uuid.UUID: ...

    def flush(self) -> None: ...


class BulkWriter:
    """Buffers new rows and inserts them in batches, parents before children."""

    def __init__(
        self,
        session: Session,
        dry_run: bool,
        tables: Sequence[Any] = (),
        after_insert: Callable[[Any, list[dict[str, Any]]], None] | None = None,
    ) -> None:
        """`tables`: the tables written, parents first (by default the registry's);
        `after_insert(table, rows)` is called with each batch's values once they are
        inserted, as the driver took them (ids as it stores them): the search index's
        entries are written from them."""
        self.session = session
        self.after_insert = after_insert
        self.dry_run = dry_run
        self.device = session.info.get("device_id")
        # (table, row keys) -> (INSERT statement, bind processors, positional order)
        self._plans: dict[tuple[Any, tuple[str, ...]], tuple[str, dict[str, Any], Any]] = {}
        tables = tables or (
            Organisation.__table__,
            Representative.__table__,
            Registration.__table__,
        )
        self.pending: dict[Any, list[dict[str, Any]]] = {table: [] for table in tables}

    def add(self, table: Any, values: dict[str, Any]) -> uuid.UUID:
        """File `values` (a fresh dict, taken over: the writer adds to it) for insertion;
        a new time-ordered id unless `values` brings its own."""
        ident = values["id"] = values.get("id") or time_ordered_uuid()
        if not self.dry_run:
            rows = self.pending[table]
            rows.append(values)
            if len(rows) >= _BATCH:
                self.flush()
        return ident

    def flush(self) -> None:
        now = utcnow()
        merge = {
            "created_at": now,
            "updated_at": now,
            "created_device_id": self.device,
            "updated_device_id": self.device,
            "version": 1,
            "deleted_at": None,
        }
        for table, rows in self.pending.items():
            if table is Registration.__table__ and rows and self.session.dirty:
                # ORM changes before the registrations: a badge taken off a withdrawn
                # one must be gone before a new one with that badge goes in (the pair is
                # unique); after the organisations, which an updated person may now name.
                self.session.flush()
            if rows:
                self._insert_many(table, rows, merge)
                rows.clear()

    def _insert_many(self, table: Any, rows: list[dict[str, Any]], merge: dict[str, Any]) -> None:
        """One executemany of already-converted values.

        The columns' own bind processors convert each value (as SQLAlchemy would),
        but without its per-row bookkeeping, which took most of an import's write time.
        The row dicts are converted in place: they are dropped after this.
        """
        audit_inserts(self.session, table, rows)  # before the values are converted below
        connection = self.session.connection()
        dialect = connection.dialect
        own = tuple(rows[0])  # every row of a table has the same keys
        if dialect.positional:
            # Columns empty in the whole batch are left out: NULL all the same (they
            # have no default), and sqlite3 binds a None slower than a text.
            own = tuple(key for key in own if key not in _omissible(table) or _filled(rows, key))
        plan = self._plans.get((table, own))
        if plan is None:
            compiled = insert(table).compile(dialect=dialect, column_keys=[*own, *merge])
            bind = {c.key: c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.c}
            names = compiled.positiontup  # None for a named paramstyle
            plan = (compiled.string, bind, itemgetter(*names) if names else None)
            self._plans[table, own] = plan
        statement, bind, ordered = plan
        shared = {key: fn(value) if (fn := bind[key]) else value for key, value in merge.items()}
        # Only the few columns with a converter (ids, enums) are touched row by row;
        # another record's id or an enum converted once a batch: thousands share one.
        for row in rows:
            row.update(shared)
        for key in own:
            fn = bind[key]
            if fn is None:
                continue
            if key not in _repeated(table):
                for row in rows:
                    if (value := row[key]) is not None:
                        row[key] = fn(value)
                continue
            done: dict[Any, Any] = {None: None}
            for row in rows:
                value = row[key]
                found = done.get(value, done)
                if found is done:
                    found = done[value] = fn(value)
                row[key] = found
        if ordered is not None:  # a positional paramstyle (SQLite's "?")
            connection.exec_driver_sql(statement, [ordered(row) for row in rows])
        else:
            connection.exec_driver_sql(statement, rows)
        if self.after_insert is not None:
            self.after_insert(table, rows)


@cache
def _omissible(table: Any) -> frozenset[str]:
    """Columns an INSERT may leave out to store NULL: nullable, with no default at all."""
    return frozenset(
        column.key
        for column in table.columns
        if column.nullable and column.default is None and column.server_default is None
    )


@cache
def _repeated(table: Any) -> frozenset[str]:
    """Columns whose values repeat across rows: other records' ids (a parent's, the
    import's), enums."""
    return frozenset(
        column.key
        for column in table.columns
        if isinstance(column.type, Uuid | Enum) and not column.primary_key
    )


def _filled(rows: list[dict[str, Any]], key: str) -> bool:
    return any(map(partial(is_not, None), map(itemgetter(key), rows)))


@contextmanager
def page_cache(session: Session, dry_run: bool) -> Iterator[None]:
    """A bigger SQLite page cache for this import's writes, then the connection's own.
    The rows dirty most pages of the people's indexes; SQLite's default 2 MB cache
    spilled them to the WAL and read them back many times. Durability is unchanged.
    An encrypted connection's own cache is bigger already: it is kept."""
    connection = None if dry_run else session.connection()
    if connection is None or connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    page_kib = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one()) // 1024
    if (-before if before < 0 else before * page_kib) >= _PAGE_CACHE_KIB:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        with suppress(SQLAlchemyError):  # a failed transaction's error is the one to see
            connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def indexes_set_aside(
    session: Session, path: Path, total: int | None, dry_run: bool
) -> SetAside | None:
    """The people's secondary indexes, and their type-ahead words', dropped for an
    import bigger than the registry it goes into (a first registry, a merger of two
    secretariats' lists), to be built again after its rows: see store/bulk_indexes.py.
    None when the import keeps them: a dry run, PostgreSQL, a small file, or a registry
    that already holds more people than the file has rows (building its indexes again
    would cost more than the rows' inserts)."""
    if dry_run or session.get_bind().dialect.name != "sqlite":
        return None
    rows = total if total is not None else path.stat().st_size // _BYTES_PER_ROW
    if rows < SET_ASIDE_FROM_ROWS:
        return None
    people = session.execute(select(func.count()).select_from(Representative)).scalar_one()
    if people > rows:
        return None
    return set_aside_indexes(session.connection(), (Representative.__tablename__, NAME_WORDS))


@contextmanager
def collector_paused() -> Iterator[Callable[[], None]]:
    """No collection during the rows (full passes walked all kept: a tenth of an import).
    The rows leave next to no cycles (684 objects in 100k rows), so none is collected
    here: a collection in the worker thread of the GUI could free a Qt object off its
    thread (ui/common/collector.py). After the rows (`rows_done`) collection resumes,
    skipping the objects kept so far."""
    enabled = gc.isenabled()
    # The window freezes its start-up objects (ui/common/preload.py): leave them frozen.
    frozen_before = gc.get_freeze_count()
    gc.disable()

    def rows_done() -> None:
        gc.freeze()
        if enabled:
            gc.enable()

    try:
        yield rows_done
    finally:
        if not frozen_before:
            gc.unfreeze()
        if enabled:
            gc.enable()

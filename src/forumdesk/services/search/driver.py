"""A search's statements on SQLite, run on the driver's own cursor.

A search runs ten to fifteen small statements. Through SQLAlchemy each costs 15 µs
(a driver statement) to 50 µs (a Core one: its cache key) more than SQLite takes to
answer it: a tenth of a typical search at 100k notes. Their SQL is fixed and their
values plain, so they go to a cursor of the session's own connection (the same
transaction and snapshot), and what comes back is the driver's: ids are SQLite's
32 hex digits, converted by the caller where it keeps them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

Values = Sequence[Any]


def rows(connection: Connection, sql: str, values: Values = ()) -> list[tuple[Any, ...]]:
    """Every row of `sql` run with `values`, given in the order of its qmark parameters."""
    cursor = connection.connection.cursor()
    try:
        found: list[tuple[Any, ...]] = cursor.execute(sql, tuple(values)).fetchall()
        return found
    finally:
        cursor.close()


def first(connection: Connection, sql: str, values: Values = ()) -> tuple[Any, ...]:
    """The first row of `sql` (a statement that always returns one, as an aggregate)."""
    found = rows(connection, sql, values)
    if not found:
        raise LookupError(f"no row from {sql[:60]}")
    return found[0]


def core_rows(
    connection: Connection, statement: ClauseElement, values: Mapping[str, Any]
) -> list[tuple[Any, ...]]:
    """The rows of a Core `statement` built once (the same object each time), compiled
    once for SQLite, with its bound parameters taken from `values` or their defaults."""
    sql, names, defaults = _compiled(statement)
    return rows(connection, sql, [values[n] if n in values else defaults[n] for n in names])


@cache
def _compiled(statement: ClauseElement) -> tuple[str, tuple[str, ...], dict[str, Any]]:
    compiled = cast(SQLCompiler, statement.compile(dialect=sqlite.dialect()))
    return str(compiled), tuple(compiled.positiontup or ()), dict(compiled.params)

"""A table's secondary indexes set aside during a bulk load and built again after it,
in the loader's own transaction (SQLite only).

A person inserted into a table of a dozen indexes on scattered keys (sort keys, emails)
costs one B-tree descent and page change per index; once the indexes outgrow SQLite's
page cache, each of those reads a page back and spills another. Past a few hundred
thousand rows that was most of an import: a million people took 177 s with the indexes
kept and 115 s with them dropped and built again afterwards, where CREATE INDEX sorts
the rows once.

The DROP and CREATE statements run in the caller's transaction: a load that fails, is
cancelled or is killed takes its DROPs back with its rows, so the indexes are never
missing from a committed database. The CREATE statements are those the schema held,
read back from `sqlite_master`, so the indexes come back exactly as migrations made them.
UNIQUE indexes stay: they check each row as it comes, and a load relies on that.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

# The page cache while the indexes are built. CREATE INDEX sorts in memory up to the
# cache's size and spills the rest to temporary files; at a million people a 2 MB cache
# built them in 9.0 s, a 16 MB one in 10.8 s and 30 MB heavier.
_BUILD_CACHE_KIB = 2048


class SetAside:
    """Indexes dropped for a bulk load; `rebuild` creates them again, once."""

    def __init__(self, connection: Connection, statements: list[tuple[str, str]]) -> None:
        self.connection = connection
        self.statements = statements  # (index name, its CREATE statement)

    @property
    def names(self) -> list[str]:
        return [name for name, _sql in self.statements]

    def rebuild(self) -> None:
        """Create the indexes again, in the order the schema listed them."""
        statements, self.statements = self.statements, []
        connection = self.connection
        before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
        connection.exec_driver_sql(f"PRAGMA cache_size=-{_BUILD_CACHE_KIB}")
        try:
            for _name, sql in statements:
                connection.exec_driver_sql(sql)
        finally:
            with suppress(SQLAlchemyError):  # a failed transaction's error is the one to see
                connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def set_aside_indexes(connection: Connection, tables: Sequence[str]) -> SetAside:
    """Drop the secondary indexes of `tables` (those a CREATE INDEX made: not the
    primary key's or a UNIQUE constraint's own, nor a UNIQUE index) in the open
    transaction, and return what builds them again."""
    if connection.dialect.name != "sqlite":
        raise ValueError("indexes are set aside on SQLite only")
    marks = ", ".join("?" * len(tables))
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY rowid",
        tuple(tables),
    ).all()
    statements = [
        (str(name), str(sql))
        for name, sql in found
        if not str(sql).lstrip().upper().startswith("CREATE UNIQUE")
    ]
    for name, _sql in statements:
        quoted = name.replace('"', '""')
        connection.exec_driver_sql(f'DROP INDEX "{quoted}"')
    return SetAside(connection, statements)

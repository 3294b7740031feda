"""The floor of a registry import: the rows it wrote, written again by bare sqlite3.

Usage: .venv/bin/python bench/import_floor.py IMPORTED EMPTY

IMPORTED is a database `forumdesk registry import` filled; EMPTY one `forumdesk init`
made with the same schema. Every row the import wrote (people, organisations,
registrations, the import's record, its audit entries, the search index and its FTS5
rows, the type-ahead words) is copied from IMPORTED into EMPTY with executemany in
one transaction, with the application's PRAGMAs (WAL, synchronous=FULL, foreign keys)
and its page cache for imports: no parsing, validation, duplicate look-up, hashing or
word-splitting, only SQLite storing the same bytes under the same indexes. Reading
IMPORTED is part of it, as reading the CSV is part of `sqlite-utils insert`. Where the
import sets the people's indexes aside and builds them after the rows (from
SET_ASIDE_FROM_ROWS people into an empty registry: store/bulk_indexes.py), so does this.

bench/registry.py runs it after each timed import, in the same measuring wrapper as
both imports, so that the report shows how much of the import is SQLite's own work
(the "raw writes" of the issue's table): what no change to ForumDesk's Python can save.
Prints the number of rows copied.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

# Parents before children (foreign keys are on, as in the application).
TABLES = (
    "organisations",
    "representatives",
    "registry_imports",
    "registrations",
    "import_mappings",
    "audit_entries",
    "search_index",
    "search_index_terms",
    "name_words",
)
CHUNK = 2000
# The import's own page cache (services/registry/import_/bulk_writer.py), and the one
# it builds the indexes set aside in (store/bulk_indexes.py).
CACHE_KIB = 16 * 1024
BUILD_CACHE_KIB = 2048
# From this many people the import builds the people's indexes after its rows (as
# bulk_writer.SET_ASIDE_FROM_ROWS; not imported: ForumDesk's modules would be timed).
SET_ASIDE_FROM_ROWS = 20_000


def replay(imported: Path, empty: Path) -> int:
    connection = sqlite3.connect(empty, isolation_level=None)
    try:
        for pragma in (
            "foreign_keys=ON",
            "journal_mode=WAL",
            "synchronous=FULL",
            f"cache_size=-{CACHE_KIB}",
        ):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("ATTACH DATABASE ? AS imported", (f"file:{imported}?mode=ro",))
        connection.execute("BEGIN IMMEDIATE")
        people = connection.execute("SELECT count(*) FROM imported.representatives").fetchone()
        aside = _set_aside(connection) if people[0] >= SET_ASIDE_FROM_ROWS else []
        copied = sum(_copy(connection, table) for table in TABLES)
        copied += _copy_fts(connection)
        connection.execute(f"PRAGMA cache_size=-{BUILD_CACHE_KIB}")
        for statement in aside:
            connection.execute(statement)
        connection.execute("COMMIT")
        return copied
    finally:
        connection.close()


def _set_aside(connection: sqlite3.Connection) -> list[str]:
    """Drop the indexes the import sets aside; their CREATE statements."""
    found = connection.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('representatives', 'name_words')"
        " ORDER BY rowid"
    ).fetchall()
    for name, _sql in found:
        connection.execute(f'DROP INDEX main."{name}"')
    return [sql for _name, sql in found]


def _copy(connection: sqlite3.Connection, table: str) -> int:
    columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
    names = ", ".join(columns)
    insert = (
        f"INSERT OR IGNORE INTO main.{table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    )
    reader = connection.cursor()
    reader.execute(f"SELECT {names} FROM imported.{table}")
    copied = 0
    while rows := reader.fetchmany(CHUNK):
        connection.executemany(insert, rows)
        copied += len(rows)
    return copied


def _copy_fts(connection: sqlite3.Connection) -> int:
    reader = connection.cursor()
    reader.execute("SELECT id, folded, kind, forum_id FROM imported.search_index")
    insert = "INSERT INTO main.search_index_fts (rowid, folded, kind, forum_id) VALUES (?, ?, ?, ?)"
    copied = 0
    while rows := reader.fetchmany(CHUNK):
        connection.executemany(insert, rows)
        copied += len(rows)
    return copied


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    print(replay(Path(argv[0]), Path(argv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Two copies of one database, the office's and a laptop's, for the merge tests: work
on either as a user, merge one into the other, compare their rows."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from forumdesk.services.sync.sync import SyncResult, sync_from
from forumdesk.store.audit import MERGE_COLUMNS
from forumdesk.store.migrate import open_database


def work(path: Path, actor: str, change: Callable[[Session], Any]) -> Any:
    """`change` in one unit of work on the database at `path`, signed by `actor`."""
    database, _ = open_database(str(path), backup=False)
    database.actor = actor
    try:
        with database.unit_of_work() as session:
            return change(session)
    finally:
        database.dispose()


def two_copies(source: Path, folder: Path, tag: str = "") -> tuple[Path, Path]:
    """Two databases from one file: A (the office) and B (a laptop)."""
    a, b = folder / f"a{tag}.db", folder / f"b{tag}.db"
    shutil.copyfile(source, a)
    shutil.copyfile(source, b)
    return a, b


def merge(target: Path, other: Path) -> SyncResult:
    database, _ = open_database(str(target), backup=False)
    try:
        return sync_from(database, str(other))
    finally:
        database.dispose()


def rows(path: Path, tables: Iterable[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `tables`, without the merge bookkeeping, by id."""
    with sqlite3.connect(path) as connection:
        found = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if row[1] == "id" or row[1] not in MERGE_COLUMNS
            ]
            query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"
            found[table] = connection.execute(query).fetchall()
    connection.close()
    return found

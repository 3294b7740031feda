"""Backups of SQLite databases through SQLite's online backup API."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.paths import backups_dir
from forumdesk.store.engine import sqlite_path

KEEP_BACKUPS = 10


def backup_folder(database: Path) -> Path:
    """One folder per database file, named so that two `forumdesk.db` never mix."""
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:8]
    return backups_dir() / f"{database.stem}-{digest}"


def backup_sqlite(database: Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Copy `database` page by page into the backup folder and prune old copies.

    The backup API gives a consistent copy even while another connection writes.
    """
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    prune_backups(folder, keep)
    return target


def list_backups(database: Path) -> list[Path]:
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*.db"))


def prune_backups(folder: Path, keep: int) -> None:
    copies = sorted(folder.glob("*.db"))
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)


def backup_before(session: Session, reason: str) -> Path | None:
    """Copy the session's SQLite file before a change that is large or hard to take back
    (an import, a merge); None for PostgreSQL, which the office's own dumps cover.

    Call it before the session writes: the copy holds what is committed.
    """
    url = session.get_bind().engine.url
    path = sqlite_path(url.render_as_string(hide_password=False))
    if path is None or not path.is_file():
        return None
    return backup_sqlite(path, reason)

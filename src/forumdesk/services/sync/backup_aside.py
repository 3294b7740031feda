"""The verified backup a merge takes first, written while the merge works.

The copy reads, through connections of its own, what is committed. The merge holds the
write lock from the start (`BEGIN IMMEDIATE`), so nothing is committed until it
commits itself, and in WAL mode its uncommitted writes are invisible to other
connections: the copy is the database as it was before the merge, whenever it is read.
The merge waits for the copy and its integrity check before it commits; a copy that
fails makes it roll back, so nothing is merged without a backup. SQLite releases the
GIL while it copies and checks, so on a file of a million people most of that time is
spent beside the merge's own work rather than before it.

A database not in WAL mode is backed up first, as before: there, readers and a writer
lock each other out.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.store.backup import backup_before

_REASON = "before-merge"


class BackupAside:
    """`backup_before(session, "before-merge")`, in a thread of its own when it can be."""

    def __init__(self, session: Session) -> None:
        self._path: Path | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        connection = session.connection()  # begins the merge's transaction: the write lock
        sqlite = connection.dialect.name == "sqlite"
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar() if sqlite else None
        if str(mode).lower() != "wal":
            self._path = backup_before(session, _REASON)
            return
        self._thread = threading.Thread(
            target=self._copy, args=(session,), name="forumdesk-merge-backup", daemon=True
        )
        self._thread.start()

    def _copy(self, session: Session) -> None:
        try:  # the session only names the file: the copy has connections of its own
            self._path = backup_before(session, _REASON)
        except BaseException as error:  # handed to the merge's thread by `taken`
            self._error = error

    def taken(self) -> Path | None:
        """The backup's path once written and verified; raises what made it fail."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._path

    def abandon(self) -> None:
        """The merge failed: wait for the copy (a backup of the untouched database is
        kept, as when it was taken first), whatever became of it."""
        if self._thread is not None:
            self._thread.join()

"""The verified backup a merge takes first, written while the merge works.

The copy reads, through connections of its own, what is committed. The merge holds the
write lock from the start (`BEGIN IMMEDIATE`), so nothing is committed until it
commits itself, and in WAL mode its uncommitted writes are invisible to other
connections: the copy is the database as it was before the merge, whenever it is read.
The merge waits for the copy and its integrity check before it commits; a copy that
fails makes it roll back, so nothing is merged without a backup. SQLite releases the
GIL while it copies and checks, so on a file of a million people most of that time is
spent beside the merge's own work rather than before it.

When the file is settled as the merge takes its lock (`settled_check`: the WAL copied
back into the main file, nothing committed since), the copy is the main file's bytes,
which nothing changes until the merge commits. Alone, the 2.4 GB of a million people
take 1.5 s to copy and 2.8 s to write through here, where the backup API took 7-9 s;
beside the merge's own writes, 6-8 s. Otherwise it goes through the backup API.

A database not in WAL mode is backed up first, as before: there, readers and a writer
lock each other out.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.store.backup import backup_before, database_file, settled_check

_REASON = "before-merge"


class BackupAside:
    """`backup_before(session, "before-merge")`, in a thread of its own when it can be."""

    def __init__(self, session: Session) -> None:
        self._path: Path | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        with settled_check(database_file(session)) as still_settled:
            connection = session.connection()  # begins the merge's transaction: the lock
            settled = still_settled()
        sqlite = connection.dialect.name == "sqlite"
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar() if sqlite else None
        if str(mode).lower() != "wal":
            self._path = backup_before(session, _REASON)
            return
        self._thread = threading.Thread(
            target=self._copy,
            args=(session, settled),
            name="forumdesk-merge-backup",
            daemon=True,
        )
        self._thread.start()

    def _copy(self, session: Session, settled: bool) -> None:
        try:  # the session only names the file: the copy has connections of its own
            self._path = backup_before(session, _REASON, settled=settled)
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

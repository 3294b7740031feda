"""Test driver, not a test: sync OTHER into TARGET and SIGKILL this process halfway.

Run as `python kill_mid_sync.py TARGET OTHER [--commit-first]`. The real sync runs
unchanged; the process kills itself from the sync's own progress callback, at the first
table boundary after the sync has written rows, so the transaction is open and
half-full. `--commit-first` commits those half-written rows just before dying: a sync
that did not roll back, which the durability test must catch.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from typing import Any

from sqlalchemy import event

from forumdesk.services.sync.sync import sync_from
from forumdesk.store.migrate import open_database

WRITES = ("INSERT", "UPDATE", "DELETE")


def main(target: str, other: str, commit_first: bool) -> None:
    database, _ = open_database(target)
    written: list[sqlite3.Connection] = []

    @event.listens_for(database.engine, "after_cursor_execute")
    def _seen(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            written.append(cursor.connection)

    def progress(done: int, _total: int) -> None:
        if done and written:
            if commit_first:
                written[-1].execute("COMMIT")
            os.kill(os.getpid(), signal.SIGKILL)

    sync_from(database, other, progress=progress)
    sys.exit("the sync finished without writing anything: nothing to kill")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "--commit-first" in sys.argv[3:])

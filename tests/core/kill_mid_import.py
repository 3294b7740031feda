"""Test driver, not a test: import CSV into TARGET with the people's indexes set aside,
and SIGKILL this process halfway.

Run as `python kill_mid_import.py TARGET CSV rows|rebuild|parallel`. The real import
runs, its thresholds lowered so that this small file sets the indexes aside (and, for
`parallel`, reads its rows in a second process). `rows` and `parallel`: the process
kills itself from the import's progress callback once rows have been written after the
DROPs (`parallel` prints its reading process's pid first); `rebuild`: after the third
index of the rebuild has been created again.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event

from forumdesk.services.registry.import_ import bulk_writer
from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.importer import run_import
from forumdesk.services.registry.import_.parallel import source
from forumdesk.store.migrate import open_database


def main(target: str, csv_path: str, when: str) -> None:
    bulk_writer.SET_ASIDE_FROM_ROWS = 10
    source.PARALLEL_FROM_ROWS = 10 if when == "parallel" else 10**9
    database, _ = open_database(target, backup=False)
    seen: list[str] = []

    @event.listens_for(database.engine, "after_cursor_execute")
    def _seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.lstrip().upper()[:12])
        if when == "rebuild" and seen.count("CREATE INDEX") == 3:
            os.kill(os.getpid(), signal.SIGKILL)

    def progress(done: int, _total: int) -> None:
        if when in ("rows", "parallel") and done >= 2500 and 'DROP INDEX "' in seen:
            if when == "parallel":
                print(*(child.pid for child in multiprocessing.active_children()), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    path = Path(csv_path)
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        run_import(session, path, guess_mapping(headers, session), progress=progress)
    sys.exit("the import finished: nothing to kill")


if __name__ == "__main__":
    main(*sys.argv[1:4])

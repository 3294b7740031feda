"""Test driver, not a test: prepare an encrypted laptop from OFFICE at TARGET and
SIGKILL this process halfway.

Run as `python kill_mid_laptop.py OFFICE TARGET`. The real copy runs unchanged; the
process kills itself from the copy's own progress callback once half the tables are
written, so the laptop's transaction is open and its pages (and -wal) are on the disk.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.store.migrate import open_database


def main(office: str, target: str) -> None:
    database, _ = open_database(office, backup=False)

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            os.kill(os.getpid(), signal.SIGKILL)

    prepare_laptop(database, Path(target), passphrase="killed halfway", progress=progress)
    sys.exit("the copy finished: nothing to kill")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

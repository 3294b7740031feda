"""A ForumDesk process to be killed while a speaker has the floor.

Run as `python clock_child.py DATABASE SEGMENT_ID`: opens the database, shows the
segment's speakers panel with a fake time source, starts the first speaker, lets 25 s
of fake time pass (the panel's tick saves them), prints READY and waits on standard
input for the SIGKILL of tests/ui/test_speaking_clock_kill.py.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from forumdesk.store.migrate import open_database
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.programme.speakers import SpeakersPanel


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _until(app: QApplication, done: Callable[[], bool]) -> None:
    # Each job's result is posted to this thread as an event: wait for events, not time.
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def main(path: str, segment: str) -> None:
    app = QApplication([])
    database, _ = open_database(path, backup=False)
    ops = Operations()
    ops.set_database(database)
    panel = SpeakersPanel(ops)
    fake = FakeTime()
    panel.clock_source = fake
    panel.show()
    loads: list[None] = []
    panel.loaded.connect(lambda: loads.append(None))
    panel.set_segment(uuid.UUID(segment))
    _until(app, lambda: bool(loads) and ops.is_idle)
    panel.start()
    _until(app, lambda: ops.is_idle)
    fake.now += 25
    panel.tick()  # what the 200 ms timer does: 25 s spoken, so they are saved
    _until(app, lambda: ops.is_idle)
    print("READY", panel.time_label.text(), flush=True)
    sys.stdin.readline()  # killed while waiting here


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

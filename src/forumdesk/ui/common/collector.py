"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, it runs in whichever thread allocates past its threshold: often a
background operation compiling SQL. A cycle it frees there may hold a Qt object (a
dialog's wrapper and the lambda connected to it), whose destructor then runs off its
thread and waits for the GUI thread while the GUI thread waits for the interpreter: a
deadlock, seen in the UI tests. So the collector is switched off, and a timer on the
GUI thread collects with the thresholds Python itself would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("main_thread_collector")
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation past its threshold; the number freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if counts[g] > thresholds[g]]
        return gc.collect(max(due)) if due else 0


def freeze_start_up() -> None:
    """Put what start-up made (modules, classes, the database layer, the window) out of
    the collector's reach: it lives as long as the process, and a full collection
    walked all of it on the GUI thread, 100-150 ms while the first database opened
    (bench/gui_stalls.py). The pages' modules are frozen in turn once loaded
    (ui/common/preload.py). Once per process: a later window's garbage is no start-up."""
    if not _start_up_frozen:
        _start_up_frozen.append(True)
        gc.freeze()


_start_up_frozen: list[bool] = []


def install_collector(app: QObject) -> MainThreadCollector:
    """The application's collector, made once."""
    existing = app.findChild(MainThreadCollector, "main_thread_collector")
    return existing if existing is not None else MainThreadCollector(app)

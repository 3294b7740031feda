"""The cyclic collector runs on the GUI thread only (ui/common/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication

from forumdesk.ui.common.collector import MainThreadCollector, install_collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_is_off_and_the_gui_thread_collects_what_is_due(
    qapp: QApplication,
) -> None:
    collector = install_collector(qapp)
    assert install_collector(qapp) is collector  # one per application
    assert isinstance(collector, MainThreadCollector)
    assert not gc.isenabled()
    gc.collect()
    probe = _Cycle()
    gone = weakref.ref(probe)
    del probe
    # A worker allocating past every threshold frees nothing: no collection runs there.
    worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)])
    worker.start()
    worker.join()
    assert gone() is not None
    assert collector.collect_if_due() > 0  # the GUI thread's timer does it
    assert gone() is None

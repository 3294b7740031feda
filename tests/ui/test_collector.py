"""The cyclic collector runs on the GUI thread only (ui/common/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
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


def test_start_up_is_frozen_once_and_later_garbage_is_still_collected(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What start-up made leaves the collector's reach once; a cycle made after it is
    collected all the same (a second window freezes nothing more)."""
    from forumdesk.ui.common import collector

    monkeypatch.setattr(collector, "_start_up_frozen", [])
    gc.unfreeze()
    collector.freeze_start_up()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    probe = _Cycle()
    gone = weakref.ref(probe)
    del probe
    collector.freeze_start_up()
    assert gc.get_freeze_count() == frozen
    gc.collect()
    assert gone() is None

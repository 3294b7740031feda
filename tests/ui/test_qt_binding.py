"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 drops one reference to None each time a Qt call
returns nothing (and to True/False likewise); after enough calls Python frees None
and the process aborts ("none_dealloc"). Scrolling the 1M registry did that within
minutes. requirements/constraints.txt pins a release without the fault and
pyproject.toml excludes 6.12.0; this test fails if a pin brings one back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

CALLS = 1_000


def _lost(singleton: object, call: object) -> int:
    """References to `singleton` lost over CALLS calls (a gain is no fault)."""
    before = sys.getrefcount(singleton)
    for _ in range(CALLS):
        call()  # type: ignore[operator]
    return max(0, before - sys.getrefcount(singleton))


def test_calls_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    widget = QWidget()
    label = QLabel()
    assert _lost(None, widget.update) == 0
    assert _lost(None, lambda: label.setText("Ø")) == 0
    assert _lost(None, lambda: qapp.processEvents()) == 0


def test_empty_values_read_back_keep_none_alive(qapp: QApplication) -> None:
    combo = QComboBox()
    combo.addItem("—", None)
    holder = QObject()
    assert _lost(None, combo.currentData) == 0
    assert _lost(None, lambda: holder.property("missing")) == 0


def test_booleans_keep_their_references(qapp: QApplication) -> None:
    widget = QWidget()
    assert _lost(False, widget.isVisible) == 0
    assert _lost(True, widget.isEnabled) == 0

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_minutes_lists_every_segment_not_started(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(4)
    wait_idle(qtbot, window)
    model = window.minutes_page.model
    assert model.rowCount() == 6
    assert model.index(0, 2).data() == "Séance inaugurale"
    assert model.index(5, 2).data() == "Séance de clôture"
    assert {model.index(row, 3).data() for row in range(6)} == {"Not started"}
    assert model.index(0, 1).data() == "10:00–10:30"

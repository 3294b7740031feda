"""The Minutes page's Cover… dialog: shows the defaults, saves what the user types."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forumdesk.services.minutes.cover import CoverValues, minutes_cover, set_minutes_cover
from forumdesk.ui.pages.minutes.cover_dialog import MinutesCoverDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_minutes_editor import _compose, _page


def _open(qtbot: QtBot, window: MainWindow) -> MinutesCoverDialog:
    page = _page(qtbot, window)
    assert not page.cover_button.isEnabled()  # nothing to cover before minutes exist
    _compose(qtbot, window, page)
    assert page.cover_button.isEnabled()
    page.cover_button.click()
    dialog = page.cover_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.cover is not None)
    return dialog


def test_the_dialog_shows_the_defaults_and_saves_the_symbol(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open(qtbot, window)
    assert dialog.texts["organ"].text() == ""
    assert dialog.texts["organ"].placeholderText() == "Assemblée générale"
    assert dialog.distribution.currentData() == "general"
    assert not dialog.date.isEnabled()
    dialog.texts["symbol"].setText("FD/2006/CRP.1")
    dialog.distribution.setCurrentIndex(dialog.distribution.findData("limited"))
    dialog.preamble.setPlainText("Note du Secrétariat\n\nLe compte rendu est joint.")
    messages: list[str] = []
    dialog.saved.connect(messages.append)
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, window)
    assert messages == ["Cover of the minutes saved"]
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        stored = minutes_cover(session, dialog.minutes_id).stored
    assert stored.symbol == "FD/2006/CRP.1" and stored.distribution == "limited"
    assert stored.organ is None  # left empty: still printed from the summary
    assert stored.preamble == "Note du Secrétariat\n\nLe compte rendu est joint."


def test_a_change_made_meanwhile_is_not_overwritten(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        set_minutes_cover(session, dialog.minutes_id, CoverValues(symbol="A/OTHER/1"))
    dialog.texts["symbol"].setText("A/MINE/1")
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, window)
    assert dialog.conflict_dialog is not None  # both values shown to choose from
    dialog.conflict_dialog.reject()
    wait_idle(qtbot, window)
    with database.reading() as session:
        assert minutes_cover(session, dialog.minutes_id).stored.symbol == "A/OTHER/1"
    assert "changed meanwhile" in dialog.problem.text()

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forumdesk.ui.main_window import MINUTES
from tests.ui.conftest import open_window, wait_idle
from tests.ui.test_minutes_approval import _composed_by, _settle, approval_dialog, french_interface  # noqa: F401

OUT = Path("/tmp/shots")


def test_shots(qtbot: QtBot, settings, demo_db_path, monkeypatch, french_interface) -> None:  # noqa: F811
    monkeypatch.delenv("FORUMDESK_USER")
    window = open_window(qtbot, settings, demo_db_path)
    window.resize(1400, 880)
    dialog = window.user_name_prompt.ask_if_unnamed()
    qtbot.keyClicks(dialog.fields.name_edit, "Ben Okafor")
    dialog.grab().save(str(OUT / "name.png"))
    dialog.ok_button.click()
    page = _composed_by(qtbot, window, "Ben Okafor")
    window.grab().save(str(OUT / "minutes_page.png"))
    page.editor.approve_button.click()
    d = approval_dialog(qtbot, page.editor)
    d.grab().save(str(OUT / "approval_refused.png"))
    d.reject()
    settings.set_user_name("Ana Lima")
    page.author = "Ana Lima"
    _settle(qtbot, window)
    page.editor.approve_button.click()
    d = approval_dialog(qtbot, page.editor)
    d.grab().save(str(OUT / "approval.png"))
    d.approve_button.click()
    _settle(qtbot, window)
    _settle(qtbot, window)
    window.grab().save(str(OUT / "minutes_approved.png"))

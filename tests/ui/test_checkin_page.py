"""The check-in desk page: a scan typed and Enter answers green, amber or red at once;
the last scans stay listed and the last check-in can be undone."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.checkin.page import CheckInPage
from forumdesk.ui.shell.main_window import CHECKIN, MainWindow
from tests.ui.conftest import wait_idle


def _registration(path: Path) -> tuple[str, str]:
    """An accredited person the demo's morning has not checked in, and their name."""
    with sqlite3.connect(path) as raw:
        found = raw.execute(
            "SELECT r.id, p.given_name || ' ' || p.family_name FROM registrations r"
            " JOIN representatives p ON p.id = r.representative_id"
            " WHERE r.status = 'accredited' AND r.id NOT IN (SELECT registration_id FROM check_ins)"
            " ORDER BY p.sort_key"
        ).fetchone()
    raw.close()
    return str(uuid.UUID(found[0])), found[1]


def _scan(qtbot: QtBot, window: MainWindow, page: CheckInPage, text: str) -> str:
    page.scan_edit.setFocus()
    qtbot.keyClicks(page.scan_edit, text)
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.scan_edit.text() == ""  # ready for the next badge
    return str(page.answer_label.property("outcome"))


def test_green_amber_red_and_undo_at_the_desk(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    window.show_page(CHECKIN)
    wait_idle(qtbot, window)
    page = window.page(CHECKIN)
    assert isinstance(page, CheckInPage)
    assert page.door_combo.count() == 7  # the entrance and the demo's six segments
    qtbot.keyClicks(page.desk_edit, "Laptop B, side door")
    registration, name = _registration(demo_db_path)

    assert _scan(qtbot, window, page, registration) == "checked_in"
    assert page.answer_label.text().startswith(f"Checked in\n{name}")
    assert page.undo_button.isEnabled()

    assert _scan(qtbot, window, page, registration) == "already"
    assert "Laptop B, side door" in page.answer_label.text()

    assert _scan(qtbot, window, page, "https://example.org/") == "refused"
    assert "not a ForumDesk badge" in page.answer_label.text()
    assert page.history_list.count() == 3

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert page.answer_label.property("outcome") == "undone"
    assert not page.undo_button.isEnabled()
    assert _scan(qtbot, window, page, registration) == "checked_in"  # green again


def test_every_control_of_the_desk_is_named(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget

    window.show_page(CHECKIN)
    wait_idle(qtbot, window)
    page = window.page(CHECKIN)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget)
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert controls and all(control.accessibleName() for control in controls)

"""What the window shows when something fails: one line, Copy Details, never a traceback;
a banner over a read-only database; no password kept in the settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from forumdesk.services.common.failures import Failure
from forumdesk.store.migrate import open_database
from forumdesk.ui.common.errors import install_exception_hook, show_failure
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import open_window


def test_a_driver_error_in_a_job_reaches_the_page_as_one_line(
    qtbot: QtBot, empty_db_path: Path
) -> None:
    ops = Operations()
    database, _ = open_database(str(empty_db_path), backup=False)
    with qtbot.waitSignal(ops.changes_applied):
        ops.set_database(database)
    seen: list[Exception] = []

    def broken(session: Session) -> None:
        session.connection().exec_driver_sql("SELECT * FROM no_such_table WHERE x = 'Amina'")

    ops.query(broken, lambda _result: None, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    failure = seen[0]
    assert isinstance(failure, Failure)
    assert "\n" not in str(failure) and "unexpected error" in str(failure)
    assert "SELECT" not in str(failure) and "Amina" not in str(failure)
    assert "no_such_table" in failure.details, "the details keep the cause for support"

    lines: list[tuple[str, str]] = []
    ops.failed.connect(lambda line, details: lines.append((line, details)))
    ops.query(broken, lambda _result: None)
    qtbot.waitUntil(lambda: bool(lines), timeout=10_000)
    assert "\n" not in lines[0][0] and "Traceback" in lines[0][1]
    ops.wait()
    database.dispose()


def _press_later(qtbot: QtBot, text: str) -> list[str]:
    """Press the button labelled `text` in the next message box; returns what it showed."""
    shown: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        shown.append(box.text())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        button.click()

    QTimer.singleShot(0, press)
    return shown


def test_the_failure_dialog_copies_the_details_it_does_not_show(qtbot: QtBot) -> None:
    QApplication.clipboard().clear()
    shown = _press_later(qtbot, "Copy Details")
    show_failure(None, "the disk is full; nothing was changed.", "Traceback (most recent …)")
    assert shown == ["The disk is full; nothing was changed."]
    assert QApplication.clipboard().text() == "Traceback (most recent …)"


def test_an_error_escaping_a_slot_is_logged_and_shown_in_one_line(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(AppSettings(QSettings()))
    qtbot.addWidget(window)
    previous = sys.excepthook
    install_exception_hook(window)
    try:
        shown = _press_later(qtbot, "OK")
        try:
            raise KeyError("amina.diallo@example.org")
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1 and "unexpected error (KeyError)" in shown[0]
    assert "amina" not in shown[0]
    log = Path(os.environ["FORUMDESK_DATA_DIR"]) / "logs" / "forumdesk.log"
    assert "amina.diallo@example.org" in log.read_text()


def test_a_read_only_database_shows_the_banner(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import forumdesk.store.migrate as migrate

    monkeypatch.setattr(migrate, "is_writable", lambda _path: False)
    window = open_window(qtbot, settings, demo_db_path)
    assert window.ops.database is not None and window.ops.database.read_only
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()


def test_a_writable_database_shows_no_banner(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    window = open_window(qtbot, settings, demo_db_path)
    assert not window.read_only_banner.isVisible()


def test_the_settings_never_keep_a_database_password(tmp_path: Path) -> None:
    file = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(file), QSettings.Format.IniFormat))
    settings.remember_database("postgresql+psycopg://ana:s3cr3t@db.office/forum")
    settings._settings.sync()
    assert "s3cr3t" not in file.read_text()
    assert settings.last_database() == "postgresql+psycopg://ana@db.office/forum"
    # Settings from an older ForumDesk that kept one never hand it on.
    settings._settings.setValue("database/recent", ["postgresql://ana:old@db.office/forum"])
    assert settings.recent_databases() == ["postgresql://ana@db.office/forum"]

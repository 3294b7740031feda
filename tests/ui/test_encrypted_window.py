"""The window opens an encrypted database with FORUMDESK_PASSPHRASE, as the command line
does, and says in one line why not without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from forumdesk.cli import main
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS, open_window

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def encrypted_demo(demo_db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    assert main(["--database", str(demo_db_path), "encrypt"]) == 0
    return demo_db_path


def test_the_window_opens_an_encrypted_database_with_its_passphrase(
    qtbot: QtBot, settings: AppSettings, encrypted_demo: Path
) -> None:
    window = open_window(qtbot, settings, encrypted_demo)
    assert window.ops.database is not None
    assert window.forum_combo.count() >= 1  # the demo forum, read through SQLCipher


def test_without_the_passphrase_the_window_says_so_and_changes_nothing(
    qtbot: QtBot,
    settings: AppSettings,
    encrypted_demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = encrypted_demo.read_bytes()
    monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: None)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    failures: list[str] = []
    window.databases.open_failed.connect(lambda _where, why: failures.append(why))
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(encrypted_demo))
    assert failures and "encrypted" in failures[0] and "\n" not in failures[0]
    assert window.ops.database is None
    assert encrypted_demo.read_bytes() == before

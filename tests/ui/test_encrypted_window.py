"""The window opens an encrypted database with FORUMDESK_PASSPHRASE, as the command line
does, or asks for its passphrase (three tries); cancelled, it says in one line why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from forumdesk.cli import main
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.encryption.prompt import PassphrasePrompt
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


def _prompt(qtbot: QtBot, window: MainWindow, shown: list[object]) -> PassphrasePrompt:
    """The passphrase prompt that opened after the ones in `shown`."""

    def fresh() -> bool:
        prompt = window.databases.passphrase_prompt
        return prompt is not None and prompt not in shown and prompt.isVisible()

    qtbot.waitUntil(fresh, timeout=LOAD_TIMEOUT_MS)
    prompt = window.databases.passphrase_prompt
    assert prompt is not None
    shown.append(prompt)
    return prompt


def test_without_the_passphrase_the_window_asks_for_it_three_times(
    qtbot: QtBot,
    settings: AppSettings,
    encrypted_demo: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A wrong passphrase asks again, saying so; the right one opens the forum; not a
    byte of the file changes on the way."""
    before = encrypted_demo.read_bytes()
    monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    shown: list[object] = []
    window.open_database(str(encrypted_demo))
    prompt = _prompt(qtbot, window, shown)
    assert "is encrypted" in prompt.label.text() and "1 of 3" in prompt.label.text()
    assert prompt.edit.echoMode() == QLineEdit.EchoMode.Password
    prompt.edit.setText("not the passphrase")
    prompt.accept()
    prompt = _prompt(qtbot, window, shown)
    assert "does not open" in prompt.label.text() and "2 of 3" in prompt.label.text()
    assert encrypted_demo.read_bytes() == before
    prompt.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        prompt.accept()
    assert window.ops.database is not None
    assert window.forum_combo.count() >= 1


def test_cancelling_the_prompt_says_in_one_line_why_and_changes_nothing(
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
    window.show()
    failures: list[str] = []
    window.databases.open_failed.connect(lambda _where, why: failures.append(why))
    window.open_database(str(encrypted_demo))
    prompt = _prompt(qtbot, window, [])
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        prompt.reject()
    assert failures and "encrypted" in failures[0] and "\n" not in failures[0]
    assert window.ops.database is None
    assert encrypted_demo.read_bytes() == before

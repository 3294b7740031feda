"""The window's side of an encrypted laptop: Prepare a Laptop asks for the laptop's own
passphrase twice, unseen, and leaves the copy in clear only when the user ticks it; the
merge asks for the passphrase of an encrypted laptop (three tries, Cancel refuses)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from forumdesk.store.encryption import is_encrypted
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.sync.laptop_dialog import LaptopDialog
from forumdesk.ui.sync.sync_dialog import SyncDialog
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle

LAPTOP_PASSPHRASE = "the venue laptop's passphrase"


def _laptop_dialog(qtbot: QtBot, window: MainWindow, target: Path) -> LaptopDialog:
    dialog = window.sync_menu.prepare_laptop()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.forums_loaded, timeout=LOAD_TIMEOUT_MS)
    dialog.target_edit.setText(str(target))
    return dialog


def _prepared(qtbot: QtBot, window: MainWindow, target: Path) -> Path:
    dialog = _laptop_dialog(qtbot, window, target)
    dialog.passphrase_edit.setText(LAPTOP_PASSPHRASE)
    dialog.confirm_edit.setText(LAPTOP_PASSPHRASE)
    dialog.prepare()
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=LOAD_TIMEOUT_MS)
    dialog.close()
    wait_idle(qtbot, window)
    return target


def test_prepare_a_laptop_encrypts_unless_the_user_ticks_clear(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "venue.db"
    dialog = _laptop_dialog(qtbot, window, target)
    for edit in (dialog.passphrase_edit, dialog.confirm_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password and edit.isEnabled()
    assert not dialog.clear_check.isChecked() and not dialog.clear_warning.isVisibleTo(dialog)
    dialog.prepare()  # no passphrase, not ticked: refused, nothing written
    assert "Type a passphrase" in dialog.error.text() and not dialog.running
    dialog.passphrase_edit.setText(LAPTOP_PASSPHRASE)
    dialog.confirm_edit.setText("something else")
    dialog.prepare()
    assert "differ" in dialog.error.text() and dialog.confirm_edit.text() == ""
    assert dialog.error.isVisibleTo(dialog) and not dialog.running and not target.exists()
    dialog.confirm_edit.setText(LAPTOP_PASSPHRASE)
    assert not dialog.error.isVisibleTo(dialog), "retyped: the reason is gone"
    dialog.prepare()
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=LOAD_TIMEOUT_MS)
    assert is_encrypted(target)
    assert "encrypted with the laptop's passphrase" in dialog.result_label.text()
    assert dialog.passphrase_edit.text() == dialog.confirm_edit.text() == ""
    dialog.passphrase_edit.setText(LAPTOP_PASSPHRASE)
    dialog.confirm_edit.setText(LAPTOP_PASSPHRASE)
    dialog.prepare()  # never over the encrypted copy, though it has no SQLite header
    qtbot.waitUntil(dialog.error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "already exists" in dialog.error.text()
    # Leaving it in clear is a choice the user makes, and is told what it means.
    clear = tmp_path / "clear.db"
    dialog.target_edit.setText(str(clear))
    dialog.clear_check.setChecked(True)
    assert dialog.clear_warning.isVisibleTo(dialog) and not dialog.passphrase_edit.isEnabled()
    dialog.prepare()
    qtbot.waitUntil(
        lambda: dialog.prepared is not None and dialog.prepared.path == clear,
        timeout=LOAD_TIMEOUT_MS,
    )
    assert clear.is_file() and not is_encrypted(clear)
    assert "It is in clear." in dialog.result_label.text()


def _prompt(qtbot: QtBot, dialog: SyncDialog, shown: list[QInputDialog]) -> QInputDialog:
    """The passphrase prompt that opened after the ones in `shown`."""

    def fresh() -> bool:
        prompt = dialog.passphrase_prompt
        return prompt is not None and prompt not in shown and prompt.isVisible()

    qtbot.waitUntil(fresh, timeout=LOAD_TIMEOUT_MS)
    prompt = dialog.passphrase_prompt
    assert prompt is not None
    shown.append(prompt)
    return prompt


def _merge_dialog(window: MainWindow, laptop: Path) -> SyncDialog:
    window.sync_menu.choose_file = lambda: str(laptop)
    dialog = window.sync_menu.merge_from_file()
    assert dialog is not None
    return dialog


def test_the_merge_asks_for_an_encrypted_laptops_passphrase(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORUMDESK_LAPTOP_PASSPHRASE", raising=False)
    laptop = _prepared(qtbot, window, tmp_path / "laptop.db")
    before = laptop.read_bytes()
    dialog = _merge_dialog(window, laptop)
    shown: list[QInputDialog] = []
    prompt = _prompt(qtbot, dialog, shown)
    assert prompt.textEchoMode() == QLineEdit.EchoMode.Password
    assert "laptop.db is encrypted" in prompt.labelText() and "(1 of 3)" in prompt.labelText()
    prompt.setTextValue("not the passphrase")
    prompt.accept()
    prompt = _prompt(qtbot, dialog, shown)
    assert "does not open laptop.db" in prompt.labelText() and "(2 of 3)" in prompt.labelText()
    prompt.setTextValue(LAPTOP_PASSPHRASE)
    prompt.accept()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=LOAD_TIMEOUT_MS)
    assert "Nothing to merge" in dialog.summary.text()
    assert laptop.read_bytes() == before
    dialog.close()
    assert dialog.passphrase is None, "forgotten once the dialog closes"


def test_cancelling_the_prompt_merges_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORUMDESK_LAPTOP_PASSPHRASE", raising=False)
    laptop = _prepared(qtbot, window, tmp_path / "laptop.db")
    dialog = _merge_dialog(window, laptop)
    shown: list[QInputDialog] = []
    for _try in range(3):
        prompt = _prompt(qtbot, dialog, shown)
        prompt.setTextValue("wrong")
        prompt.accept()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "does not open" in dialog.error_label.text() and dialog.preview is None
    assert not dialog.merge_button.isEnabled()
    again = _merge_dialog(window, laptop)
    _prompt(qtbot, again, []).reject()
    qtbot.waitUntil(again.error_label.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "is encrypted" in again.error_label.text() and again.preview is None

"""File > Encryption…, New Database… encrypted, the keyring box, and Back Up Now and
Restore from Backup… on an encrypted database, in the window."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from forumdesk.services.database import encryption, remembered
from forumdesk.services.database.backups import create_backup
from forumdesk.store import cipher
from forumdesk.store.backup import backup_folder, list_copies
from forumdesk.store.encryption import clear_backups
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.encryption.dialog import EncryptionDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.core.test_encryption_backups import assert_holds_none, demo_secrets
from tests.keyrings import memory_keyring
from tests.ui.conftest import LOAD_TIMEOUT_MS, open_window, wait_idle

PASSPHRASE = "correct horse battery staple"
OTHER = "a second passphrase, later"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dialog(qtbot: QtBot, window: MainWindow) -> EncryptionDialog:
    dialog = window.encryption_menu.open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, window)
    return dialog


def _run(qtbot: QtBot, window: MainWindow, dialog: EncryptionDialog) -> None:
    """Run the dialog's action and wait for the window to open the database again."""
    assert dialog.run_button.isEnabled(), dialog.run_button.toolTip()
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        dialog.run_button.click()
    wait_idle(qtbot, window)


def test_encrypting_in_the_window_settles_the_clear_backups(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    secrets = demo_secrets(demo_db_path)
    create_backup(demo_db_path)
    dialog = _dialog(qtbot, window)
    assert not dialog.encrypted and not dialog.change_radio.isVisible()
    qtbot.waitUntil(dialog.backups_box.isVisible, timeout=10_000)
    assert "1 earlier backup" in dialog.backups_label.text()
    assert dialog.new_fields.first.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.run_button.isEnabled()
    dialog.new_fields.first.setText("forum2006")
    assert dialog.new_fields.hint.text().startswith("Weak")
    dialog.new_fields.first.setText(PASSPHRASE)
    assert dialog.new_fields.hint.text() == "Strong."
    dialog.new_fields.second.setText(PASSPHRASE + "!")
    assert dialog.run_button.toolTip() == "The two passphrases differ."
    dialog.new_fields.second.setText(PASSPHRASE)
    # No keyring in the tests: the box says why it cannot be ticked.
    assert not dialog.remember.isEnabled() and "keyring" in dialog.remember.toolTip()
    _run(qtbot, window, dialog)
    assert cipher.unlocks(demo_db_path, PASSPHRASE)
    assert clear_backups(demo_db_path) == []
    for each in [demo_db_path, *backup_folder(demo_db_path).iterdir()]:
        assert_holds_none(each, secrets)
    assert window.ops.database is not None and window.forum_combo.count() >= 1
    box = window.encryption_menu.result_box
    assert box is not None and "is encrypted" in box.text()
    assert "1 earlier backup was encrypted" in box.informativeText()
    box.close()
    # Back Up Now on the encrypted database: an encrypted copy.
    window.backup_menu.back_up_action.trigger()
    wait_idle(qtbot, window)
    newest = list_copies(demo_db_path)[0]
    assert newest.reason == "manual-encrypted"
    assert_holds_none(newest.path, secrets)


@pytest.fixture
def encrypted_window(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    encryption.encrypt(demo_db_path, PASSPHRASE, encryption.EarlierBackups.ENCRYPT)
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    window = open_window(qtbot, settings, demo_db_path)
    monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    return window


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, encrypted_window: MainWindow, demo_db_path: Path
) -> None:
    before = _digest(demo_db_path)
    copies = sorted(backup_folder(demo_db_path).iterdir())
    dialog = _dialog(qtbot, encrypted_window)
    assert dialog.encrypted and dialog.change_radio.isChecked()
    dialog.decrypt_radio.setChecked(True)
    assert dialog.decrypt_warning.isVisible() and "clear" in dialog.decrypt_warning.text()
    assert not dialog.new_fields.first.isVisible()
    assert not dialog.new_fields.form.labelForField(dialog.new_fields.first).isVisible()
    dialog.current_edit.setText("not the passphrase")
    dialog.run_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "does not open" in dialog.error.text()
    assert "not the passphrase" not in dialog.error.text()
    assert _digest(demo_db_path) == before
    assert sorted(backup_folder(demo_db_path).iterdir()) == copies
    dialog.close()


def test_changing_the_passphrase_then_decrypting(
    qtbot: QtBot, encrypted_window: MainWindow, demo_db_path: Path
) -> None:
    window = encrypted_window
    dialog = _dialog(qtbot, window)
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_fields.first.setText(OTHER)
    dialog.new_fields.second.setText(OTHER)
    assert dialog.run_button.text().replace("&", "") == "Change Passphrase"
    _run(qtbot, window, dialog)
    assert cipher.unlocks(demo_db_path, OTHER) and not cipher.unlocks(demo_db_path, PASSPHRASE)
    assert window.forum_combo.count() >= 1  # opened again with the new passphrase
    dialog = _dialog(qtbot, window)
    dialog.decrypt_radio.setChecked(True)
    dialog.current_edit.setText(OTHER)
    _run(qtbot, window, dialog)
    assert demo_db_path.read_bytes().startswith(b"SQLite format 3\x00")
    assert window.forum_combo.count() >= 1
    box = window.encryption_menu.result_box
    assert box is not None and "backups stay encrypted" in box.text()
    box.close()


def test_restoring_a_backup_taken_under_an_older_passphrase(
    qtbot: QtBot, encrypted_window: MainWindow, demo_db_path: Path
) -> None:
    window = encrypted_window
    create_backup(demo_db_path, passphrase=PASSPHRASE)
    dialog = _dialog(qtbot, window)
    dialog.current_edit.setText(PASSPHRASE)
    dialog.new_fields.first.setText(OTHER)
    dialog.new_fields.second.setText(OTHER)
    _run(qtbot, window, dialog)
    restore = window.backup_menu.restore_from_backup()
    assert restore is not None
    qtbot.waitUntil(lambda: restore.table.rowCount() >= 2, timeout=10_000)
    row = next(n for n, copy in enumerate(restore.copies) if copy.reason == "manual-encrypted")
    reason = restore.table.item(row, 1)
    assert reason is not None and reason.text() == "Made on request (encrypted)"
    restore.table.selectRow(row)
    restore.confirm = lambda _question: True
    before = _digest(demo_db_path)
    restore.restore_button.click()
    qtbot.waitUntil(lambda: restore.passphrase_prompt is not None, timeout=LOAD_TIMEOUT_MS)
    prompt = restore.passphrase_prompt
    assert prompt is not None and "another passphrase" in prompt.label.text()
    assert prompt.remember is None  # a backup's passphrase is never remembered
    prompt.edit.setText("not it either")
    prompt.accept()
    qtbot.waitUntil(
        lambda: restore.passphrase_prompt is not prompt and restore.passphrase_prompt is not None,
        timeout=LOAD_TIMEOUT_MS,
    )
    prompt = restore.passphrase_prompt
    assert prompt is not None and "does not open" in prompt.label.text()
    assert _digest(demo_db_path) == before
    prompt.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        prompt.accept()
    wait_idle(qtbot, window)
    assert "Restored" in restore.result_label.text()
    assert cipher.unlocks(demo_db_path, OTHER)  # the database keeps today's passphrase
    assert window.ops.database is not None and window.forum_combo.count() >= 1


def test_a_new_database_encrypted_from_the_start(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "venue.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.database_menu.new_action.trigger()
    dialog = window.database_menu.new_database_dialog
    assert dialog is not None
    assert not dialog.encrypt_box.isChecked() and not dialog.fields.first.isEnabled()
    dialog.encrypt_box.setChecked(True)
    assert not dialog.create_button.isEnabled()
    dialog.fields.first.setText(PASSPHRASE)
    dialog.fields.second.setText(PASSPHRASE)
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        dialog.create_button.click()
    wait_idle(qtbot, window)
    assert target.is_file() and cipher.unlocks(target, PASSPHRASE)
    assert not target.read_bytes().startswith(b"SQLite format 3")
    assert window.databases.target == str(target)


def test_new_database_encrypted_over_a_clear_file_is_refused(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "critical", lambda *_args, **_kwargs: None)
    failures: list[str] = []
    window.databases.open_failed.connect(lambda _where, why: failures.append(why))
    before = _digest(demo_db_path)
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        window.shell_context.open_database(str(demo_db_path), create=True, passphrase=PASSPHRASE)
    assert failures and "exists already, in clear" in failures[0]
    assert _digest(demo_db_path) == before


def test_a_remembered_passphrase_opens_and_a_wrong_one_is_forgotten(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, tmp_path: Path
) -> None:
    encryption.encrypt(demo_db_path, PASSPHRASE, encryption.EarlierBackups.ENCRYPT)
    before = _digest(demo_db_path)
    with memory_keyring() as keyring:
        remembered.remember_passphrase(demo_db_path, "an old passphrase")
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        window.open_database(str(demo_db_path))
        qtbot.waitUntil(
            lambda: window.databases.passphrase_prompt is not None, timeout=LOAD_TIMEOUT_MS
        )
        prompt = window.databases.passphrase_prompt
        assert prompt is not None
        assert (
            "remembered in the keyring" in prompt.label.text() and "1 of 3" in prompt.label.text()
        )
        assert keyring.entries == {} and _digest(demo_db_path) == before
        assert prompt.remember is not None and prompt.remember.isEnabled()
        prompt.edit.setText(PASSPHRASE)
        prompt.remember.setChecked(True)
        with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
            prompt.accept()
        wait_idle(qtbot, window)
        assert list(keyring.entries.values()) == [PASSPHRASE]
        # Opened again, the keyring gives it: no prompt.
        window.databases.passphrase_prompt = None
        with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
            window.open_database(str(demo_db_path))
        assert window.databases.passphrase_prompt is None
        assert window.ops.database is not None
        window.close()
    # Nowhere else: not in the settings (recent files), the logs or the backups.
    homes = [tmp_path, *(Path(os.environ[v]) for v in ("FORUMDESK_DATA_DIR", "XDG_CONFIG_HOME"))]
    written = [p for home in homes for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "settings.ini" for p in written)
    assert not [p for p in written if PASSPHRASE.encode() in p.read_bytes()]


def test_the_menu_item_on_postgresql_says_whose_business_it_is(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = window.ops.database
    assert database is not None
    menu = window.encryption_menu
    assert menu.action.isEnabled()
    monkeypatch.setattr(type(database), "path", property(lambda _self: None))
    menu._update()
    assert not menu.action.isEnabled()
    assert "server" in menu.action.text() and "server's business" in menu.action.toolTip()

"""File > Encryption…: encrypt the open SQLite database, change its passphrase, or
decrypt it.

Encrypting asks for the new passphrase twice and, when earlier backups lie in clear,
whether to encrypt them with it, delete them or keep them. Changing the passphrase and
decrypting first ask for the current one; decrypting says the file will lie in clear.
The conversion runs on the worker with progress and Cancel (a cancelled one leaves the
file as it was); once it is done the window opens the database again with its new
passphrase (or none).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations, Progress
from forumdesk.ui.encryption.passphrases import NewPassphraseFields, RememberBox, passphrase_edit
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.job_dialog import JobDialog


class Disposable(Protocol):
    """The open database, whose connections a conversion closes first."""

    def dispose(self) -> None: ...


class Action(enum.Enum):
    ENCRYPT = "encrypt"
    CHANGE = "change"
    DECRYPT = "decrypt"


@dataclass(frozen=True)
class Converted:
    """What the dialog did, for the window to open the database again."""

    action: Action
    # The passphrase the file opens with now; None once decrypted.
    passphrase: str | None
    remember: bool
    # One sentence on the earlier backups (encrypted, deleted, or still in clear).
    backups_note: str


class EncryptionDialog(JobDialog):
    # The conversion is done (a `Converted`): the window opens the database again.
    converted = Signal(object)

    def __init__(
        self, ops: Operations, database: Path, encrypted: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("encryption_dialog")
        self.setWindowTitle(self.tr("Encryption"))
        self.setAccessibleName(self.windowTitle())
        self.resize(600, 460)
        self.ops = ops
        self.database = database
        self.encrypted = encrypted
        self.clear_copies: list[Path] = []
        self.steps = QStackedWidget(self)
        form_page = QWidget(self.steps)
        page = QVBoxLayout(form_page)
        self._build_intro(page)
        self._build_fields(page)
        self._build_backups(page)
        self.error = error_label(form_page, "encryption_error")
        page.addWidget(self.error)
        page.addStretch(1)
        self.steps.addWidget(form_page)
        self._build_running_page(
            self.steps, "encryption", self.tr("Cancel; the database is left as it was")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        self._build_buttons(layout)
        self._update()

    # Building -----------------------------------------------------------------------

    def _build_intro(self, page: QVBoxLayout) -> None:
        if self.encrypted:
            text = self.tr(
                "{file} is encrypted: it opens only with its passphrase. You may change the "
                "passphrase, or decrypt the file."
            )
        else:
            text = self.tr(
                "{file} lies in clear: whoever has the file, or a copy of it, can read the "
                "personal data in it. Encrypted, it opens only with its passphrase, which "
                "cannot be recovered if it is lost."
            )
        intro = QLabel(text.format(file=self.database.name), self)
        intro.setObjectName("encryption_intro")
        intro.setWordWrap(True)
        page.addWidget(intro)
        self.change_radio = QRadioButton(self.tr("&Change the passphrase"), self)
        self.change_radio.setObjectName("encryption_change")
        self.decrypt_radio = QRadioButton(self.tr("Decr&ypt: leave the file in clear"), self)
        self.decrypt_radio.setObjectName("encryption_decrypt")
        self.action_group = QButtonGroup(self)
        self.change_radio.setChecked(True)
        for radio in (self.change_radio, self.decrypt_radio):
            self.action_group.addButton(radio)
            radio.setVisible(self.encrypted)
            radio.toggled.connect(self._update)
            page.addWidget(radio)

    def _build_fields(self, page: QVBoxLayout) -> None:
        form = QFormLayout()
        self.current_edit = passphrase_edit(
            self, "encryption_current", self.tr("Current passphrase")
        )
        self.current_label = QLabel(self.tr("C&urrent passphrase:"), self)
        self.current_label.setBuddy(self.current_edit)
        if self.encrypted:
            form.addRow(self.current_label, self.current_edit)
        else:
            self.current_label.hide()
            self.current_edit.hide()
        self.current_edit.textChanged.connect(self._update)
        self.new_fields = NewPassphraseFields(self, form, "encryption")
        self.new_fields.changed.connect(self._update)
        page.addLayout(form)
        self.remember = RememberBox(self, "encryption_remember")
        page.addWidget(self.remember)
        self.decrypt_warning = QLabel(
            self.tr(
                "Decrypted, the file lies in clear on this computer: anyone who can read it, "
                "or a copy of it, can read the personal data in it. Its backups stay "
                "encrypted, each with the passphrase it was taken with."
            ),
            self,
        )
        self.decrypt_warning.setObjectName("encryption_decrypt_warning")
        self.decrypt_warning.setWordWrap(True)
        self.decrypt_warning.setStyleSheet("color: #b00020")
        page.addWidget(self.decrypt_warning)

    def _build_backups(self, page: QVBoxLayout) -> None:
        self.backups_box = QGroupBox(self.tr("Earlier backups"), self)
        self.backups_box.setObjectName("encryption_backups")
        box = QVBoxLayout(self.backups_box)
        self.backups_label = QLabel(self.backups_box)
        self.backups_label.setObjectName("encryption_backups_text")
        self.backups_label.setWordWrap(True)
        box.addWidget(self.backups_label)
        self.backups_choice = QButtonGroup(self)
        for value, text in (
            ("encrypt", self.tr("Encr&ypt them with the same passphrase")),
            ("delete", self.tr("Dele&te them")),
            ("keep", self.tr("Keep them in c&lear")),
        ):
            radio = QRadioButton(text, self.backups_box)
            radio.setObjectName(f"encryption_backups_{value}")
            radio.setProperty("choice", value)
            self.backups_choice.addButton(radio)
            box.addWidget(radio)
        self.backups_choice.buttons()[0].setChecked(True)
        self.backups_box.hide()
        page.addWidget(self.backups_box)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = push_button("", "encryption_run", "", self)
        self.run_button.setDefault(True)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # State --------------------------------------------------------------------------

    def action(self) -> Action:
        if not self.encrypted:
            return Action.ENCRYPT
        return Action.DECRYPT if self.decrypt_radio.isChecked() else Action.CHANGE

    def backups_choice_value(self) -> str:
        checked = self.backups_choice.checkedButton()
        return str(checked.property("choice")) if checked is not None else "encrypt"

    def load(self) -> None:
        """Look for the earlier backups that lie in clear (only a clear database has
        them to settle)."""
        if self.encrypted:
            return
        database = self.database

        def work() -> tuple[list[Path], Path]:
            from forumdesk.services.database.encryption import backups_folder, clear_backups

            return clear_backups(database), backups_folder(database)

        self.ops.call(work, self._show_backups, self._failed)

    def _show_backups(self, found: tuple[list[Path], Path]) -> None:
        self.clear_copies, folder = found
        count = len(self.clear_copies)
        self.backups_label.setText(
            self.tr(
                "%n earlier backup(s) of this database lie in clear in {folder}. So that no "
                "clear copy stays behind:",
                "",
                count,
            ).format(folder=folder)
        )
        self.backups_box.setVisible(count > 0)

    def problem(self) -> str | None:
        """What is missing before the action can run; None when it can."""
        if self.encrypted and not self.current_edit.text():
            return self.tr("Type the current passphrase.")
        if self.action() is Action.DECRYPT:
            return None
        return self.new_fields.problem()

    def _update(self) -> None:
        action = self.action()
        new_passphrase = action is not Action.DECRYPT
        self.new_fields.set_visible(new_passphrase)
        self.remember.setVisible(new_passphrase)
        self.decrypt_warning.setVisible(action is Action.DECRYPT)
        labels = {
            Action.ENCRYPT: self.tr("&Encrypt"),
            Action.CHANGE: self.tr("Change &Passphrase"),
            Action.DECRYPT: self.tr("&Decrypt"),
        }
        self.run_button.setText(labels[action])
        self.run_button.setAccessibleName(self.run_button.text().replace("&", ""))
        problem = self.problem()
        self.run_button.setEnabled(problem is None and not self.running)
        self.run_button.setToolTip(problem or "")

    # Running ------------------------------------------------------------------------

    def start(self) -> None:
        if self.problem() is not None or self.running:
            return
        action = self.action()
        texts = {
            Action.ENCRYPT: self.tr("Encrypting {file}…"),
            Action.CHANGE: self.tr("Changing the passphrase of {file}…"),
            Action.DECRYPT: self.tr("Decrypting {file}…"),
        }
        progress = self._start_job(texts[action].format(file=self.database.name))
        remember = self.remember.isEnabled() and self.remember.isChecked()
        work = conversion_job(
            self.ops.database,
            self.database,
            action,
            current=self.current_edit.text(),
            new=self.new_fields.passphrase(),
            backups=self.backups_choice_value(),
            remember=remember,
            progress=progress,
        )
        self.ops.call(work, self._done, self._failed)

    def _job_started(self) -> None:
        self.error.hide()
        self.steps.setCurrentIndex(1)
        self.run_button.setEnabled(False)

    def _job_ended(self) -> None:
        self.steps.setCurrentIndex(0)
        self._update()

    def _done(self, done: Converted) -> None:
        self.current_edit.clear()
        self.new_fields.clear()
        if self._end_job(close_if_asked=False):
            self.accept()
        self.converted.emit(done)

    def _failed(self, error: Exception) -> None:
        if self.running:
            self._end_job(close_if_asked=False)
        self.error.setText(str(error))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.show()


def conversion_job(
    open_database: Disposable | None,
    path: Path,
    action: Action,
    *,
    current: str,
    new: str,
    backups: str,
    remember: bool,
    progress: Progress,
) -> Callable[[], Converted]:
    """The work the dialog runs on the worker: the open engine's connections closed (so
    that no -wal of the old file outlives it), the file converted, the keyring told."""

    def work() -> Converted:
        from forumdesk.services.database import encryption
        from forumdesk.services.database.remembered import forget_passphrase

        if action is not Action.ENCRYPT:
            # Checked before the open connections close: closing folds their -wal in.
            encryption.check_passphrase(path, current)
        if open_database is not None:
            open_database.dispose()
        # Sizes in KiB: a progress bar counts in 32-bit integers.
        watch = encryption.cancel_when(
            progress.cancelled, lambda done, total: progress.report(done >> 10, total >> 10)
        )
        note = ""
        if action is Action.ENCRYPT:
            choice = encryption.EarlierBackups(backups)
            note = encryption.encrypt(path, new, choice, watch=watch).backups_note()
        elif action is Action.CHANGE:
            encryption.change_passphrase(path, current, new, watch=watch)
        else:
            encryption.decrypt(path, current, watch=watch)
        if action is Action.DECRYPT or not remember:
            forget_passphrase(path)  # a passphrase it held would no longer open the file
        passphrase = None if action is Action.DECRYPT else new
        return Converted(action, passphrase, remember, note)

    return work

"""File > Restore from Backup…: the open database's backups, and a restore of one.

The restore runs on the worker with progress; it backs up the current state first
(services.backups). Once it is done the window opens the database again, so every
page reads the restored content. An encrypted backup is opened with the database's
passphrase, or else with the one the user types (an older one, say); the database
keeps its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.common.operations import Operations, Progress
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from forumdesk.services.database.backups import RestoreResult
    from forumdesk.store.backup_copies import BackupCopy
    from forumdesk.ui.encryption.prompt import PassphrasePrompt

# Tries at an encrypted backup's passphrase before the restore gives up.
PASSPHRASE_TRIES = 3


class RestoreDialog(QDialog):
    #: The restore finished (a RestoreResult): the window reopens the database.
    restored = Signal(object)

    def __init__(self, ops: Operations, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 420)
        self.ops = ops
        self.database = database
        self.copies: list[BackupCopy] = []
        self._running = False
        self.passphrase_prompt: PassphrasePrompt | None = None
        #: Asks the user to confirm the restore described; tests replace it.
        self.confirm: Callable[[str], bool] = self._ask
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The copies of {file} kept in the backup folder, newest first. Restoring one "
                "replaces everything in the database with that copy; a backup of its current "
                "state is taken first."
            ).format(file=database),
            self,
        )
        intro.setObjectName("restore_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backup_table")
        self.table.setAccessibleDescription(
            self.tr("The backups of this database, the newest first. Choose one to restore it.")
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Reason"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No backups of this database yet."), self)
        self.empty_label.setObjectName("restore_empty")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("restore_progress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("restore_result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.error = error_label(self, "restore_error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = push_button(
            self.tr("&Restore"), "restore_button", self.tr("Restore the chosen backup"), self
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("restore_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # Listing --------------------------------------------------------------------------

    def load(self) -> None:
        database = self.database

        def work() -> list[BackupCopy]:
            from forumdesk.services.database.backups import copies

            return copies(database)

        self.ops.call(work, self._show, self._failed)

    def reason_text(self, reason: str) -> str:
        """A backup's reason in words."""
        if reason.endswith("-encrypted"):
            return self.tr("{reason} (encrypted)").format(
                reason=self.reason_text(reason.removesuffix("-encrypted"))
            )
        if reason.endswith("-damaged"):
            return self.tr("Damaged database, kept before a restore")
        if reason.startswith("before-migration"):
            return self.tr("Before a schema upgrade")
        if reason.startswith("on-open"):
            return self.tr("On opening (older ForumDesk)")
        words = {
            "manual": self.tr("Made on request"),
            "before-import": self.tr("Before an import"),
            "import": self.tr("Before an import"),
            "before-merge": self.tr("Before a merge"),
            "merge": self.tr("Before a merge"),
            "before-restore": self.tr("Before a restore"),
            "before-undo-import": self.tr("Before undoing an import"),
            "before-encryption": self.tr("Before encryption"),
            "before-decryption": self.tr("Before decryption"),
            "before-passphrase-change": self.tr("Before a change of passphrase"),
        }
        if reason in words:
            return words[reason]
        if reason.startswith("before-"):
            return self.tr("Before: {operation}").format(
                operation=reason.removeprefix("before-").replace("-", " ")
            )
        return reason

    def _show(self, copies: list[BackupCopy]) -> None:
        self.copies = copies
        self.table.setRowCount(len(copies))
        locale = QLocale()
        for row, copy in enumerate(copies):
            cells = (
                short_datetime(copy.taken_at),
                self.reason_text(copy.reason),
                locale.formattedDataSize(copy.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(copy.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.empty_label.setVisible(not copies)
        if copies:
            self.table.selectRow(0)
        self._update_buttons()

    # Restoring -----------------------------------------------------------------------

    def chosen(self) -> BackupCopy | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.copies):
            return None
        return self.copies[rows[0].row()]

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from Backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        copy = self.chosen()
        if copy is None or self._running:
            return
        question = self.tr(
            "Replace everything in {file} with the backup taken {time} ({reason})?\n\n"
            "Changes made since then are replaced. A backup of the current state is taken "
            "first, so you can come back to it from this list."
        ).format(
            file=self.database,
            time=short_datetime(copy.taken_at),
            reason=self.reason_text(copy.reason),
        )
        if not self.confirm(question):
            return
        self._run(copy, None, 0)

    def _run(self, copy: BackupCopy, backup_passphrase: str | None, tries: int) -> None:
        progress = Progress(self)
        progress.changed.connect(self._progressed)
        self._running = True
        self.error.hide()
        self.result_label.setText(self.tr("Restoring…"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._update_buttons()
        database, source, opened = self.database, copy.path, self.ops.database

        def work() -> RestoreResult:
            from forumdesk.services.database import backups

            key = backups.database_passphrase(opened) if opened is not None else None
            return backups.restore_backup(
                database,
                source,
                progress=progress.report,
                passphrase=key,
                backup_passphrase=backup_passphrase or backups.fitting_passphrase(source, key),
            )

        def failed(error: Exception) -> None:
            from forumdesk.services.database.backups import BackupNeedsPassphrase

            if isinstance(error, BackupNeedsPassphrase) and tries < PASSPHRASE_TRIES:
                self._stopped()
                self._ask_passphrase(copy, error, tries + 1)
            else:
                self._failed(error)

        self.ops.call(work, self._restored, failed)

    def _ask_passphrase(self, copy: BackupCopy, refusal: Exception, tries: int) -> None:
        """The backup's own passphrase, typed unseen; Cancel shows the refusal."""
        from forumdesk.services.database.backups import WrongBackupPassphrase
        from forumdesk.ui.encryption.prompt import PassphrasePrompt

        if isinstance(refusal, WrongBackupPassphrase):
            text = self.tr("That passphrase does not open the backup. Try again ({n} of {most}):")
        else:
            text = self.tr(
                "This backup was encrypted with another passphrase than the database's "
                "today. Type the passphrase it was taken with ({n} of {most}):"
            )
        prompt = PassphrasePrompt(
            self,
            self.tr("Encrypted Backup"),
            text.format(n=tries, most=PASSPHRASE_TRIES),
            offer_keyring=False,
        )
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.passphrase_prompt = prompt

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and prompt.passphrase():
                self._run(copy, prompt.passphrase(), tries)
            else:
                self._failed(refusal)

        prompt.finished.connect(answered)
        prompt.open()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _stopped(self) -> None:
        self._running = False
        self.progress_bar.hide()
        self._update_buttons()

    def _restored(self, result: RestoreResult) -> None:
        self._stopped()
        if result.safety_log is not None:
            text = self.tr(
                "Restored. What the damaged database held before is kept in {file}, and "
                "its write-ahead log (changes not yet in the file) in {log}."
            ).format(file=result.safety_copy, log=result.safety_log)
        elif result.safety_copy is not None:
            text = self.tr("Restored. What the database held before is kept in {file}.").format(
                file=result.safety_copy
            )
        else:
            text = self.tr("Restored.")
        self.result_label.setText(text)
        self.restored.emit(result)
        self.load()

    def _failed(self, error: Exception) -> None:
        self._stopped()
        self.result_label.clear()
        self.error.setText(str(error))
        self.error.show()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(not self._running and self.chosen() is not None)
        self.close_button.setEnabled(not self._running)
        self.table.setEnabled(not self._running)

    def reject(self) -> None:
        if not self._running:  # a restore half done is not left behind
            super().reject()

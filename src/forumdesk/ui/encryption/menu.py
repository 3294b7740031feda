"""File > Encryption…: the action and what follows the dialog (the database opened again
with its new passphrase, a word on its earlier backups). On PostgreSQL the action is
disabled and says why: encryption at rest is the database server's business."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

if TYPE_CHECKING:
    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.encryption.dialog import Converted, EncryptionDialog


class EncryptionMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        self.dialog: EncryptionDialog | None = None
        self.result_box: QMessageBox | None = None
        self.action = QAction(self.tr("Encryp&tion…"), context.window)
        self.action.setObjectName("encryption_action")
        self.action.triggered.connect(lambda _=False: self.open_dialog())
        context.ops.database_changed.connect(self._update)
        self._update()

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addAction(self.action)

    def _update(self) -> None:
        database = self.context.ops.database
        on_server = database is not None and database.path is None
        self.action.setEnabled(database is not None and not on_server)
        if on_server:
            self.action.setText(self.tr("Encryption… (the server's business on PostgreSQL)"))
            tip = self.tr(
                "Encryption at rest of a PostgreSQL database is the server's business (its "
                "disks and backups); ForumDesk encrypts SQLite files."
            )
        else:
            self.action.setText(self.tr("Encryp&tion…"))
            tip = self.tr("Encrypt this database, change its passphrase, or decrypt it")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def open_dialog(self) -> EncryptionDialog | None:
        from forumdesk.services.database.backups import database_passphrase
        from forumdesk.ui.encryption.dialog import EncryptionDialog

        database = self.context.ops.database
        if database is None or database.path is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        encrypted = database_passphrase(database) is not None
        dialog = EncryptionDialog(self.context.ops, database.path, encrypted, self.context.window)
        dialog.converted.connect(self._converted)
        self.dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

    def _converted(self, done: Converted) -> None:
        from forumdesk.ui.encryption.dialog import Action

        database = self.context.ops.database
        if database is None or database.path is None:
            return
        path = database.path
        self.context.open_database(str(path), passphrase=done.passphrase, remember=done.remember)
        said = {
            Action.ENCRYPT: self.tr("{file} is encrypted."),
            Action.CHANGE: self.tr("The passphrase of {file} is changed."),
            Action.DECRYPT: self.tr(
                "{file} is decrypted: it lies in clear. Its backups stay encrypted."
            ),
        }
        text = said[done.action].format(file=path.name)
        self.context.show_message(text)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Encryption"), text)
        box.setParent(self.context.window, box.windowFlags())
        box.setObjectName("encryption_result")
        if done.backups_note:
            box.setInformativeText(done.backups_note)
        self.result_box = box
        box.open()

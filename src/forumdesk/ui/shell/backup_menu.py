"""File > Back Up Now and File > Restore from Backup…, built on first use.

A restore replaces the database's content under the open engine; the window then
opens the database again through its DatabaseController, as for any switch, so that
every page and the forum list read the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from forumdesk.ui.common.operations import Area

if TYPE_CHECKING:
    from forumdesk.store.backup_copies import BackupCopy
    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.shell.restore_dialog import RestoreDialog


class BackupMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        window = context.window
        self.restore_dialog: RestoreDialog | None = None
        self.back_up_action = QAction(self.tr("Back &Up Now"), window)
        self.back_up_action.setObjectName("back_up_action")
        self.back_up_action.triggered.connect(lambda _=False: self.back_up_now())
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.setObjectName("restore_action")
        self.restore_action.triggered.connect(lambda _=False: self.restore_from_backup())

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)

    def _database_file(self) -> Path | None:
        """The open SQLite file; None (and a word to the user) for PostgreSQL."""
        from PySide6.QtWidgets import QMessageBox

        database = self.context.ops.database
        if database is None:
            return None
        if database.path is None:
            QMessageBox.information(
                self.context.window,
                self.tr("Backups"),
                self.tr(
                    "ForumDesk keeps backups of SQLite files only; this PostgreSQL database "
                    "is covered by the office's own dumps."
                ),
            )
            return None
        return database.path

    def back_up_now(self) -> None:
        path = self._database_file()
        if path is None:
            return
        database = self.context.ops.database

        def work() -> BackupCopy:
            from forumdesk.services.database.backups import create_backup, database_passphrase

            # An encrypted database's copy is encrypted with its passphrase.
            key = database_passphrase(database) if database is not None else None
            return create_backup(path, passphrase=key)

        self.context.show_message(self.tr("Backing up…"), 0)
        self.context.ops.call(work, self._backed_up)

    def _backed_up(self, copy: BackupCopy) -> None:
        self.context.show_message(self.tr("Backup taken: {file}").format(file=copy.path), 10000)
        self.context.ops.changes_applied.emit(
            frozenset({Area.BACKUPS})
        )  # the overview shows the latest

    def restore_from_backup(self) -> RestoreDialog | None:
        from forumdesk.ui.shell.restore_dialog import RestoreDialog

        path = self._database_file()
        if path is None:
            return None
        if self.restore_dialog is not None:
            self.restore_dialog.deleteLater()
        dialog = RestoreDialog(self.context.ops, path, self.context.window)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

    def _restored(self, _result: object) -> None:
        self.context.reopen_requested.emit()

"""File > New Database…, Open Database… and Open Recent: choosing which database to open.

The window opens what is chosen (asked through `ShellContext.open_database`); only New
Database… may create a file, encrypted with a passphrase if the user asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from forumdesk.ui.common.settings import database_label

if TYPE_CHECKING:
    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.encryption.new_database import NewDatabaseDialog


class DatabaseMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        self.new_database_dialog: NewDatabaseDialog | None = None
        window = context.window
        self.new_action = QAction(self.tr("&New Database…"), window)
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda _=False: self.new_database())
        self.open_action = QAction(self.tr("&Open Database…"), window)
        self.open_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda _=False: self.choose_database())
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)

    def _filter(self) -> str:
        return self.tr("ForumDesk databases (*.db *.sqlite);;All files (*)")

    def new_database(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.context.window, self.tr("New Database"), "forum.db", self._filter()
        )
        if not path:
            return
        from forumdesk.ui.encryption.new_database import NewDatabaseDialog

        dialog = NewDatabaseDialog(Path(path), self.context.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.new_database_dialog = dialog

        def answered(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.context.open_database(
                    path, create=True, passphrase=dialog.passphrase(), remember=dialog.remembers()
                )

        dialog.finished.connect(answered)
        dialog.open()

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.context.window, self.tr("Open Database"), "", self._filter()
        )
        if path:
            self.context.open_database(path)

    def fill_recent_menu(self) -> None:
        settings = self.context.settings
        self.recent_menu.clear()
        recent = settings.recent_databases()
        for target in recent:
            action = self.recent_menu.addAction(database_label(target))
            action.setToolTip(target)
            action.setStatusTip(target)
            action.triggered.connect(lambda _=False, t=target: self.context.open_database(t))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear Menu"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(settings.clear_recent)

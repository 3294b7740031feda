"""Edit > Preferences…: the action and its dialog (your name, this device's name), built
on first use from what the window lends it (`ShellContext`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.shell.preferences_dialog import PreferencesDialog


class PreferencesMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        self.preferences_dialog: PreferencesDialog | None = None
        self.preferences_action = QAction(self.tr("&Preferences…"), context.window)
        self.preferences_action.setObjectName("preferences_action")
        self.preferences_action.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(lambda _=False: self.show_preferences())

    def add_edit_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.preferences_action)

    def show_preferences(self) -> PreferencesDialog:
        from forumdesk.ui.shell.preferences_dialog import PreferencesDialog

        if self.preferences_dialog is not None:
            self.preferences_dialog.deleteLater()
        dialog = PreferencesDialog(self.context, self.context.window)
        self.preferences_dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

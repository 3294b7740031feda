"""Edit > Preferences…: the action and its dialog (your name, this device's name, the
interface's language), built on first use from what the window lends it (`ShellContext`).
A new language applies from the next start, which the user may ask for at once."""

from __future__ import annotations

import sys
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
        dialog.accepted.connect(lambda: self._offer_restart(dialog))
        dialog.load()
        dialog.open()
        return dialog

    def _offer_restart(self, dialog: PreferencesDialog) -> None:
        if not dialog.language_changed:
            return
        from PySide6.QtWidgets import QMessageBox  # here: the menu is built before the paint

        box = QMessageBox(self.context.window)
        box.setObjectName("language_restart")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Interface language"))
        box.setText(self.tr("ForumDesk uses the new language from its next start."))
        restart = box.addButton(self.tr("&Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(lambda _r: self._restart() if box.clickedButton() is restart else None)
        box.open()

    def _restart(self) -> None:
        """Close the window (which asks about unsaved work) and, once closed, start again."""
        if self.context.window.close():
            from PySide6.QtCore import QProcess

            QProcess.startDetached(*restart_command())


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start ForumDesk again as it was started. A bundle
    (PyInstaller: Linux, Windows, macOS) is its own program; only Python takes `-m`."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "forumdesk", *sys.argv[1:]]

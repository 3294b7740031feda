"""The File menu's sync actions: Merge from Another Database…, Merge Conflicts… and
Prepare a Laptop….

The main window only places the actions; the dialogs are built here, on first use, from
what the window lends them (`ShellContext`). Nothing here touches the `Qt` namespace at
start-up (see main_window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.sync.conflicts_dialog import ConflictsDialog
    from forumdesk.ui.sync.laptop_dialog import LaptopDialog
    from forumdesk.ui.sync.sync_dialog import SyncDialog


class SyncMenu(QObject):
    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        #: Asks which database to merge from ("" when the user cancels); tests replace it.
        self.choose_file: Callable[[], str] = self._ask_file
        self.merge_dialog: SyncDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.laptop_dialog: LaptopDialog | None = None
        self.merge_action = self._action(
            self.tr("&Merge from Another Database…"),
            QKeySequence("Ctrl+Shift+M"),
            self.merge_from_file,
            "merge_action",
        )
        self.conflicts_action = self._action(
            self.tr("Merge &Conflicts…"), None, self.show_conflicts, "conflicts_action"
        )
        self.laptop_action = self._action(
            self.tr("Prepare a &Laptop…"), None, self.prepare_laptop, "laptop_action"
        )

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(text, self.context.window)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([shortcut])
        action.triggered.connect(lambda _=False: slot())
        return action

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.conflicts_action)
        menu.addAction(self.laptop_action)

    # Merging ------------------------------------------------------------------------

    def _ask_file(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.context.window,
            self.tr("Merge from Another Database"),
            "",
            self.tr("ForumDesk databases (*.db *.sqlite);;All files (*)"),
        )
        return path

    def merge_from_file(self) -> SyncDialog | None:
        path = self.choose_file()
        return self.sync_from(Path(path)) if path else None

    def sync_from(self, path: Path) -> SyncDialog | None:
        """Open the merge dialog on `path`; its preview starts at once."""
        from forumdesk.ui.sync.sync_dialog import SyncDialog

        if self.context.ops.database is None:
            return None
        if self.merge_dialog is not None:
            if self.merge_dialog.running:
                self.merge_dialog.raise_()
                return self.merge_dialog
            self.merge_dialog.deleteLater()
        dialog = SyncDialog(self.context.ops, path, self.context.window)
        dialog.merged.connect(self._merged)
        dialog.review_requested.connect(self.show_conflicts)
        self.merge_dialog = dialog
        dialog.start()
        dialog.open()
        return dialog

    def _merged(self, result: object) -> None:
        # A laptop may bring forums: the switcher reads the list again.
        self.context.forums_changed.emit()
        self.context.show_message(self.tr("Merge finished"))

    def show_conflicts(self) -> ConflictsDialog | None:
        from forumdesk.ui.sync.conflicts_dialog import ConflictsDialog

        if self.context.ops.database is None:
            return None
        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(
                self.context.ops, self.context.user_name, self.context.window
            )
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        self.conflicts_dialog.reload()
        return self.conflicts_dialog

    # Laptops ------------------------------------------------------------------------

    def prepare_laptop(self) -> LaptopDialog | None:
        from forumdesk.ui.sync.laptop_dialog import LaptopDialog

        if self.context.ops.database is None:
            return None
        if self.laptop_dialog is not None:
            self.laptop_dialog.deleteLater()
        dialog = LaptopDialog(self.context.ops, self.context.forum.forum_id, self.context.window)
        self.laptop_dialog = dialog
        dialog.load()
        dialog.open()
        return dialog

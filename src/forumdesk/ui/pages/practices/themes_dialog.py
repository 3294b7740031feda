"""The forum's themes: add one (under a top theme or not), rename one, remove one that
nothing uses. Each change is saved at once; a refusal is shown below the list."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.practices.commands import AREAS
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.themes import ThemeView

_ID = Qt.ItemDataRole.UserRole


class ThemesDialog(QDialog):
    def __init__(self, ops: Operations, forum_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_themes_dialog")
        self.setWindowTitle(self.tr("Themes of the Forum"))
        self.setAccessibleName(self.windowTitle())
        self.ops = ops
        self.forum_id = forum_id
        self.themes: list[ThemeView] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("&Themes:"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("practice_themes_list")
        self.list.setAccessibleName(self.tr("Themes, each sub-theme under its theme"))
        self.list.currentItemChanged.connect(self._chosen)
        heading.setBuddy(self.list)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        rename = QHBoxLayout()
        self.label_edit = self._line("practice_theme_rename", self.tr("New label of the theme"))
        self.label_edit.setPlaceholderText(self.tr("New label of the chosen theme"))
        rename.addWidget(self.label_edit, 1)
        self.rename_button = push_button(
            self.tr("&Rename"),
            "practice_theme_rename_button",
            self.tr("Rename the chosen theme"),
            self,
            clicked=self.rename,
        )
        self.remove_button = push_button(
            self.tr("Re&move"),
            "practice_theme_remove",
            self.tr("Remove the chosen theme"),
            self,
            clicked=self.remove,
        )
        rename.addWidget(self.rename_button)
        rename.addWidget(self.remove_button)
        layout.addLayout(rename)
        form = QFormLayout()
        self.code = self._line("practice_theme_code", self.tr("Code of the new theme"))
        self.code.setPlaceholderText(self.tr("lower-case letters, digits, underscores"))
        form.addRow(self.tr("&Code:"), self.code)
        self.new_label = self._line("practice_theme_label", self.tr("Label of the new theme"))
        form.addRow(self.tr("&Label:"), self.new_label)
        self.parent_theme = QComboBox(self)
        self.parent_theme.setObjectName("practice_theme_parent")
        self.parent_theme.setAccessibleName(self.tr("Theme the new one belongs to"))
        form.addRow(self.tr("&Under:"), self.parent_theme)
        self.add_button = push_button(
            self.tr("&Add Theme"),
            "practice_theme_add",
            self.tr("Add the theme"),
            self,
            clicked=self.add,
        )
        form.addRow("", self.add_button)
        layout.addLayout(form)
        self.error = error_label(self, "practice_theme_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("practice_themes_close")
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for button in (self.rename_button, self.remove_button, self.add_button):
            button.setAutoDefault(False)
        # Enter in a field does what the field is for, not Close.
        for edit in (self.label_edit, self.code, self.new_label):
            edit.installEventFilter(self)
        self.resize(560, 600)
        self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if watched is self.label_edit:
                self.rename()
                return True
            if watched in (self.code, self.new_label):
                self.add()
                return True
        return super().eventFilter(watched, event)

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def load(self) -> None:
        forum_id = self.forum_id

        def read(session: Session) -> list[ThemeView]:
            from forumdesk.services.practices.themes import themes_of

            return themes_of(session, forum_id)

        self.ops.query(read, self._show)

    def _show(self, themes: list[ThemeView]) -> None:
        if not shiboken6.isValid(self):
            return
        kept = self.chosen()
        self.themes = themes
        self.list.clear()
        self.parent_theme.clear()
        self.parent_theme.addItem(self.tr("— a theme of its own —"), None)
        for theme in themes:
            item = QListWidgetItem(("" if theme.is_top else "    ") + theme.label, self.list)
            item.setData(_ID, theme.id)
            if theme.id == kept:
                self.list.setCurrentItem(item)
            if theme.is_top:
                self.parent_theme.addItem(theme.label, theme.code)

    def chosen(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return None if item is None else item.data(_ID)

    def _chosen(self) -> None:
        theme = next((t for t in self.themes if t.id == self.chosen()), None)
        self.label_edit.setText(theme.label if theme else "")

    def _change(
        self, work: Callable[[Session], object], done: Callable[[], None] = lambda: None
    ) -> None:
        self.error.hide()

        def changed(_result: object) -> None:
            if shiboken6.isValid(self):
                done()
                self.load()

        def refused(error: Exception) -> None:
            if shiboken6.isValid(self):
                self.error.setText(str(error))
                self.error.show()

        self.ops.change(work, AREAS, changed, refused)

    def add(self) -> None:
        forum_id, code, label = self.forum_id, self.code.text(), self.new_label.text()
        parent = self.parent_theme.currentData()

        def run(session: Session) -> None:
            from forumdesk.services.practices.themes import add_theme

            add_theme(session, forum_id, code, label, parent)

        def added() -> None:
            self.code.clear()
            self.new_label.clear()

        self._change(run, added)

    def rename(self) -> None:
        theme, label = self.chosen(), self.label_edit.text()
        if theme is None:
            return

        def run(session: Session) -> None:
            from forumdesk.services.practices.themes import rename_theme

            rename_theme(session, theme, label)

        self._change(run)

    def remove(self) -> None:
        theme = self.chosen()
        if theme is None:
            return

        def run(session: Session) -> None:
            from forumdesk.services.practices.themes import remove_theme

            remove_theme(session, theme)

        self._change(run)

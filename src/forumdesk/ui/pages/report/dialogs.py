"""The report builder's dialogs: a new paragraph's text, a note to pull in."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from forumdesk.services.notes.notes import NoteView

ID_ROLE = Qt.ItemDataRole.UserRole


class ParagraphDialog(QDialog):
    """The text of a new paragraph."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("report_paragraph_dialog")
        self.setWindowTitle(self.tr("Add Paragraph"))
        layout = QVBoxLayout(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("report_paragraph_text")
        self.text_edit.setTabChangesFocus(True)  # Tab goes on to the buttons
        self.text_edit.setAccessibleDescription(
            self.tr("The paragraph as it will read in the report.")
        )
        self.text_edit.setAccessibleName(self.tr("Text of the new paragraph"))
        self.text_edit.setPlainText(text)
        layout.addWidget(self.text_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setAccessibleName(self.tr("Add or cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.text_edit.toPlainText()


class NoteChoiceDialog(QDialog):
    """One of the forum's notes, to become a paragraph."""

    def __init__(self, notes: list[NoteView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_note_dialog")
        self.setWindowTitle(self.tr("Paragraph from a Note"))
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("report_note_list")
        self.list.setAccessibleDescription(
            self.tr("The notes to choose from. Enter chooses the selected note.")
        )
        self.list.setAccessibleName(self.tr("Notes of the forum"))
        for note in notes:
            first_line = note.body_text.strip().splitlines()[0] if note.body_text.strip() else ""
            # An internal note's text is published once it becomes a paragraph: say so.
            marker = "" if note.for_record else self.tr("(internal) ")
            item = QListWidgetItem(marker + first_line[:120], self.list)
            item.setData(ID_ROLE, note.id)
            item.setToolTip(
                note.body_text
                if note.for_record
                else self.tr("Internal note: as a paragraph, its text is in the report.")
                + "\n\n"
                + note.body_text
            )
        if notes:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setAccessibleName(self.tr("Choose or cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

"""The seed's ¶4 sentence, written from attendance in the forum's language, to copy or
to add to the summary report."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forumdesk.ui.widgets.factories import push_button


class SentenceBox(QGroupBox):
    #: "Add to Summary Report…" was pressed, with the sentence.
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentence_box")
        self.setTitle(self.tr("For the Summary Report"))
        layout = QVBoxLayout(self)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("participation_sentence")
        self.sentence.setAccessibleName(self.tr("Participation sentence"))
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = push_button(
            self.tr("&Copy Sentence"),
            "copy_sentence_button",
            self.tr("Copy the participation sentence"),
            self,
            clicked=self.copy,
        )
        self.add_button = push_button(
            self.tr("&Add to Summary Report…"),
            "add_sentence_button",
            self.tr("Add the participation sentence to the summary report"),
            self,
            clicked=lambda: self.add_requested.emit(self.sentence.text()),
        )
        row.addWidget(self.copy_button)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def show_sentence(self, text: str | None) -> None:
        self.setVisible(bool(text))
        self.sentence.setText(text or "")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.sentence.text())

"""The paragraph table: wrapped text, headings spanning the row, selection by number."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from forumdesk.ui.pages.documents.paragraph_model import (
    MARK,
    NUMBER,
    NUMBER_ROLE,
    OTHER,
    TEXT,
    DocumentRow,
    ParagraphModel,
)


class ParagraphView(QTableView):
    #: The paragraph numbers selected, in order, whenever the selection changes.
    paragraphs_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_paragraphs")
        self.setAccessibleName(self.tr("Numbered paragraphs"))
        self.setAccessibleDescription(
            self.tr("The paragraphs of the document. Enter writes a note on the chosen one.")
        )
        self.paragraphs = ParagraphModel(self)
        self.setModel(self.paragraphs)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(28)
        self.selectionModel().selectionChanged.connect(self._emit_selection)

    def show_rows(
        self, rows: list[DocumentRow], headers: tuple[str, str], *, comparing: bool
    ) -> None:
        self.clearSpans()
        self.paragraphs.set_document(rows, headers, comparing)
        columns = self.paragraphs.columnCount()
        for row in self.paragraphs.heading_rows():
            self.setSpan(row, NUMBER, 1, columns - NUMBER)
        header = self.horizontalHeader()
        header.setSectionResizeMode(MARK, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        if comparing:
            header.setSectionResizeMode(OTHER, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("● 00 ")
        self.setColumnWidth(MARK, width)
        self.setColumnWidth(NUMBER, self.fontMetrics().horizontalAdvance(" 000. "))

    # Selection by paragraph number -----------------------------------------------

    def selected_numbers(self) -> list[int]:
        numbers = {
            index.data(NUMBER_ROLE)
            for index in self.selectionModel().selectedRows(NUMBER)
            if index.data(NUMBER_ROLE) is not None
        }
        return sorted(numbers)

    def select_numbers(self, numbers: Iterable[int]) -> None:
        """Select these paragraphs (rows that exist) and bring the first into view."""
        selection = QItemSelection()
        rows = sorted(row for row in map(self.paragraphs.row_of_number, numbers) if row is not None)
        last_column = self.paragraphs.columnCount() - 1
        for row in rows:
            selection.select(self.paragraphs.index(row, 0), self.paragraphs.index(row, last_column))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().select(selection, flags)
        if rows:
            first = self.paragraphs.index(rows[0], TEXT)
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtTop)

    def scroll_to_number(self, number: int) -> bool:
        row = self.paragraphs.row_of_number(number)
        if row is None:
            return False
        self.select_numbers([number])
        return True

    def scroll_to_section(self, section_id: uuid.UUID) -> None:
        row = self.paragraphs.row_of_section(section_id)
        if row is not None:
            self.scrollTo(
                self.paragraphs.index(row, NUMBER), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        # The keyboard steps over headings, which cannot be selected, paragraph to paragraph.
        index = super().moveCursor(action, modifiers)
        step = {
            QAbstractItemView.CursorAction.MoveDown: 1,
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePageDown: 1,
            QAbstractItemView.CursorAction.MoveEnd: -1,
            QAbstractItemView.CursorAction.MoveUp: -1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
            QAbstractItemView.CursorAction.MovePageUp: -1,
            QAbstractItemView.CursorAction.MoveHome: 1,
        }.get(action)
        row = index.row()
        while step and 0 <= row < self.paragraphs.rowCount():
            if self.paragraphs.row_at(row).number is not None:
                return self.paragraphs.index(row, index.column())
            row += step
        return index if step is None else self.currentIndex()

    def _emit_selection(self) -> None:
        self.paragraphs_selected.emit(self.selected_numbers())

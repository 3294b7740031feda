"""The document as rows: headings, then numbered paragraphs with marks in the margin: ●
and the number of notes that cite the paragraph, ◆ and the number of practices that
answer it.

With a second language version chosen, a fourth column shows paragraph N of that
version beside paragraph N of the first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from forumdesk.store.enums import SectionLevel

if TYPE_CHECKING:
    from forumdesk.services.documents.documents import DocumentView, ParagraphView

MARK, NUMBER, TEXT, OTHER = range(4)
NOTE_MARK, PRACTICE_MARK = "●", "◆"
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class DocumentRow:
    """A heading (section set, number None) or a paragraph (number set)."""

    number: int | None
    text: str
    other: str | None = None
    section_id: uuid.UUID | None = None
    level: SectionLevel | None = None


def paragraph_text(paragraph: ParagraphView | None) -> str:
    if paragraph is None:
        return ""
    notes = "".join(f"\n\n{f.marker} {f.text}" for f in paragraph.footnotes)
    return paragraph.text + notes


def document_rows(view: DocumentView, other: DocumentView | None = None) -> list[DocumentRow]:
    """Headings in outline order, each followed by the paragraphs filed under it."""
    others = {p.number: p for p in other.paragraphs} if other else {}
    other_titles = {(n.level, n.label): n.title for n in other.outline} if other else {}
    by_section: dict[uuid.UUID | None, list[ParagraphView]] = {}
    for paragraph in view.paragraphs:
        by_section.setdefault(paragraph.section_id, []).append(paragraph)
    rows: list[DocumentRow] = []

    def add_paragraphs(section_id: uuid.UUID | None) -> None:
        for paragraph in by_section.get(section_id, []):
            rows.append(
                DocumentRow(
                    paragraph.number,
                    paragraph_text(paragraph),
                    paragraph_text(others.get(paragraph.number)) if other else None,
                    section_id,
                )
            )

    add_paragraphs(None)
    for node in view.outline:
        title = f"{node.label}. {node.title}" if node.label else node.title
        other_title = other_titles.get((node.level, node.label))
        if other_title is not None and node.label:
            other_title = f"{node.label}. {other_title}"
        rows.append(DocumentRow(None, title, other_title, node.id, node.level))
        add_paragraphs(node.id)
    return rows


class ParagraphModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []
        self._backlinks: dict[int, int] = {}
        self._practices: dict[int, int] = {}
        self._comparing = False
        # The page's own word for a paragraph number ("п." in Russian), not a bare "¶".
        self._headers = ["", QApplication.translate("DocumentsPage", "¶"), "", ""]

    # Filling ------------------------------------------------------------------

    def set_document(
        self, rows: list[DocumentRow], headers: tuple[str, str], comparing: bool
    ) -> None:
        self.beginResetModel()
        self._rows = rows
        self._comparing = comparing
        self._headers[TEXT], self._headers[OTHER] = headers
        self.endResetModel()

    def set_backlinks(self, backlinks: dict[int, int], practices: dict[int, int]) -> None:
        """How many notes cite, and how many practices answer, each paragraph."""
        self._backlinks = dict(backlinks)
        self._practices = dict(practices)
        if self._rows:
            self.dataChanged.emit(self.index(0, MARK), self.index(len(self._rows) - 1, MARK))

    # Lookups --------------------------------------------------------------------

    def row_of_number(self, number: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.number == number), None)

    def row_of_section(self, section_id: uuid.UUID) -> int | None:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r.number is None and r.section_id == section_id
            ),
            None,
        )

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def heading_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.number is None]

    def note_count(self, number: int) -> int:
        return self._backlinks.get(number, 0)

    def practice_count(self, number: int) -> int:
        return self._practices.get(number, 0)

    # Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (4 if self._comparing else 3)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()]
        if row.number is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == NUMBER_ROLE:
            return row.number
        if role == SECTION_ROLE:
            return row.section_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == MARK and row.number is not None:
            cited = self.note_count(row.number) or self.practice_count(row.number)
            return self._cited_by(row.number) if cited else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == Qt.ItemDataRole.FontRole and row.number is None:
            font = QFont()
            font.setBold(row.level in (SectionLevel.SECTION, SectionLevel.SUBSECTION))
            font.setItalic(row.level is SectionLevel.HEADING)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == MARK:
            return QBrush(QColor("#b5651d"))
        if role == Qt.ItemDataRole.BackgroundRole and row.number is None:
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (MARK, NUMBER) and row.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _display(self, row: DocumentRow, column: int) -> str:
        if row.number is None:
            # A heading spans from the number column on, so its title is shown there.
            return row.text if column == NUMBER else ""
        if column == MARK:
            notes, practices = self.note_count(row.number), self.practice_count(row.number)
            marks = [f"{NOTE_MARK} {notes}"] if notes else []
            marks += [f"{PRACTICE_MARK} {practices}"] if practices else []
            return "\n".join(marks)  # one above the other: the margin stays narrow
        if column == NUMBER:
            return f"{row.number}." if row.number is not None else ""
        if column == TEXT:
            return row.text
        return row.other or ""

    def _accessible(self, row: DocumentRow, column: int) -> str:
        if row.number is None:
            return row.text
        if column == MARK:
            return self._cited_by(row.number)
        return f"¶{row.number}: {self._display(row, column)}"

    def _cited_by(self, number: int) -> str:
        """ "2 notes cite ¶32", or with practices "¶32: 2 notes, 1 practice"."""
        notes, practices = self.note_count(number), self.practice_count(number)
        if not practices:
            return QApplication.translate(
                "ParagraphModel", "%n note(s) cite ¶{number}", "", notes
            ).format(number=number)
        answering = QApplication.translate("ParagraphModel", "%n practice(s)", "", practices)
        if not notes:
            return QApplication.translate("ParagraphModel", "¶{number}: {practices}").format(
                number=number, practices=answering
            )
        citing = QApplication.translate("ParagraphModel", "%n note(s)", "", notes)
        return QApplication.translate("ParagraphModel", "¶{number}: {notes}, {practices}").format(
            number=number, notes=citing, practices=answering
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

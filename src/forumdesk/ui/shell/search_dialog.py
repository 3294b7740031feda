"""Ctrl+K: one search box over paragraphs, notes, practices, recommendations, people and
organisations; Enter opens the hit (a person or an organisation on the Registry page, a
practice or a recommendation on the Practices page)."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.search.query import SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
#: Wait this long after the last key before querying, so typing stays smooth.
TYPING_PAUSE_MS = 150


#: Kinds of hits that are registry records, found by name.
REGISTRY_KINDS = ("representative", "organisation")
PART_SEPARATOR = " · "  # as services/search/people.py joins a record's names


def _isolated_parts(snippet: str) -> str:
    """A registry hit's names, each between isolates (FSI … PDI): an Arabic name first
    neither turns the line right to left nor swaps places with the Latin one."""
    return PART_SEPARATOR.join(
        f"\u2068{html.escape(part)}\u2069" for part in snippet.split(PART_SEPARATOR)
    )


def hit_html(hit: SearchHit, title: str) -> str:
    """The hit's title, then its snippet with the matched words in bold."""
    if hit.kind in REGISTRY_KINDS:
        body = _isolated_parts(hit.snippet)
        return f"<div><span style='color:#555'>{html.escape(title)}</span><br/>{body}</div>"
    parts: list[str] = []
    position = 0
    for start, end in hit.highlights:
        parts.append(html.escape(hit.snippet[position:start]))
        parts.append(f"<b style='background:#fff3a0'>{html.escape(hit.snippet[start:end])}</b>")
        position = end
    parts.append(html.escape(hit.snippet[position:]))
    return f"<div><span style='color:#555'>{html.escape(title)}</span><br/>{''.join(parts)}</div>"


class _HtmlDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class SearchDialog(QDialog):
    #: (language version id or None, paragraph number) of a paragraph hit the user opened.
    paragraph_opened = Signal(object, int)
    #: The id of a note hit the user opened.
    note_opened = Signal(object)
    #: The id of a person the user opened.
    representative_opened = Signal(object)
    #: The id of an organisation the user opened.
    organisation_opened = Signal(object)
    #: The id of a practice the user opened.
    practice_opened = Signal(object)
    #: The id of a recommendation the user opened.
    recommendation_opened = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search paragraphs, notes, practices and the registry"))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 520)
        self.ops = ops
        self.forum_id: uuid.UUID | None = None
        self._asked = ""
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setPlaceholderText(
            self.tr('Words, "a phrase", or a prefix* — accents and case do not matter')
        )
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        layout.addWidget(self.query)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        layout.addWidget(self.status)
        self.model = QStandardItemModel(self)
        self.results = QListView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleDescription(
            self.tr("What matches the search. Enter opens the chosen result.")
        )
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(lambda _index: self.open_current())
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)

    def start(self, forum_id: uuid.UUID | None) -> None:
        self.forum_id = forum_id
        self.query.selectAll()
        self.query.setFocus()
        self.show()
        self.raise_()
        self.activateWindow()
        if self.query.text().strip():
            self.run_search()

    # Querying ------------------------------------------------------------------------

    def _typed(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        self._asked = text
        if not text.strip() or self.ops.database is None:
            self.model.clear()
            self.status.clear()
            return
        forum_id = self.forum_id

        def find(session: Session) -> list[SearchHit]:
            from forumdesk.services.search.query import search

            return search(session, text, forum_id=forum_id, prefix_last=True)

        self.ops.query(find, lambda hits: self._show(text, hits))

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self._asked:
            return  # an older answer; a newer query is on its way
        self.model.clear()
        for hit in hits:
            title = self._title(hit)
            item = QStandardItem()
            item.setData(hit, HIT_ROLE)
            item.setData(hit_html(hit, title), HTML_ROLE)
            item.setData(f"{title}: {hit.snippet}", Qt.ItemDataRole.AccessibleTextRole)
            item.setToolTip(hit.snippet)
            item.setEditable(False)
            self.model.appendRow(item)
        self.status.setText(self.tr("%n result(s)", "", len(hits)))
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _title(self, hit: SearchHit) -> str:
        """What kind of record the hit is, and where it stands in the summary."""
        if hit.kind == "representative":
            return self.tr("Person")
        if hit.kind == "organisation":
            return self.tr("Organisation")
        if hit.kind == "paragraph":
            return self.tr("¶{number}").format(number=hit.paragraph)
        if hit.kind == "practice":
            return PART_SEPARATOR.join((self.tr("Practice"), hit.label))
        if hit.kind == "recommendation" and hit.paragraph is not None:
            title = self.tr("Recommendation from ¶{number}").format(number=hit.paragraph)
            return PART_SEPARATOR.join((title, hit.label))
        if hit.kind == "recommendation":
            return PART_SEPARATOR.join((self.tr("Recommendation"), hit.label))
        if hit.paragraph is not None:
            return self.tr("Note on ¶{number}").format(number=hit.paragraph)
        return self.tr("Note")

    # Opening -------------------------------------------------------------------------

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
            return
        hit = self.current_hit()
        if hit is None:
            return
        if hit.kind == "paragraph" and hit.paragraph is not None:
            self.paragraph_opened.emit(hit.language_version_id, hit.paragraph)
        elif hit.kind == "note":
            self.note_opened.emit(hit.target_id)
        elif hit.kind == "representative":
            self.representative_opened.emit(hit.target_id)
        elif hit.kind == "organisation":
            self.organisation_opened.emit(hit.target_id)
        elif hit.kind == "practice":
            self.practice_opened.emit(hit.target_id)
        elif hit.kind == "recommendation":
            self.recommendation_opened.emit(hit.target_id)
        self.hide()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Up and Down in the search box move through the results.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key()
            in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            self.results.setFocus()
            self.results.keyPressEvent(event)
            self.query.setFocus()
            return True
        return super().eventFilter(watched, event)

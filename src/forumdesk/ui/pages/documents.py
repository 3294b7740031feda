"""Document & notes: the summary document's outline and its numbered paragraphs."""

from __future__ import annotations

import html
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.store.enums import SectionLevel
from forumdesk.ui.context import ForumContext
from forumdesk.ui.formatting import long_date
from forumdesk.ui.operations import Operations
from forumdesk.ui.pages.base import Page, heading

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.documents import DocumentSummary, DocumentView

ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 1


def _section_anchor(section_id: uuid.UUID) -> str:
    return f"s-{section_id.hex}"


def paragraph_anchor(number: int) -> str:
    return f"p{number}"


class DocumentsPage(Page):
    areas = frozenset({"documents", "notes"})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("documents_page")
        self._view: DocumentView | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Document & notes"), self))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Document:"), self))
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("document_version_combo")
        self.version_combo.setAccessibleName(self.tr("Document and language version"))
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.currentIndexChanged.connect(self._load_selected_version)
        bar.addWidget(self.version_combo, 1)
        bar.addWidget(QLabel(self.tr("Go to ¶"), self))
        self.paragraph_spin = QSpinBox(self)
        self.paragraph_spin.setObjectName("paragraph_spin")
        self.paragraph_spin.setAccessibleName(self.tr("Go to paragraph number"))
        self.paragraph_spin.setRange(0, 0)
        self.paragraph_spin.editingFinished.connect(self._go_to_paragraph)
        bar.addWidget(self.paragraph_spin)
        layout.addLayout(bar)

        self.empty_label = QLabel(self.tr("This forum has no document yet."), self)
        layout.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outline = QTreeWidget(splitter)
        self.outline.setObjectName("document_outline")
        self.outline.setAccessibleName(self.tr("Document outline"))
        self.outline.setHeaderLabels([self.tr("Section"), self.tr("¶")])
        header = self.outline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.outline.itemActivated.connect(self._follow_outline)
        self.outline.itemClicked.connect(self._follow_outline)
        self.text = QTextBrowser(splitter)
        self.text.setObjectName("document_text")
        self.text.setAccessibleName(self.tr("Numbered paragraphs"))
        self.text.setOpenLinks(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([360, 900])
        layout.addWidget(splitter, 1)

    @property
    def document(self) -> DocumentView | None:
        return self._view

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            self._show_documents([])
            return

        def load(session: Session) -> list[DocumentSummary]:
            from forumdesk.services.documents import documents_of_forum

            return documents_of_forum(session, forum_id)

        self.ops.query(load, self._show_documents)

    def _show_documents(self, documents: list[DocumentSummary]) -> None:
        previous = self.version_combo.currentData()
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for document in documents:
            for version in document.versions:
                label = f"{document.symbol or document.title[:60]} ({version.language})"
                self.version_combo.addItem(label, version.id)
        self.version_combo.blockSignals(False)
        self.empty_label.setVisible(self.version_combo.count() == 0)
        if self.version_combo.count() == 0:
            self._show_document(None)
            return
        index = self.version_combo.findData(previous) if previous else 0
        self.version_combo.setCurrentIndex(max(index, 0))
        self._load_selected_version()

    def _load_selected_version(self) -> None:
        version_id = self.version_combo.currentData()
        if version_id is None:
            return

        def load(session: Session) -> DocumentView:
            from forumdesk.services.documents import document_view

            return document_view(session, version_id)

        self.ops.query(load, self._show_document)

    def _show_document(self, view: DocumentView | None) -> None:
        self._view = view
        self.outline.clear()
        if view is None:
            self.text.clear()
            self.paragraph_spin.setRange(0, 0)
            return
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        for node in view.outline:
            label = f"{node.label}. {node.title}" if node.label else node.title
            span = ""
            if node.first_paragraph is not None:
                span = (
                    str(node.first_paragraph)
                    if node.first_paragraph == node.last_paragraph
                    else f"{node.first_paragraph}–{node.last_paragraph}"
                )
            item = QTreeWidgetItem([label, span])
            item.setToolTip(0, label)
            item.setData(0, ANCHOR_ROLE, _section_anchor(node.id))
            parent = items.get(node.parent_id) if node.parent_id else None
            if parent is None:
                self.outline.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[node.id] = item
        if view.annex_title:
            annex = QTreeWidgetItem([self.tr("Annex")])
            annex.setData(0, ANCHOR_ROLE, "annex")
            self.outline.addTopLevelItem(annex)
        self.outline.expandToDepth(0)
        numbers = [p.number for p in view.paragraphs]
        self.paragraph_spin.setRange(min(numbers, default=0), max(numbers, default=0))
        self.text.setHtml(render_document_html(view))

    def _follow_outline(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        anchor = item.data(0, ANCHOR_ROLE)
        if anchor:
            self.text.scrollToAnchor(anchor)

    def _go_to_paragraph(self) -> None:
        if self._view is not None:
            self.text.scrollToAnchor(paragraph_anchor(self.paragraph_spin.value()))


def render_document_html(view: DocumentView) -> str:
    """The document as the reader sees it: headings, then paragraphs with their numbers."""
    out = [f"<h2>{html.escape(view.title)}</h2>"]
    if view.subtitle:
        out.append(f"<p><i>{html.escape(view.subtitle)}</i></p>")
    meta = [*view.header_lines, long_date(view.issued_on)]
    out.append(f"<p style='color:#555'>{html.escape(' · '.join(m for m in meta if m))}</p>")
    by_section: dict[uuid.UUID | None, list[int]] = {}
    for index, paragraph in enumerate(view.paragraphs):
        by_section.setdefault(paragraph.section_id, []).append(index)
    sizes = {
        SectionLevel.SECTION: "h3",
        SectionLevel.SUBSECTION: "h4",
        SectionLevel.SUBSUBSECTION: "h5",
        SectionLevel.HEADING: "h5",
    }
    for index in by_section.get(None, []):
        out.append(_paragraph_html(view, index))
    for node in view.outline:
        tag = sizes.get(node.level, "h5")
        label = f"{node.label}. " if node.label else ""
        style = " style='font-style:italic'" if node.level is SectionLevel.HEADING else ""
        out.append(
            f"<a name='{_section_anchor(node.id)}'></a>"
            f"<{tag}{style}>{html.escape(label + node.title)}</{tag}>"
        )
        for index in by_section.get(node.id, []):
            out.append(_paragraph_html(view, index))
    if view.annex_title:
        out.append(f"<a name='annex'></a><h3>{html.escape(view.annex_title)}</h3>")
        lines = (view.annex_body or "").replace("**", "").replace("*", "").splitlines()
        out.append("<br/>".join(html.escape(line) for line in lines if line.strip()))
    return "".join(out)


def _paragraph_html(view: DocumentView, index: int) -> str:
    paragraph = view.paragraphs[index]
    body = "<br/>".join(html.escape(line) for line in paragraph.text.split("\n"))
    notes = "".join(
        f"<p style='margin-left:3em;font-size:small;color:#444'>"
        f"{html.escape(f.marker)} {html.escape(f.text)}</p>"
        for f in paragraph.footnotes
    )
    return (
        f"<a name='{paragraph_anchor(paragraph.number)}'></a>"
        f"<table width='100%' cellspacing='0' cellpadding='2'><tr>"
        f"<td width='44' valign='top' align='right'><b>{paragraph.number}.</b></td>"
        f"<td valign='top'>{body}</td></tr></table>{notes}"
    )

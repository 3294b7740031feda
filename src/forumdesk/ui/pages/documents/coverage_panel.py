"""Coverage: the sections and paragraphs no note cites and no practice answers yet."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.documents.paragraph_refs import format_paragraph_refs

if TYPE_CHECKING:
    from forumdesk.services.notes.coverage import Coverage
    from forumdesk.services.notes.notes import NoteView

NUMBERS_ROLE = Qt.ItemDataRole.UserRole + 1


NOTE_ROLE = Qt.ItemDataRole.UserRole + 2


class CoveragePanel(QWidget):
    #: The user picked a section or a list of paragraphs to look at.
    paragraphs_requested = Signal(list)
    #: The user picked an orphaned note (its id).
    note_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setObjectName("coverage_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("coverage_tree")
        self.tree.setAccessibleDescription(
            self.tr("How many notes each section and paragraph has. Enter shows the chosen one.")
        )
        self.tree.setAccessibleName(self.tr("Sections and paragraphs without a note"))
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Not cited yet")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setIndentation(12)
        self.tree.itemActivated.connect(self._pick)
        self.tree.itemClicked.connect(self._pick)
        layout.addWidget(self.tree, 1)

    def show_coverage(self, coverage: Coverage | None, orphans: Sequence[NoteView] = ()) -> None:
        self.tree.clear()
        if coverage is None:
            self.summary.clear()
            return
        share = QLocale().toString(coverage.share * 100, "f", 0)
        if coverage.by_practices:
            text = self.tr(
                "{covered} of {total} paragraphs have a note or a practice ({share} %): "
                "{notes} with a note, {practices} with a practice."
            ).format(
                covered=coverage.covered,
                total=coverage.paragraphs,
                share=share,
                notes=coverage.by_notes,
                practices=coverage.by_practices,
            )
        else:
            text = self.tr("{covered} of {total} paragraphs have a note ({share} %).").format(
                covered=coverage.covered, total=coverage.paragraphs, share=share
            )
        self.summary.setText(text)
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        parents = {s.section_id: s.parent_id for s in coverage.sections}
        for section in coverage.sections:
            if section.covered:
                continue
            label = f"{section.label}. {section.title}" if section.label else section.title
            refs = section.uncovered_refs
            if section.untouched:
                refs = self.tr("all: ¶{refs}").format(refs=refs)
            item = QTreeWidgetItem([label, refs])
            item.setToolTip(0, label)
            item.setData(0, NUMBERS_ROLE, list(section.uncovered))
            items[section.section_id] = item
            # A section with an uncovered paragraph has uncovered ancestors, listed before it.
            parent_id = parents.get(section.section_id)
            while parent_id is not None and parent_id not in items:
                parent_id = parents.get(parent_id)
            if parent_id is None:
                self.tree.addTopLevelItem(item)
            else:
                items[parent_id].addChild(item)
        if orphans:
            # Notes whose paragraph a revised draft dropped wait here to be re-anchored.
            group = QTreeWidgetItem(
                [self.tr("Notes on paragraphs of an earlier draft"), str(len(orphans))]
            )
            self.tree.insertTopLevelItem(0, group)
            for note in orphans:
                refs = format_paragraph_refs(note.orphaned)
                child = QTreeWidgetItem([" ".join(note.body_text.split())[:80], f"⚠ ¶{refs}"])
                child.setToolTip(0, note.body_text)
                child.setData(0, NOTE_ROLE, note.id)
                group.addChild(child)
        if not items and coverage.paragraphs:
            done = QTreeWidgetItem([self.tr("Every paragraph has a note."), ""])
            self.tree.addTopLevelItem(done)
        self.tree.expandAll()

    def _pick(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        note_id = item.data(0, NOTE_ROLE)
        if note_id is not None:
            self.note_requested.emit(note_id)
            return
        numbers = item.data(0, NUMBERS_ROLE)
        if numbers:
            self.paragraphs_requested.emit(list(numbers))

"""The summary report builder: the report's outline, a section's paragraphs, and the
rapporteur's edits (add, move, pull a note in) and export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.output_check import output_refused, proposed_name
from forumdesk.ui.common.undo import ChangeCommand
from forumdesk.ui.pages.base import Page
from forumdesk.ui.pages.report.dialogs import ID_ROLE, NoteChoiceDialog, ParagraphDialog
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes.notes import NoteView
    from forumdesk.services.report.report import ReportOutline, ReportSection

#: What an edit of the report changes: the document's paragraphs, and notes citing them.
EDIT_AREAS = frozenset({Area.DOCUMENTS, Area.NOTES, Area.MINUTES})


@dataclass(frozen=True)
class ReportParagraph:
    id: uuid.UUID
    number: int
    section_id: uuid.UUID | None
    text: str


@dataclass(frozen=True)
class ReportView:
    outline: ReportOutline
    paragraphs: tuple[ReportParagraph, ...]


def load_report(session: Session, forum_id: uuid.UUID) -> ReportView:
    from forumdesk.services.report.report import live_paragraphs, report_outline, report_version

    outline = report_outline(session, forum_id)
    version = report_version(session, forum_id, outline.language)
    paragraphs = tuple(
        ReportParagraph(p.id, p.number, p.section_id, p.text) for p in live_paragraphs(version)
    )
    return ReportView(outline, paragraphs)


def section_text(section: ReportSection) -> str:
    """ "I. Introduction ¶¶ 1–7": label, title and paragraph range."""
    text = f"{section.label}. {section.title}" if section.label else section.title
    first, last = section.first_paragraph, section.last_paragraph
    if first is None or last is None:
        return text
    if first == last:
        return f"{text} ¶ {first}"
    return f"{text} ¶¶ {first}–{last}"


class ReportPanel(Page):
    """The forum's summary report, section by section, on the Minutes page; refreshes as a
    page does (`Page`): when shown and when the documents, notes or minutes change."""

    areas = frozenset({Area.DOCUMENTS, Area.NOTES, Area.MINUTES})
    undo_stack: QUndoStack

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("report_panel")
        self.undo_stack = QUndoStack(self)
        self.view: ReportView | None = None
        self._proposed: str | None = None  # a paragraph to ask for once the report loads
        self._select_paragraph: uuid.UUID | None = None
        layout = QVBoxLayout(self)

        self.sections_tree = QTreeWidget(self)
        self.sections_tree.setObjectName("report_sections_tree")
        self.sections_tree.setAccessibleDescription(
            self.tr("The sections of the report. Choose one to see its paragraphs.")
        )
        self.sections_tree.setAccessibleName(self.tr("Sections of the report"))
        self.sections_tree.setHeaderLabels([self.tr("Section")])
        self.paragraphs_list = QListWidget(self)
        self.paragraphs_list.setObjectName("report_paragraphs_list")
        self.paragraphs_list.setAccessibleDescription(
            self.tr("The paragraphs of the chosen section of the report.")
        )
        self.paragraphs_list.setAccessibleName(self.tr("Paragraphs of the section"))
        self.paragraphs_list.setWordWrap(True)
        self.paragraphs_list.setSpacing(3)
        self.paragraphs_list.setAlternatingRowColors(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("report_splitter")
        splitter.addWidget(self.sections_tree)
        splitter.addWidget(self.paragraphs_list)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        layout.addLayout(self._build_buttons())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("report_status_label")
        self.status_label.setAccessibleName(self.tr("Report status"))
        layout.addWidget(self.status_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("report_error_label")
        self.error_label.setAccessibleName(self.tr("Report error"))
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)

        self.sections_tree.currentItemChanged.connect(self._show_paragraphs)
        self.paragraphs_list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.add_button = self._button(
            "report_add_button", self.tr("&Add Paragraph…"), self.tr("Add a paragraph"), buttons
        )
        self.up_button = self._button(
            "report_up_button", self.tr("Move &Up"), self.tr("Move the paragraph up"), buttons
        )
        self.down_button = self._button(
            "report_down_button", self.tr("Move &Down"), self.tr("Move the paragraph down"), buttons
        )
        self.remove_button = self._button(
            "report_remove_button",
            self.tr("&Remove Paragraph"),
            self.tr("Remove the paragraph"),
            buttons,
        )
        self.remove_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.note_button = self._button(
            "report_note_button",
            self.tr("From a &Note…"),
            self.tr("Add a paragraph from a note"),
            buttons,
        )
        buttons.addStretch(1)
        self.export_button = self._button(
            "report_export_button",
            self.tr("E&xport Report…"),
            self.tr("Export the report"),
            buttons,
        )
        self.add_button.clicked.connect(self._add_clicked)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.note_button.clicked.connect(self._note_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        return buttons

    def _button(self, name: str, text: str, accessible: str, row: QHBoxLayout) -> QPushButton:
        button = push_button(text, name, accessible, self)
        row.addWidget(button)
        return button

    # Refreshing ---------------------------------------------------------------------------

    def _reload(self) -> None:
        # Unlike a page, the panel also clears itself when no database is open.
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        forum_id = self.forum.forum_id
        if forum_id is None or self.ops.database is None:
            self._show(None)
            return
        self.ops.query(lambda session: load_report(session, forum_id), self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        self._show(None)
        self.error_label.setText(str(error))

    def _show(self, view: ReportView | None) -> None:
        selected = self.selected_section()
        self.view = view
        self.error_label.clear()
        tree = self.sections_tree
        blocker = tree.blockSignals(True)
        tree.clear()
        items: dict[uuid.UUID, QTreeWidgetItem] = {}
        sections = view.outline.sections if view is not None else ()
        for section in sections:
            parent = items.get(section.parent_id) if section.parent_id else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(tree)
            item.setText(0, section_text(section))
            item.setData(0, ID_ROLE, section.id)
            items[section.id] = item
        tree.expandAll()
        current = items.get(selected) if selected is not None else None
        if current is None and sections:
            current = items[sections[0].id]
        if current is not None:
            tree.setCurrentItem(current)
        tree.blockSignals(blocker)
        if view is None:
            self.status_label.clear()
        else:
            self.status_label.setText(
                self.tr("{title}: {count} paragraphs").format(
                    title=view.outline.title, count=view.outline.paragraphs
                )
            )
        self._show_paragraphs()
        proposed, self._proposed = self._proposed, None
        if proposed is not None and view is not None:
            self.propose_paragraph(proposed)
        elif proposed is not None:
            self.error_label.setText(self.tr("The forum has no summary report to add to yet."))

    def _show_paragraphs(self) -> None:
        keep = self._select_paragraph or self.selected_paragraph_id()
        self._select_paragraph = None
        listing = self.paragraphs_list
        blocker = listing.blockSignals(True)
        listing.clear()
        for paragraph in self.section_paragraphs():
            item = QListWidgetItem(f"{paragraph.number}. {paragraph.text}", listing)
            item.setData(ID_ROLE, paragraph.id)
            if paragraph.id == keep:
                listing.setCurrentItem(item)
        listing.blockSignals(blocker)
        self._update_buttons()

    def _update_buttons(self) -> None:
        paragraph = self.selected_paragraph()
        total = self.view.outline.paragraphs if self.view is not None else 0
        has_section = self.selected_section() is not None
        self.add_button.setEnabled(has_section)
        self.note_button.setEnabled(has_section)
        self.export_button.setEnabled(self.view is not None)
        self.remove_button.setEnabled(paragraph is not None)
        self.up_button.setEnabled(paragraph is not None and paragraph.number > 1)
        self.down_button.setEnabled(paragraph is not None and paragraph.number < total)

    # Selection ------------------------------------------------------------------------------

    def selected_section(self) -> uuid.UUID | None:
        item = self.sections_tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def section_paragraphs(self) -> list[ReportParagraph]:
        """The paragraphs under the selected section, its sub-sections' included."""
        section_id = self.selected_section()
        if self.view is None or section_id is None:
            return []
        section = next(s for s in self.view.outline.sections if s.id == section_id)
        first, last = section.first_paragraph, section.last_paragraph
        if first is None or last is None:
            return []
        return [p for p in self.view.paragraphs if first <= p.number <= last]

    def selected_paragraph_id(self) -> uuid.UUID | None:
        item = self.paragraphs_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def selected_paragraph(self) -> ReportParagraph | None:
        paragraph_id = self.selected_paragraph_id()
        if self.view is None or paragraph_id is None:
            return None
        return next((p for p in self.view.paragraphs if p.id == paragraph_id), None)

    def select_paragraph(self, number: int) -> None:
        wanted = next((p.id for p in self.section_paragraphs() if p.number == number), None)
        for row in range(self.paragraphs_list.count()):
            if self.paragraphs_list.item(row).data(ID_ROLE) == wanted:
                self.paragraphs_list.setCurrentRow(row)
                return

    # Edits -------------------------------------------------------------------------------

    def _edit_failed(self, error: Exception) -> None:
        self.error_label.setText(str(error))

    def move_selected(self, step: int) -> None:
        """Move the selected paragraph one place up (-1) or down (+1); undoable."""
        paragraph = self.selected_paragraph()
        if paragraph is None:
            return
        old, new = paragraph.number, paragraph.number + step
        section_id = paragraph.section_id

        def forward(session: Session) -> object:
            from forumdesk.services.report.report import move_paragraph

            return move_paragraph(session, paragraph.id, new)

        def backward(session: Session) -> object:
            from forumdesk.services.report.report import move_paragraph

            return move_paragraph(session, paragraph.id, old, section_id=section_id)

        text = self.tr("Move paragraph {old} to {new}").format(old=old, new=new)
        command = ChangeCommand(self.ops, text, forward, backward, EDIT_AREAS)
        self._select_paragraph = paragraph.id
        self.ops.change(
            forward, EDIT_AREAS, lambda _: self.undo_stack.push(command), self._edit_failed
        )

    def add_paragraph(self, text: str) -> None:
        """A new paragraph after the selected one, else at the end of the selected section."""
        section_id = self.selected_section()
        if self.view is None or section_id is None:
            return
        version_id = self.view.outline.language_version_id
        selected = self.selected_paragraph()
        after = selected.number if selected is not None else None

        def add(session: Session) -> uuid.UUID:
            from forumdesk.services.report.report import add_report_paragraph

            return add_report_paragraph(session, version_id, section_id, text, after)

        self._undoable_add(add, self.tr("Add paragraph"))

    def add_from_note(self, note_id: uuid.UUID) -> None:
        """The note as a new paragraph, placed as `add_paragraph` places one."""
        section_id = self.selected_section()
        if section_id is None:
            return
        selected = self.selected_paragraph()
        after = selected.number if selected is not None else None

        def add(session: Session) -> uuid.UUID:
            from forumdesk.services.report.report import paragraph_from_note

            return paragraph_from_note(session, note_id, section_id, after_number=after)

        self._undoable_add(add, self.tr("Add paragraph from a note"))

    def _undoable_add(self, add: Callable[[Session], uuid.UUID], text: str) -> None:
        """Undo takes the new paragraph out again; redo puts that same one back."""
        kept: dict[str, Any] = {}

        def forward(session: Session) -> uuid.UUID:
            from forumdesk.services.report.report import restore_report_paragraph

            if "removed" in kept:
                return restore_report_paragraph(session, kept.pop("removed"))
            kept["id"] = add(session)
            return uuid.UUID(str(kept["id"]))

        def backward(session: Session) -> object:
            from forumdesk.services.report.report import remove_report_paragraph

            kept["removed"] = remove_report_paragraph(session, kept["id"])
            return None

        command = ChangeCommand(self.ops, text, forward, backward, EDIT_AREAS)

        def done(paragraph_id: uuid.UUID) -> None:
            self._added(paragraph_id)
            self.undo_stack.push(command)

        self.ops.change(forward, EDIT_AREAS, done, self._edit_failed)

    def remove_selected(self) -> None:
        """Take the selected paragraph out; later ones move down a number. Undoable."""
        paragraph = self.selected_paragraph()
        if paragraph is None:
            return
        kept: dict[str, Any] = {}

        def forward(session: Session) -> object:
            from forumdesk.services.report.report import remove_report_paragraph

            kept["removed"] = remove_report_paragraph(session, paragraph.id)
            return None

        def backward(session: Session) -> object:
            from forumdesk.services.report.report import restore_report_paragraph

            return restore_report_paragraph(session, kept["removed"])

        text = self.tr("Remove paragraph {n}").format(n=paragraph.number)
        command = ChangeCommand(self.ops, text, forward, backward, EDIT_AREAS)
        self.ops.change(
            forward, EDIT_AREAS, lambda _: self.undo_stack.push(command), self._edit_failed
        )

    def _added(self, paragraph_id: uuid.UUID) -> None:
        self._select_paragraph = paragraph_id

    def _add_clicked(self) -> None:
        self.propose_paragraph("")

    def propose_paragraph(self, text: str) -> None:
        """Ask for a new paragraph, `text` filled in; it goes after the selected paragraph,
        else at the end of the selected section (the first one unless one is chosen).
        Before the report has loaded, it is asked for once it has."""
        if self.view is None:
            self._proposed = text
            return
        if self.selected_section() is None:
            self.error_label.setText(self.tr("The forum has no summary report to add to yet."))
            return
        dialog = ParagraphDialog(self, text)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text().strip():
            self.add_paragraph(dialog.text())

    def _note_clicked(self) -> None:
        forum_id = self.forum.forum_id
        if self.view is None or forum_id is None:
            return
        document_id = self.view.outline.document_id

        def load(session: Session) -> list[NoteView]:
            from forumdesk.services.notes.notes import notes_of_document

            return notes_of_document(session, document_id, forum_id=forum_id)

        self.ops.query(load, self._choose_note, self._edit_failed)

    def _choose_note(self, notes: list[NoteView]) -> None:
        if not notes:
            self.error_label.setText(self.tr("The forum has no notes to add."))
            return
        dialog = NoteChoiceDialog(notes, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            note_id = dialog.chosen()
            if note_id is not None:
                self.add_from_note(note_id)

    # Export ---------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the summary report"),
            proposed_name(self.forum.title, self.tr("report"), "pdf"),
            self.tr("Documents (*.pdf *.docx *.odt *.html *.md)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the report to `path`, in the format its extension names."""
        from forumdesk.exports.document.writers import FORMATS, format_of, write_document

        form = format_of(path)
        if form is None:
            self.error_label.setText(
                self.tr("Choose a file ending in one of: {formats}").format(
                    formats=", ".join(f".{f}" for f in FORMATS)
                )
            )
            return
        forum_id = self.forum.forum_id
        if forum_id is None or output_refused(self, path, self.ops.database):
            return

        def work(session: Session) -> Path:
            from forumdesk.exports.report.summary import report_document

            write_document(report_document(session, forum_id), path, form)
            return path

        self.ops.query(work, self._exported, self._edit_failed)

    def _exported(self, path: Path) -> None:
        self.error_label.clear()
        self.status_label.setText(self.tr("Report exported to {path}").format(path=path))

"""The notes beside the document: filters, backlinks of the selection, the practices that
answer it, and the list."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.pages.minutes.snapshot import signer_text
from forumdesk.ui.widgets.columns import FittedColumns
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import Selection, push_button, record_table
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from forumdesk.services.notes.links import NoteChoices
    from forumdesk.services.notes.notes import NoteFilter, NoteView
    from forumdesk.services.practices.citations import CitingPractice
    from forumdesk.ui.common.operations import Operations


def _preview(note: NoteView) -> str:
    text = " ".join(note.body_text.split())
    return text if len(text) <= 140 else text[:139] + "…"


def _refs(note: NoteView) -> str:
    refs = format_paragraph_refs(note.paragraphs)
    if note.orphaned:
        refs = (refs + " " if refs else "") + f"(⚠ {format_paragraph_refs(note.orphaned)})"
    return refs


class NotesPanel(QWidget):
    note_chosen = Signal(object)  # NoteView
    new_requested = Signal()
    edit_requested = Signal(object)  # NoteView
    delete_requested = Signal(object)  # NoteView
    filter_changed = Signal()
    #: The id of a practice the user opened from the selected paragraphs' practices.
    practice_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._notes: list[NoteView] = []
        self._marking: tuple[Operations, QUndoStack] | None = None
        self._selection: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.backlinks = QLabel(self)
        self.backlinks.setObjectName("note_backlinks")
        self.backlinks.setWordWrap(True)
        layout.addWidget(self.backlinks)
        layout.addWidget(self._build_practices())

        layout.addLayout(self._build_filters())

        layout.addWidget(self._build_table(), 1)

        buttons = QHBoxLayout()
        self.new_button = self._button(self.tr("&New Note…"), "new_note_button")
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = self._button(self.tr("Edi&t…"), "edit_note_button")
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button = self._button(self.tr("De&lete"), "delete_note_button")
        self.delete_button.clicked.connect(self._delete_current)
        self.mark_button = self._button(self.tr("For the &Record"), "mark_note_button")
        self.mark_button.setCheckable(True)
        self.mark_button.setToolTip(
            self.tr("Notes for the record are printed in the minutes; the others stay internal")
        )
        self.mark_button.clicked.connect(self._mark_current)
        buttons_row = (self.new_button, self.edit_button, self.delete_button, self.mark_button)
        for button in buttons_row:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _build_practices(self) -> QLabel:
        """The practices that answer the selected paragraphs, as links (hidden when none)."""
        self.practices = QLabel(self)
        self.practices.setObjectName("paragraph_practices")
        self.practices.setAccessibleName(self.tr("Practices answering the selected paragraphs"))
        self.practices.setAccessibleDescription(
            self.tr("A practice's title opens it on the Practices page.")
        )
        self.practices.setWordWrap(True)
        self.practices.setTextFormat(Qt.TextFormat.RichText)
        self.practices.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.practices.linkActivated.connect(
            lambda link: self.practice_chosen.emit(uuid.UUID(link))
        )
        self.practices.hide()
        return self.practices

    def _build_filters(self) -> QFormLayout:
        filters = QFormLayout()
        self.tag_filter = self._filter_combo("note_tag_filter", self.tr("Filter notes by tag"))
        self.author_filter = self._filter_combo(
            "note_author_filter", self.tr("Filter notes by author")
        )
        self.segment_filter = self._filter_combo(
            "note_segment_filter", self.tr("Filter notes by segment")
        )
        filters.addRow(self.tr("T&ag:"), self.tag_filter)
        filters.addRow(self.tr("A&uthor:"), self.author_filter)
        filters.addRow(self.tr("Seg&ment:"), self.segment_filter)
        self.selection_only = QCheckBox(self.tr("Only notes on the selected paragraphs"), self)
        self.selection_only.setObjectName("notes_selection_only")
        self.selection_only.setAccessibleName(self.selection_only.text())
        self.selection_only.toggled.connect(self._fill_table)
        filters.addRow(self.selection_only)
        return filters

    def _build_table(self) -> QTableView:
        self.model: RowsModel[NoteView] = RowsModel(
            [
                Column(self.tr("¶"), _refs),
                Column(self.tr("Note"), _preview),
                Column(self.tr("Tags"), lambda n: ", ".join(n.tags)),
                Column(self.tr("Author"), lambda n: signer_text(n.author, n.author_is_login)),
                # What the minutes print: the notes for the record, never the internal ones.
                Column(
                    self.tr("Minutes"),
                    lambda n: self.tr("For the record") if n.for_record else self.tr("Internal"),
                ),
            ],
            self,
            tooltip=self._tooltip,
        )
        self.table = record_table(
            self,
            "notes_table",
            self.tr("Notes"),
            self.model,
            selection=Selection.SingleSelection,
            read_only=True,
            description=self.tr("The notes on the chosen paragraphs. Enter opens the chosen note."),
        )
        # The note's text takes what the short columns leave (its whole text is the tooltip).
        self.columns = FittedColumns(self.table, stretch=1, share=0.22)
        self.table.clicked.connect(lambda _index: self._choose())
        self.table.activated.connect(lambda _index: self._edit_current())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._choose())
        return self.table

    def _tooltip(self, note: NoteView) -> str:
        signed = self.tr("{author}, {when}").format(
            author=signer_text(note.author, note.author_is_login) or self.tr("unknown author"),
            when=short_datetime(note.updated_at),
        )
        return f"{note.body_text}\n\n— {signed}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete in the list deletes the current note (undoable), as in any file list.
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self._delete_current()
            return True
        return super().eventFilter(watched, event)

    def _filter_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("All"), None)
        combo.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        return combo

    def _button(self, text: str, name: str) -> QPushButton:
        return push_button(text, name, text.replace("&", "").rstrip("…"), self)

    # Filling ------------------------------------------------------------------------

    def set_choices(self, choices: NoteChoices) -> None:
        fills = (
            (self.tag_filter, [(t, t) for t in choices.tags]),
            (self.author_filter, [(a, a) for a in choices.authors]),
            (self.segment_filter, [(s.label, s.id) for s in choices.segments]),
        )
        for combo, items in fills:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(find_data(combo, current), 0))
            combo.blockSignals(False)

    def note_filter(self) -> NoteFilter:
        from forumdesk.services.notes.notes import NoteFilter

        return NoteFilter(
            tag=self.tag_filter.currentData(),
            author=self.author_filter.currentData(),
            segment_id=self.segment_filter.currentData(),
        )

    def set_notes(self, notes: Sequence[NoteView]) -> None:
        self._notes = list(notes)
        self._fill_table()

    def set_selection(
        self,
        numbers: list[int],
        backlinks: dict[int, int],
        practices: dict[int, tuple[CitingPractice, ...]],
    ) -> None:
        self._selection = numbers
        self._show_practices([p for n in numbers for p in practices.get(n, ())])
        if not numbers:
            self.backlinks.setText(self.tr("Select paragraphs to see the notes that cite them."))
        elif len(numbers) == 1 and not backlinks.get(numbers[0], 0):
            self.backlinks.setText(
                self.tr("No note cites ¶{number} yet.").format(number=numbers[0])
            )
        elif len(numbers) == 1:
            count = backlinks.get(numbers[0], 0)
            self.backlinks.setText(
                self.tr("%n note(s) cite ¶{number}", "", count).format(number=numbers[0])
            )
        elif not {n.id for n in self._notes if set(n.paragraphs) & set(numbers)}:
            self.backlinks.setText(
                self.tr("No note cites ¶{refs} yet.").format(refs=format_paragraph_refs(numbers))
            )
        else:
            citing = {n.id for n in self._notes if set(n.paragraphs) & set(numbers)}
            self.backlinks.setText(
                self.tr("%n note(s) cite ¶{refs}", "", len(citing)).format(
                    refs=format_paragraph_refs(numbers)
                )
            )
        if self.selection_only.isChecked():
            self._fill_table()

    def _show_practices(self, practices: list[CitingPractice]) -> None:
        from forumdesk.services.practices.review import state_label

        lines = [
            f"◆ <a href='{practice.id}'>{html.escape(practice.title)}</a>"
            f" — {html.escape(state_label(practice.state))}"
            for practice in {p.id: p for p in practices}.values()
        ]
        self.practices.setText("<br/>".join(lines))
        self.practices.setVisible(bool(lines))

    def _fill_table(self) -> None:
        current = self.current_note()
        notes = self._notes
        if self.selection_only.isChecked():
            wanted = set(self._selection)
            notes = [n for n in notes if set(n.paragraphs) & wanted]
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(notes)
        self.table.selectionModel().blockSignals(False)
        if current is not None:
            self.select_note(current.id, announce=False)
        self._update_buttons()

    # Current note -------------------------------------------------------------------

    def current_note(self) -> NoteView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def select_note(self, note_id: uuid.UUID, *, announce: bool = True) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == note_id:
                if not announce:
                    self.table.selectionModel().blockSignals(True)
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.selectionModel().blockSignals(False)
                self.table.scrollTo(self.model.index(row, 0))
                self._update_buttons()
                return True
        return False

    def _choose(self) -> None:
        note = self.current_note()
        self._update_buttons()
        if note is not None:
            self.note_chosen.emit(note)

    def _edit_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.edit_requested.emit(note)

    def _delete_current(self) -> None:
        note = self.current_note()
        if note is not None:
            self.delete_requested.emit(note)

    def enable_marking(self, ops: Operations, stack: QUndoStack) -> None:
        """Let the For the Record button mark the current note, undoably on `stack`."""
        self._marking = (ops, stack)
        self._update_buttons()

    def _mark_current(self) -> None:
        note = self.current_note()
        if note is None or self._marking is None:
            return
        from forumdesk.ui.pages.documents.note_commands import mark_note_undoably

        wanted = not note.for_record
        refs = format_paragraph_refs(note.paragraphs)
        text = (
            self.tr("Mark note on ¶{refs} for the record")
            if wanted
            else self.tr("Mark note on ¶{refs} internal")
        ).format(refs=refs)
        ops, stack = self._marking
        mark_note_undoably(ops, stack, note.id, note.for_record, wanted, text)

    def _update_buttons(self) -> None:
        note = self.current_note()
        has_note = note is not None
        self.edit_button.setEnabled(has_note)
        self.delete_button.setEnabled(has_note)
        self.mark_button.setEnabled(has_note and self._marking is not None)
        self.mark_button.setChecked(bool(note and note.for_record))
        self.mark_button.setAccessibleDescription(
            self.tr("The current note is for the record")
            if note and note.for_record
            else self.tr("The current note is internal")
        )

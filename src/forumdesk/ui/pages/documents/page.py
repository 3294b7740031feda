"""Document & notes: outline and coverage, the numbered paragraphs, and the notes beside them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.documents.coverage_panel import CoveragePanel
from forumdesk.ui.pages.documents.loading import LoadedDocument, load_document
from forumdesk.ui.pages.documents.note_commands import note_created, note_deleted, note_edited
from forumdesk.ui.pages.documents.notes_panel import NotesPanel
from forumdesk.ui.pages.documents.outline import SECTION_ROLE, fill_outline, outline_tree
from forumdesk.ui.pages.documents.paragraph_model import document_rows
from forumdesk.ui.pages.documents.paragraph_view import ParagraphView
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import push_button, shortcut_action

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import ReadAt
    from forumdesk.services.documents.documents import DocumentSummary, DocumentView
    from forumdesk.services.notes.links import LinkedItem
    from forumdesk.services.notes.note_input import NoteInput
    from forumdesk.services.notes.notes import NoteView
    from forumdesk.ui.pages.documents.import_flow import DocumentImport
    from forumdesk.ui.pages.documents.note_editor import NoteEditor
    from forumdesk.ui.pages.practices.recommending.make_recommendation import MakeRecommendation


class DocumentsPage(Page):
    areas = frozenset({Area.DOCUMENTS, Area.NOTES, Area.PRACTICES})
    #: A short message for the status bar.
    message = Signal(str)
    #: The id of a practice the user opened from a paragraph (the window shows it).
    practice_requested = Signal(object)

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("documents_page")
        self.undo_stack: QUndoStack = QUndoStack(self)
        # Commands hold ids of this database's notes: another database starts afresh.
        ops.database_changed.connect(self.undo_stack.clear)
        self.author = ""
        self._documents: list[DocumentSummary] = []
        self._loaded: LoadedDocument | None = None
        self._pending_note: uuid.UUID | None = None
        self._retrying_note = False
        self._pending_paragraphs: list[int] = []
        self.editor: NoteEditor | None = None
        self._recommending: MakeRecommendation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Document & notes"), self))
        layout.addLayout(self._build_bar())
        self.empty_label = QLabel(self.tr("This forum has no document yet."), self)
        layout.addWidget(self.empty_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.side_tabs = QTabWidget(splitter)
        self.side_tabs.setObjectName("document_side_tabs")
        self.side_tabs.setAccessibleName(self.tr("Outline and coverage"))
        self.outline = outline_tree(self.side_tabs)
        self.outline.itemActivated.connect(self._follow_outline)
        self.outline.itemClicked.connect(self._follow_outline)
        self.side_tabs.addTab(self.outline, self.tr("Outline"))
        self.coverage_panel = CoveragePanel(self.side_tabs)
        self.coverage_panel.paragraphs_requested.connect(self.select_paragraphs)
        self.coverage_panel.note_requested.connect(self.show_note)
        self.side_tabs.addTab(self.coverage_panel, self.tr("Coverage"))
        # Both tab names always whole: the outline is never narrower than its tabs.
        self.side_tabs.setMinimumWidth(self.side_tabs.tabBar().sizeHint().width() + 12)

        self.paragraph_view = ParagraphView(splitter)
        self.paragraph_view.paragraphs_selected.connect(self._paragraphs_selected)
        self.paragraph_view.activated.connect(lambda _index: self.new_note())  # Enter too

        self.notes_panel = NotesPanel(splitter)
        self.notes_panel.note_chosen.connect(self._note_chosen)
        self.notes_panel.practice_chosen.connect(self.practice_requested)
        self.notes_panel.new_requested.connect(self.new_note)
        self.notes_panel.edit_requested.connect(self.edit_note)
        self.notes_panel.delete_requested.connect(self.delete_note)
        self.notes_panel.filter_changed.connect(self._load_selected_version)
        self.notes_panel.enable_marking(ops, self.undo_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 6)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([330, 680, 450])
        layout.addWidget(splitter, 1)

        self._importer: DocumentImport | None = None
        self.import_button.clicked.connect(self.import_document)

        self.new_note_action = shortcut_action(
            self.tr("New Note on Selection"), self, shortcut="Ctrl+Shift+N", triggered=self.new_note
        )
        self.new_note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_note_action)
        self.recommend_action = shortcut_action(
            self.tr("Make &Recommendation…"), self, triggered=self.make_recommendation
        )
        self.recommend_action.setEnabled(False)
        # The paragraphs' own actions on a right click (or the Menu key).
        self.paragraph_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.paragraph_view.addActions([self.new_note_action, self.recommend_action])

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Document:"), self)
        bar.addWidget(label)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("document_version_combo")
        self.version_combo.setAccessibleName(self.tr("Document and language version"))
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        label.setBuddy(self.version_combo)
        bar.addWidget(self.version_combo, 1)
        compare_label = QLabel(self.tr("&Beside it:"), self)
        bar.addWidget(compare_label)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("document_compare_combo")
        self.compare_combo.setAccessibleName(self.tr("Language version shown side by side"))
        self.compare_combo.setMinimumContentsLength(8)
        self.compare_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.compare_combo.currentIndexChanged.connect(self._load_selected_version)
        compare_label.setBuddy(self.compare_combo)
        bar.addWidget(self.compare_combo)
        go_label = QLabel(self.tr("&Go to ¶"), self)
        bar.addWidget(go_label)
        self.paragraph_spin = QSpinBox(self)
        self.paragraph_spin.setObjectName("paragraph_spin")
        self.paragraph_spin.setAccessibleName(self.tr("Go to paragraph number"))
        self.paragraph_spin.setRange(0, 0)
        self.paragraph_spin.editingFinished.connect(self._go_to_paragraph)
        go_label.setBuddy(self.paragraph_spin)
        bar.addWidget(self.paragraph_spin)
        self.import_button = push_button(
            self.tr("&Import…"), "import_document_button", self.tr("Import a document"), self
        )
        bar.addWidget(self.import_button)
        return bar

    @property
    def importer(self) -> DocumentImport:
        """The import flow, built on first use (its dialogs stay out of start-up)."""
        if self._importer is None:
            from forumdesk.ui.pages.documents.import_flow import DocumentImport

            self._importer = DocumentImport(self.ops, self)
            self._importer.finished.connect(self.message)
            # A revised draft renumbers paragraphs: older note edits can no longer be undone.
            self._importer.revised.connect(self.undo_stack.clear)
        return self._importer

    def import_document(self) -> None:
        document = next((d for d in self._documents if d.id == self.document_id), None)
        self.importer.choose_file(
            self.forum.forum_id,
            document.id if document else None,
            self.version_combo.currentText() or None,
            {v.language: v.id for v in document.versions} if document else {},
        )

    # Loading -------------------------------------------------------------------------

    @property
    def document(self) -> DocumentView | None:
        return self._loaded.view if self._loaded else None

    @property
    def document_id(self) -> uuid.UUID | None:
        version = self.version_combo.currentData()
        return next((d.id for d in self._documents for v in d.versions if v.id == version), None)

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            self._show_documents([])
            return

        def load(session: Session) -> list[DocumentSummary]:
            from forumdesk.services.documents.documents import documents_of_forum

            return documents_of_forum(session, forum_id)

        self.ops.query(load, self._show_documents)

    def _show_documents(self, documents: list[DocumentSummary]) -> None:
        self._documents = documents
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
            self._loaded = None
            self._show_loaded(None)
            return
        self.version_combo.blockSignals(True)
        self.version_combo.setCurrentIndex(max(find_data(self.version_combo, previous), 0))
        self.version_combo.blockSignals(False)
        self._version_chosen()

    def _version_chosen(self) -> None:
        version_id = self.version_combo.currentData()
        previous = self.compare_combo.currentData()
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("— none —"), None)
        for document in self._documents:
            if any(v.id == version_id for v in document.versions):
                for version in document.versions:
                    if version.id != version_id:
                        self.compare_combo.addItem(version.language, version.id)
        self.compare_combo.setCurrentIndex(max(find_data(self.compare_combo, previous), 0))
        self.compare_combo.setEnabled(self.compare_combo.count() > 1)
        self.compare_combo.blockSignals(False)
        self._load_selected_version()

    def _load_selected_version(self) -> None:
        version_id = self.version_combo.currentData()
        if version_id is None:
            return
        other_id = self.compare_combo.currentData()
        forum_id = self.forum.forum_id
        note_filter = self.notes_panel.note_filter()
        self.ops.query(
            lambda session: load_document(session, version_id, other_id, forum_id, note_filter),
            self._show_loaded,
        )

    def _show_loaded(self, loaded: LoadedDocument | None) -> None:
        selected = self._pending_paragraphs or self.paragraph_view.selected_numbers()
        self._pending_paragraphs = []
        self._loaded = loaded
        self.outline.clear()
        if loaded is None:
            self.paragraph_view.show_rows([], ("", ""), comparing=False)
            self.coverage_panel.show_coverage(None)
            self.notes_panel.set_notes([])
            self.paragraph_spin.setRange(0, 0)
            return
        view = loaded.view
        self._fill_outline(view)
        headers = (view.language, loaded.other.language if loaded.other else "")
        self.paragraph_view.show_rows(
            document_rows(view, loaded.other), headers, comparing=loaded.other is not None
        )
        answered = {number: len(practices) for number, practices in loaded.practices.items()}
        self.paragraph_view.paragraphs.set_backlinks(loaded.backlinks, answered)
        numbers = [p.number for p in view.paragraphs]
        self.paragraph_spin.setRange(min(numbers, default=0), max(numbers, default=0))
        self.coverage_panel.show_coverage(
            loaded.coverage, [note for note in loaded.notes if note.orphaned]
        )
        self.notes_panel.set_choices(loaded.choices)
        self.notes_panel.set_notes(loaded.notes)
        if selected:
            self.paragraph_view.select_numbers(selected)
        self._paragraphs_selected(self.paragraph_view.selected_numbers())
        if self._pending_note is not None:
            note_id, self._pending_note = self._pending_note, None
            # Once the filters were cleared for it, a second miss is final: no reload loop.
            retry, self._retrying_note = not self._retrying_note, False
            self.show_note(note_id, retry=retry)

    def _fill_outline(self, view: DocumentView) -> None:
        fill_outline(self.outline, view, self.tr("Annex"))

    # Navigation ----------------------------------------------------------------------

    def _follow_outline(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        section_id = item.data(0, SECTION_ROLE)
        if section_id is not None:
            self.paragraph_view.scroll_to_section(section_id)

    def _go_to_paragraph(self) -> None:
        self.paragraph_view.scroll_to_number(self.paragraph_spin.value())

    def select_paragraphs(self, numbers: list[int]) -> None:
        self.paragraph_view.select_numbers(numbers)
        self.paragraph_view.setFocus()

    def show_paragraph(self, version_id: uuid.UUID | None, number: int) -> None:
        """Open paragraph `number` of a language version (from search), switching to it."""
        if version_id is not None and version_id != self.version_combo.currentData():
            index = find_data(self.version_combo, version_id)
            if index >= 0:
                self._pending_paragraphs = [number]
                self.version_combo.setCurrentIndex(index)
                return
        if self._loaded is None:
            self._pending_paragraphs = [number]
            return
        self.select_paragraphs([number])

    def show_note(self, note_id: uuid.UUID, *, retry: bool = True) -> None:
        """Open a note (from search): clear the filters that hide it, select it."""
        if self._loaded is None:
            self._pending_note = note_id
            return
        if not self.notes_panel.select_note(note_id):
            if self.notes_panel.selection_only.isChecked():
                self.notes_panel.selection_only.setChecked(False)
            if self.notes_panel.select_note(note_id):
                self._note_chosen(self.notes_panel.current_note())
                return
            if not retry:
                self.message.emit(self.tr("That note is not on this document."))
                return
            self._pending_note = note_id
            self._retrying_note = True
            for combo in (
                self.notes_panel.tag_filter,
                self.notes_panel.author_filter,
                self.notes_panel.segment_filter,
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self._load_selected_version()
            return
        self._note_chosen(self.notes_panel.current_note())

    def _paragraphs_selected(self, numbers: list[int]) -> None:
        loaded = self._loaded
        self.notes_panel.set_selection(
            numbers, loaded.backlinks if loaded else {}, loaded.practices if loaded else {}
        )
        self.new_note_action.setEnabled(self._loaded is not None)
        self.recommend_action.setEnabled(self._loaded is not None and len(numbers) == 1)

    def make_recommendation(self) -> None:
        """The one chosen paragraph, or a sentence of it, made a recommendation."""
        from forumdesk.ui.pages.practices.recommending.make_recommendation import (
            MakeRecommendation,
            Paragraph,
        )

        numbers, document_id = self.paragraph_view.selected_numbers(), self.document_id
        forum_id = self.forum.forum_id
        if self._loaded is None or len(numbers) != 1 or document_id is None or forum_id is None:
            return
        view = self._loaded.view
        text = next(p.text for p in view.paragraphs if p.number == numbers[0])
        self._recommending = MakeRecommendation(self.ops, self, self.message.emit)
        paragraph = Paragraph(document_id, view.language, numbers[0], text)
        self._recommending.ask(forum_id, paragraph)

    def _note_chosen(self, note: NoteView | None) -> None:
        if note is not None and note.paragraphs:
            self.paragraph_view.select_numbers(list(note.paragraphs))

    # Editing notes -------------------------------------------------------------------

    def new_note(self) -> None:
        if self._loaded is None:
            return
        self._open_editor(self.tr("New note"), None, self.paragraph_view.selected_numbers())

    def edit_note(self, note: NoteView) -> None:
        self._open_editor(
            self.tr("Edit note on ¶{refs}").format(refs=format_paragraph_refs(note.paragraphs)),
            note,
            list(note.paragraphs),
        )

    def _open_editor(self, title: str, note: NoteView | None, numbers: list[int]) -> None:
        if self._loaded is None:
            return
        from forumdesk.ui.pages.documents.note_editor import NoteEditor

        editor = NoteEditor(
            self,
            title=title,
            choices=self._loaded.choices,
            document_id=self.document_id,
            initial=note.as_input() if note else None,
            paragraphs=numbers,
            author=self.author or None,
            lookup_organisations=self._lookup_organisations,
            orphans=note.orphan_texts if note else (),
        )
        if note is not None:
            editor.set_organisation(note.organisation)
            editor.add_history(self.ops, note.id)
        editor.save_requested.connect(lambda data: self._save(editor, note, data))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = editor
        editor.open()

    def _lookup_organisations(self, text: str, done: Callable[[list[LinkedItem]], None]) -> None:
        def find(session: Session) -> list[LinkedItem]:
            from forumdesk.services.notes.links import find_organisations

            return find_organisations(session, text)

        self.ops.query(find, done)

    def _save(self, editor: NoteEditor, note: NoteView | None, data: NoteInput) -> None:
        forum_id = self.forum.forum_id
        failed = lambda error: editor.show_error(str(error))  # noqa: E731
        if note is None:

            def create(session: Session) -> uuid.UUID:
                from forumdesk.services.notes.notes import create_note

                return create_note(session, forum_id, data)

            def created(note_id: uuid.UUID) -> None:
                refs = format_paragraph_refs(data.paragraphs)
                self.undo_stack.push(
                    note_created(
                        self.ops, note_id, self.tr("New note on ¶{refs}").format(refs=refs)
                    )
                )
                self._pending_note = note_id
                editor.saved()

            self.ops.change(create, {Area.NOTES}, created, failed)
            return
        from forumdesk.services.common.edit_conflicts import ReadAt

        self._update_note(editor, note, ReadAt(note.version, note.as_input()), data)

    def _update_note(
        self, editor: NoteEditor, note: NoteView, read: ReadAt[NoteInput], data: NoteInput
    ) -> None:
        """Save over what the editor was read with; a conflict is settled in the editor."""

        def update(session: Session) -> None:
            from forumdesk.services.notes.notes import update_note

            update_note(session, note.id, data, read=read)

        def updated(_result: None) -> None:
            refs = format_paragraph_refs(data.paragraphs)
            self.undo_stack.push(
                note_edited(
                    self.ops,
                    note.id,
                    read.values,
                    data,
                    self.tr("Edit note on ¶{refs}").format(refs=refs),
                )
            )
            editor.saved()

        def refused(error: Exception) -> None:
            from forumdesk.services.common.edit_conflicts import EditConflict

            if isinstance(error, EditConflict):
                editor.settle(
                    error, lambda again, wanted: self._update_note(editor, note, again, wanted)
                )
            else:
                editor.show_error(str(error))

        self.ops.change(update, {Area.NOTES}, updated, refused)

    def delete_note(self, note: NoteView) -> None:
        def delete(session: Session) -> None:
            from forumdesk.services.notes.notes import delete_note

            delete_note(session, note.id)

        def deleted(_result: None) -> None:
            refs = format_paragraph_refs(note.paragraphs)
            self.undo_stack.push(
                note_deleted(self.ops, note.id, self.tr("Delete note on ¶{refs}").format(refs=refs))
            )

        self.ops.change(delete, {Area.NOTES}, deleted)

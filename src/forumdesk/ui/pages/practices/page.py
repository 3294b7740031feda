"""Practices: the forum's practices and partnership offers, searched and narrowed by
facets, the chosen one in full beside the list; entered, reviewed, compared, and the
organisations that could partner with it found."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import forumdesk.ui.pages.practices.labels as labels
from forumdesk.store.enums import ReviewState
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.practices.commands import (
    AREAS,
    practice_created,
    practice_deleted,
    practice_edited,
)
from forumdesk.ui.pages.practices.detail_pane import PracticeDetailPane
from forumdesk.ui.pages.practices.facets import FacetPanel
from forumdesk.ui.pages.practices.recommending.recommendations_panel import RecommendationsPanel
from forumdesk.ui.widgets.factories import Selection, push_button, record_table
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.detail import FormChoices, PracticeDetail
    from forumdesk.services.practices.practices import PracticeInput
    from forumdesk.services.practices.query import PracticeList, PracticeRow


class PracticesPage(Page):
    areas = frozenset({Area.PRACTICES, Area.REGISTRY, Area.PROGRAMME, Area.DOCUMENTS})
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("practices_page")
        #: Who signs review steps (the main window keeps it up to date).
        self.author = ""
        self.current: PracticeDetail | None = None
        self._wanted: uuid.UUID | None = None  # a practice asked for from elsewhere
        self._forum_shown: uuid.UUID | None = None
        self.dialog: QDialog | None = None  # the dialog open over the page, if any
        self.buttons: dict[str, QPushButton] = {}
        self.undo_stack: QUndoStack = QUndoStack(self)
        # Commands hold ids of this database's practices: another database starts afresh.
        ops.database_changed.connect(self.undo_stack.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Good Practices"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("practices_tabs")
        self.tabs.setAccessibleName(self.tr("Practices and recommendations"))
        self.tabs.addTab(self._build_practices_tab(), self.tr("Practices"))
        self.recommendations = RecommendationsPanel(ops, forum, self.tabs)
        self.tabs.addTab(self.recommendations, self.tr("Recommendations"))
        layout.addWidget(self.tabs, 1)
        self._update_actions()

    # Building -------------------------------------------------------------------

    def _build_practices_tab(self) -> QWidget:
        tab = QWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.facets = FacetPanel(splitter)
        self.facets.changed.connect(self.refresh)
        middle = QWidget(splitter)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        self.model: RowsModel[PracticeRow] = RowsModel(
            [
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Type"), lambda r: labels.practice_type(r.practice_type)),
                Column(self.tr("Region"), lambda r: labels.region(r.region)),
                Column(self.tr("Countries"), lambda r: " ".join(r.countries)),
                Column(self.tr("Lead submitter"), lambda r: r.lead),
                Column(self.tr("Themes"), lambda r: "; ".join(r.themes)),
                Column(self.tr("State"), lambda r: labels.state(r.state)),
                Column(self.tr("Sample"), lambda r: labels.fictional_mark() if r.fictional else ""),
            ],
            self,
            tooltip=lambda r: r.title,
        )
        self.table = record_table(
            middle,
            "practices_table",
            self.tr("Practices"),
            self.model,
            selection=Selection.ExtendedSelection,
            read_only=True,
            alternating=True,
            fixed_rows=True,
            interactive_columns=True,
            description=self.tr("Enter edits the chosen practice; choose two to compare them."),
        )
        self.table.setColumnWidth(0, 300)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._load_detail())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_practice())
        self.count_label = QLabel(middle)
        self.count_label.setObjectName("practices_count")
        self.count_label.setAccessibleName(self.tr("Practices shown"))
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)
        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = PracticeDetailPane(side)
        side_layout.addWidget(self.detail, 1)
        side_layout.addLayout(self._build_review(side))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([240, 640, 400])
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Inside the tab: the Recommendations tab has buttons of its own, same letters.
        layout.addLayout(self._build_bar())
        return tab

    def _button(self, text: str, name: str, accessible: str, slot: object) -> QPushButton:
        button = push_button(text, name, accessible, self, clicked=slot)  # type: ignore[arg-type]
        self.buttons[name] = button
        return button

    def _build_review(self, parent: QWidget) -> QGridLayout:
        """The review's steps, under the practice they apply to."""
        grid = QGridLayout()
        b = self._button
        steps = (
            (self.tr("Start &Review"), "practice_start_review", self.tr("Start the review"),
             lambda: self.review(ReviewState.UNDER_REVIEW)),
            (self.tr("&Publish"), "practice_publish", self.tr("Publish the practice"),
             lambda: self.review(ReviewState.PUBLISHED)),
            (self.tr("De&cline…"), "practice_decline", self.tr("Decline the practice"),
             lambda: self.review(ReviewState.DECLINED)),
            (self.tr("Return to Revie&w…"), "practice_return", self.tr("Return it to review"),
             lambda: self.review(ReviewState.UNDER_REVIEW, back=True)),
        )  # fmt: skip
        for index, (text, name, accessible, slot) in enumerate(steps):
            grid.addWidget(b(text, name, accessible, slot), index // 2, index % 2)
        return grid

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        b = self._button
        for text, name, accessible, slot in (
            (self.tr("&New Practice…"), "practice_new", self.tr("New practice"),
             self.new_practice),
            (self.tr("Ed&it…"), "practice_edit", self.tr("Edit the practice"),
             self.edit_practice),
            (self.tr("&Delete"), "practice_delete", self.tr("Delete the practice"), self.delete),
            (self.tr("C&ompare…"), "practice_compare", self.tr("Compare the two practices"),
             self.compare),
            (self.tr("Find Partner&s…"), "practice_partners", self.tr("Find candidate partners"),
             self.find_partners),
            (self.tr("The&mes…"), "practice_themes", self.tr("Themes of the forum"),
             self.edit_themes),
        ):  # fmt: skip
            bar.addWidget(b(text, name, accessible, slot))
        bar.addStretch(1)
        files = b(
            self.tr("Import and E&xport"), "practice_files",
            self.tr("Import practices, export the compendium or the open data"), None,
        )  # fmt: skip
        menu = QMenu(files)
        menu.addAction(self.tr("Import Practices…"), self.import_practices)
        menu.addAction(self.tr("Export Compendium…"), self.export_compendium)
        menu.addAction(self.tr("Export Open Data…"), self.export_open_data)
        files.setMenu(menu)
        bar.addWidget(files)
        return bar

    # Files ----------------------------------------------------------------------

    def import_practices(self) -> None:
        from forumdesk.ui.pages.practices.import_dialog import open_practice_import

        dialog = open_practice_import(self, self.ops, self.forum)
        if dialog is not None:
            self.dialog = dialog

    def export_compendium(self) -> None:
        from forumdesk.ui.pages.practices.compendium_dialog import open_compendium_export

        self.dialog = open_compendium_export(self, self.ops, self.forum)
        self.dialog.written.connect(self.message)

    def export_open_data(self) -> None:
        from forumdesk.ui.pages.practices.compendium_dialog import open_open_data_export

        self.dialog = open_open_data_export(self, self.ops, self.forum)
        self.dialog.written.connect(self.message)

    # Links from elsewhere (Ctrl+K, a paragraph's practices) ---------------------

    def show_practice(self, practice_id: uuid.UUID) -> None:
        """Show the practice: every facet and the search cleared, then it chosen."""
        self.tabs.setCurrentIndex(0)
        self.facets.clear_choices()
        self._wanted = practice_id
        self.refresh()

    def show_recommendation(self, recommendation_id: uuid.UUID) -> None:
        self.tabs.setCurrentWidget(self.recommendations)
        self.recommendations.show_recommendation(recommendation_id)

    # Loading --------------------------------------------------------------------

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            self.model.set_rows([])
            self._show_detail(None)
            return
        if forum_id != self._forum_shown:  # another forum's themes mean nothing here
            self._forum_shown = forum_id
            self.facets.clear_choices()
        query = self.facets.query()

        def read(session: Session) -> PracticeList:
            from forumdesk.services.practices.query import search_practices

            return search_practices(session, forum_id, query)

        self.ops.query(read, self._show)

    def _show(self, found: PracticeList) -> None:
        kept = self._wanted or (self.current.view.id if self.current else None)
        self._wanted = None
        self.model.set_rows(found.rows)
        self.facets.show_counts(found.facets, found.total)
        self.count_label.setText(self.tr("%n practice(s)", "", found.total))
        rows = [r.id for r in found.rows]
        # The detail is loaded once below, not on each selection signal.
        self.table.selectionModel().blockSignals(True)
        if rows:
            self.table.selectRow(rows.index(kept) if kept in rows else 0)
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()
        self._load_detail()

    def selected(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def _current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _load_detail(self) -> None:
        practice_id = self._current_id()
        if practice_id is None:
            self._show_detail(None)
            return

        def read(session: Session) -> PracticeDetail:
            from forumdesk.services.practices.detail import practice_detail

            return practice_detail(session, practice_id)

        self.ops.query(read, self._show_detail, lambda _error: self._show_detail(None))

    def _show_detail(self, detail: PracticeDetail | None) -> None:
        self.current = detail
        self.detail.show_detail(detail)
        self._update_actions()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        from forumdesk.services.practices.review import NEXT

        one = self.current is not None
        state = self.current.view.state if self.current else None
        after = NEXT[state] if state is not None else ()
        enabled = {
            "practice_new": self.forum.forum_id is not None,
            "practice_edit": one,
            "practice_delete": one,
            "practice_start_review": state is ReviewState.RECEIVED
            and ReviewState.UNDER_REVIEW in after,
            "practice_publish": ReviewState.PUBLISHED in after,
            "practice_decline": ReviewState.DECLINED in after,
            "practice_return": state is not ReviewState.RECEIVED
            and ReviewState.UNDER_REVIEW in after,
            "practice_compare": len(self.selected()) == 2,
            "practice_partners": one,
            "practice_themes": self.forum.forum_id is not None,
            "practice_files": self.forum.forum_id is not None,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)

    # Entering -------------------------------------------------------------------

    def _open_form(self, detail: PracticeDetail | None) -> None:
        """The form, once the forum has its themes (the seed's, the first time)."""
        from forumdesk.ui.pages.practices.practice_dialog import PracticeDialog

        forum_id = self.forum.forum_id
        if forum_id is None:
            return

        def choices(session: Session) -> FormChoices:
            from forumdesk.services.practices.detail import form_choices
            from forumdesk.services.practices.themes import ensure_themes

            ensure_themes(session, forum_id)
            return form_choices(session, forum_id)

        def show(found: FormChoices) -> None:
            dialog = PracticeDialog(self.ops, forum_id, found, detail, self)
            dialog.created.connect(self._created)
            dialog.saved.connect(self._saved)
            self._open(dialog)

        self.ops.change(choices, AREAS, show)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def new_practice(self) -> None:
        self._open_form(None)

    def edit_practice(self) -> None:
        if self.current is not None:
            self._open_form(self.current)

    def _created(self, practice_id: uuid.UUID) -> None:
        self.undo_stack.push(practice_created(self.ops, practice_id, self.tr("New Practice")))
        self.message.emit(self.tr("Practice received."))

    def _saved(self, practice_id: uuid.UUID, before: PracticeInput, after: PracticeInput) -> None:
        text = self.tr("Edit Practice")
        self.undo_stack.push(practice_edited(self.ops, practice_id, before, after, text))

    def delete(self) -> None:
        if self.current is None:
            return
        practice_id, title = self.current.view.id, self.current.view.values.title

        def run(session: Session) -> None:
            from forumdesk.services.practices.practices import delete_practice

            delete_practice(session, practice_id)

        def done(_result: None) -> None:
            text = self.tr("Delete Practice")
            self.undo_stack.push(practice_deleted(self.ops, practice_id, text))
            self.message.emit(
                self.tr("Practice “{title}” deleted (Edit > Undo brings it back).").format(
                    title=title
                )
            )

        self.ops.change(run, AREAS, done)

    # Reviewing ------------------------------------------------------------------

    def review(self, target: ReviewState, *, back: bool = False) -> None:
        """Move the practice shown to `target`, asking why where a reason is wanted."""
        from forumdesk.services.practices.review import needs_reason

        if self.current is None:
            return
        detail = self.current
        if target is ReviewState.DECLINED or back:
            from forumdesk.ui.pages.practices.dialogs import ReviewReasonDialog

            title = self.tr("Decline Practice") if not back else self.tr("Return to Review")
            question = self.tr("Why? The reason is kept with the review of “{title}”.").format(
                title=detail.view.values.title
            )
            dialog = ReviewReasonDialog(
                title, question, needs_reason(detail.view.state, target), self
            )
            dialog.accepted.connect(lambda: self._review(detail, target, dialog.text()))
            self._open(dialog)
            return
        self._review(detail, target, None)

    def _review(self, detail: PracticeDetail, target: ReviewState, reason: str | None) -> None:
        practice_id, version, reviewer = detail.view.id, detail.view.version, self.author or None

        def run(session: Session) -> None:
            from forumdesk.services.practices.review import review_practice

            review_practice(
                session, practice_id, target, reason=reason, version=version, reviewer=reviewer
            )

        done = self.tr("Practice marked {state}.").format(state=labels.state(target))
        self.ops.change(run, AREAS, lambda _result: self.message.emit(done))

    # Comparing, partners, themes -------------------------------------------------

    def compare(self) -> None:
        chosen = self.selected()
        if len(chosen) != 2:
            return

        def read(session: Session) -> list[PracticeDetail]:
            from forumdesk.services.practices.detail import practice_detail

            return [practice_detail(session, practice_id) for practice_id in chosen]

        def show(details: list[PracticeDetail]) -> None:
            from forumdesk.ui.pages.practices.dialogs import PracticeCompareDialog

            self._open(PracticeCompareDialog(details[0], details[1], self))

        self.ops.query(read, show)

    def find_partners(self) -> None:
        if self.current is None:
            return
        practice_id, title = self.current.view.id, self.current.view.values.title

        def read(session: Session) -> object:
            from forumdesk.services.practices.partners import candidate_partners

            return candidate_partners(session, practice_id)

        def show(candidates: object) -> None:
            from forumdesk.ui.pages.practices.dialogs import PartnersDialog

            self._open(PartnersDialog(title, candidates, self))  # type: ignore[arg-type]

        self.ops.query(read, show)

    def edit_themes(self) -> None:
        from forumdesk.ui.pages.practices.themes_dialog import ThemesDialog

        forum_id = self.forum.forum_id
        if forum_id is None:
            return

        def seed(session: Session) -> None:
            from forumdesk.services.practices.themes import ensure_themes

            ensure_themes(session, forum_id)

        self.ops.change(seed, AREAS, lambda _r: self._open(ThemesDialog(self.ops, forum_id, self)))

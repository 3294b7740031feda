"""Likely duplicates over the whole registry: compare and merge a pair, or keep both.

The search reads the whole registry, so it runs only when asked ("Find Likely
Duplicates"); once a list is shown it is read again after changes to the registry
(an undone "Keep Both" brings its pair back), or when the panel is shown again.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.duplicates.reasons import reasons_text
from forumdesk.ui.common.operations import Area, Operations, concerns
from forumdesk.ui.common.undo import ChangeCommand
from forumdesk.ui.widgets.factories import Selection, push_button, record_table
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.duplicates.review import ReviewPair
    from forumdesk.services.registry.merge import FieldChoice
    from forumdesk.ui.pages.registry.merge_dialog import MergeDialog

AREAS = frozenset({Area.REGISTRY})
# How many pairs one search lists, best first.
REVIEW_LIMIT = 200


def kept_both_command(
    ops: Operations, a_id: uuid.UUID, b_id: uuid.UUID, text: str, decided_by: str = ""
) -> ChangeCommand:
    """Push once "Keep Both" is done: undo proposes the pair again, redo keeps them apart.

    An empty `decided_by` leaves the name recorded by the first decision.
    """

    def keep(session: Session) -> None:
        from forumdesk.services.registry.duplicates.review import keep_both

        keep_both(session, a_id, b_id, decided_by)

    def undo(session: Session) -> None:
        from forumdesk.services.registry.duplicates.review import undo_keep_both

        undo_keep_both(session, a_id, b_id)

    return ChangeCommand(ops, text, keep, undo, AREAS)


class DuplicatesPanel(QWidget):
    #: A pair was kept apart: (first id, second id, a label naming both), for undo.
    kept_both = Signal(object, object, str)
    #: The list was read again; the number of pairs it holds.
    found = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates_panel")
        self.setAccessibleName(self.tr("Likely duplicates"))
        self.ops = ops
        #: Who takes the "Keep Both" decisions; set by the page.
        self.decided_by = ""
        #: The merge dialog last opened from this panel (tests and the page look at it).
        self.merge: MergeDialog | None = None
        self._searched = False  # a list was asked for: keep it current
        self._stale = False  # the registry changed while the panel was hidden
        self._generation = 0
        self._running = 0
        # Set while our own change is announced: the list already shows its effect.
        self._own_change = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        layout.addLayout(self._build_search_bar())
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_actions())

        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self.model.modelReset.connect(self._update_buttons)
        ops.changes_applied.connect(self._changes_applied)
        ops.database_changed.connect(self._database_changed)
        self._update_buttons()

    def _build_search_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.find_button = push_button(
            self.tr("Find &Likely Duplicates"),
            "find_duplicates_button",
            self.tr("Find likely duplicate representatives in the whole registry"),
            self,
            clicked=self.find_duplicates,
        )
        bar.addWidget(self.find_button)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("duplicates_status")
        self.status_label.setAccessibleName(self.tr("Likely duplicates status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.status_label, 1)
        return bar

    def _build_table(self) -> QTableView:
        self.model: RowsModel[ReviewPair] = RowsModel(
            [
                Column(self.tr("First person"), lambda p: p.first_label),
                Column(self.tr("Second person"), lambda p: p.second_label),
                Column(
                    self.tr("Score"),
                    lambda p: f"{p.score:.0f}",
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("Reasons"), lambda p: reasons_text(p.reasons)),
            ],
            self,
        )
        self.table = record_table(
            self,
            "duplicates_table",
            self.tr("Likely duplicate pairs"),
            self.model,
            selection=Selection.SingleSelection,
            read_only=True,
            alternating=True,
            fixed_rows=True,
            interactive_columns=True,
            description=self.tr(
                "Pairs of records that may be one person or organisation. Enter compares the "
                "chosen pair."
            ),
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for column, width in enumerate((260, 260, 60)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(lambda _index: self.compare_selected())
        return self.table

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.compare_button = push_button(
            self.tr("&Compare and Merge…"),
            "compare_duplicates_button",
            self.tr("Compare the selected pair field by field and merge them"),
            self,
            clicked=self.compare_selected,
        )
        actions.addWidget(self.compare_button)
        self.keep_button = push_button(
            self.tr("&Keep Both"),
            "keep_both_button",
            self.tr("Keep both records of the selected pair: they are different people"),
            self,
            clicked=self.keep_selected,
        )
        actions.addWidget(self.keep_button)
        return actions

    # Finding -------------------------------------------------------------------------

    def find_duplicates(self, _checked: bool = False) -> None:
        """Read the likely duplicate pairs of the whole registry (a few seconds at 100k)."""
        if self.ops.database is None:
            return
        self._searched = True
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._set_running(+1)

        def load(session: Session) -> list[ReviewPair]:
            from forumdesk.services.registry.duplicates.review import review_pairs

            return review_pairs(session, REVIEW_LIMIT)

        self.ops.query(
            load,
            lambda pairs: self._show(generation, pairs),
            lambda error: self._failed(generation, error),
        )

    def _show(self, generation: int, pairs: list[ReviewPair]) -> None:
        self._set_running(-1)
        if generation != self._generation:
            return  # a newer search is on its way
        chosen = self.selected_pair()
        self.model.set_rows(pairs)
        if chosen is not None:
            self._select(chosen.key)
        self._show_count()
        self.found.emit(len(pairs))

    def _failed(self, generation: int, error: Exception) -> None:
        self._set_running(-1)
        if generation == self._generation:
            self.status_label.setText(
                self.tr("Could not look for duplicates: {error}").format(error=error)
            )

    def _set_running(self, step: int) -> None:
        self._running += step
        busy = self._running > 0
        self.find_button.setEnabled(not busy)
        self.find_button.setText(
            self.tr("Finding Likely Duplicates…") if busy else self.tr("Find &Likely Duplicates")
        )
        if busy:
            self.status_label.setText(self.tr("Looking through the whole registry…"))

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count:
            self.status_label.setText(self.tr("%n likely duplicate pair(s)", "", count))
        else:
            self.status_label.setText(self.tr("No likely duplicates left to review."))

    def _changes_applied(self, areas: frozenset[Area]) -> None:
        if self._own_change:
            self._own_change = False
            return
        if not self._searched or not concerns(areas, AREAS):
            return
        if self.isVisible():
            self.find_duplicates()
        else:
            self._stale = True

    def _database_changed(self) -> None:
        # Another database: its people are not these; nothing is listed until asked.
        self._generation += 1
        self._searched = self._stale = False
        self.merge = None
        self.model.set_rows([])
        self.status_label.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.find_duplicates()

    # Selection ---------------------------------------------------------------------

    def selected_pair(self) -> ReviewPair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _select(self, key: tuple[uuid.UUID, uuid.UUID]) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).key == key:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected_pair() is not None
        self.compare_button.setEnabled(chosen)
        self.keep_button.setEnabled(chosen)

    def _remove(self, key: tuple[uuid.UUID, uuid.UUID]) -> None:
        rows = [self.model.row_at(r) for r in range(self.model.rowCount())]
        self.model.set_rows([pair for pair in rows if pair.key != key])
        self._show_count()

    # Deciding ----------------------------------------------------------------------

    def compare_selected(self, _checked: bool = False) -> None:
        """Open the field-by-field merge of the selected pair (the first one is kept)."""
        pair = self.selected_pair()
        if pair is None:
            return
        keep_id, other_id = pair.first_id, pair.second_id

        def load(session: Session) -> list[FieldChoice]:
            from forumdesk.services.registry.merge import merge_preview

            return merge_preview(session, keep_id, other_id)

        def refused(error: Exception) -> None:
            # Merged or deleted elsewhere since the list was read: read it again.
            self.status_label.setText(str(error))
            self.find_duplicates()

        self.ops.query(load, lambda choices: self._open_merge(pair, choices), refused)

    def _open_merge(self, pair: ReviewPair, choices: list[FieldChoice]) -> None:
        from forumdesk.ui.pages.registry.merge_dialog import MergeDialog

        merge = MergeDialog(
            self.ops,
            pair.first_id,
            pair.second_id,
            choices,
            (pair.first_label, pair.second_label),
            self,
        )
        merge.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The pair goes at once; the registry change that follows reads the list again.
        merge.merged.connect(lambda: self._remove(pair.key))
        merge.finished.connect(lambda _result: self._merge_closed(merge))
        self.merge = merge
        merge.open()

    def _merge_closed(self, merge: MergeDialog) -> None:
        if self.merge is merge:
            self.merge = None

    def keep_selected(self, _checked: bool = False) -> None:
        """Record that the selected pair are different people; it leaves the list."""
        pair = self.selected_pair()
        if pair is None:
            return
        a_id, b_id, decided_by = pair.first_id, pair.second_id, self.decided_by
        self.keep_button.setEnabled(False)

        def keep(session: Session) -> None:
            from forumdesk.services.registry.duplicates.review import keep_both

            keep_both(session, a_id, b_id, decided_by)

        def done(_result: None) -> None:
            # Our own change: the list below is already right, no new search for it.
            self._own_change = True
            self._remove(pair.key)
            label = self.tr("{first} and {second}").format(
                first=pair.first_label, second=pair.second_label
            )
            self.kept_both.emit(a_id, b_id, label)

        def refused(error: Exception) -> None:
            self._update_buttons()
            self.status_label.setText(str(error))

        self.ops.change(keep, AREAS, done, refused)

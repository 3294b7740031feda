"""The conflicts merges left: a field changed on both sides. Ours stays until the user
keeps it or takes theirs; either is one audited change through `Operations.change`,
and the list reloads on `changes_applied`."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.field_labels import field_label, field_value, who_text
from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.common.operations import Area, Operations, concerns
from forumdesk.ui.widgets.factories import push_button, wrapped_table
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.sync.conflicts import ConflictRow

#: Taking theirs may change any record: every page that shows one reloads.
AREAS = frozenset(
    {
        Area.REGISTRY,
        Area.PROGRAMME,
        Area.DOCUMENTS,
        Area.NOTES,
        Area.MINUTES,
        Area.FORUMS,
        Area.SYNC,
    }
)


class ConflictsDialog(QDialog):
    def __init__(
        self, ops: Operations, settled_by: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1240, 520)
        self.ops = ops
        self._settled_by = settled_by
        self._busy = False
        self.loaded = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each line is a field changed both here and on the other side. Our value "
                "stays until you keep it or take theirs; either is recorded in the history."
            ),
            self,
        )
        intro.setObjectName("conflicts_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowsModel[ConflictRow] = RowsModel(
            [
                Column(self.tr("Record"), lambda c: c.record),
                Column(self.tr("Field"), lambda c: field_label(c.table, c.field)),
                Column(self.tr("Our value"), lambda c: field_value(c.table, c.field, c.ours)),
                Column(
                    self.tr("Changed here by"),
                    lambda c: who_text(c.ours_actor, c.ours_device, c.ours_at),
                ),
                Column(self.tr("Their value"), lambda c: field_value(c.table, c.field, c.theirs)),
                Column(
                    self.tr("Changed there by"),
                    lambda c: who_text(c.theirs_actor, c.theirs_device, c.theirs_at),
                ),
                Column(self.tr("Merged"), lambda c: short_datetime(c.merged_at)),
            ],
            self,
            tooltip=lambda c: self.tr("Merged from {source}").format(source=c.merged_from),
        )
        self.view = wrapped_table(
            self,
            self.model,
            "conflicts_list",
            self.tr("Open conflicts"),
            self.tr("Fields both databases changed, each waiting for a choice."),
        )
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No conflicts to settle."), self)
        self.empty_label.setObjectName("conflicts_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.error = error_label(self, "conflicts_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("conflicts_buttons")
        self.keep_button = push_button(
            self.tr("Keep &Ours"), "conflicts_keep", self.tr("Keep our value"), self
        )
        self.keep_button.clicked.connect(lambda: self.settle("ours"))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.take_button = push_button(
            self.tr("Take &Theirs"), "conflicts_take", self.tr("Take their value"), self
        )
        self.take_button.clicked.connect(lambda: self.settle("theirs"))
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("conflicts_close")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ops.changes_applied.connect(self._changes_applied)
        self._update_buttons()

    # Loading ------------------------------------------------------------------------

    def reload(self) -> None:
        def work(session: Session) -> list[ConflictRow]:
            from forumdesk.services.sync.conflicts import conflicts

            return conflicts(session)

        if self.ops.database is not None:
            self.ops.query(work, self._show, self._refused)

    def _changes_applied(self, areas: frozenset[Area]) -> None:
        if self.isVisible() and concerns(areas, AREAS):
            self.reload()

    def _show(self, rows: list[ConflictRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.loaded = True
        self.view.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.view.resizeColumnsToContents()
        if rows:
            ids = [row.id for row in rows]
            at = ids.index(selected.id) if selected is not None and selected.id in ids else 0
            self.view.selectRow(at)
        self._update_buttons()

    # Settling -----------------------------------------------------------------------

    def selected(self) -> ConflictRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, conflict_id: uuid.UUID) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == conflict_id:
                self.view.selectRow(row)
                return True
        return False

    def settle(self, take: str) -> None:
        """Keep ours or take theirs for the selected conflict."""
        conflict = self.selected()
        if conflict is None or self._busy:
            return
        conflict_id, by = conflict.id, self._settled_by()

        def work(session: Session) -> None:
            from forumdesk.services.sync.conflicts import resolve_conflict

            resolve_conflict(session, conflict_id, take, by)

        self._busy = True
        self.error.hide()
        self._update_buttons()
        self.ops.change(work, AREAS, self._settled, self._refused)

    def _settled(self, _result: None) -> None:
        self._busy = False
        self._update_buttons()

    def _refused(self, error: Exception) -> None:
        self._busy = False
        self.error.setText(str(error))
        self.error.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None and not self._busy
        for widget in (self.keep_button, self.take_button):
            assert isinstance(widget, QPushButton)
            widget.setEnabled(chosen)

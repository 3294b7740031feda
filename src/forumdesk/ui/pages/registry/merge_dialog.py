"""Merge two records of the same person, field by field. Nothing is merged unless the
user presses Merge; the other record stays in the database, marked as merged.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.merge import FieldChoice

FIELD, KEEP, OTHER = range(3)


def _shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(getattr(value, "value", value))


class MergeDialog(QDialog):
    #: The merge was made.
    merged = Signal()

    def __init__(
        self,
        ops: Operations,
        keep_id: uuid.UUID,
        other_id: uuid.UUID,
        choices: list[FieldChoice],
        labels: tuple[str, str],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge Two Records"))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 420)
        self.ops = ops
        self.keep_id = keep_id
        self.other_id = other_id
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Choose, field by field, which value the merged record keeps. The second "
                "record is kept in the database, marked as merged into the first; its "
                "registrations, roles and interventions move to the first."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.table = QTableWidget(len(choices), 3, self)
        self.table.setObjectName("merge_table")
        self.table.setAccessibleName(self.tr("Fields that differ"))
        self.table.setHorizontalHeaderLabels([self.tr("Field"), labels[0], labels[1]])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, QButtonGroup] = {}
        for row, choice in enumerate(choices):
            self.table.setItem(row, FIELD, QTableWidgetItem(choice.field.replace("_", " ")))
            group = QButtonGroup(self)
            for column, value in ((KEEP, choice.keep), (OTHER, choice.other)):
                button = QRadioButton(_shown(value), self.table)
                button.setObjectName(f"merge_{choice.field}_{column}")
                button.setAccessibleName(f"{choice.field}: {_shown(value)}")
                group.addButton(button, column)
                self.table.setCellWidget(row, column, button)
            group.button(KEEP).setChecked(True)
            self.groups[choice.field] = group
        if not choices:
            layout.addWidget(QLabel(self.tr("The two records hold the same values."), self))
        layout.addWidget(self.table, 1)
        self.error = error_label(self, "merge_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.merge_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge the two records"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def taken_from_other(self) -> list[str]:
        return [field for field, group in self.groups.items() if group.checkedId() == OTHER]

    def merge(self) -> None:
        keep_id, other_id, fields = self.keep_id, self.other_id, self.taken_from_other()
        self.merge_button.setEnabled(False)

        def apply(session: Session) -> None:
            from forumdesk.services.registry.merge import merge_representatives

            merge_representatives(session, keep_id, other_id, fields)

        def done(_result: None) -> None:
            self.merged.emit()
            self.accept()

        def refused(error: Exception) -> None:
            self.merge_button.setEnabled(True)
            self.error.setText(str(error))
            self.error.show()

        self.ops.change(apply, {Area.REGISTRY}, done, refused)

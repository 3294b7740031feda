"""A save over a newer version: the fields both users changed, each with the user's
value and the one saved meanwhile (by whom, when, on which device), to choose from.

Save re-submits the form at the newer version with the choices made; every field the
other user changed alone keeps their value, every other change of this user is saved
(`EditConflict.resubmit`). Cancel leaves the form open as the user left it, and the
record as the other user saved it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.field_labels import (
    NO_VALUE,
    field_label,
    field_value,
    record_kind,
    who_text,
)

if TYPE_CHECKING:
    from forumdesk.services.common.edit_conflicts import EditConflict, FieldConflict

MINE, THEIRS = "mine", "theirs"
# How a form shows one value of a field, when the history’s wording does not fit.
ValueText = Callable[["FieldConflict", Any], str]


class EditConflictDialog(QDialog):
    def __init__(
        self,
        conflict: EditConflict,
        parent: QWidget | None = None,
        *,
        labels: dict[str, str] | None = None,
        value_text: ValueText | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("edit_conflict_dialog")
        self.conflict = conflict
        kind = record_kind(conflict.table)
        self.setWindowTitle(self.tr("Changed Meanwhile: {kind}").format(kind=kind))
        self.setAccessibleName(self.windowTitle())
        labels = labels or {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone saved this record after you opened it, and changed some of the "
                "fields you changed. Choose the value to keep for each. Your other changes "
                "are saved, and theirs are kept."
            ),
            self,
        )
        intro.setObjectName("edit_conflict_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        scroll = self._build_fields(conflict, labels, value_text)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("edit_conflict_buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("edit_conflict_save")
        self.save_button.setAccessibleName(self.tr("Save with these choices"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("edit_conflict_cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel: back to the form"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, min(520, 220 + 70 * len(conflict.conflicts)))
        if self.choices:
            next(iter(self.choices.values())).setFocus()

    def _build_fields(
        self, conflict: EditConflict, labels: dict[str, str], value_text: ValueText | None
    ) -> QScrollArea:
        """One row a field changed on both sides: both values and the one to keep."""
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        headings = (self.tr("Field"), self.tr("Your value"), self.tr("Saved meanwhile"), "")
        for column, heading in enumerate(headings):
            title = QLabel(f"<b>{heading}</b>" if heading else "", grid_host)
            grid.addWidget(title, 0, column)
        self.choices: dict[str, QComboBox] = {}
        self.mine_labels: dict[str, QLabel] = {}
        self.theirs_labels: dict[str, QLabel] = {}
        for row, field in enumerate(conflict.conflicts, start=1):
            name = labels.get(field.field) or field_label(conflict.table, field.column)
            show = value_text or self._value_text
            title = QLabel(name, grid_host)
            title.setObjectName(f"edit_conflict_{field.field}_field")
            grid.addWidget(title, row, 0)
            mine = self._value_label(grid_host, f"edit_conflict_{field.field}_mine")
            mine.setText(show(field, field.wanted))
            mine.setAccessibleName(self.tr("Your value of {field}").format(field=name))
            grid.addWidget(mine, row, 1)
            theirs = self._value_label(grid_host, f"edit_conflict_{field.field}_theirs")
            theirs.setText(
                self.tr("{value}\nSaved by {who}").format(
                    value=show(field, field.stored), who=self._who(field)
                )
            )
            theirs.setAccessibleName(self.tr("Value of {field} saved meanwhile").format(field=name))
            grid.addWidget(theirs, row, 2)
            choice = QComboBox(grid_host)
            choice.setObjectName(f"edit_conflict_{field.field}_choice")
            choice.setAccessibleName(self.tr("Value to keep for {field}").format(field=name))
            choice.addItem(self.tr("Keep mine"), MINE)
            choice.addItem(self.tr("Take theirs"), THEIRS)
            title.setBuddy(choice)
            grid.addWidget(choice, row, 3)
            self.choices[field.field] = choice
            self.mine_labels[field.field] = mine
            self.theirs_labels[field.field] = theirs
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(conflict.conflicts) + 1, 1)  # spare height below the rows
        scroll = QScrollArea(self)
        scroll.setObjectName("edit_conflict_fields")
        scroll.setAccessibleName(self.tr("Fields changed on both sides"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        return scroll

    def _value_label(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _value_text(self, field: FieldConflict, value: Any) -> str:
        if hasattr(value, "value"):  # an enum: its label, as the history shows it
            value = value.value
        return field_value(self.conflict.table, field.column, value) or NO_VALUE

    def _who(self, field: FieldConflict) -> str:
        if field.changed_by is None and field.changed_at is None:
            return self.tr("another user")
        return who_text(field.changed_by, field.device, field.changed_at)

    def choose(self, field: str, choice: str) -> None:
        """Keep mine or take theirs for one field (what the combo box sets)."""
        combo = self.choices[field]
        combo.setCurrentIndex(combo.findData(choice))

    def take_theirs(self) -> list[str]:
        """The fields whose stored value the user chose to keep."""
        return [field for field, combo in self.choices.items() if combo.currentData() == THEIRS]


def settle_conflict(
    parent: QWidget,
    conflict: EditConflict,
    resubmit: Callable[[Any, Any], None],
    cancelled: Callable[[], None],
    *,
    labels: dict[str, str] | None = None,
    value_text: ValueText | None = None,
) -> EditConflictDialog:
    """Show the conflict over `parent` (window-modal); Save calls `resubmit(read, wanted)`
    with the edit to send at the newer version, Cancel calls `cancelled()`."""
    dialog = EditConflictDialog(conflict, parent, labels=labels, value_text=value_text)

    def finished(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            read, wanted = conflict.resubmit(dialog.take_theirs())
            resubmit(read, wanted)
        else:
            cancelled()
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

"""Export the people the list shows (its filters and order) with the columns chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.export import EXPORT_COLUMNS
from forumdesk.ui.common import labels

# The service's columns, in its order (labelled by `labels.registry_field`); these
# are ticked at first.
DEFAULT = {"family_name", "given_name", "organisation", "category", "country", "email", "status"}


class ExportDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Representatives"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%Ln representative(s), as the list shows them. Columns:", "", count),
                self,
            )
        )
        self.columns = QListWidget(self)
        self.columns.setObjectName("export_columns")
        self.columns.setAccessibleDescription(self.tr("The columns to export: tick those wanted."))
        self.columns.setAccessibleName(self.tr("Columns to export"))
        for key in EXPORT_COLUMNS:
            item = QListWidgetItem(labels.registry_field(key), self.columns)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in DEFAULT else Qt.CheckState.Unchecked)
        layout.addWidget(self.columns, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Export…"))
        ok.setAccessibleName(self.tr("Choose the file and export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            str(self.columns.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.columns.count())
            if self.columns.item(row).checkState() == Qt.CheckState.Checked
        ]

"""Exports from the Registry: the people the list shows (its filters and order) with the
columns chosen, and one person's programme as iCalendar, from their detail form."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.listing.export import EXPORT_COLUMNS
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.output_check import output_refused, proposed_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.ui.pages.registry.page import RegistryPage

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


def export_person_calendar(
    page: RegistryPage,
    ops: Operations,
    forum_id: uuid.UUID,
    person_id: uuid.UUID,
    path: str | None = None,
) -> None:
    """The segments where the person has a role or speaks; the page says how many."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("RegistryPage", "Export Their Programme"),
            proposed_name(
                page.forum.title, QCoreApplication.translate("RegistryPage", "programme"), "ics"
            ),
            "iCalendar (*.ics)",
        )
        if not path:
            return
    target = Path(path)
    if output_refused(page, target, ops.database):
        return

    def write(session: Session) -> int:
        from forumdesk.exports.programme.ics import write_programme_ics

        return write_programme_ics(session, forum_id, target, person_id)

    ops.query(
        write,
        lambda count: page.message.emit(
            QCoreApplication.translate(
                "RegistryPage", "%n segment(s) written to {file}", "", count
            ).format(file=target.name)
        ),
    )


def export_listed(page: RegistryPage, path: str | None = None) -> None:
    """Export the people the page's list shows, with the columns the user ticks."""
    dialog = ExportDialog(page.representatives.model.rowCount(), page)
    if path is None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = proposed_name(
            page.forum.title, QCoreApplication.translate("RegistryPage", "representatives"), "xlsx"
        )
        kinds = QCoreApplication.translate(
            "RegistryPage", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
        )
        path, _ = QFileDialog.getSaveFileName(
            page, QCoreApplication.translate("RegistryPage", "Export Representatives"), name, kinds
        )
        if not path:
            return
    columns, query = dialog.chosen(), page.representatives.query()
    dialog.deleteLater()
    target = Path(path)
    if output_refused(page, target, page.ops.database):
        return

    def export(session: Session) -> int:
        from forumdesk.services.registry.listing.export import export_representatives

        form = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        return export_representatives(session, target, form, columns, query)

    page.ops.query(
        export,
        lambda count: page.message.emit(
            QCoreApplication.translate(
                "RegistryPage", "%Ln representative(s) exported to {file}", "", count
            ).format(file=target.name)
        ),
    )

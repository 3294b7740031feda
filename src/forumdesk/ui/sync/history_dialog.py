"""A record's history, as the audit log keeps it on every device: when, who, on which
device, what was done, and each field's value before and after."""

from __future__ import annotations

import uuid
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

from forumdesk.ui.common.field_labels import field_label, field_value, is_hidden
from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.factories import wrapped_table
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.database.devices import HistoryEntry


class HistoryDialog(QDialog):
    def __init__(
        self, ops: Operations, record_id: uuid.UUID, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("History: {record}").format(record=title))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 480)
        self.ops = ops
        self.record_id = record_id
        self.loaded = False
        self.action_names = {
            "create": self.tr("Created"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
        }
        layout = QVBoxLayout(self)
        self.model: RowsModel[HistoryEntry] = RowsModel(
            [
                Column(self.tr("When"), lambda e: short_datetime(e.at)),
                Column(self.tr("Who"), self.who_text),
                Column(self.tr("Device"), lambda e: e.device),
                Column(self.tr("Action"), lambda e: self.action_text(e.action)),
                Column(self.tr("Changes"), self.changes_text),
            ],
            self,
            tooltip=self.changes_text,
        )
        self.view = wrapped_table(
            self,
            self.model,
            "history_list",
            self.tr("Changes to the record"),
            self.tr("Who changed this record, when, on which device, and what."),
        )
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No changes recorded for this record."), self)
        self.empty_label.setObjectName("history_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.error = error_label(self, "history_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("history_buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("history_close")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def who_text(self, entry: HistoryEntry) -> str:
        """The person, or what the history holds instead: an old login, or nobody named."""
        if entry.actor_is_login:
            return self.tr("{login} (computer login)").format(login=entry.actor)
        return entry.actor or self.tr("unnamed user")

    def load(self) -> None:
        record_id = self.record_id

        def work(session: Session) -> list[HistoryEntry]:
            from forumdesk.services.database.devices import history_of

            return history_of(session, record_id)

        self.ops.query(work, self._show, self._refused)

    def _show(self, entries: list[HistoryEntry]) -> None:
        self.model.set_rows(entries)
        self.loaded = True
        self.view.setVisible(bool(entries))
        self.empty_label.setVisible(not entries)
        self.view.resizeColumnsToContents()
        if entries:
            self.view.scrollToBottom()  # the latest change last, as in a log

    def _refused(self, error: Exception) -> None:
        self.loaded = True
        self.error.setText(str(error))
        self.error.show()

    def action_text(self, action: str) -> str:
        return self.action_names.get(action, action)

    def changes_text(self, entry: HistoryEntry) -> str:
        """One line per field: "E-mail: a@un.org → b@un.org"."""
        table = entry.table
        return "\n".join(
            f"{field_label(table, name)}: {field_value(table, name, before)} → "
            f"{field_value(table, name, after)}"
            for name, before, after in entry.changes
            if not is_hidden(table, name)
        )


class HistoryButton(QPushButton):
    """A "History…" button for a detail dialog's button box: opens the record's history."""

    def __init__(
        self, buttons: QDialogButtonBox, ops: Operations, record_id: uuid.UUID, title: str
    ) -> None:
        super().__init__(buttons)
        self.setText(self.tr("&History…"))
        self.setObjectName("history_button")
        self.setAccessibleName(self.tr("Show the history of this record"))
        self.ops = ops
        self.record_id = record_id
        self.title = title
        self.dialog: HistoryDialog | None = None
        self.clicked.connect(self.open_history)
        buttons.addButton(self, QDialogButtonBox.ButtonRole.ActionRole)

    def open_history(self) -> HistoryDialog:
        """Open (or reopen, read again) the history; the dialog lives as long as the form."""
        if self.dialog is None:
            self.dialog = HistoryDialog(self.ops, self.record_id, self.title, self.window())
        self.dialog.load()
        self.dialog.open()
        return self.dialog

"""What the merge, conflict and history dialogs share: read-only tables and the wording
of values and of who changed them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from forumdesk.ui.common.formatting import short_datetime

NO_VALUE = "—"


def table_view(
    parent: QWidget, model: QAbstractItemModel, name: str, accessible: str
) -> QTableView:
    """A read-only table, one whole row selected at a time."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def value_text(value: Any) -> str:
    """A field's value as the audit log keeps it (JSON), in a few words."""
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def who_text(actor: str | None, device: str | None, at: datetime | None) -> str:
    """ "Ana · Laptop 2 · 27.11.26 14:05": who changed it, on which device, when."""
    parts = [part for part in (actor, device, short_datetime(at)) if part]
    return " · ".join(parts) if parts else NO_VALUE

"""The set-up every page repeats for its tables, buttons and actions, written once.

Each helper sets what a caller names and nothing more, so a page keeps its own
look (row heights, column widths) and the exact strings it had.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

Selection = QAbstractItemView.SelectionMode


def record_table(
    parent: QWidget,
    name: str,
    accessible: str,
    model: QAbstractItemModel | None = None,
    *,
    selection: Selection | None = None,
    read_only: bool = False,
    alternating: bool = False,
    fixed_rows: bool = False,
    interactive_columns: bool = False,
    description: str = "",
) -> QTableView:
    """A table of records: whole rows are selected and rows carry no numbers.

    `read_only` tables are opened row by row, never edited in place: no edit
    triggers, Tab leaves the table, and cells do not wrap. `description`: what a
    screen reader says of the table beside its name. `fixed_rows` keeps the
    view from measuring every row of a long list.
    """
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(description)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if selection is not None:
        view.setSelectionMode(selection)
    if read_only:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().setVisible(False)
    if fixed_rows:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    if interactive_columns:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
    return view


def push_button(
    text: str,
    name: str,
    accessible: str,
    parent: QWidget,
    *,
    clicked: Callable[..., Any] | None = None,
    tooltip: str | None = None,
) -> QPushButton:
    """A named button: `name` for tests and styles, `accessible` for screen readers."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    if tooltip is not None:
        button.setToolTip(tooltip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def shortcut_action(
    text: str,
    parent: QObject,
    *,
    shortcut: str | None = None,
    status_tip: str | None = None,
    triggered: Callable[..., Any] | None = None,
) -> QAction:
    """An action with its key, status-bar tip and slot, the way menus and widgets add them."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if status_tip is not None:
        action.setStatusTip(status_tip)
    if triggered is not None:
        action.triggered.connect(triggered)
    return action


def wrapped_table(
    parent: QWidget, model: QAbstractItemModel, name: str, accessible: str, description: str = ""
) -> QTableView:
    """A read-only table of long values (history, conflicts): one row selected at a time,
    cells wrap and rows grow to fit them."""
    view = record_table(
        parent,
        name,
        accessible,
        model,
        selection=Selection.SingleSelection,
        alternating=True,
        description=description,
    )
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view

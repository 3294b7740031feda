"""The table, button and action factories set what they are told, and only that."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from forumdesk.ui.widgets.factories import Selection, push_button, record_table, shortcut_action


def test_a_read_only_record_table(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    model = QStringListModel(["Ana", "Bo"])
    view = record_table(
        parent,
        "people",
        "People",
        model,
        selection=Selection.SingleSelection,
        read_only=True,
        alternating=True,
        fixed_rows=True,
        interactive_columns=True,
    )
    assert (view.objectName(), view.accessibleName(), view.model()) == ("people", "People", model)
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == Selection.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.tabKeyNavigation() and not view.wordWrap()
    assert view.alternatingRowColors()
    assert not view.verticalHeader().isVisibleTo(parent)
    assert view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert view.horizontalHeader().stretchLastSection()


def test_a_plain_record_table_keeps_qts_defaults(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    view = record_table(parent, "minutes", "Minutes")
    assert view.model() is None
    assert view.selectionMode() == Selection.ExtendedSelection
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.tabKeyNavigation() and view.wordWrap()
    assert not view.horizontalHeader().stretchLastSection()


def test_a_named_button_with_its_slot(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    clicks: list[str] = []
    button = push_button(
        "&Keep",
        "keep_button",
        "Keep both",
        parent,
        tooltip="Keep both records",
        clicked=lambda: clicks.append("clicked"),
    )
    assert (button.text(), button.objectName(), button.accessibleName()) == (
        "&Keep",
        "keep_button",
        "Keep both",
    )
    assert button.toolTip() == "Keep both records"
    button.click()
    assert clicks == ["clicked"]


def test_an_action_with_its_key_and_tip(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    fired: list[str] = []
    action = shortcut_action(
        "New Note",
        parent,
        shortcut="Ctrl+Shift+N",
        status_tip="Add a note",
        triggered=lambda: fired.append("fired"),
    )
    assert action.text() == "New Note" and action.statusTip() == "Add a note"
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    action.trigger()
    assert fired == ["fired"]

"""The likely-duplicates review: find pairs, keep both (undoably), compare and merge."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.merge import merge_representatives
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import DuplicateDismissal, Representative
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.registry.duplicates_panel import DuplicatesPanel, kept_both_command

TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class People:
    smith: uuid.UUID
    smith_again: uuid.UUID
    ivanova: uuid.UUID
    ivanova_latin: uuid.UUID


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    opened, _ = open_database(str(empty_db_path), backup=False)
    yield opened  # Operations disposes of it when the panel's test ends


@pytest.fixture
def people(database: Database) -> People:
    def add(session: Session, given: str, family: str, email: str | None = None) -> uuid.UUID:
        return create_representative(session, RepresentativeInput(given, family, email=email))

    with database.unit_of_work() as session:
        return People(
            smith=add(session, "John", "Smith", "j.smith@example.org"),
            smith_again=add(session, "Jon", "Smith", "j.smith@example.org"),
            ivanova=add(session, "Мария", "Иванова"),
            ivanova_latin=add(session, "Maria", "Ivanova"),
        )


@pytest.fixture
def ops(qtbot: QtBot, database: Database, people: People) -> Iterator[Operations]:
    operations = Operations()
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(database)
    yield operations
    operations.wait()
    operations.set_database(None)


@pytest.fixture
def panel(qtbot: QtBot, ops: Operations) -> DuplicatesPanel:
    widget = DuplicatesPanel(ops, None)
    qtbot.addWidget(widget)
    widget.decided_by = "registrar"
    widget.show()
    return widget


def _pairs(panel: DuplicatesPanel) -> set[frozenset[uuid.UUID]]:
    model = panel.model
    return {
        frozenset((model.row_at(r).first_id, model.row_at(r).second_id))
        for r in range(model.rowCount())
    }


def _find(qtbot: QtBot, panel: DuplicatesPanel) -> None:
    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        panel.find_button.click()
    qtbot.waitUntil(lambda: panel.ops.is_idle, timeout=TIMEOUT_MS)


def _select(panel: DuplicatesPanel, pair: frozenset[uuid.UUID]) -> None:
    model = panel.model
    for row in range(model.rowCount()):
        if frozenset((model.row_at(row).first_id, model.row_at(row).second_id)) == pair:
            panel.select_row(row)
            return
    raise AssertionError(f"pair not listed: {pair}")


def test_nothing_is_searched_until_asked_then_pairs_are_listed(
    qtbot: QtBot, panel: DuplicatesPanel, people: People
) -> None:
    assert panel.model.rowCount() == 0
    assert not panel.compare_button.isEnabled() and not panel.keep_button.isEnabled()
    busy: list[tuple[bool, str]] = []
    panel.ops.busy_changed.connect(
        lambda is_busy: (
            busy.append((panel.find_button.isEnabled(), panel.find_button.text()))
            if is_busy
            else None
        )
    )
    _find(qtbot, panel)
    assert busy == [(False, "Finding Likely Duplicates…")], "busy text while it runs"
    assert panel.find_button.isEnabled()
    assert _pairs(panel) == {
        frozenset((people.smith, people.smith_again)),
        frozenset((people.ivanova, people.ivanova_latin)),
    }
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["First person", "Second person", "Score", "Reasons"]
    first_row = [panel.model.index(0, c).data() for c in range(4)]
    assert {first_row[0], first_row[1]} == {"SMITH, John", "SMITH, Jon"}
    assert int(first_row[2]) >= 90
    assert first_row[3].startswith("same email")
    assert panel.status_label.text() == "2 likely duplicate pair(s)"
    panel.select_row(0)
    assert panel.compare_button.isEnabled() and panel.keep_button.isEnabled()


def test_keep_both_removes_the_pair_and_undo_brings_it_back(
    qtbot: QtBot, panel: DuplicatesPanel, people: People, database: Database
) -> None:
    _find(qtbot, panel)
    smiths = frozenset((people.smith, people.smith_again))
    _select(panel, smiths)
    stack = QUndoStack()
    panel.kept_both.connect(
        lambda a, b, label: stack.push(
            kept_both_command(panel.ops, a, b, f"Keep both {label}", panel.decided_by)
        )
    )
    with qtbot.waitSignal(panel.kept_both, timeout=TIMEOUT_MS) as kept:
        panel.keep_button.click()
    a_id, b_id, label = kept.args
    assert frozenset((a_id, b_id)) == smiths
    assert "SMITH, John" in label and "SMITH, Jon" in label
    qtbot.waitUntil(lambda: panel.ops.is_idle, timeout=TIMEOUT_MS)
    assert _pairs(panel) == {frozenset((people.ivanova, people.ivanova_latin))}
    assert panel.status_label.text() == "1 likely duplicate pair(s)"
    with database.reading() as session:
        row = session.scalars(select(DuplicateDismissal)).one()
        assert row.decided_by == "registrar" and row.deleted_at is None

    # A new search does not propose it again.
    _find(qtbot, panel)
    assert smiths not in _pairs(panel)

    # Undo: the registry changes, the shown list is read again and the pair is back.
    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        stack.undo()
    assert smiths in _pairs(panel)
    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        stack.redo()
    assert smiths not in _pairs(panel)
    with database.reading() as session:
        row = session.scalars(select(DuplicateDismissal)).one()
        assert row.deleted_at is None and row.decided_by == "registrar"


def test_compare_opens_the_merge_dialog_and_a_merge_takes_the_pair_away(
    qtbot: QtBot, panel: DuplicatesPanel, people: People, database: Database
) -> None:
    _find(qtbot, panel)
    ivanovas = frozenset((people.ivanova, people.ivanova_latin))
    _select(panel, ivanovas)
    chosen = panel.selected_pair()
    assert chosen is not None
    panel.compare_button.click()
    qtbot.waitUntil(lambda: panel.merge is not None, timeout=TIMEOUT_MS)
    merge = panel.merge
    assert merge is not None and merge.isVisible()
    assert (merge.keep_id, merge.other_id) == (chosen.first_id, chosen.second_id)
    assert "given_name" in merge.groups and "family_name" in merge.groups
    table = merge.table
    assert table.horizontalHeaderItem(1).text() == chosen.first_label
    assert table.horizontalHeaderItem(2).text() == chosen.second_label

    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        merge.merge()
    assert ivanovas not in _pairs(panel)
    assert _pairs(panel) == {frozenset((people.smith, people.smith_again))}
    assert panel.merge is None
    with database.reading() as session:
        other = session.get_one(Representative, chosen.second_id)
        assert other.merged_into_id == chosen.first_id


def test_a_cancelled_merge_leaves_the_list_as_it_was(qtbot: QtBot, panel: DuplicatesPanel) -> None:
    _find(qtbot, panel)
    panel.select_row(0)
    panel.compare_button.click()
    qtbot.waitUntil(lambda: panel.merge is not None, timeout=TIMEOUT_MS)
    assert panel.merge is not None
    panel.merge.reject()
    assert panel.merge is None
    assert panel.model.rowCount() == 2


def test_a_pair_merged_elsewhere_is_refused_and_the_list_read_again(
    qtbot: QtBot, panel: DuplicatesPanel, people: People, database: Database
) -> None:
    _find(qtbot, panel)
    smiths = frozenset((people.smith, people.smith_again))
    _select(panel, smiths)
    # Merged by another window while this list was shown, without telling the panel.
    with database.unit_of_work() as session:
        merge_representatives(session, people.smith, people.smith_again)
    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        panel.compare_button.click()
    assert panel.merge is None
    assert smiths not in _pairs(panel)


def test_every_control_has_an_accessible_name(panel: DuplicatesPanel) -> None:
    controls = [panel.table, panel.status_label, *panel.findChildren(QPushButton)]
    assert len(controls) >= 5
    for control in controls:
        assert isinstance(control, QWidget)
        assert control.accessibleName(), control.objectName()
    for name in (
        "find_duplicates_button",
        "duplicates_table",
        "compare_duplicates_button",
        "keep_both_button",
        "duplicates_status",
    ):
        assert panel.findChild(QWidget, name) is not None, name


def test_a_hidden_list_is_read_again_only_when_shown(
    qtbot: QtBot, panel: DuplicatesPanel, people: People, database: Database
) -> None:
    _find(qtbot, panel)
    panel.hide()
    searches: list[int] = []
    panel.found.connect(searches.append)
    smiths = frozenset((people.smith, people.smith_again))
    command = kept_both_command(panel.ops, people.smith, people.smith_again, "Keep both")
    with qtbot.waitSignal(panel.ops.changes_applied, timeout=TIMEOUT_MS):
        panel.ops.change(lambda session: command.forward(session), {Area.REGISTRY})
    qtbot.waitUntil(lambda: panel.ops.is_idle, timeout=TIMEOUT_MS)
    assert searches == [], "no search of the whole registry behind a hidden panel"
    assert smiths in _pairs(panel)
    with qtbot.waitSignal(panel.found, timeout=TIMEOUT_MS):
        panel.show()
    assert smiths not in _pairs(panel)
    with database.reading() as session:
        assert session.scalars(select(DuplicateDismissal.decided_by)).one() == ""

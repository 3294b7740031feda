"""The background-operation helper: results on the GUI thread, one signal for changes."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation
from forumdesk.ui.common.operations import Area, Operations, concerns


@pytest.fixture
def ops(qtbot: QtBot, empty_db_path: Path) -> Operations:
    operations = Operations()
    database, _ = open_database(str(empty_db_path), backup=False)
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(database)
    return operations


def _count(session: Session) -> int:
    return int(session.scalar(select(func.count(Organisation.id))) or 0)


def test_query_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, ops: Operations) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(session: Session) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return _count(session)

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is gui_thread

    ops.query(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": False, "result": 0, "gui": True}
    assert ops.is_idle


def test_change_commits_and_announces_its_areas(qtbot: QtBot, ops: Operations) -> None:
    def add(session: Session) -> None:
        session.add(
            Organisation(
                name="Migrant Forum in Asia", category=OrganisationCategory.MIGRANT_ASSOCIATION
            )
        )

    with qtbot.waitSignal(ops.changes_applied) as signal:
        ops.change(add, {Area.REGISTRY})
    assert signal.args == [frozenset({Area.REGISTRY})]
    counts: list[int] = []
    ops.query(_count, counts.append)
    qtbot.waitUntil(lambda: counts == [1])


def test_a_view_reloads_for_its_areas_and_for_all_only() -> None:
    shown = frozenset({Area.REGISTRY, Area.NOTES})
    assert concerns(frozenset({Area.NOTES, Area.MINUTES}), shown)
    assert concerns(frozenset({Area.ALL}), shown)
    assert not concerns(frozenset({Area.MINUTES}), shown)
    assert not concerns(frozenset(), shown)
    with pytest.raises(AttributeError):
        _ = Area.REGISTRYY  # type: ignore[attr-defined]  # a typo fails at once


def test_failed_change_writes_nothing_and_reports(qtbot: QtBot, ops: Operations) -> None:
    def add_then_fail(session: Session) -> None:
        from forumdesk.services.registry.duplicates.review import keep_both

        session.add(Organisation(name="Half written", category=OrganisationCategory.NGO_ECOSOC))
        session.flush()
        same = uuid.uuid4()
        keep_both(session, same, same, "Ana")  # a service's own refusal, meant for the user

    errors: list[Exception] = []
    announced: list[object] = []
    ops.changes_applied.connect(announced.append)
    ops.change(add_then_fail, {Area.REGISTRY}, failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "a record cannot be kept apart from itself"
    assert announced == []
    counts: list[int] = []
    ops.query(_count, counts.append)
    qtbot.waitUntil(lambda: counts == [0])


def test_unhandled_failure_is_emitted_for_the_window(qtbot: QtBot, ops: Operations) -> None:
    def boom(_session: Session) -> None:
        raise RuntimeError("disk full")

    with qtbot.waitSignal(ops.failed) as signal:
        ops.query(boom, lambda _r: None)
    line, details = signal.args
    assert "unexpected error (RuntimeError)" in line and "\n" not in line
    assert "RuntimeError: disk full" in details


def test_busy_signal_brackets_the_work(qtbot: QtBot, ops: Operations) -> None:
    states: list[bool] = []
    ops.busy_changed.connect(states.append)
    results: list[int] = []
    ops.query(_count, results.append)
    ops.query(_count, results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert states == [True, False]


def test_upkeep_announces_only_what_it_wrote(qtbot: QtBot, ops: Operations) -> None:
    announced: list[frozenset[Area]] = []
    ops.changes_applied.connect(announced.append)
    ops.upkeep(lambda _database, _stop: 0, [Area.REGISTRY], lambda exc: None)
    qtbot.waitUntil(lambda: ops.is_idle)
    assert announced == []
    ops.upkeep(lambda _database, _stop: 3, [Area.REGISTRY], lambda exc: None)
    qtbot.waitUntil(lambda: ops.is_idle)
    assert announced == [frozenset({Area.REGISTRY})]


def test_upkeep_is_told_to_stop_when_the_database_is_swapped(
    qtbot: QtBot, ops: Operations, tmp_path: Path
) -> None:
    started = threading.Event()
    stopped: list[bool] = []

    def work(_database: object, stop: object) -> int:
        started.set()
        while not stop():  # type: ignore[operator]
            pass  # steps of upkeep
        stopped.append(True)
        return 0

    ops.upkeep(work, [Area.REGISTRY], lambda exc: None)
    started.wait(5)
    other, _ = open_database(str(tmp_path / "other.db"), create=True, backup=False)
    ops.set_database(other)  # waits for the worker: returns only because upkeep stopped
    assert stopped == [True]
    told: list[bool] = []
    ops.upkeep(lambda _database, stop: told.append(stop()) or 0, [Area.REGISTRY], print)
    qtbot.waitUntil(lambda: ops.is_idle)
    assert told == [False]  # the new database's upkeep is not stopped

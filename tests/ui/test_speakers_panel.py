"""The speakers panel, driven with a fake time source: no test sleeps."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.store.enums import Gender, InterventionStatus, OrganisationCategory
from forumdesk.store.models import Intervention, Segment
from forumdesk.ui.pages.programme.speakers import ClockWindow, SpeakersPanel
from forumdesk.ui.shell.main_window import MainWindow
from tests.core.test_speakers import _person, _segment
from tests.demo_day import clear_demo_speakers
from tests.ui.conftest import wait_idle


class FakeTime:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _without_demo_speakers(demo_db_path: Path) -> None:
    """A list's own workings, from empty lists (tests/demo_day.py)."""
    clear_demo_speakers(demo_db_path)


@pytest.fixture
def people(window: MainWindow) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        segment_id = _segment(session)
        amina = _person(session, "Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION)
        jose = _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION, Gender.MALE)
        session.get(Segment, segment_id).default_speaking_seconds = 60  # type: ignore[union-attr]
    return segment_id, amina, jose


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow, people: tuple[uuid.UUID, ...]) -> SpeakersPanel:
    panel = SpeakersPanel(window.ops)
    qtbot.addWidget(panel)
    panel.clock_source = FakeTime()
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(people[0])
    return panel


def _add(qtbot: QtBot, window: MainWindow, panel: SpeakersPanel, typed: str) -> None:
    qtbot.keyClicks(panel.search, typed)
    panel.look_up()
    qtbot.waitUntil(lambda: panel.match_list.count() > 0)
    with qtbot.waitSignal(panel.loaded):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)


def _names(panel: SpeakersPanel) -> list[str]:
    return [line.name for line in panel.lines]


def test_add_start_overrun_next_records_the_time_used(
    qtbot: QtBot, window: MainWindow, panel: SpeakersPanel
) -> None:
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    _add(qtbot, window, panel, "Diallo")
    _add(qtbot, window, panel, "Jos")
    assert _names(panel) == ["Amina Diallo", "José Núñez"]
    assert panel.list.count() == 2
    assert [line.allotted_seconds for line in panel.lines] == [60, 60]  # the segment default
    # The balance sees both groups heard, and the UN official of the demo not heard.
    assert "Trade unions" in panel.balance_strip.groups.text()
    assert "UN and intergovernmental" in panel.balance_strip.warnings.text()

    panel.start_button.click()
    assert panel.timer.isActive() and panel.timer.interval() == 200
    assert "Amina Diallo" in panel.current_label.text()
    fake.now += 45
    panel.tick()
    assert panel.time_label.text() == "0:45"
    assert not panel.overrun and "#b00020" not in panel.time_label.styleSheet()
    fake.now += 30  # 75 s of 60: overrun
    qtbot.waitUntil(lambda: panel.time_label.text() == "1:15")  # the 200 ms tick shows it
    assert panel.overrun
    assert "#b00020" in panel.time_label.styleSheet()
    assert "0:15" in panel.remaining_label.text()

    screen = panel.open_room_screen()
    assert isinstance(screen, ClockWindow) and screen.isVisible()
    assert screen.time.text() == "1:15" and screen.speaker.text() == "Amina Diallo"

    with qtbot.waitSignal(panel.loaded):
        panel.next_button.click()
    wait_idle(qtbot, window)
    assert "José Núñez" in panel.current_label.text()
    assert panel.time_label.text() == "0:00" and not panel.overrun
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        first = session.get(Intervention, panel.lines[0].id)
        assert first is not None
        assert first.used_seconds == 75
        assert first.status == InterventionStatus.SPOKE
        assert first.started_at is not None and first.ended_at is not None
    assert panel.lines[0].status == InterventionStatus.SPOKE

    panel.pause_button.click()
    fake.now += 100
    panel.tick()
    assert panel.time_label.text() == "0:00"  # paused: time does not run
    panel.start_button.click()  # resumes
    fake.now += 10
    panel.tick()
    assert panel.time_label.text() == "0:10"
    screen.close()


def test_reorder_withdraw_and_undo(qtbot: QtBot, window: MainWindow, panel: SpeakersPanel) -> None:
    _add(qtbot, window, panel, "Diallo")
    _add(qtbot, window, panel, "Jos")
    jose = panel.lines[1].id
    with qtbot.waitSignal(panel.loaded):
        panel.list.moved.emit(jose, 0)  # what a drop reports
    wait_idle(qtbot, window)
    assert _names(panel) == ["José Núñez", "Amina Diallo"]
    assert [line.position for line in panel.lines] == [0, 1]

    panel.list.setCurrentRow(1)
    with qtbot.waitSignal(panel.loaded):
        panel.up_button.click()
    wait_idle(qtbot, window)
    assert _names(panel) == ["Amina Diallo", "José Núñez"]

    with qtbot.waitSignal(panel.loaded):
        panel.undo_stack.undo()
    wait_idle(qtbot, window)
    assert _names(panel) == ["José Núñez", "Amina Diallo"]

    panel.list.setCurrentRow(0)
    panel.allotted.setValue(150)
    with qtbot.waitSignal(panel.loaded):
        panel.apply_allotted()
    wait_idle(qtbot, window)
    assert panel.lines[0].allotted_seconds == 150

    with qtbot.waitSignal(panel.loaded):
        panel.withdraw_button.click()
    wait_idle(qtbot, window)
    assert panel.lines[0].status == InterventionStatus.WITHDRAWN
    panel.start_button.click()
    assert "Amina Diallo" in panel.current_label.text()  # the withdrawn one is skipped


def test_every_control_has_an_accessible_name(panel: SpeakersPanel) -> None:
    edits = [e for e in panel.findChildren(QLineEdit) if not isinstance(e.parent(), QSpinBox)]
    controls = panel.findChildren(QAbstractButton) + edits
    controls += panel.findChildren(QListWidget) + panel.findChildren(QSpinBox)
    assert controls
    assert [c.objectName() for c in controls if not c.accessibleName()] == []


# --- the clock kept in the database ----------------------------------------------------


def _listed(window: MainWindow, segment_id: uuid.UUID, *people: uuid.UUID) -> list[uuid.UUID]:
    from forumdesk.services.programme.speakers.lists import add_speaker

    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        return [add_speaker(session, segment_id, person).id for person in people]


def _turn(window: MainWindow, ident: uuid.UUID) -> tuple[InterventionStatus, int | None]:
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        turn = session.get(Intervention, ident)
        assert turn is not None
        return turn.status, turn.used_seconds


def test_start_pause_resume_next_are_saved_as_they_happen(
    qtbot: QtBot, window: MainWindow, panel: SpeakersPanel, people: tuple[uuid.UUID, ...]
) -> None:
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    amina, jose = _listed(window, *people)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    panel.start_button.click()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 0)
    fake.now += 4
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 0)  # saved every 5 s
    fake.now += 3
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 7)
    fake.now += 2
    panel.pause_button.click()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 9)
    assert panel.start_button.text() == "&Resume"
    fake.now += 60  # paused
    panel.start_button.click()
    fake.now += 6
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 15)
    fake.now += 1
    with qtbot.waitSignal(panel.loaded):
        panel.next_button.click()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPOKE, 16)
    assert _turn(window, jose) == (InterventionStatus.SPEAKING, 0)  # the clock ran on
    assert panel.list.item(1).font().bold() and not panel.list.item(0).font().bold()


def test_leaving_the_segment_saves_the_turn_and_coming_back_brings_it_back(
    qtbot: QtBot, window: MainWindow, panel: SpeakersPanel, people: tuple[uuid.UUID, ...]
) -> None:
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    segment_id = people[0]
    (amina,) = _listed(window, segment_id, people[1])
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    panel.start_button.click()
    fake.now += 13
    panel.tick()
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        other = session.scalars(select(Segment.id).where(Segment.id != segment_id)).first()
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(other)  # the chair looks at another segment
    wait_idle(qtbot, window)
    assert panel.clock.current is None and not panel.timer.isActive()
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 13)
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(segment_id)
    assert panel.clock.paused and panel.time_label.text() == "0:13"
    assert panel.recovered_label.text() == "Amina Diallo has the floor, clock paused: 0:13 so far"


def _programme_clock(qtbot: QtBot, window: MainWindow, segment_id: uuid.UUID) -> SpeakersPanel:
    from forumdesk.ui.shell.main_window import PROGRAMME

    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    panel = window.programme_page.speakers
    panel.clock_source = FakeTime()
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(segment_id)
    wait_idle(qtbot, window)
    return panel


def test_quitting_with_a_running_clock_asks_and_cancel_stays(
    qtbot: QtBot, window: MainWindow, people: tuple[uuid.UUID, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    (amina,) = _listed(window, people[0], people[1])
    panel = _programme_clock(qtbot, window, people[0])
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert panel.may_close() and asked == []  # nobody speaking: no question
    panel.start_button.click()
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    fake.now += 25
    panel.tick()
    assert not window.close()
    assert len(asked) == 1 and "Amina Diallo has the floor" in asked[0] and "0:25" in asked[0]
    assert window.isVisible() and panel.clock.running and window.ops.database is not None
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 25)
    panel.pause()  # the test's end closes the window: nothing left to ask


def test_quitting_with_a_running_clock_pauses_and_saves_it(
    qtbot: QtBot,
    window: MainWindow,
    people: tuple[uuid.UUID, ...],
    demo_db_path: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from forumdesk.store.migrate import open_database

    (amina,) = _listed(window, people[0], people[1])
    panel = _programme_clock(qtbot, window, people[0])
    asked: list[str] = []

    def quit_(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", quit_)
    panel.start_button.click()
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    fake.now += 28  # the last periodic save was at 25 s
    panel.tick()
    fake.now += 2
    window.quit_action.trigger()  # File > Quit
    assert len(asked) == 1 and not window.isVisible()
    assert panel.clock.paused and panel.clock.elapsed() == 30
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.reading() as session:
            turn = session.get(Intervention, amina)
            assert turn is not None
            assert (turn.status, turn.used_seconds) == (InterventionStatus.SPEAKING, 30)
    finally:
        database.dispose()


def test_opening_another_database_with_a_running_clock_asks_and_saves_the_turn(
    qtbot: QtBot,
    window: MainWindow,
    people: tuple[uuid.UUID, ...],
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from forumdesk.store.migrate import open_database

    other = tmp_path / "other.db"
    shutil.copyfile(demo_db_path, other)
    (amina,) = _listed(window, people[0], people[1])
    panel = _programme_clock(qtbot, window, people[0])
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.start_button.click()
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    fake.now += 12
    first = window.ops.database
    window.open_database(str(other))  # Cancel: nothing happens
    assert window.ops.database is first and panel.clock.running
    with qtbot.waitSignal(window.databases.opened, timeout=20_000):
        window.open_database(str(other))  # Yes: paused, saved, then switched
    assert len(asked) == 2 and "close this database" in asked[0]
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.reading() as session:
            turn = session.get(Intervention, amina)
            assert turn is not None
            assert (turn.status, turn.used_seconds) == (InterventionStatus.SPEAKING, 12)
    finally:
        database.dispose()


# --- a save that fails (the database busy) ---------------------------------------------


def _busy_saves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The clock's saves fail as long as the list holds a count above 0 (each failure
    takes one off), as when another ForumDesk holds the database past the busy timeout."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from forumdesk.services.programme.speakers import turns as speaking_turns

    real = speaking_turns.save_clock
    left = [0]

    def flaky(session: object, turns: object) -> None:
        if left[0] > 0:
            left[0] -= 1
            raise OperationalError(
                "UPDATE interventions", {}, sqlite3.OperationalError("database is locked")
            )
        real(session, turns)  # type: ignore[arg-type]

    monkeypatch.setattr(speaking_turns, "save_clock", flaky)
    return left


def _errors_shown(panel: SpeakersPanel, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from PySide6.QtWidgets import QLabel

    shown: list[str] = []

    def set_text(text: str) -> None:
        shown.append(text)
        QLabel.setText(panel.error, text)

    monkeypatch.setattr(panel.error, "setText", set_text)
    return shown


def test_a_next_speaker_save_that_fails_is_made_good_and_loses_no_time(
    qtbot: QtBot,
    window: MainWindow,
    panel: SpeakersPanel,
    people: tuple[uuid.UUID, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forumdesk.services.programme.speakers.turns import turn_in_progress

    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    amina, jose = _listed(window, *people)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    busy = _busy_saves(monkeypatch)
    shown = _errors_shown(panel, monkeypatch)
    panel.start_button.click()
    fake.now += 7
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 7)

    busy[0] = 2  # Next, and the first try again, find the database busy
    fake.now += 3
    panel.next_button.click()
    wait_idle(qtbot, window)
    assert "José Núñez" in panel.current_label.text() and panel.clock.running
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 7)  # nothing written yet
    assert _turn(window, jose) == (InterventionStatus.LISTED, None)
    assert len(shown) == 1 and "database is busy" in shown[0] and panel.error.isVisible()
    for _ in range(4):  # 4 s: not yet time to try again
        fake.now += 1
        panel.tick()
        wait_idle(qtbot, window)
    assert busy[0] == 1 and len(shown) == 1
    fake.now += 1
    panel.tick()  # tries again, still busy: no second message
    wait_idle(qtbot, window)
    assert busy[0] == 0 and len(shown) == 1
    assert _turn(window, jose) == (InterventionStatus.LISTED, None)

    fake.now += 5
    with qtbot.waitSignal(panel.loaded):  # the database is free: the whole state is saved
        panel.tick()
    wait_idle(qtbot, window)
    assert panel.time_label.text() == "0:10"
    assert _turn(window, amina) == (InterventionStatus.SPOKE, 10)
    assert _turn(window, jose) == (InterventionStatus.SPEAKING, 10)
    assert not panel.error.isVisible() and len(shown) == 1
    assert panel.list.item(1).font().bold() and not panel.list.item(0).font().bold()
    database = window.ops.database
    assert database is not None
    with database.reading() as session:  # a crash now brings back José, with his time
        found = turn_in_progress(session, people[0])
    assert found is not None and found.id == jose and found.used_seconds == 10
    fake.now += 5
    panel.tick()  # and the clock goes on saving as before
    wait_idle(qtbot, window)
    assert _turn(window, jose) == (InterventionStatus.SPEAKING, 15)


def test_a_start_or_pause_save_that_fails_is_made_good(
    qtbot: QtBot,
    window: MainWindow,
    panel: SpeakersPanel,
    people: tuple[uuid.UUID, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    amina, _jose = _listed(window, *people)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    busy = _busy_saves(monkeypatch)
    shown = _errors_shown(panel, monkeypatch)
    busy[0] = 1
    panel.start_button.click()
    wait_idle(qtbot, window)
    assert panel.clock.running and len(shown) == 1  # the clock runs on
    assert _turn(window, amina) == (InterventionStatus.LISTED, None)
    fake.now += 5
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 5)
    assert not panel.error.isVisible()

    busy[0] = 1
    fake.now += 3
    panel.pause_button.click()
    wait_idle(qtbot, window)
    assert panel.clock.paused and len(shown) == 2  # a new failure, told once
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 5)
    fake.now += 5  # paused: the time is kept, and saved on the next try
    panel.tick()
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 8)
    assert panel.time_label.text() == "0:08" and len(shown) == 2


def test_a_turn_closed_elsewhere_gives_up_the_floor_once(
    qtbot: QtBot,
    window: MainWindow,
    panel: SpeakersPanel,
    people: tuple[uuid.UUID, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forumdesk.services.programme.speakers.turns import finish_turn
    from forumdesk.store.types import utcnow

    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    amina, _jose = _listed(window, *people)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    shown = _errors_shown(panel, monkeypatch)
    panel.start_button.click()
    wait_idle(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:  # another ForumDesk closes the turn
        finish_turn(session, amina, 30, utcnow())
    fake.now += 5
    panel.tick()
    wait_idle(qtbot, window)
    assert len(shown) == 1 and "already spoken" in shown[0]
    assert panel.clock.paused  # the clock stops claiming the floor
    for _ in range(3):
        fake.now += 5
        panel.tick()
        wait_idle(qtbot, window)
    assert len(shown) == 1 and _turn(window, amina) == (InterventionStatus.SPOKE, 30)


def test_closing_while_the_clock_is_not_saved_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    people: tuple[uuid.UUID, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    (amina,) = _listed(window, people[0], people[1])
    panel = _programme_clock(qtbot, window, people[0])
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    busy = _busy_saves(monkeypatch)
    asked: list[str] = []

    def cancel(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    panel.start_button.click()
    wait_idle(qtbot, window)
    fake.now += 4
    busy[0] = 1
    panel.pause_button.click()  # paused, but its save finds the database busy
    wait_idle(qtbot, window)
    assert not window.close()
    assert len(asked) == 1 and "could not be saved: the database is busy" in asked[0]
    assert window.isVisible()
    fake.now += 5
    panel.tick()  # the database is free again: saved, and nothing left to ask
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 4)
    assert panel.may_close() and len(asked) == 1


def test_leaving_the_segment_while_the_database_is_busy_keeps_the_turn(
    qtbot: QtBot,
    window: MainWindow,
    panel: SpeakersPanel,
    people: tuple[uuid.UUID, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = panel.clock_source
    assert isinstance(fake, FakeTime)
    segment_id = people[0]
    (amina,) = _listed(window, segment_id, people[1])
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    busy = _busy_saves(monkeypatch)
    panel.start_button.click()
    wait_idle(qtbot, window)
    fake.now += 13
    busy[0] = 2  # the save on leaving, and the next try, find the database busy
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        other = session.scalars(select(Segment.id).where(Segment.id != segment_id)).first()
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(other)
    wait_idle(qtbot, window)
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 0)
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(segment_id)  # back before it is saved: the clock has the time
    wait_idle(qtbot, window)
    assert panel.clock.paused and panel.time_label.text() == "0:13"
    for _ in range(2):  # two tries 5 s apart: the second one is written
        fake.now += 5
        panel.tick()
        wait_idle(qtbot, window)
    assert busy[0] == 0
    assert _turn(window, amina) == (InterventionStatus.SPEAKING, 13)
    assert not panel.error.isVisible()

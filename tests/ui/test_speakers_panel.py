"""The speakers panel, driven with a fake time source: no test sleeps."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QSpinBox
from pytestqt.qtbot import QtBot

from forumdesk.store.enums import Gender, InterventionStatus, OrganisationCategory
from forumdesk.store.models import Intervention, Segment
from forumdesk.ui.main_window import MainWindow
from forumdesk.ui.pages.programme_speakers import ClockWindow, SpeakersPanel
from tests.core.test_speakers import _person, _segment
from tests.ui.conftest import wait_idle


class FakeTime:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


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

"""A speaker's time survives a kill -9 of the process that ran the clock."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import forumdesk
from forumdesk.services.programme.speakers.lists import add_speaker
from forumdesk.store.enums import Gender, InterventionStatus, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Intervention
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.pages.programme.speakers import SpeakersPanel
from tests.core.test_speakers import _person, _segment
from tests.demo_day import clear_speakers
from tests.ui.conftest import open_window, wait_idle
from tests.ui.test_speakers_panel import FakeTime

CHILD = Path(__file__).with_name("clock_child.py")
READY_TIMEOUT_S = 120


def _list_two_speakers(path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    database, _ = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            clear_speakers(session)  # tests/demo_day.py
            segment_id = _segment(session)
            amina = _person(session, "Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION)
            jose = _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION, Gender.MALE)
            first = add_speaker(session, segment_id, amina).id
            add_speaker(session, segment_id, jose)
    finally:
        database.dispose()
    return segment_id, first


def _run_and_kill(path: Path, segment_id: uuid.UUID, log: Path) -> str:
    """Run the child until it says READY, then SIGKILL it; what it printed."""
    # The child imports this very forumdesk, whatever PYTHONPATH the tests run with.
    source = str(Path(forumdesk.__file__).resolve().parents[1])
    inherited = os.environ.get("PYTHONPATH")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([source, inherited] if inherited else [source])
    with log.open("w") as errors:
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(segment_id)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            text=True,
        )
        try:
            assert child.stdout is not None
            ready, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT_S)
            said = child.stdout.readline() if ready else ""
            assert said.startswith("READY"), f"the child did not get ready: {log.read_text()}"
            os.kill(child.pid, signal.SIGKILL)
            assert child.wait(timeout=30) == -signal.SIGKILL
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    return said


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_turn_survives_a_kill_and_can_be_resumed_then_closed(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, tmp_path: Path
) -> None:
    segment_id, amina = _list_two_speakers(demo_db_path)
    said = _run_and_kill(demo_db_path, segment_id, tmp_path / "child.log")
    assert said.split() == ["READY", "0:25"]

    # A restart: the window opens the same database, the panel shows the segment.
    window = open_window(qtbot, settings, demo_db_path)
    panel = SpeakersPanel(window.ops)
    qtbot.addWidget(panel)
    fake = FakeTime()
    panel.clock_source = fake
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.set_segment(segment_id)
    assert panel.time_label.text() == "0:25"
    assert panel.clock.paused and not panel.timer.isActive()
    assert "Amina Diallo" in panel.current_label.text()
    assert panel.recovered_label.isVisibleTo(panel)
    assert panel.recovered_label.text() == (
        "Amina Diallo had the floor when ForumDesk stopped: 0:25 so far"
    )
    assert panel.start_button.text() == "&Resume" and panel.start_button.isEnabled()
    assert panel.next_button.isEnabled()

    panel.start_button.click()  # Resume continues from 0:25
    assert panel.clock.running and not panel.recovered_label.isVisibleTo(panel)
    fake.now += 5
    panel.tick()
    assert panel.time_label.text() == "0:30"
    with qtbot.waitSignal(panel.loaded):
        panel.next_button.click()
    wait_idle(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        turn = session.get(Intervention, amina)
        assert turn is not None
        assert turn.status is InterventionStatus.SPOKE
        assert turn.used_seconds is not None and turn.used_seconds >= 30
        assert turn.started_at is not None and turn.ended_at is not None
    assert "José Núñez" in panel.current_label.text()  # the next speaker has the floor

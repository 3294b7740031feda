"""The speaking clock kept in the database: each step of a turn is written as it
happens, and a turn left speaking is found again with its time."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from tests.core.test_speakers import FakeTime, _person, _segment
from tests.demo_day import clear_demo_speakers

from forumdesk.services.minutes.compose import compose_minutes_html
from forumdesk.services.programme.speakers.clock import QueuedSpeaker, SpeakingClock, TurnState
from forumdesk.services.programme.speakers.lists import SpeakerError, add_speaker
from forumdesk.services.programme.speakers.turns import (
    checkpoint_turn,
    finish_turn,
    save_clock,
    start_turn,
    turn_in_progress,
)
from forumdesk.store.enums import Gender, InterventionStatus, OrganisationCategory
from forumdesk.store.models import AuditEntry, Intervention

T0 = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _without_demo_speakers(demo_db_path: Path) -> None:
    """A list's own workings, from empty lists (tests/demo_day.py)."""
    clear_demo_speakers(demo_db_path)


def _two_speakers(db: Any) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        amina = _person(session, "Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION)
        jose = _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION, Gender.MALE)
        first = add_speaker(session, segment_id, amina).id
        second = add_speaker(session, segment_id, jose).id
    return segment_id, first, second


def _state(db: Any, ident: uuid.UUID) -> tuple[InterventionStatus, int | None, Any, Any]:
    with db.reading() as session:
        turn = session.get(Intervention, ident)
        assert turn is not None
        return turn.status, turn.used_seconds, turn.started_at, turn.ended_at


def test_start_pause_resume_next_are_each_in_the_database(demo_db: Any) -> None:
    db = demo_db
    segment_id, amina, jose = _two_speakers(db)
    with db.reading() as session:
        assert turn_in_progress(session, segment_id) is None

    with db.unit_of_work() as session:  # Start
        start_turn(session, amina, T0)
    assert _state(db, amina) == (InterventionStatus.SPEAKING, 0, T0, None)

    with db.unit_of_work() as session:  # the clock runs: a save every few seconds
        checkpoint_turn(session, amina, 5)
    with db.unit_of_work() as session:  # Pause
        checkpoint_turn(session, amina, 25)
    assert _state(db, amina) == (InterventionStatus.SPEAKING, 25, T0, None)
    with db.reading() as session:
        found = turn_in_progress(session, segment_id)
    assert found is not None and found.id == amina and found.name == "Amina Diallo"
    assert found.used_seconds == 25 and found.status is InterventionStatus.SPEAKING

    with db.unit_of_work() as session:  # Resume, a minute later: the start time stays
        start_turn(session, amina, T0 + timedelta(minutes=1), 25)
    assert _state(db, amina) == (InterventionStatus.SPEAKING, 25, T0, None)

    with db.unit_of_work() as session:  # Next: Amina closed, José has the floor
        finish_turn(session, amina, 31, T0 + timedelta(minutes=2))
        start_turn(session, jose, T0 + timedelta(minutes=2))
    assert _state(db, amina) == (
        InterventionStatus.SPOKE,
        31,
        T0,
        T0 + timedelta(minutes=2),
    )
    with db.reading() as session:
        found = turn_in_progress(session, segment_id)
    assert found is not None and found.id == jose and found.used_seconds == 0


def test_a_turn_cannot_be_started_twice_or_saved_once_closed(demo_db: Any) -> None:
    db = demo_db
    _segment_id, amina, jose = _two_speakers(db)
    with db.unit_of_work() as session:
        start_turn(session, amina, T0)
    with (
        pytest.raises(SpeakerError, match="Amina Diallo still has the floor"),
        db.unit_of_work() as session,
    ):
        start_turn(session, jose, T0)
    assert _state(db, jose)[0] is InterventionStatus.LISTED  # nothing written
    with pytest.raises(SpeakerError, match="does not have the floor"), db.unit_of_work() as session:
        checkpoint_turn(session, jose, 10)
    with pytest.raises(SpeakerError, match="used_seconds"), db.unit_of_work() as session:
        checkpoint_turn(session, amina, -1)
    with pytest.raises(SpeakerError, match="naive"), db.unit_of_work() as session:
        start_turn(session, amina, datetime(2026, 12, 5, 9, 0))
    with db.unit_of_work() as session:
        finish_turn(session, amina, 40, T0 + timedelta(seconds=40))
    with pytest.raises(SpeakerError, match="already spoken"), db.unit_of_work() as session:
        start_turn(session, amina, T0)
    with pytest.raises(SpeakerError, match="does not have the floor"), db.unit_of_work() as session:
        checkpoint_turn(session, amina, 50)
    assert _state(db, amina)[:2] == (InterventionStatus.SPOKE, 40)


def test_a_checkpoint_is_one_row_updated_and_audited(demo_db: Any) -> None:
    db = demo_db
    _segment_id, amina, _jose = _two_speakers(db)
    with db.unit_of_work() as session:
        start_turn(session, amina, T0)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.unit_of_work() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry))
            checkpoint_turn(session, amina, 10)
        with db.unit_of_work() as session:
            checkpoint_turn(session, amina, 10)  # the same time: nothing to write
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE INTERVENTIONS")]
    assert len(updates) == 1
    with db.reading() as session:
        after = session.scalar(select(func.count()).select_from(AuditEntry))
        last = session.scalars(
            select(AuditEntry.after)
            .where(AuditEntry.record_id == amina)
            .order_by(AuditEntry.sequence.desc())
        ).first()
    assert after == (entries or 0) + 1
    assert last is not None and last["used_seconds"] == 10


def test_minutes_composed_during_a_turn_show_the_time_so_far(demo_db: Any) -> None:
    db = demo_db
    segment_id, amina, _jose = _two_speakers(db)
    with db.unit_of_work() as session:
        start_turn(session, amina, T0)
        html = compose_minutes_html(session, segment_id)
    assert "<td>0 s (en cours)</td>" in html  # the demo forum writes French
    with db.unit_of_work() as session:  # the clock ran 65 s, then was paused
        checkpoint_turn(session, amina, 65)
        html = compose_minutes_html(session, segment_id)
    amina_row = html.split("<td>Amina Diallo</td>")[1].split("</tr>")[0]
    assert amina_row.endswith("<td>1 min 05 s (en cours)</td>")
    with db.unit_of_work() as session:
        finish_turn(session, amina, 70, T0 + timedelta(seconds=70))
        html = compose_minutes_html(session, segment_id)
    assert "1 min 10 s" in html and "en cours" not in html


def test_clock_restores_an_interrupted_turn_paused() -> None:
    time = FakeTime()
    first = QueuedSpeaker(uuid.uuid4(), 60, "first")
    second = QueuedSpeaker(uuid.uuid4(), 120, "second")
    clock = SpeakingClock(time, [first, second])
    clock.restore(first, 25)
    assert clock.current == first and clock.paused and not clock.running
    assert clock.elapsed() == 25 and clock.queue == (second,)  # not waiting twice
    time.now += 100  # paused: the time does not run
    assert clock.elapsed() == 25
    clock.resume()
    time.now += 5
    assert clock.elapsed() == 30 and clock.remaining() == 30
    assert clock.next_speaker() == (first.id, 30)
    assert clock.current == second and clock.running


def test_saving_the_clock_again_makes_good_a_save_that_was_lost(demo_db: Any) -> None:
    """The state Next leaves (Amina closed, José speaking) is written whatever the
    database had: nothing, part of it, or all of it already."""
    db = demo_db
    segment_id, amina, jose = _two_speakers(db)
    with db.unit_of_work() as session:
        start_turn(session, amina, T0)
        checkpoint_turn(session, amina, 7)
    # Next was pressed at T0+10 s, its save failed; 6 s later the clock saves again.
    closed = TurnState(amina, 10, T0, T0 + timedelta(seconds=10))
    speaking = TurnState(jose, 6, T0 + timedelta(seconds=10))
    with db.unit_of_work() as session:
        save_clock(session, [closed, speaking])
    assert _state(db, amina) == (InterventionStatus.SPOKE, 10, T0, T0 + timedelta(seconds=10))
    assert _state(db, jose) == (InterventionStatus.SPEAKING, 6, T0 + timedelta(seconds=10), None)
    with db.reading() as session:
        found = turn_in_progress(session, segment_id)
    assert found is not None and found.id == jose  # a restart brings back José, not Amina

    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.unit_of_work() as session:  # the same state again: nothing written
            save_clock(session, [closed, speaking])
        with db.unit_of_work() as session:  # a later time: José's row only
            save_clock(session, [closed, TurnState(jose, 11, T0 + timedelta(seconds=10))])
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE INTERVENTIONS")]
    assert len(updates) == 1
    assert _state(db, amina)[:2] == (InterventionStatus.SPOKE, 10)  # closed stays closed
    assert _state(db, jose)[:2] == (InterventionStatus.SPEAKING, 11)


def test_saving_the_clock_refuses_the_floor_to_a_closed_turn_and_writes_nothing(
    demo_db: Any,
) -> None:
    db = demo_db
    _segment_id, amina, jose = _two_speakers(db)
    with db.unit_of_work() as session:
        start_turn(session, amina, T0)
        finish_turn(session, jose, 0, T0)  # closed elsewhere (skipped)
    with pytest.raises(SpeakerError, match="already spoken"), db.unit_of_work() as session:
        save_clock(
            session, [TurnState(amina, 9, T0, T0 + timedelta(seconds=9)), TurnState(jose, 3, T0)]
        )
    assert _state(db, amina)[:2] == (InterventionStatus.SPEAKING, 0)  # one transaction

"""The speakers list of a segment, its balance, and the speaking clock."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.demo_day import clear_speakers

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.programme.speakers.clock import QueuedSpeaker, SpeakingClock
from forumdesk.services.programme.speakers.lists import (
    CategoryGroup,
    SpeakerError,
    add_speaker,
    balance,
    find_people,
    move_speaker,
    record_speech,
    remove_speaker,
    restore_speaker,
    set_allotted,
    set_default_speaking_time,
    speakers_list,
    withdraw_speaker,
)
from forumdesk.store.enums import (
    AccreditationStatus,
    Gender,
    InterventionStatus,
    OrganisationCategory,
    SegmentKind,
)
from forumdesk.store.models import (
    Day,
    ForumSession,
    Intervention,
    Organisation,
    Registration,
    Representative,
    Segment,
)


def _segment(session: Session, kind: SegmentKind = SegmentKind.THEMATIC) -> uuid.UUID:
    forum_id = demo_forum_id(session)
    segment_id = session.scalar(
        select(Segment.id)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(Day.forum_id == forum_id, Segment.kind == kind)
        .order_by(Segment.starts_at)
    )
    assert segment_id is not None
    return segment_id


def _person(
    session: Session,
    given: str,
    family: str,
    category: OrganisationCategory,
    gender: Gender = Gender.FEMALE,
    status: AccreditationStatus | None = AccreditationStatus.ACCREDITED,
) -> uuid.UUID:
    organisation = Organisation(name=f"{family} {category.value}", category=category)
    person = Representative(
        organisation=organisation,
        given_name=given,
        family_name=family,
        sort_key=f"{family} {given}".casefold(),
        gender=gender,
    )
    session.add_all([organisation, person])
    if status is not None:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        session.add(Registration(forum_id=forum_id, representative=person, status=status))
    session.flush()
    return person.id


@pytest.fixture
def db(demo_db: Any) -> Any:
    with demo_db.unit_of_work() as session:
        clear_speakers(session)
    return demo_db


def test_add_uses_default_time_and_organisation(db: Any) -> None:
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        amina = _person(session, "Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION)
        jose = _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION, Gender.MALE)
        first = add_speaker(session, segment_id, amina)
        assert first.allotted_seconds == 180  # no default on the segment: three minutes
        assert first.organisation == "Diallo migrant_association"
        assert first.category is OrganisationCategory.MIGRANT_ASSOCIATION
        assert first.status is InterventionStatus.LISTED
        assert set_default_speaking_time(session, segment_id, 240) is None
        second = add_speaker(session, segment_id, jose)
        assert second.allotted_seconds == 240
        assert second.name == "José Núñez"  # as typed, accents kept
        third = add_speaker(
            session, segment_id, _person(session, "Li", "Wei", OrganisationCategory.RESEARCH), 90
        )
        assert third.allotted_seconds == 90
        with pytest.raises(SpeakerError, match="already on the speakers list"):
            add_speaker(session, segment_id, amina)
        with pytest.raises(SpeakerError, match="no such person"):
            add_speaker(session, segment_id, uuid.uuid4())
        with pytest.raises(SpeakerError, match="between 1 and"):
            set_default_speaking_time(session, segment_id, 0)
    with db.reading() as session:
        lines = speakers_list(session, segment_id)
        assert [line.name for line in lines] == ["Amina Diallo", "José Núñez", "Li Wei"]
        assert [line.position for line in lines] == [0, 1, 2]
        payload = lines[1].as_json()
        assert payload["gender"] == "male" and payload["status"] == "listed"
        assert payload["id"] == str(lines[1].id)


def test_reorder_renumbers_positions(db: Any) -> None:
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        ids = [
            add_speaker(session, segment_id, _person(session, n, n, OrganisationCategory.YOUTH)).id
            for n in ("Ana", "Ben", "Cleo", "Dan")
        ]
    with db.unit_of_work() as session:
        assert move_speaker(session, ids[3], 0) == 3
    with db.unit_of_work() as session:
        move_speaker(session, ids[0], 99)  # clamped to the end
    with db.reading() as session:
        lines = speakers_list(session, segment_id)
        assert [line.name for line in lines] == ["Dan Dan", "Ben Ben", "Cleo Cleo", "Ana Ana"]
        assert [line.position for line in lines] == [0, 1, 2, 3]
    with db.unit_of_work() as session, pytest.raises(SpeakerError):
        move_speaker(session, uuid.uuid4(), 0)


def test_withdraw_remove_restore_and_allotted(db: Any) -> None:
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        turn = add_speaker(
            session, segment_id, _person(session, "A", "B", OrganisationCategory.NGO_ECOSOC)
        )
        assert set_allotted(session, turn.id, 300) == 180
        withdraw_speaker(session, turn.id)
        again = add_speaker(session, segment_id, turn.representative_id)  # may ask again
        remove_speaker(session, again.id)
    with db.reading() as session:
        lines = speakers_list(session, segment_id)
        assert [(line.status, line.allotted_seconds) for line in lines] == [
            (InterventionStatus.WITHDRAWN, 300)
        ]
        assert balance(session, segment_id).speakers == 0  # withdrawn ones do not count
    with db.unit_of_work() as session:
        restore_speaker(session, again.id)
        with pytest.raises(SpeakerError, match="between 1 and"):
            set_allotted(session, again.id, -5)
    with db.reading() as session:
        assert len(speakers_list(session, segment_id)) == 2


def test_record_speech_marks_spoke_with_time_used(db: Any) -> None:
    start = datetime(2006, 7, 12, 15, 0, tzinfo=UTC)
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        turn = add_speaker(
            session, segment_id, _person(session, "A", "B", OrganisationCategory.TRADE_UNION)
        )
        line = record_speech(session, turn.id, start, start + timedelta(seconds=200), 195)
        assert line.status is InterventionStatus.SPOKE and line.used_seconds == 195
        with pytest.raises(SpeakerError, match="already spoken"):
            withdraw_speaker(session, turn.id)
        with pytest.raises(SpeakerError, match="cannot end before"):
            record_speech(session, turn.id, start, start - timedelta(seconds=1), 10)
    with db.reading() as session:
        stored = session.get(Intervention, turn.id)
        assert stored is not None
        assert stored.used_seconds == 195
        assert stored.started_at == start and stored.ended_at == start + timedelta(seconds=200)


def test_balance_shares_by_group_and_gender(db: Any) -> None:
    with db.unit_of_work() as session:
        segment_id = _segment(session)
        state = _person(session, "S", "State", OrganisationCategory.MEMBER_STATE, Gender.MALE)
        union = _person(session, "U", "Union", OrganisationCategory.TRADE_UNION)
        ngo = _person(session, "N", "Ngo", OrganisationCategory.CIVIL_SOCIETY)
        add_speaker(session, segment_id, state, 300)
        spoke = add_speaker(session, segment_id, union, 100)
        record_speech(session, spoke.id, datetime.now(UTC), datetime.now(UTC), 200)
        add_speaker(session, segment_id, ngo, 100)
    with db.reading() as session:
        result = balance(session, segment_id)
    assert result.speakers == 3 and result.seconds == 600  # used where known, else allotted
    groups = {share.key: share for share in result.by_group}
    assert groups["states"].speakers == 1 and groups["states"].time_share == pytest.approx(0.5)
    assert groups["trade_unions"].seconds == 200
    assert groups["civil_society"].speaker_share == pytest.approx(1 / 3)
    assert groups["youth"].speakers == 0
    genders = {share.key: share for share in result.by_gender}
    assert genders["female"].speakers == 2 and genders["male"].time_share == pytest.approx(0.5)


def test_balance_warns_about_registered_groups_not_heard(db: Any) -> None:
    with db.reading() as session:
        segment_id = _segment(session)
        before = {w.group: w.registered for w in balance(session, segment_id).warnings}
    # The demo registers people of every group, and nobody is on this list yet.
    assert set(before) == set(CategoryGroup) - {CategoryGroup.NONE}
    with db.unit_of_work() as session:
        youth = _person(session, "Y", "Youth", OrganisationCategory.YOUTH)
        _person(
            session,
            "M",
            "Migrant",
            OrganisationCategory.MIGRANT_ASSOCIATION,
            status=AccreditationStatus.REQUESTED,
        )
        _person(
            session,
            "P",
            "Private",
            OrganisationCategory.PRIVATE_SECTOR,
            status=AccreditationStatus.REFUSED,
        )  # refused: does not count
        _person(session, "R", "Research", OrganisationCategory.RESEARCH, status=None)
        add_speaker(session, segment_id, youth)
        opening = _segment(session, SegmentKind.OPENING)
    with db.reading() as session:
        result = balance(session, segment_id)
        opening_balance = balance(session, opening)
    warned = {w.group: w for w in result.warnings}
    # The youth are heard; a request counts, the refused and the unregistered do not.
    assert set(warned) == set(before) - {CategoryGroup.YOUTH}
    migrants = CategoryGroup.MIGRANT_ASSOCIATIONS
    assert warned[migrants].registered == before[migrants] + 1
    for group in (CategoryGroup.PRIVATE_SECTOR, CategoryGroup.RESEARCH):
        assert warned[group].registered == before[group]
    assert warned[migrants].priority
    assert "¶75" in warned[migrants].message
    assert not warned[CategoryGroup.UN_IGO].priority
    assert opening_balance.warnings == ()  # only thematic segments are checked


def test_find_people_by_name(db: Any) -> None:
    with db.unit_of_work() as session:
        _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION)
    with db.reading() as session:
        assert [m.label for m in find_people(session, "núñ")] == ["José Núñez — Núñez trade_union"]
        assert find_people(session, "Sutherland")[0].label.startswith("Peter Sutherland")
        assert find_people(session, "x") == []


# --- the clock -------------------------------------------------------------------------


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _queue() -> list[QueuedSpeaker]:
    return [QueuedSpeaker(uuid.uuid4(), 60, "first"), QueuedSpeaker(uuid.uuid4(), 120, "second")]


def test_clock_start_pause_resume() -> None:
    time = FakeTime()
    queue = _queue()
    clock = SpeakingClock(time, queue)
    assert clock.current is None and clock.elapsed() == 0 and not clock.overrun
    assert clock.start() == queue[0]
    assert clock.running
    time.now += 20
    assert clock.elapsed() == 20 and clock.remaining() == 40
    clock.pause()
    assert clock.paused and not clock.running
    time.now += 500  # a pause does not count
    assert clock.elapsed() == 20
    clock.resume()
    time.now += 10
    assert clock.elapsed() == 30


def test_clock_overrun_and_next() -> None:
    time = FakeTime()
    queue = _queue()
    clock = SpeakingClock(time, queue)
    clock.start()
    time.now += 75.4
    assert clock.overrun and clock.remaining() == pytest.approx(-15.4)
    assert clock.next_speaker() == (queue[0].id, 75)
    assert clock.current == queue[1] and clock.running  # the next one has the floor
    assert clock.elapsed() == 0 and not clock.overrun
    time.now += 30
    assert clock.next_speaker() == (queue[1].id, 30)
    assert clock.current is None and not clock.running
    assert clock.next_speaker() is None
    assert clock.start() is None  # nobody waits


def test_clock_next_while_paused_keeps_the_next_speaker_waiting() -> None:
    time = FakeTime()
    queue = _queue()
    clock = SpeakingClock(time, [])
    clock.set_queue(queue)
    clock.start()
    time.now += 5
    clock.pause()
    assert clock.next_speaker() == (queue[0].id, 5)
    assert clock.current == queue[1] and clock.paused
    time.now += 50
    assert clock.elapsed() == 0
    clock.set_queue(queue)  # a refreshed list leaves the current speaker out of the queue
    assert clock.queue == (queue[0],)

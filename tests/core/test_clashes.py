"""services/programme/clashes.py: the programme's clash report, on the 2006 demo forum."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import time
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session
from tests.demo_day import clear_speakers

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.programme.clashes import Clash, find_clashes
from forumdesk.store.database import Database
from forumdesk.store.enums import (
    AccreditationStatus,
    InterventionStatus,
    SegmentKind,
    SegmentRoleKind,
)
from forumdesk.store.models import (
    Day,
    ForumSession,
    Intervention,
    Registration,
    Representative,
    Room,
    Segment,
    SegmentRole,
)

PART_1, PART_2, PART_3 = "Première partie", "Deuxième partie", "Troisième partie"


@pytest.fixture
def db(demo_db: Any) -> Iterator[Database]:
    with demo_db.unit_of_work() as session:
        clear_speakers(session)
    yield demo_db


def _forum(session: Session) -> uuid.UUID:
    forum_id = demo_forum_id(session)
    assert forum_id is not None
    return forum_id


def _segment(session: Session, title: str) -> Segment:
    return session.scalars(select(Segment).where(Segment.title == title)).one()


def _sutherland(session: Session) -> Representative:
    return session.scalars(
        select(Representative).where(Representative.family_name == "Sutherland")
    ).one()


def _clashes(db: Database) -> list[Clash]:
    with db.reading() as session:
        return find_clashes(session, _forum(session))


def _person(session: Session, family: str, status: AccreditationStatus | None) -> Representative:
    person = Representative(given_name="Ana", family_name=family, title="Mme")
    session.add(person)
    session.flush()
    if status is not None:
        session.add(
            Registration(forum_id=_forum(session), representative_id=person.id, status=status)
        )
    return person


def test_the_demo_programme_has_no_clashes(db: Database) -> None:
    assert _clashes(db) == []


def test_part_2_moved_onto_part_1_double_books_the_room(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1, part_2 = _segment(session, PART_1), _segment(session, PART_2)
        part_2.starts_at, part_2.ends_at = part_1.starts_at, part_1.ends_at
        ids = {part_1.id, part_2.id}

    clashes = _clashes(db)
    # Same room, same times, nobody named in either: the room is the only clash.
    assert [c.kind for c in clashes] == ["room_double_booked"]
    (clash,) = clashes
    assert set(clash.segment_ids) == ids
    assert "Salle plénière" in clash.message
    assert PART_1 in clash.message and PART_2 in clash.message
    assert "10:35–11:45" in clash.message
    assert clash.as_json()["segment_ids"] == [str(s) for s in clash.segment_ids]
    assert clash.as_json()["kind"] == "room_double_booked"


def test_a_person_in_two_overlapping_segments(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1, part_2 = _segment(session, PART_1), _segment(session, PART_2)
        annex = Room(forum_id=_forum(session), name="Salle 2", position=1)
        session.add(annex)
        session.flush()
        part_2.room_id = annex.id
        part_2.starts_at, part_2.ends_at = time(11, 0), time(12, 30)
        person = _sutherland(session)
        session.add(
            SegmentRole(
                segment_id=part_1.id,
                role=SegmentRoleKind.MODERATOR,
                representative_id=person.id,
                position=0,
            )
        )
        session.add(Intervention(segment_id=part_2.id, representative_id=person.id, position=0))
        ids, person_id = {part_1.id, part_2.id}, person.id

    clashes = _clashes(db)
    assert [c.kind for c in clashes] == ["person_double_booked"]  # different rooms
    (clash,) = clashes
    assert set(clash.segment_ids) == ids
    assert clash.person_ids == (person_id,)
    assert "M. Peter Sutherland" in clash.message
    assert "moderator" in clash.message and "speaker" in clash.message


def test_a_withdrawn_intervention_does_not_double_book(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1, part_2 = _segment(session, PART_1), _segment(session, PART_2)
        part_2.room_id = None
        part_2.starts_at = time(11, 0)
        person = _sutherland(session)
        for n, segment in enumerate((part_1, part_2)):
            session.add(
                Intervention(
                    segment_id=segment.id,
                    representative_id=person.id,
                    position=0,
                    status=InterventionStatus.WITHDRAWN if n else InterventionStatus.LISTED,
                )
            )
    assert _clashes(db) == []


def test_speakers_who_are_not_accredited(db: Database) -> None:
    with db.unit_of_work() as session:
        part_3 = _segment(session, PART_3)
        stranger = _person(session, "Nowhere", None)
        waiting = _person(session, "Pending", AccreditationStatus.REQUESTED)
        refused_but_withdrawn = _person(session, "Gone", AccreditationStatus.REFUSED)
        session.add(Intervention(segment_id=part_3.id, representative_id=stranger.id, position=0))
        session.add(
            SegmentRole(
                segment_id=part_3.id,
                role=SegmentRoleKind.PANELLIST,
                representative_id=waiting.id,
                position=0,
            )
        )
        session.add(
            Intervention(
                segment_id=part_3.id,
                representative_id=refused_but_withdrawn.id,
                position=1,
                status=InterventionStatus.WITHDRAWN,
            )
        )
        part_3_id = part_3.id

    clashes = _clashes(db)
    assert [c.kind for c in clashes] == ["speaker_not_accredited"] * 2
    by_name = {c.message.split(" is ")[0]: c for c in clashes}
    assert set(by_name) == {"Mme Ana Nowhere", "Mme Ana Pending"}
    assert "not registered" in by_name["Mme Ana Nowhere"].message
    assert "registration requested" in by_name["Mme Ana Pending"].message
    assert all(c.segment_ids == (part_3_id,) for c in clashes)
    assert PART_3 in by_name["Mme Ana Pending"].message


def test_a_segment_outside_its_day_and_session(db: Database) -> None:
    with db.unit_of_work() as session:
        closing = _segment(session, "Séance de clôture")
        closing.starts_at, closing.ends_at = time(17, 45), time(18, 30)
        closing_id = closing.id
    clashes = _clashes(db)
    assert [c.kind for c in clashes] == ["outside_day_hours"]
    assert clashes[0].segment_ids == (closing_id,)
    assert "17:45–18:30" in clashes[0].message
    assert "15:00–18:00" in clashes[0].message  # the afternoon session
    assert "10:00–18:00" in clashes[0].message  # the day


def test_a_segment_that_ends_before_it_starts(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1 = _segment(session, PART_1)
        part_1.ends_at = time(10, 0)
    clashes = _clashes(db)
    assert [c.kind for c in clashes] == ["outside_day_hours"]
    assert "ends before it starts" in clashes[0].message


def test_panels_need_a_chair_or_moderator(db: Database) -> None:
    with db.unit_of_work() as session:
        part_3 = _segment(session, PART_3)
        part_3.kind = SegmentKind.PANEL
        part_3_id = part_3.id
    clashes = _clashes(db)
    assert [(c.kind, c.segment_ids) for c in clashes] == [("no_chair_or_moderator", (part_3_id,))]
    assert "panel" in clashes[0].message

    with db.unit_of_work() as session:
        (organisation_id,) = session.execute(
            select(Representative.organisation_id).where(Representative.family_name == "Sutherland")
        ).one()
        session.add(
            SegmentRole(
                segment_id=part_3_id,
                role=SegmentRoleKind.CHAIR,
                organisation_id=organisation_id,
                position=0,
            )
        )
    assert _clashes(db) == []


def test_an_empty_chair_slot_on_a_thematic_part_is_reported(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1 = _segment(session, PART_1)
        session.add(
            SegmentRole(segment_id=part_1.id, role=SegmentRoleKind.MODERATOR, label="To be named")
        )
    clashes = _clashes(db)
    assert [c.kind for c in clashes] == ["no_chair_or_moderator"]
    assert "slot is still empty" in clashes[0].message


def test_tombstoned_segments_are_left_out(db: Database) -> None:
    with db.unit_of_work() as session:
        part_1, part_2 = _segment(session, PART_1), _segment(session, PART_2)
        part_2.starts_at, part_2.ends_at = part_1.starts_at, part_1.ends_at
        part_2.deleted_at = part_1.updated_at
    assert _clashes(db) == []


def test_one_query_per_table_whatever_the_size(db: Database) -> None:
    def queries() -> int:
        statements: list[str] = []

        def count(*args: Any) -> None:
            statements.append(args[2])

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            _clashes(db)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(statements)

    small = queries()
    with db.unit_of_work() as session:
        forum_id = _forum(session)
        day = session.scalars(select(Day).where(Day.forum_id == forum_id)).one()
        sitting = ForumSession(
            day_id=day.id, kind="evening", title="Soir", starts_at=time(8), ends_at=time(20)
        )
        session.add(sitting)
        session.flush()
        person = _sutherland(session)
        for n in range(40):
            segment = Segment(
                session_id=sitting.id,
                kind=SegmentKind.PANEL,
                title=f"Panel {n}",
                starts_at=time(8 + n % 10),
                ends_at=time(9 + n % 10),
                position=n,
            )
            session.add(segment)
            session.flush()
            session.add(
                Intervention(segment_id=segment.id, representative_id=person.id, position=0)
            )
    assert len(_clashes(db)) > 40
    assert queries() <= small + 1  # the people's names: none were on the demo's list
    assert small <= 10

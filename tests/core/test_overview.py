"""The Overview's live state of the 2006 demo: now and next at any moment of the day,
the speaker on the floor, the things to act on, and a load asked for in parts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.overview.actions import likely_duplicates, things_to_act_on
from forumdesk.services.overview.load import load_overview
from forumdesk.services.overview.now_next import Phase, now_and_next
from forumdesk.services.overview.parts import EVERYTHING, Part
from forumdesk.services.programme.programme import programme_view
from forumdesk.services.programme.speakers.lists import add_speaker
from forumdesk.services.programme.speakers.turns import finish_turn, start_turn
from forumdesk.services.registry.walk_in import WalkIn, register_walk_in
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus, InterventionStatus
from forumdesk.store.models import Intervention, Registration

# New York is four hours behind UTC in July.
BEFORE = datetime(2006, 7, 12, 12, 0, tzinfo=UTC)  # 08:00 at the venue
LONG_AFTER = datetime(2006, 7, 13, 12, 0, tzinfo=UTC)


def _forum(db: Database) -> uuid.UUID:
    with db.reading() as session:
        forum_id = demo_forum_id(session)
    assert forum_id is not None
    return forum_id


def _segments(db: Database, forum_id: uuid.UUID) -> list[Any]:
    with db.reading() as session:
        return [
            s for d in programme_view(session, forum_id) for x in d.sessions for s in x.segments
        ]


def _accredited_person(db: Database, forum_id: uuid.UUID, segment_id: uuid.UUID) -> uuid.UUID:
    """An accredited person not yet on the segment's list (the demo's lists hold some,
    and registrations' ids, hence the order, differ from one demo to the next)."""
    listed = select(Intervention.representative_id).where(
        Intervention.segment_id == segment_id, Intervention.representative_id.is_not(None)
    )
    with db.reading() as session:
        return session.scalars(
            select(Registration.representative_id)
            .where(
                Registration.forum_id == forum_id,
                Registration.status == AccreditationStatus.ACCREDITED,
                Registration.representative_id.not_in(listed),
            )
            .order_by(Registration.id)
            .limit(1)
        ).one()


def test_now_and_next_follow_the_programme_at_the_venue(demo_db: Database) -> None:
    forum_id = _forum(demo_db)
    segments = _segments(demo_db, forum_id)
    first, second = segments[0], segments[1]
    with demo_db.reading() as session:
        # The speakers lists may have a turn with the floor: close it for this test.
        session.execute(
            Intervention.__table__.update()
            .where(Intervention.status == InterventionStatus.SPEAKING)
            .values(status=InterventionStatus.SPOKE)
        )
        before = now_and_next(session, forum_id, BEFORE)
        # Five minutes into the first segment, venue time.
        start = datetime.combine(datetime(2006, 7, 12).date(), first.starts_at)
        during_at = datetime(2006, 7, 12, start.hour + 4, start.minute + 5, tzinfo=UTC)
        during = now_and_next(session, forum_id, during_at)
        after = now_and_next(session, forum_id, LONG_AFTER)
    assert before.phase == Phase.BEFORE and before.now is None
    assert before.next is not None and before.next.id == first.id
    assert before.at.utcoffset() is not None and before.at.hour == 8  # venue time

    assert during.phase == Phase.DURING
    assert during.now is not None and during.now.id == first.id
    assert during.next is not None and during.next.id == second.id
    assert during.now.starts.hour == first.starts_at.hour  # shown in the venue's zone

    assert after.phase == Phase.AFTER and after.now is None and after.next is None


def test_the_speaker_on_the_floor_makes_their_segment_the_one_running(
    demo_db: Database,
) -> None:
    forum_id = _forum(demo_db)
    segments = _segments(demo_db, forum_id)
    third, fourth = segments[2], segments[3]
    person = _accredited_person(demo_db, forum_id, third.id)
    started = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    with demo_db.unit_of_work() as session:
        session.execute(
            Intervention.__table__.update()
            .where(Intervention.status == InterventionStatus.SPEAKING)
            .values(status=InterventionStatus.SPOKE)
        )
        line = add_speaker(session, third.id, person, 240)
        start_turn(session, line.id, started, used_seconds=90)
    with demo_db.reading() as session:
        # Whatever the clock says (long after the day), the floor decides.
        state = now_and_next(session, forum_id, LONG_AFTER)
    assert state.phase == Phase.DURING
    assert state.now is not None and state.now.id == third.id
    assert state.next is not None and state.next.id == fourth.id
    assert state.floor is not None
    assert state.floor.intervention_id == line.id
    assert (state.floor.used_seconds, state.floor.allotted_seconds) == (90, 240)
    assert state.floor.speaker == line.name

    with demo_db.unit_of_work() as session:
        finish_turn(session, line.id, 120, started)
    with demo_db.reading() as session:
        assert now_and_next(session, forum_id, LONG_AFTER).floor is None


def test_things_to_act_on_count_what_waits(demo_db: Database) -> None:
    forum_id = _forum(demo_db)
    with demo_db.reading() as session:
        before = things_to_act_on(session, forum_id)
    with demo_db.unit_of_work() as session:
        for family in ("Requestone", "Requesttwo"):
            register_walk_in(
                session,
                forum_id,
                WalkIn(given_name="Test", family_name=family, accredit=False),
                decided_by="Test",
            )
    with demo_db.reading() as session:
        after = things_to_act_on(session, forum_id)
        duplicates = likely_duplicates(session)
    assert after.requests == before.requests + 2
    assert after.summary_version_id is not None
    assert set(after.uncited) <= set(range(1, 77))
    assert after.uncited  # the demo's notes do not cite all 76 paragraphs
    assert duplicates.pairs >= 0 and (duplicates.at_least is False or duplicates.pairs == 200)


def test_a_load_asked_for_arrivals_only_reuses_the_accredited_counts(
    demo_db: Database,
) -> None:
    forum_id = _forum(demo_db)
    with demo_db.reading() as session:
        full = load_overview(session, forum_id, EVERYTHING, None, LONG_AFTER)
    assert full.figures is not None and full.state is not None and full.to_act is not None
    assert full.accredited is not None and full.attendance is not None
    with demo_db.reading() as session:
        arrivals = load_overview(
            session, forum_id, frozenset({Part.ARRIVALS}), full.accredited, LONG_AFTER
        )
        gone = load_overview(session, uuid.uuid4(), EVERYTHING, None, LONG_AFTER)
    assert arrivals.figures is None and arrivals.state is None and arrivals.to_act is None
    assert arrivals.accredited is None  # not read again
    assert arrivals.attendance is not None
    assert arrivals.attendance.registered == full.attendance.registered
    assert gone.forum_id is None and gone.summary is None

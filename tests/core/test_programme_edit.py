"""Moving and resizing segments: sittings follow, bad places are refused."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.programme.edit import (
    ProgrammeEditError,
    SegmentPlace,
    move_segment,
    segment_place,
    timeline,
)
from forumdesk.store.database import Database
from forumdesk.store.models import Day, ForumSession, Room, Segment


def _db(demo_db: Any) -> Database:
    assert isinstance(demo_db, Database)
    return demo_db


def test_the_timeline_lists_the_days_rooms_and_six_segments(demo_db: Any) -> None:
    with _db(demo_db).reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        data = timeline(session, forum_id)
    assert len(data.days) == 1 and data.days[0].date == date(2006, 7, 12)
    assert [room.name for room in data.rooms] == ["Salle plénière"]
    assert data.blocks[0].place.starts_at == time(10, 0)
    assert len(data.blocks) == 6


def test_a_segment_moves_to_another_room_and_day_and_back(demo_db: Any) -> None:
    db = _db(demo_db)
    with db.unit_of_work() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        second = Day(forum_id=forum_id, date=date(2006, 7, 13), position=1)
        room = Room(forum_id=forum_id, name="Salle 2", position=1)
        session.add_all([second, room])
        session.flush()
        second_id, room_id = second.id, room.id
        first = session.scalars(select(Segment).order_by(Segment.starts_at)).first()
        assert first is not None
        segment_id = first.id
    with db.unit_of_work() as session:
        before = move_segment(
            session, segment_id, SegmentPlace(second_id, room_id, time(15, 0), time(15, 45))
        )
    with db.reading() as session:
        after = segment_place(session, segment_id)
        sitting = session.get_one(ForumSession, session.get_one(Segment, segment_id).session_id)
        sitting_day = sitting.day_id
    assert after == SegmentPlace(second_id, room_id, time(15, 0), time(15, 45))
    assert sitting_day == second_id  # the empty day got a sitting to hold it
    with db.unit_of_work() as session:
        move_segment(session, segment_id, before)
    with db.reading() as session:
        assert segment_place(session, segment_id) == before


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [(time(11, 0), time(10, 0), "end after it starts"), (time(11, 0), time(11, 0), "end after")],
)
def test_a_segment_must_end_after_it_starts(
    demo_db: Any, start: time, end: time, reason: str
) -> None:
    db = _db(demo_db)
    with db.unit_of_work() as session:
        segment = session.scalars(select(Segment)).first()
        assert segment is not None
        place = segment_place(session, segment.id)
        with pytest.raises(ProgrammeEditError, match=reason):
            move_segment(session, segment.id, SegmentPlace(place.day_id, None, start, end))

"""The segment editor's service: read a segment as one value, write it back."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.services.programme.segment_editor import (
    DocumentInput,
    RoleInput,
    SegmentProblems,
    find_people,
    segment_detail,
    update_segment,
)
from forumdesk.services.registry.people import sort_key
from forumdesk.store.database import Database
from forumdesk.store.enums import SegmentKind, SegmentRoleKind
from forumdesk.store.models import (
    Representative,
    Room,
    Segment,
    SegmentDocument,
    SegmentRole,
    SegmentSection,
)


def _db(demo_db: Any) -> Database:
    assert isinstance(demo_db, Database)
    return demo_db


def _segment(db: Database, title: str) -> uuid.UUID:
    with db.reading() as session:
        return session.scalars(select(Segment.id).where(Segment.title == title)).one()


def _person(db: Database, given: str = "Ndioro", family: str = "Ndiaye") -> uuid.UUID:
    with db.unit_of_work() as session:
        person = Representative(
            given_name=given,
            family_name=family,
            given_name_latin=given,
            family_name_latin=family,
            sort_key=sort_key(family, given),
        )
        session.add(person)
        session.flush()
        return person.id


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every column of every row the editor may touch, to prove nothing moved."""
    tables = (Segment, SegmentRole, SegmentSection, SegmentDocument, Room)
    with db.reading() as session:
        return {
            table.__tablename__: sorted(
                (tuple(str(v) for v in row) for row in session.execute(select(table.__table__))),
            )
            for table in tables
        }


def test_the_detail_holds_the_values_and_the_choices(demo_db: Any) -> None:
    db = _db(demo_db)
    opening = _segment(db, "Séance inaugurale")
    with db.reading() as session:
        detail = segment_detail(session, opening)
    assert detail.data.title == "Séance inaugurale"
    assert detail.data.kind is SegmentKind.OPENING
    assert detail.data.section_ids == () and detail.data.documents == ()
    assert [room.name for room in detail.rooms] == ["Salle plénière"]
    assert detail.data.room_id == detail.rooms[0].id
    assert [r.role for r in detail.data.roles] == [SegmentRoleKind.ADDRESS] * 3
    assert [r.person for r in detail.roles] == [None, None, "M. Peter Sutherland"]
    assert detail.roles[2].label.startswith("Allocution du Représentant spécial")
    assert detail.role_kinds == tuple(SegmentRoleKind)
    numbers = [(s.number, s.first_paragraph, s.last_paragraph) for s in detail.sections]
    assert ("I", 1, 7) in numbers and ("V", 65, 76) in numbers
    introduction = next(s for s in detail.sections if s.number == "I")
    assert introduction.range_text == "¶¶ 1–7"


def test_title_kind_theme_room_roles_sections_and_documents_are_written(demo_db: Any) -> None:
    db = _db(demo_db)
    part = _segment(db, "Première partie")
    person = _person(db)
    with db.reading() as session:
        detail = segment_detail(session, part)
    sections = [s.id for s in detail.sections if s.number in ("III", "A")][:2]
    data = replace(
        detail.data,
        title="  Part One  ",
        kind=SegmentKind.PANEL,
        theme="Rights of migrants",
        room_id=None,
        new_room="Conference Room 4",
        roles=(
            RoleInput(SegmentRoleKind.CHAIR, person),
            RoleInput(SegmentRoleKind.RAPPORTEUR, None, "To be named"),
        ),
        section_ids=tuple(sections),
        documents=(DocumentInput("Background note", "https://example.org/note.pdf"),),
    )
    with db.unit_of_work() as session:
        stored = update_segment(session, part, data)
    assert stored.new_room == "" and stored.room_id is not None
    assert all(role.id is not None for role in stored.roles)
    with db.reading() as session:
        after = segment_detail(session, part)
        room_name = session.get_one(Room, after.data.room_id).name
        chair = session.get_one(SegmentRole, after.data.roles[0].id)
        person_row = session.get_one(Representative, person)
        assert chair.organisation_id == person_row.organisation_id
    assert after.data == stored
    assert after.data.title == "Part One" and after.data.kind is SegmentKind.PANEL
    assert after.data.theme == "Rights of migrants"
    assert room_name == "Conference Room 4"
    assert [r.name for r in after.rooms] == ["Salle plénière", "Conference Room 4"]
    assert [(r.role, r.person, r.label) for r in after.roles] == [
        (SegmentRoleKind.CHAIR, "Ndioro Ndiaye", ""),
        (SegmentRoleKind.RAPPORTEUR, None, "To be named"),
    ]
    assert after.data.section_ids == tuple(sections)
    assert [(d.title, d.location) for d in after.data.documents] == [
        ("Background note", "https://example.org/note.pdf")
    ]


def test_a_typed_room_that_exists_is_chosen_not_made_again(demo_db: Any) -> None:
    db = _db(demo_db)
    part = _segment(db, "Deuxième partie")
    with db.reading() as session:
        detail = segment_detail(session, part)
    with db.unit_of_work() as session:
        stored = update_segment(
            session, part, replace(detail.data, room_id=None, new_room="salle PLÉNIÈRE")
        )
    assert stored.room_id == detail.rooms[0].id
    with db.reading() as session:
        assert len(session.scalars(select(Room)).all()) == 1


def test_a_round_trip_changes_nothing(demo_db: Any) -> None:
    db = _db(demo_db)
    opening = _segment(db, "Séance inaugurale")
    with db.reading() as session:
        detail = segment_detail(session, opening)
        some = [s.id for s in detail.sections][:3]
    with db.unit_of_work() as session:
        update_segment(
            session,
            opening,
            replace(
                detail.data,
                section_ids=tuple(some),
                documents=(DocumentInput("Programme", "/srv/docs/programme.pdf"),),
            ),
        )
    with db.reading() as session:
        before = segment_detail(session, opening)
    rows = _rows(db)
    with db.unit_of_work() as session:
        assert update_segment(session, opening, before.data) == before.data
    assert _rows(db) == rows


def test_removed_items_are_tombstoned_and_undo_revives_them(demo_db: Any) -> None:
    db = _db(demo_db)
    opening = _segment(db, "Séance inaugurale")
    with db.reading() as session:
        detail = segment_detail(session, opening)
        section = detail.sections[0].id
    with db.unit_of_work() as session:
        full = update_segment(
            session,
            opening,
            replace(
                detail.data,
                section_ids=(section,),
                documents=(DocumentInput("Note", "note.odt"),),
            ),
        )
    emptied = replace(full, roles=full.roles[2:], section_ids=(), documents=())
    with db.unit_of_work() as session:
        update_segment(session, opening, emptied)
    with db.reading() as session:
        roles = session.scalars(select(SegmentRole).where(SegmentRole.segment_id == opening)).all()
        assert len(roles) == 3, "roles are tombstoned, not deleted"
        assert sorted(r.deleted_at is None for r in roles) == [False, False, True]
        [link] = session.scalars(select(SegmentSection)).all()
        [document] = session.scalars(select(SegmentDocument)).all()
        assert link.deleted_at is not None and document.deleted_at is not None
        assert segment_detail(session, opening).data == emptied
    with db.unit_of_work() as session:  # undo: the "before" value brings the same rows back
        update_segment(session, opening, full)
    with db.reading() as session:
        assert segment_detail(session, opening).data == full
        assert len(session.scalars(select(SegmentRole)).all()) == 4
        assert len(session.scalars(select(SegmentSection)).all()) == 1
        assert len(session.scalars(select(SegmentDocument)).all()) == 1


def test_bad_input_is_refused_with_every_problem_and_nothing_is_written(demo_db: Any) -> None:
    db = _db(demo_db)
    opening = _segment(db, "Séance inaugurale")
    with db.reading() as session:
        detail = segment_detail(session, opening)
    rows = _rows(db)
    bad = replace(
        detail.data,
        title="   ",
        new_room="A new room that must not appear",
        roles=(RoleInput(SegmentRoleKind.CHAIR, uuid.uuid4()),),
        section_ids=(uuid.uuid4(),),
        documents=(DocumentInput("", "https://example.org"),),
    )
    with pytest.raises(SegmentProblems) as caught, db.unit_of_work() as session:
        update_segment(session, opening, bad)
    fields = [problem.field for problem in caught.value.problems]
    assert fields == ["title", "roles", "sections", "documents"]
    assert "unknown representative" in caught.value.problems[1].reason
    assert _rows(db) == rows
    with pytest.raises(SegmentProblems, match="room"), db.unit_of_work() as session:
        update_segment(session, opening, replace(detail.data, room_id=uuid.uuid4()))
    with pytest.raises(SegmentProblems, match="segment"), db.reading() as session:
        segment_detail(session, uuid.uuid4())


def test_people_are_found_as_you_type(demo_db: Any) -> None:
    db = _db(demo_db)
    person = _person(db)
    with db.reading() as session:
        assert find_people(session, "") == []
        found = find_people(session, "ndi")
        assert [(p.id, p.label) for p in found] == [(person, "Ndioro Ndiaye")]
        [sutherland] = find_people(session, "suth")
        assert sutherland.label.startswith("Peter Sutherland")

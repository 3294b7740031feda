"""No lost update for notes and segments: two users on one SQLite file (issue 14, point 3)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import time

import pytest
from sqlalchemy import select

from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt, merged_set
from forumdesk.services.minutes.workflow import (
    MinutesText,
    latest,
    save_draft,
    start_minutes,
    version_html,
    versions,
)
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import (
    NoteView,
    create_note,
    get_note,
    html_from_plain,
    update_note,
)
from forumdesk.services.programme.edit import move_segment, segment_place
from forumdesk.services.programme.segment_editor import (
    RoleInput,
    SegmentDetail,
    SegmentInput,
    segment_detail,
    update_segment,
)
from forumdesk.services.programme.speakers.lists import add_speaker, set_allotted
from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.store.database import Database
from forumdesk.store.enums import SegmentRoleKind
from forumdesk.store.models import Day, Document, Intervention, NoteLink, Room, Segment

# --- notes ---------------------------------------------------------------------------


def _new_note(database: Database) -> uuid.UUID:
    with database.unit_of_work() as session:
        document = session.scalars(select(Document)).one()
        return create_note(
            session,
            document.forum_id,
            NoteInput(
                body_html=html_from_plain("Remittance costs"),
                body_text="Remittance costs",
                document_id=document.id,
                paragraphs=(23, 24),
                tags=("remittances",),
            ),
        )


def _read_note(database: Database, ident: uuid.UUID) -> NoteView:
    with database.reading() as session:
        return get_note(session, ident)


def _save_note(database: Database, form: NoteView, **changes: object) -> None:
    data = form.as_input()
    if "body_text" in changes:
        changes["body_html"] = html_from_plain(str(changes["body_text"]))
    with database.unit_of_work() as session:
        update_note(
            session,
            form.id,
            dataclasses.replace(data, **changes),
            read=ReadAt(form.version, data),
        )


def test_two_users_edit_one_note(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _new_note(ana)
    ana_form, ben_form = _read_note(ana, ident), _read_note(ben, ident)
    _save_note(ana, ana_form, body_text="Remittance costs must fall", tags=("remittances", "data"))
    # Ben adds a tag and a paragraph and drops one: merged with Ana's tag and text.
    _save_note(ben, ben_form, tags=("remittances", "youth"), paragraphs=(24, 25))
    note = _read_note(ana, ident)
    assert note.body_text == "Remittance costs must fall"
    assert set(note.tags) == {"remittances", "data", "youth"}
    assert note.paragraphs == (24, 25)

    with pytest.raises(EditConflict) as refused:
        _save_note(ben, ben_form, body_text="Remittances: cost of transfers")
    assert _read_note(ana, ident) == note  # nothing written
    (text,) = refused.value.conflicts
    assert text.field == "body_text" and text.changed_by == "Ana"
    assert (text.read, text.stored, text.wanted) == (
        "Remittance costs",
        "Remittance costs must fall",
        "Remittances: cost of transfers",
    )
    read, wanted = refused.value.resubmit(take_theirs=[])
    with ben.unit_of_work() as session:
        update_note(session, ident, wanted, read=read)
    stored = _read_note(ana, ident)
    assert stored.body_text == "Remittances: cost of transfers"
    assert "transfers" in stored.body_html  # the HTML goes with its text
    assert set(stored.tags) == {"remittances", "data", "youth"}


def test_a_link_both_changed_names_who_changed_it(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _new_note(ana)
    with ana.reading() as session:
        first, second = session.scalars(select(Segment.id).order_by(Segment.starts_at)).all()[:2]
    ana_form, ben_form = _read_note(ana, ident), _read_note(ben, ident)
    _save_note(ana, ana_form, segment_id=first)
    with pytest.raises(EditConflict) as refused:
        _save_note(ben, ben_form, segment_id=second)
    (link,) = refused.value.conflicts
    assert (link.field, link.stored, link.wanted) == ("segment_id", first, second)
    assert link.changed_by == "Ana"
    with ana.reading() as session:
        linked = session.scalars(
            select(NoteLink.segment_id).where(
                NoteLink.note_id == ident, NoteLink.deleted_at.is_(None)
            )
        ).all()
    assert second not in linked


def test_sets_merge_additions_and_removals_of_both() -> None:
    assert merged_set("abc", "abd", "bce", key=str) == ("b", "d", "e")


# --- segments ------------------------------------------------------------------------


def _first_segment(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(select(Segment.id).order_by(Segment.starts_at)).first()  # type: ignore[return-value]


def _read_segment(database: Database, ident: uuid.UUID) -> SegmentDetail:
    with database.reading() as session:
        return segment_detail(session, ident)


def _save_segment(database: Database, form: SegmentDetail, **changes: object) -> SegmentInput:
    with database.unit_of_work() as session:
        return update_segment(
            session,
            form.segment_id,
            dataclasses.replace(form.data, **changes),
            read=ReadAt(form.version, form.data),
        )


def test_two_users_edit_one_segment(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _first_segment(ana)
    ana_form, ben_form = _read_segment(ana, ident), _read_segment(ben, ident)
    role = RoleInput(SegmentRoleKind.RAPPORTEUR, label="Ms. Rapporteur")
    _save_segment(
        ana, ana_form, title="Opening of the hearings", roles=(*ana_form.data.roles, role)
    )
    _save_segment(ben, ben_form, theme="Welcome addresses")
    stored = _read_segment(ana, ident).data
    assert (stored.title, stored.theme) == ("Opening of the hearings", "Welcome addresses")
    assert [r.label for r in stored.roles][-1] == "Ms. Rapporteur"  # Ana's role kept

    with pytest.raises(EditConflict) as refused:
        _save_segment(ben, ben_form, title="Opening", theme="Welcome addresses")
    assert _read_segment(ana, ident).data == stored
    (title,) = refused.value.conflicts
    assert (title.read, title.stored, title.wanted) == (
        ben_form.data.title,
        "Opening of the hearings",
        "Opening",
    )
    assert title.changed_by == "Ana"
    read, wanted = refused.value.resubmit(take_theirs=["title"])
    with ben.unit_of_work() as session:
        update_segment(session, ident, wanted, read=read)
    assert _read_segment(ana, ident).data == stored


def test_a_segment_moved_meanwhile(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _first_segment(ana)
    with ana.unit_of_work() as session:
        shown = segment_place(session, ident)
        forum_id = session.get_one(Day, shown.day_id).forum_id
        added = [Room(forum_id=forum_id, name=name, position=9) for name in ("Room 2", "Room 3")]
        session.add_all(added)
        session.flush()
        rooms = [room.id for room in added]
    other_room = rooms[0]
    with ana.unit_of_work() as session:  # Ana drags it to another room
        move_segment(session, ident, dataclasses.replace(shown, room_id=other_room), read=shown)
    later = dataclasses.replace(shown, starts_at=time(10, 5), ends_at=time(10, 35))
    with ben.unit_of_work() as session:  # Ben, from the same picture, makes it later
        move_segment(session, ident, later, read=shown)
    with ben.reading() as session:
        assert segment_place(session, ident) == dataclasses.replace(later, room_id=other_room)
    with pytest.raises(EditConflict) as refused, ben.unit_of_work() as session:
        move_segment(session, ident, dataclasses.replace(shown, room_id=rooms[-1]), read=shown)
    assert [c.field for c in refused.value.conflicts] == ["room_id"]
    with ben.reading() as session:
        assert segment_place(session, ident).room_id == other_room


# --- minutes -------------------------------------------------------------------------


def _read_minutes(database: Database, minutes_id: uuid.UUID) -> ReadAt[MinutesText]:
    with database.reading() as session:
        current = latest(session, minutes_id)
        html = version_html(session, minutes_id)
        return ReadAt(current.version, MinutesText(current.number, html))


def test_two_users_edit_one_minutes(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    with ana.unit_of_work() as session:
        minutes_id = start_minutes(session, _first_segment(ana), "Ana")
    ana_read, ben_read = _read_minutes(ana, minutes_id), _read_minutes(ben, minutes_id)
    with ana.unit_of_work() as session:
        assert save_draft(session, minutes_id, "<p>Ana's minutes</p>", "Ana", read=ana_read) == 2
    # Ben's editor, unchanged, saves nothing over Ana's text.
    with ben.unit_of_work() as session:
        unchanged = ben_read.values.body_html
        assert save_draft(session, minutes_id, unchanged, "Ben", read=ben_read) == 2
    with pytest.raises(EditConflict) as refused, ben.unit_of_work() as session:
        save_draft(session, minutes_id, "<p>Ben's minutes</p>", "Ben", read=ben_read)
    (text,) = refused.value.conflicts
    assert text.stored == "<p>Ana's minutes</p>" and text.wanted == "<p>Ben's minutes</p>"
    assert text.changed_by == "Ana"
    with ben.reading() as session:
        assert [v.number for v in versions(session, minutes_id)] == [1, 2]
    again, wanted = refused.value.resubmit(take_theirs=[])
    with ben.unit_of_work() as session:
        assert save_draft(session, minutes_id, wanted.body_html, "Ben", read=again) == 3
    with ben.reading() as session:
        assert "Ben's minutes" in version_html(session, minutes_id)


# --- a speaker's time ----------------------------------------------------------------


def test_a_speaking_time_changed_meanwhile_is_not_overwritten(
    two_users: tuple[Database, Database],
) -> None:
    ana, ben = two_users
    with ana.unit_of_work() as session:
        person = create_representative(
            session, RepresentativeInput(given_name="Ndioro", family_name="Ndiaye")
        )
        turn = add_speaker(session, _first_segment(ana), person, allotted_seconds=180).id
    with ana.unit_of_work() as session:
        set_allotted(session, turn, 240, read=180)
    with ben.unit_of_work() as session:  # the same change: nothing to choose
        set_allotted(session, turn, 240, read=180)
    with pytest.raises(EditConflict) as refused, ben.unit_of_work() as session:
        set_allotted(session, turn, 300, read=180)
    (seconds,) = refused.value.conflicts
    assert (seconds.column, seconds.stored, seconds.wanted) == ("allotted_seconds", 240, 300)
    assert seconds.changed_by == "Ana"
    with ben.reading() as session:
        assert session.get_one(Intervention, turn).allotted_seconds == 240

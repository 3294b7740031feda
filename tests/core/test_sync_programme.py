"""Merging the programme side of the work: segments, speakers, notes and minutes made on
a laptop in the room come together with the office's edits, the same on both sides."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.core.two_copies import merge, rows, two_copies, work
from tests.demo_day import clear_demo_speakers

from forumdesk.services.database.integrity import run_check
from forumdesk.services.minutes.workflow import approve, latest, minutes_of_segment, start_minutes
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note, html_from_plain, update_note
from forumdesk.services.programme.segment_editor import segment_detail, update_segment
from forumdesk.services.programme.speakers.lists import add_speaker, record_speech, speakers_list
from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.enums import MinutesState
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Document, Forum, Minutes, Note, Segment, Tag
from forumdesk.store.types import utcnow

TABLES = ("segments", "segment_roles", "interventions", "notes", "note_links", "note_tags",
          "tags", "minutes", "minutes_versions", "representatives")  # fmt: skip
FIRST = "Première partie"


#: The notes a test writes, not the demo's own two (one for the record, one internal).
WRITTEN = Note.author.is_distinct_from("Secrétariat des rencontres")


@pytest.fixture(autouse=True)
def _without_demo_speakers(demo_db_path: Path) -> None:
    """A list's own workings, from empty lists (tests/demo_day.py)."""
    clear_demo_speakers(demo_db_path)


def _segment_id(session: Session) -> Any:
    return session.scalars(select(Segment.id).where(Segment.title == FIRST)).one()


def _in_the_room(session: Session) -> None:
    """Ben, on the laptop: a speaker who spoke, a note on ¶23, approved minutes."""
    segment = _segment_id(session)
    person = create_representative(session, RepresentativeInput("Amina", "Diallo"))
    session.flush()
    line = add_speaker(session, segment, person, 180)
    now = utcnow()
    record_speech(session, line.id, now - timedelta(seconds=200), now, 190)
    forum = session.scalars(select(Forum.id)).one()
    document = session.scalars(select(Document.id)).first()
    text = "Les transferts de fonds coûtent trop cher."
    create_note(
        session,
        forum,
        NoteInput(html_from_plain(text), text, document_id=document, paragraphs=(23,),
                  tags=("remittances",), segment_id=segment,
                  intervention_id=line.id, author="Ben"),
    )  # fmt: skip
    minutes = start_minutes(session, segment, "Ben")
    session.flush()
    approve(session, minutes, "Mme Rapporteure")


def _at_the_office(session: Session) -> None:
    """Ana, at the office: the segment's theme."""
    segment = _segment_id(session)
    data = segment_detail(session, segment).data
    update_segment(session, segment, dataclasses.replace(data, theme="Droits des migrants"))


def test_speakers_notes_and_minutes_from_the_room_meet_the_offices_edits(
    demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = two_copies(demo_db_path, tmp_path)
    work(b, "Ben", _in_the_room)
    work(a, "Ana", _at_the_office)

    office, _ = open_database(str(a), backup=False)
    try:
        result = sync_from(office, str(b))
        assert result.conflicts == [] and result.updated == 0
        # person, intervention, note, its link and tag (and the tag), minutes, version
        assert result.inserted >= 7
        with office.reading() as session:
            segment = _segment_id(session)
            assert segment_detail(session, segment).data.theme == "Droits des migrants"
            speakers = speakers_list(session, segment)
            assert [(s.name, s.used_seconds) for s in speakers] == [("Amina Diallo", 190)]
            note = session.scalars(select(Note).where(WRITTEN)).one()
            assert note.body_text == "Les transferts de fonds coûtent trop cher."
            targets = {(link.paragraph_number, link.intervention_id) for link in note.links}
            assert (23, None) in targets and (None, speakers[0].id) in targets
            minutes = minutes_of_segment(session, segment)
            assert minutes is not None
            approved = session.get_one(Minutes, minutes)
            assert approved.approved_by == "Mme Rapporteure"
            assert latest(session, minutes).state is MinutesState.APPROVED
    finally:
        office.dispose()
    laptop, _ = open_database(str(b), backup=False)
    try:
        back = sync_from(laptop, str(a))
        assert (back.inserted, back.updated, back.conflicts) == (0, 1, [])  # the theme
        assert [(x.table, x.record, x.action, x.fields) for x in back.lines] == [
            ("segments", FIRST, "changed", ("theme",))
        ]
    finally:
        laptop.dispose()
    assert rows(a, TABLES) == rows(b, TABLES)
    assert run_check(str(a)).ok and run_check(str(b)).ok
    office, _ = open_database(str(a), backup=False)
    try:
        again = sync_from(office, str(b))
        assert (again.inserted, again.updated, again.deleted, again.conflicts) == (0, 0, 0, [])
    finally:
        office.dispose()


def _speaker_and_tag(given: str, tag: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        segment = _segment_id(session)
        person = create_representative(session, RepresentativeInput(given, "Test"))
        session.flush()
        add_speaker(session, segment, person)
        forum = session.scalars(select(Forum.id)).one()
        create_note(
            session,
            forum,
            NoteInput(html_from_plain(given), given, tags=(tag,), segment_id=segment),
        )

    return work


def test_two_laptops_filling_the_same_list_and_tag_merge_both_ways(
    demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = two_copies(demo_db_path, tmp_path)
    work(a, "Ana", _speaker_and_tag("Ana", "remittances"))
    work(b, "Ben", _speaker_and_tag("Ben", "remittances"))  # made on each side: one tag
    for target, other in ((a, b), (b, a), (a, b)):
        database, _ = open_database(str(target), backup=False)
        try:
            assert sync_from(database, str(other)).conflicts == []
        finally:
            database.dispose()
    for path in (a, b):
        database, _ = open_database(str(path), backup=False)
        try:
            with database.reading() as session:
                speakers = speakers_list(session, _segment_id(session))
                # the second to come moved to the end of the list, the same on both sides
                assert [(s.position, s.name) for s in speakers] == [
                    (0, "Ana Test"),
                    (1, "Ben Test"),
                ]
                assert session.scalars(select(Tag.name)).all() == ["remittances"]
                assert {n.body_text for n in session.scalars(select(Note).where(WRITTEN))} == {
                    "Ana",
                    "Ben",
                }
        finally:
            database.dispose()
    assert rows(a, TABLES) == rows(b, TABLES)


def test_a_person_registered_twice_for_a_forum_stops_the_merge_with_a_reason(
    demo_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.sync.source import SyncError
    from forumdesk.store.enums import AccreditationStatus
    from forumdesk.store.models import Registration, Representative

    work(demo_db_path, "Ana", lambda s: create_representative(s, RepresentativeInput("Li", "Wei")))
    a, b = two_copies(demo_db_path, tmp_path)

    def register(session: Session) -> None:
        person = session.scalars(
            select(Representative.id).where(Representative.given_name == "Li")
        ).one()
        forum = session.scalars(select(Forum.id)).one()
        session.add(Registration(forum_id=forum, representative_id=person,
                                 status=AccreditationStatus.REQUESTED))  # fmt: skip

    work(a, "Ana", register)
    work(b, "Ben", register)
    database, _ = open_database(str(a), backup=False)
    try:
        with pytest.raises(SyncError, match=r"Li Wei.*made on both sides"):
            sync_from(database, str(b), dry_run=True)
        with pytest.raises(SyncError, match="nothing was merged"):
            sync_from(database, str(b))
        with database.reading() as session:
            people = session.scalars(select(Registration.representative_id)).all()
            assert len(people) == len(set(people)), "still one registration each"
    finally:
        database.dispose()


def _speakers(*names: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        segment = _segment_id(session)
        for name in names:
            person = create_representative(session, RepresentativeInput(name, "Test"))
            session.flush()
            add_speaker(session, segment, person)

    return work


def test_places_moved_by_one_merge_travel_back_whatever_the_order(
    demo_db_path: Path, tmp_path: Path
) -> None:
    # The merge back sets two places at once (1 -> 2 and 0 -> 1): one at a time, in the
    # wrong order, the first would land on the second's place. Several laptops' worth.
    for attempt in range(6):
        a, b = two_copies(demo_db_path, tmp_path, str(attempt))
        work(a, "Ana", _speakers("A1"))
        work(b, "Ben", _speakers("B1", "B2"))
        merge(a, b)
        back = merge(b, a)
        assert back.conflicts == []
        assert rows(a, TABLES)["interventions"] == rows(b, TABLES)["interventions"]


def _note_tagged(*tags: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        segment = _segment_id(session)
        note = session.scalars(select(Note.id).where(WRITTEN)).one()
        update_note(
            session, note, NoteInput(html_from_plain("n"), "n", tags=tags, segment_id=segment)
        )

    return work


def test_one_tag_put_on_a_note_on_both_sides_is_one_link_and_its_removal_travels(
    demo_db_path: Path, tmp_path: Path
) -> None:
    def note(session: Session) -> None:
        forum = session.scalars(select(Forum.id)).one()
        create_note(
            session, forum, NoteInput(html_from_plain("n"), "n", segment_id=_segment_id(session))
        )

    work(demo_db_path, "Ana", note)
    a, b = two_copies(demo_db_path, tmp_path)
    work(a, "Ana", _note_tagged("remittances"))
    work(b, "Ben", _note_tagged("remittances"))
    assert merge(a, b).conflicts == []  # the same link, made twice: one record
    merge(b, a)
    work(a, "Ana", _note_tagged())  # Ana takes the tag off
    merge(b, a)
    for path in (a, b):
        with sqlite3.connect(path) as connection:
            live = connection.execute(
                "SELECT count(*) FROM note_tags WHERE deleted_at IS NULL"
            ).fetchone()[0]
        connection.close()
        assert live == 0, path.name
    assert rows(a, TABLES) == rows(b, TABLES)

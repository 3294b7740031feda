"""Erasure travels through merges (issue 19): a laptop copied before the erasure,
which still holds the person and even changed them since, brings nothing of them
back; merged the other way, the laptop erases them too."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.database.integrity import run_check
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note
from forumdesk.services.privacy.erasure import erase_people
from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Erasure, Note, Representative, Segment

GIVEN, FAMILY, EMAIL = "Dina", "Abdallah", "dina.abdallah@lebanon-rural-development-action.example"
PHONE = "+961 1 234 567"


def _person(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(
            select(Representative.id).where(Representative.family_name == FAMILY)
        ).one()


def _laptop_changes_her(laptop: Database, person_id: uuid.UUID) -> None:
    """On the laptop, after the copy: her phone typed in, a note naming her."""
    with laptop.unit_of_work() as session:
        session.get_one(Representative, person_id).phone = PHONE
        segment = session.scalars(select(Segment)).first()
        assert segment is not None
        note = NoteInput(
            "<p>x</p>", f"{GIVEN} {FAMILY} will send her paper.", segment_id=segment.id
        )
        create_note(session, None, NoteInput(**{**note.__dict__, "author": "Desk"}))


def _assert_erased(database: Database, person_id: uuid.UUID) -> None:
    with database.reading() as session:
        person = session.get_one(Representative, person_id)
        assert (person.given_name, person.email, person.phone) == ("", None, None)
        assert person.family_name.endswith("(1)")
        assert session.scalars(select(Erasure.record_id)).all() == [person_id]
        notes = session.scalars(select(Note.body_text).where(Note.author == "Desk")).all()
        assert notes == [f"{person.family_name} will send her paper."]
    report = run_check(str(database.path))
    assert report.ok, report.problems
    assert database.path is not None
    copy = database.path.with_name(f"vacuumed-{database.path.name}")
    copy.unlink(missing_ok=True)
    with sqlite3.connect(database.path) as connection:
        connection.execute("VACUUM INTO ?", (str(copy),))
    connection.close()
    content = copy.read_bytes().decode("utf-8", errors="replace")
    for secret in (f"{GIVEN} {FAMILY}", FAMILY, EMAIL, PHONE):
        assert secret not in content, f"{secret!r} is back in {database.path.name}"


@pytest.fixture
def laptop_path(demo_db: Database, tmp_path: Path) -> Path:
    """A laptop copied from the office before the erasure, which changed her since."""
    path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, path, name="Laptop 1")
    laptop, _ = open_database(str(path), backup=False)
    try:
        _laptop_changes_her(laptop, _person(demo_db))
    finally:
        laptop.dispose()
    return path


def test_an_older_laptop_does_not_bring_her_back(demo_db: Database, laptop_path: Path) -> None:
    person_id = _person(demo_db)
    erase_people(demo_db, [person_id])

    result = sync_from(demo_db, str(laptop_path))

    assert all(conflict.record_id != person_id for conflict in result.conflicts)
    _assert_erased(demo_db, person_id)
    again = sync_from(demo_db, str(laptop_path))  # and again: still nothing of her
    assert again.changes == 0
    _assert_erased(demo_db, person_id)


def test_the_laptop_takes_the_erasure_in(demo_db: Database, laptop_path: Path) -> None:
    person_id = _person(demo_db)
    erase_people(demo_db, [person_id])
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        sync_from(laptop, str(demo_db.path))
        _assert_erased(laptop, person_id)
    finally:
        laptop.dispose()

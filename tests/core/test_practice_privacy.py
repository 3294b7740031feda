"""A practice's contact is personal data (issue 20): the person's right of access shows
the practices that give them as their contact, by e-mail or by name, and erasing them
takes the contact off those practices (and its values out of their audit entries)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from forumdesk.exports.privacy.document import subject_access_document
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.database.integrity import run_check
from forumdesk.services.practices.practices import PracticeInput, create_practice
from forumdesk.services.privacy.erasure import erase_people
from forumdesk.services.privacy.subject_access import subject_access
from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.database import Database
from forumdesk.store.enums import PracticeType
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Practice


def _setting(database: Database) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Mariama Keita, and three practices: her e-mail, her name, someone else."""
    with database.unit_of_work() as session:
        forum = demo_forum_id(session)
        assert forum is not None
        person = create_representative(
            session, RepresentativeInput("Mariama", "Keita", email="m.keita@example.org")
        )
        contacts = (
            ("Focal point", "M.Keita@Example.org"),
            ("KEITA  Mariama", None),
            ("Ousmane Keita", "o.keita@example.org"),
        )
        practices = [
            create_practice(
                session,
                forum,
                PracticeInput(
                    f"Practice {n}",
                    PracticeType.PROGRAMME,
                    contact_name=name,
                    contact_email=email,
                ),
            )
            for n, (name, email) in enumerate(contacts)
        ]
        session.flush()
        return person, practices


def test_subject_access_lists_the_practices_whose_contact_they_are(demo_db: Database) -> None:
    person, _ = _setting(demo_db)
    with demo_db.reading() as session:
        access = subject_access(session, person)
    assert [(p.title, p.contact_name) for p in access.practices] == [
        ("Practice 0", "Focal point"),
        ("Practice 1", "KEITA Mariama"),
    ]
    assert access.as_json()["practices"][0]["contact_email"] == "M.Keita@example.org"
    blocks = subject_access_document(access).blocks
    assert any("Practices giving them as the contact" in str(block) for block in blocks)


def test_erasing_them_takes_the_contact_off_those_practices(demo_db: Database) -> None:
    person, practices = _setting(demo_db)
    erase_people(demo_db, [person])
    with demo_db.reading() as session:
        contacts = {
            p.title: (p.contact_name, p.contact_email)
            for p in session.scalars(select(Practice).where(Practice.id.in_(practices)))
        }
        values = session.scalars(
            select(AuditEntry.after).where(AuditEntry.record_id == practices[0])
        ).all()
    assert contacts == {
        "Practice 0": (None, None),
        "Practice 1": (None, None),
        "Practice 2": ("Ousmane Keita", "o.keita@example.org"),
    }
    assert "m.keita" not in str(values).casefold()


def test_an_erased_contact_does_not_come_back_with_a_laptops_practice(
    demo_db: Database, tmp_path: Path
) -> None:
    person, _ = _setting(demo_db)
    laptop_path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop_path, name="Laptop 1")
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        with laptop.unit_of_work() as session:
            forum = demo_forum_id(session)
            assert forum is not None
            entered = PracticeInput(
                "Entered at the venue", PracticeType.POLICY, contact_name="Mariama Keita"
            )
            create_practice(session, forum, entered)
    finally:
        laptop.dispose()
    erase_people(demo_db, [person])
    sync_from(demo_db, str(laptop_path))  # her name comes in on the laptop's practice
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        sync_from(laptop, str(demo_db.path))  # and the laptop takes the erasure in
    finally:
        laptop.dispose()
    for path in (demo_db.path, laptop_path):
        with sqlite3.connect(str(path)) as connection:
            contacts = connection.execute(
                "SELECT title, contact_name, contact_email FROM practices "
                "WHERE title LIKE 'Practice %' OR title = 'Entered at the venue' ORDER BY title"
            ).fetchall()
        connection.close()
        assert contacts == [
            ("Entered at the venue", None, None),
            ("Practice 0", None, None),
            ("Practice 1", None, None),
            ("Practice 2", "Ousmane Keita", "o.keita@example.org"),
        ], path
        assert run_check(str(path)).ok

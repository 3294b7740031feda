"""A search's statements on the driver's own cursor (`services/search/driver.py`): the
registry's Core look-ups compiled once give what SQLAlchemy gives, and every statement
runs in the session's own transaction."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.common.failures import describe
from forumdesk.services.search import driver
from forumdesk.services.search.names import name_query
from forumdesk.services.search.people import (
    _names_parameter,
    _organisations,
    _people,
    find_in_registry,
    refresh_registry_index,
)
from forumdesk.services.search.query import index_note, search
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Note, Organisation, Representative


@pytest.fixture
def registry(empty_db: Database) -> Database:
    with empty_db.unit_of_work() as session:
        forum = Organisation(
            name="Forum des migrants du Sahel", category=OrganisationCategory.NGO_ECOSOC
        )
        union = Organisation(
            name="Syndicat des travailleurs migrants", category=OrganisationCategory.NGO_ECOSOC
        )
        session.add_all([forum, union])
        session.flush()
        for given, family, organisation in (
            ("Aminata", "Diallo", forum),
            ("Moussa", "Diallo", union),
            ("Anna", "Иванова", union),
            ("Fatima", "Alaoui", None),
            ("Gone", "Diallo", None),
        ):
            session.add(
                Representative(
                    given_name=given,
                    family_name=family,
                    sort_key=f"{family} {given}".lower(),
                    organisation_id=organisation.id if organisation else None,
                )
            )
        session.flush()
        gone = session.scalars(select(Representative).filter_by(given_name="Gone")).one()
        gone.deleted_at = gone.created_at  # deleted: never found
        refresh_registry_index(session)
    return empty_db


@pytest.mark.parametrize("typed", ["Diallo", "migrants", "Ивано", "Fatima Alaoui", "nobody"])
def test_the_registry_look_ups_on_the_cursor_give_what_sqlalchemy_gives(
    registry: Database, typed: str
) -> None:
    with registry.reading() as session:
        connection = session.connection()
        for statement in (_people("sqlite"), _organisations("sqlite")):
            values = {
                "names": _names_parameter("sqlite", name_query(typed, prefix_last=True)),
                "limit": 10,
            }
            expected = [tuple(row) for row in connection.execute(statement, values)]
            got = driver.core_rows(connection, statement, values)
            assert [(uuid.UUID(row[0]), *row[1:]) for row in got] == expected


def test_the_look_up_finds_the_live_records_with_their_ids_as_uuids(registry: Database) -> None:
    with registry.reading() as session:
        hits = find_in_registry(session, "Diallo")
        people = {r.id: r.given_name for r in session.scalars(select(Representative))}
        assert sorted(people[hit.target_id] for hit in hits) == ["Aminata", "Moussa"]
        assert all(isinstance(hit.target_id, uuid.UUID) for hit in hits)
        organisations = find_in_registry(session, "migrants", kinds=("organisation",))
        assert {hit.snippet for hit in organisations} == {
            "Forum des migrants du Sahel",
            "Syndicat des travailleurs migrants",
        }


def test_a_search_sees_what_its_own_unit_of_work_wrote_before_it_commits(
    registry: Database,
) -> None:
    with registry.unit_of_work() as session:
        note = Note(body_text="Les envois de fonds des migrants", body_html="<p>x</p>")
        session.add(note)
        session.flush()
        index_note(session, note.id)
        found = [hit.target_id for hit in search(session, "envois fonds", limit=10)]
        assert found == [note.id]
        session.rollback()
    with registry.reading() as session:
        assert search(session, "envois fonds", limit=10) == []


def test_a_search_of_an_index_never_written_finds_nothing(empty_db: Database) -> None:
    with empty_db.reading() as session:
        assert search(session, "migrants fonds", limit=10) == []
        assert search(session, "migra*", limit=10) == []
        assert search(session, '"envois de fonds"', limit=10) == []


def test_a_damaged_index_is_told_in_one_line_as_through_sqlalchemy(
    registry: Database, empty_db_path: Path
) -> None:
    """Bad input: the full-text index's structure record overwritten. The driver's own
    error (not SQLAlchemy's wrapper) still gives the one line that names the damage."""
    with registry.unit_of_work() as session:
        note = Note(body_text="Les envois de fonds des migrants", body_html="<p>x</p>")
        session.add(note)
        session.flush()
        index_note(session, note.id)
    registry.dispose()
    with sqlite3.connect(empty_db_path) as raw:
        raw.execute("UPDATE search_index_fts_data SET block = x'0000ffffffff' WHERE id = 10")
    damaged = open_database(str(empty_db_path), backup=False)[0]
    try:
        with damaged.reading() as session, pytest.raises(sqlite3.DatabaseError) as raised:
            search(session, "envois fonds", limit=10)
        said = describe(raised.value)
        assert said is not None and "damaged" in said and "\n" not in said
    finally:
        damaged.dispose()

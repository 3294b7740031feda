"""The same models, migrations and services on PostgreSQL (docs/DESIGN.md §4, shared office).

Runs only when FORUMDESK_TEST_POSTGRES_URL names a database the test role may use,
e.g. postgresql://forumdesk:forumdesk@localhost:5432/forumdesk_test. With the
CREATEDB privilege every test gets a database of its own, dropped afterwards;
without it, every table of the given database is dropped before each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from tests.core.postgres_db import empty_database, marks

from forumdesk.services.database.demo import load_demo
from forumdesk.services.database.integrity import run_check
from forumdesk.services.documents.documents import document_view, documents_of_forum
from forumdesk.services.programme.programme import programme_view
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import DatabaseTooNew, current_revision, head_revision, open_database
from forumdesk.store.models import Base, Organisation
from forumdesk.store.search_tables import include_in_autogenerate

pytestmark = marks


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to an empty PostgreSQL database, dropped afterwards."""
    with empty_database("forumdesk_test") as url:
        yield url


def test_an_empty_database_is_brought_to_head(pg_url: str) -> None:
    database, report = open_database(pg_url)
    try:
        assert report.path is None and report.backup is None
        assert report.was_empty and report.to_revision == head_revision()
        assert current_revision(database.engine) == head_revision()
        assert database.engine.dialect.driver == "psycopg"
        tables = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_in_autogenerate}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()
    assert "***" in database.display_name or "@" not in database.display_name


def test_the_demo_gives_the_same_figures_as_on_sqlite(pg_url: str, demo_db_path: Path) -> None:
    database, _ = open_database(pg_url)
    try:
        with database.unit_of_work() as session:
            demo = load_demo(session)
        with database.unit_of_work() as session:
            assert load_demo(session).created is False
        with database.reading() as session:
            days = programme_view(session, demo.forum_id)
            (summary,) = documents_of_forum(session, demo.forum_id)
            view = document_view(session, summary.versions[0].id)
    finally:
        database.dispose()
    assert demo.created and demo.segments == 6
    segments = [s for day in days for sitting in day.sessions for s in sitting.segments]
    assert [(s.starts_at, s.ends_at) for s in segments] == [
        (time(10, 0), time(10, 30)),
        (time(10, 35), time(11, 45)),
        (time(11, 50), time(13, 0)),
        (time(15, 0), time(16, 15)),
        (time(16, 20), time(17, 30)),
        (time(17, 30), time(18, 0)),
    ]
    assert [p.number for p in view.paragraphs] == list(range(1, 77))

    on_postgres = run_check(pg_url)
    on_sqlite = run_check(str(demo_db_path))
    assert on_postgres.ok, on_postgres.problems
    assert on_postgres.schema == head_revision()
    assert on_postgres.counts["paragraphs"] == 76 and on_postgres.counts["segments"] == 6
    assert on_postgres.counts == on_sqlite.counts


def test_stamps_are_utc_and_versions_count_on_postgres(pg_url: str) -> None:
    database, _ = open_database(pg_url)
    try:
        with database.unit_of_work() as session:
            organisation = Organisation(name="Solidar", category=OrganisationCategory.CIVIL_SOCIETY)
            session.add(organisation)
            session.flush()
            organisation_id = organisation.id
        with database.unit_of_work() as session:
            session.get_one(Organisation, organisation_id).acronym = "SOL"
        with database.reading() as session:
            row = session.get_one(Organisation, organisation_id)
            assert row.version == 2
            assert row.created_at.tzinfo is UTC and row.updated_at.tzinfo is UTC
            assert row.updated_at >= row.created_at
            assert row.updated_device_id == database.device_id
    finally:
        database.dispose()


def test_a_newer_schema_is_refused(pg_url: str) -> None:
    database, _ = open_database(pg_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseTooNew, match="9999_future"):
        open_database(pg_url)


def test_a_laptop_merges_into_the_office_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from sqlalchemy import select

    from forumdesk.services.sync.laptop import prepare_laptop
    from forumdesk.services.sync.sync import sync_from
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.models import Representative

    office, _ = open_database(pg_url, backup=False)
    try:
        with office.unit_of_work() as session:
            load_demo(session)
            category = OrganisationCategory.MIGRANT_ASSOCIATION
            session.add(Organisation(name="Migrant Forum Asia", category=category))
        laptop_path = tmp_path / "laptop.db"
        prepare_laptop(office, laptop_path, name="Laptop 1")
        laptop, _ = open_database(str(laptop_path), backup=False)
        with laptop.unit_of_work() as session:
            found = session.scalars(select(Organisation).where(Organisation.name.like("Migrant%")))
            organisation = found.one()
            organisation.email = "info@mfa.org"
            session.add(Representative(organisation=organisation, given_name="Amina",
                                       family_name="Diallo", sort_key="diallo amina"))  # fmt: skip
        laptop.dispose()
        result = sync_from(office, str(laptop_path))
        assert (result.inserted, result.updated, result.conflicts) == (1, 1, [])
        assert sync_from(office, str(laptop_path)).changes == 0
        with office.reading() as session:
            person = session.scalars(select(Representative).where(
                Representative.family_name == "Diallo")).one()  # fmt: skip
            assert person.organisation.email == "info@mfa.org"
        with office.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        office.dispose()

"""The registry list's page carries each person's values as the records hold them:
ids as uuids, genders, categories and statuses as their enums, the organisation's and
the forum's registration's columns, in the order asked, on SQLite and on PostgreSQL.
The page reads its values as stored (registry/listing/rows.py `list_row`), so a wrong column or a
conversion missed shows here."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from tests.core.postgres_db import empty_database, marks

from forumdesk.services.registry.listing.query import RepresentativeQuery, representative_page
from forumdesk.services.registry.text import record_sort_key
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum, Organisation, Registration, Representative

FAMILIES = ["Martin", "Ndiaye", "Okafor", "Álvarez", "Иванова", "王", "Schmidt", "Dubois"]
GIVEN = ["Amina", "José", "Li", "Marie"]
STATUSES = [AccreditationStatus.REQUESTED, AccreditationStatus.ACCREDITED, None]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=marks)])
def database(request: pytest.FixtureRequest) -> Iterator[tuple[Database, uuid.UUID]]:
    if request.param == "sqlite":
        yield from _seeded(str(request.getfixturevalue("empty_db_path")))
        return
    with empty_database("forumdesk_page_rows", "") as url:
        yield from _seeded(url)


def _seeded(url: str) -> Iterator[tuple[Database, uuid.UUID]]:
    opened, _ = open_database(url, backup=False)
    with opened.unit_of_work() as session:
        forum = Forum(title="Hearings 2006", language="fr")
        organisations = [
            Organisation(name=name, category=category, country_code=country, sort_key=name.lower())
            for name, category, country in (
                ("Réseau des migrants", OrganisationCategory.CIVIL_SOCIETY, "SEN"),
                ("Mission of Mexico", OrganisationCategory.MEMBER_STATE, "MEX"),
                ("Chamber of Commerce", OrganisationCategory.PRIVATE_SECTOR, None),
            )
        ]
        session.add_all([forum, *organisations])
        session.flush()
        for n in range(24):
            person = Representative(
                family_name=FAMILIES[n % len(FAMILIES)],
                given_name=GIVEN[n % len(GIVEN)],
                title="Dr" if n % 5 == 0 else None,
                gender=(Gender.FEMALE, Gender.MALE, Gender.UNDISCLOSED)[n % 3],
                email=f"person{n}@example.org" if n % 4 else None,
                organisation_id=organisations[n % 4].id if n % 4 < 3 else None,
            )
            person.sort_key = record_sort_key("representatives", person)
            session.add(person)
            session.flush()
            status = STATUSES[n % 3]
            if status is not None:
                session.add(
                    Registration(
                        forum_id=forum.id,
                        representative_id=person.id,
                        status=status,
                        badge_number=f"B{n:03}" if n % 2 else None,
                    )
                )
        forum_id = forum.id
    try:
        yield opened, forum_id
    finally:
        opened.dispose()


def _expected(
    database: Database, forum_id: uuid.UUID | None
) -> dict[uuid.UUID, tuple[object, ...]]:
    """Each person's values read through the ORM, as the page should show them."""
    with database.reading() as session:
        people = session.scalars(select(Representative)).all()
        organisations = {o.id: o for o in session.scalars(select(Organisation))}
        registrations = {
            r.representative_id: r
            for r in session.scalars(select(Registration).where(Registration.forum_id == forum_id))
        }
        expected: dict[uuid.UUID, tuple[object, ...]] = {}
        for person in people:
            organisation = organisations.get(person.organisation_id)  # type: ignore[arg-type]
            registration = registrations.get(person.id) if forum_id else None
            expected[person.id] = (
                person.family_name,
                person.given_name,
                person.title,
                person.gender,
                person.email,
                person.organisation_id,
                organisation.name if organisation else None,
                organisation.category if organisation else None,
                organisation.country_code if organisation else None,
                registration.id if registration else None,
                registration.status if registration else None,
                registration.badge_number if registration else None,
            )
        return expected


@pytest.mark.parametrize("with_forum", [False, True])
def test_a_page_holds_every_value_as_the_records_do(
    database: tuple[Database, uuid.UUID], with_forum: bool
) -> None:
    opened, forum_id = database
    chosen = forum_id if with_forum else None
    expected = _expected(opened, chosen)
    with opened.reading() as session:
        rows = representative_page(session, RepresentativeQuery(forum_id=chosen), 0, 100)
    assert len(rows) == 24
    for row in rows:
        assert isinstance(row.id, uuid.UUID)
        assert isinstance(row.gender, Gender)
        assert row.organisation_id is None or isinstance(row.organisation_id, uuid.UUID)
        assert row.category is None or isinstance(row.category, OrganisationCategory)
        assert row.status is None or isinstance(row.status, AccreditationStatus)
        assert row.registration_id is None or isinstance(row.registration_id, uuid.UUID)
        shown = (
            row.family_name,
            row.given_name,
            row.title,
            row.gender,
            row.email,
            row.organisation_id,
            row.organisation,
            row.category,
            row.country_code,
            row.registration_id,
            row.status,
            row.badge_number,
        )
        assert shown == expected[row.id]
    if with_forum:  # the three kinds of registration are all on the page
        assert {row.status for row in rows} == set(STATUSES)
        assert any(row.badge_number for row in rows)


@pytest.mark.parametrize("sort", ["name", "organisation", "country", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_keep_the_order_asked(
    database: tuple[Database, uuid.UUID], sort: str, descending: bool
) -> None:
    """Pages of 7 put together are the list read whole, in the same order, each
    person once: the details' rows are put back in the order of the page's ids."""
    opened, forum_id = database
    query = RepresentativeQuery(forum_id=forum_id, sort=sort, descending=descending)
    with opened.reading() as session:
        whole = [row.id for row in representative_page(session, query, 0, 100)]
        paged = [
            row.id
            for offset in range(0, 24, 7)
            for row in representative_page(session, query, offset, 7)
        ]
    assert paged == whole
    assert len(set(whole)) == 24
    with opened.reading() as session:
        keys = dict(session.execute(select(Representative.id, Representative.sort_key)).all())
    if sort == "name":
        shown = [keys[person] for person in whole]
        assert shown == sorted(shown, reverse=descending)


def test_a_typed_name_gives_its_people_in_name_order(
    database: tuple[Database, uuid.UUID],
) -> None:
    opened, _ = database
    with opened.reading() as session:
        rows = representative_page(session, RepresentativeQuery(text="Ndia"), 0, 100)
    assert [row.family_name for row in rows] == ["Ndiaye"] * 3
    assert [row.given_name for row in rows] == sorted(row.given_name for row in rows)


def test_a_page_read_in_a_unit_of_work_shows_its_pending_people(
    database: tuple[Database, uuid.UUID],
) -> None:
    """The page's statements skip the ORM's execution, not its autoflush: a person
    added in the same unit of work, not flushed yet, is on the page."""
    opened, _ = database
    with opened.unit_of_work() as session:
        person = Representative(family_name="Zuniga", given_name="Ana", gender=Gender.FEMALE)
        person.sort_key = record_sort_key("representatives", person)
        session.add(person)
        rows = representative_page(session, RepresentativeQuery(), 0, 100)
        assert [row.family_name for row in rows if row.family_name.startswith("Zu")] == ["Zuniga"]
        with session.no_autoflush:
            other = Representative(family_name="Zunz", given_name="Eva", gender=Gender.FEMALE)
            other.sort_key = record_sort_key("representatives", other)
            session.add(other)
            rows = representative_page(session, RepresentativeQuery(), 0, 100)
            assert [row.family_name for row in rows][-1:] == ["Zuniga"]

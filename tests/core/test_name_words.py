"""Type-ahead through `name_words` shows the page the search index showed: the same
people in the same order, whatever the script, with people deleted, merged, renamed
and erased since they were indexed; and the table follows every change of a name."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session
from tests.core.postgres_db import ADMIN_URL, empty_database, marks

import forumdesk.services.registry.listing.query as query_module
from forumdesk.services.registry.listing.query import RepresentativeQuery, representative_page
from forumdesk.services.registry.text import record_sort_key
from forumdesk.services.search.name_words import words_of
from forumdesk.services.search.names import name_tokens
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.store.database import Database
from forumdesk.store.engine import database_url
from forumdesk.store.enums import Gender, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation, Representative
from forumdesk.store.search_tables import name_words_table
from forumdesk.store.types import utcnow

ICU_ENGLISH = "LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' TEMPLATE template0"
# (family names, given names, Latin forms written or not) per script.
CULTURES: list[tuple[list[str], list[str], bool]] = [
    (
        ["Martin", "Martínez", "García Márquez", "Marchetti", "Dupont", "Müller", "Øster"],
        ["Marie", "Mario", "José", "Søren", "Ana María", "Mark", "Émile"],
        False,
    ),
    (["العمري", "المنصوري", "منصور", "عمر", "العلوي"], ["محمد", "أحمد", "مريم", "عمر"], True),
    (["Иванов", "Маркова", "Мартынов", "Ильин"], ["Марк", "Мария", "Илья"], True),
    (["王", "李", "马", "王小"], ["小明", "明", "建华", "马丽"], True),
    (["Παπαδόπουλος", "Μαρκόπουλος"], ["Μαρία", "Μάρκος"], True),
    (["शर्मा", "मार्क"], ["प्रिया", "मारिया"], True),
]


def _person(rng: random.Random, organisations: list[uuid.UUID]) -> Representative:
    from anyascii import anyascii

    family_names, given_names, latin = rng.choice(CULTURES)
    family, given = rng.choice(family_names), rng.choice(given_names)
    family_latin = anyascii(family).title() if latin and rng.random() < 0.7 else None
    given_latin = anyascii(given).title() if family_latin else None
    person = Representative(
        family_name=family,
        given_name=given,
        family_name_latin=family_latin,
        given_name_latin=given_latin,
        gender=rng.choice([Gender.FEMALE, Gender.MALE]),
        email=f"{anyascii(given + family).lower()}.{rng.randrange(10**6)}@example.org",
        organisation_id=rng.choice(organisations),
    )
    person.sort_key = record_sort_key("representatives", person)
    return person


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=marks)])
def database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """Three hundred people of six scripts, indexed; then some deleted, some merged,
    some renamed (and indexed again), one without a sort key. On SQLite, and on
    PostgreSQL in a database whose collation is not byte order when it can be made."""
    if request.param == "sqlite":
        yield from _seeded(str(request.getfixturevalue("empty_db_path")))
        return
    with empty_database("forumdesk_words", _english_if_any()) as url:
        yield from _seeded(url)


def _english_if_any() -> str:
    """CREATE DATABASE's options for English collation (ICU), if the server has it."""
    assert ADMIN_URL is not None
    engine = create_engine(database_url(ADMIN_URL))
    try:
        with engine.connect() as connection:
            query = "SELECT count(*) FROM pg_collation WHERE collprovider = 'i'"
            icu = connection.exec_driver_sql(query).scalar()
    finally:
        engine.dispose()
    return ICU_ENGLISH if icu else ""


def _seeded(url: str) -> Iterator[Database]:
    opened, _ = open_database(url, backup=False)
    rng = random.Random(22)
    with opened.unit_of_work() as session:
        organisations = [
            Organisation(
                name=name, category=OrganisationCategory.CIVIL_SOCIETY, sort_key=name.lower()
            )
            for name in ("Marché solidaire", "Réseau des migrants", "Maison des femmes")
        ]
        session.add_all(organisations)
        session.flush()
        people = [_person(rng, [o.id for o in organisations]) for _ in range(300)]
        session.add_all(people)
        session.flush()
        refresh_registry_index(session)
        for person in people[:15]:
            person.deleted_at = utcnow()
        for person in people[15:30]:
            person.merged_into_id = people[-1].id
        renamed = people[30:60]
        for person, other in zip(renamed, reversed(people[60:90]), strict=True):
            person.family_name, person.given_name = other.given_name, other.family_name
            person.family_name_latin = other.given_name_latin
            person.given_name_latin = other.family_name_latin
            person.sort_key = record_sort_key("representatives", person)
        people[90].sort_key = None
        refresh_registry_index(session, [person.id for person in [*renamed, people[90]]])
    yield opened
    opened.dispose()


def _typed(session: Session) -> list[str]:
    """Prefixes of one to four letters of every word of the names, as typed and folded,
    and whole words with a space after them."""
    typed: set[str] = set()
    for names in session.execute(
        select(
            Representative.family_name,
            Representative.given_name,
            Representative.family_name_latin,
        )
    ):
        for name in filter(None, names):
            for word in [*name.split(), *name_tokens(name).split()]:
                typed.update(word[:size] for size in range(1, 5))
                typed.add(word + " ")
    # A sample, so that the test stays quick; the same one every run.
    return random.Random(6).sample(sorted(typed), 120)


def _page(session: Session, query: RepresentativeQuery, offset: int, limit: int) -> list[Any]:
    return [row.id for row in representative_page(session, query, offset, limit)]


def _search_index_page(
    monkeypatch: pytest.MonkeyPatch,
    session: Session,
    query: RepresentativeQuery,
    offset: int,
    limit: int,
) -> list[Any]:
    with monkeypatch.context() as patched:
        patched.setattr(query_module, "_by_words", lambda *_args: None)
        return _page(session, query, offset, limit)


def test_every_prefix_shows_the_page_of_the_search_index(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.reading() as session:
        typed = _typed(session)
        compared = 0
        for text in typed:
            queries = [
                RepresentativeQuery(text=text),
                RepresentativeQuery(text=text, descending=True),
                RepresentativeQuery(text=text, gender=Gender.FEMALE),
            ]
            for query in queries:
                for offset, limit in ((0, 7), (7, 7), (0, 200)):
                    expected = _search_index_page(monkeypatch, session, query, offset, limit)
                    assert _page(session, query, offset, limit) == expected, (text, query)
                    compared += bool(expected)
        assert compared > 500


def test_the_words_are_read_from_name_words(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast way answers (and so the comparison above compares something), also
    when every person has a sort key and only words match (ا has no Latin letter)."""
    with database.unit_of_work() as session:
        for person in session.scalars(
            select(Representative).where(Representative.sort_key.is_(None))
        ):
            person.sort_key = record_sort_key("representatives", person)
        session.flush()
        refresh_registry_index(session)
    with database.reading() as session:
        for text in ("Mar", "Мар", "عمر", "ال", "ا", "王", "म", "Μαρ", "mart "):
            query = RepresentativeQuery(text=text)
            assert query_module._by_words(session, query, 200) is not None
            expected = _search_index_page(monkeypatch, session, query, 0, 200)
            assert expected and _page(session, query, 0, 200) == expected
        # Letters whose sort key is empty, one that no word starts with: no empty union.
        for text in ("ๅ", "ء"):
            query = RepresentativeQuery(text=text)
            expected = _search_index_page(monkeypatch, session, query, 0, 200)
            assert _page(session, query, 0, 200) == expected
        # Two words, and a Devanagari word its vowel signs cut in several, are looked
        # up in the search index.
        for text in ("Marie Mar", "मार"):
            assert query_module._by_words(session, RepresentativeQuery(text=text), 200) is None


def _rows(session: Session) -> set[tuple[str, str, Any]]:
    table = name_words_table
    return {(r.word, r.sort_key, r.id) for r in session.execute(select(table))}


def _expected(session: Session) -> set[tuple[str, str, Any]]:
    """The rows of every person not deleted, from their names as they are now."""
    rows: set[tuple[str, str, Any]] = set()
    for person in session.scalars(
        select(Representative).where(Representative.deleted_at.is_(None))
    ):
        if person.sort_key is None:
            continue
        names = (
            person.given_name,
            person.family_name,
            person.given_name_latin,
            person.family_name_latin,
        )
        folded = name_tokens(*names)
        rows |= {(word, person.sort_key, person.id) for word in words_of(folded, person.sort_key)}
    return rows


def _live_rows(session: Session) -> set[tuple[str, str, Any]]:
    deleted = set(
        session.scalars(select(Representative.id).where(Representative.deleted_at.is_not(None)))
    )
    return {row for row in _rows(session) if row[2] not in deleted}


def test_the_table_follows_renames_sort_keys_and_erasure(database: Database) -> None:
    from forumdesk.services.privacy.erasure import erase_people

    with database.reading() as session:
        assert _live_rows(session) == _expected(session)
    with database.unit_of_work() as session:
        # A sort key filled in later (as the maintenance on opening does) with no
        # change of name: the words are written again with it.
        person = session.scalars(
            select(Representative).where(Representative.sort_key.is_(None))
        ).one()
        person.sort_key = record_sort_key("representatives", person)
        session.flush()
        assert refresh_registry_index(session) == 1
        assert _live_rows(session) == _expected(session)
        assert refresh_registry_index(session) == 0
        # The person the merged ones were merged into, and a deleted one merged too.
        kept = session.scalars(
            select(Representative.merged_into_id).where(Representative.merged_into_id.is_not(None))
        ).first()
        deleted = session.scalars(
            select(Representative).where(Representative.deleted_at.is_not(None))
        ).first()
        assert kept is not None and deleted is not None
        deleted.merged_into_id = kept
        session.execute(
            update(Representative)
            .where(Representative.id == kept)
            .values(given_name="Zébulon", given_name_latin=None, family_name_latin=None)
        )
        refresh_registry_index(session, [kept])
        assert "zebulon" in {r[0] for r in _rows(session) if r[2] == kept}
        assert _live_rows(session) == _expected(session)
        duplicates = set(
            session.scalars(select(Representative.id).where(Representative.merged_into_id == kept))
        )
        assert deleted.id in duplicates
        held = {r[0] for r in _rows(session) if r[2] in duplicates | {kept}}
    erase_people(database, [kept])
    with database.reading() as session:
        left = {r[0] for r in _rows(session) if r[2] in duplicates | {kept}}
        assert not left & held
        assert left  # their pseudonym's words
        assert _live_rows(session) == _expected(session)

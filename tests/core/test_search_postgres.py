"""Search on PostgreSQL: the same API and the same hits, through its own full-text search.

Runs only when FORUMDESK_TEST_POSTGRES_URL names a database the test role may use
(see tests/core/test_postgres.py). With the CREATEDB privilege the tests get a
database of their own, dropped afterwards; without it, the given database is
emptied first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from tests.core.postgres_db import empty_database, marks

import forumdesk.services.search.query as search_module
from forumdesk.services.database.demo import demo_forum_id, load_demo
from forumdesk.services.search.query import (
    SearchHit,
    ensure_search_index,
    index_note,
    rebuild_search_index,
    search,
)
from forumdesk.store.engine import database_url
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Base, Forum, Note
from forumdesk.store.search_tables import include_in_autogenerate
from forumdesk.store.types import utcnow

pytestmark = marks


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A URL to an empty PostgreSQL database, dropped afterwards."""
    with empty_database("forumdesk_search") as url:
        yield url


@pytest.fixture(scope="module")
def demo(pg_url: str) -> Iterator[Any]:
    """The demo forum on PostgreSQL, indexed; each test's changes are rolled back."""
    database, _ = open_database(pg_url)
    with database.unit_of_work() as session:
        load_demo(session)
    yield database
    database.dispose()


@pytest.fixture
def session(demo: Any) -> Iterator[Any]:
    with demo.reading() as session:  # rolled back at the end, whatever the test wrote
        yield session


def _numbers(hits: list[SearchHit]) -> set[int]:
    return {h.paragraph for h in hits if h.kind == "paragraph" and h.paragraph is not None}


def test_the_table_is_there_and_autogenerate_leaves_it_alone(demo: Any) -> None:
    with demo.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("search_index")}
        assert {"folded", "text", "tsv", "target_id"} <= columns
        options = {"compare_type": True, "include_name": include_in_autogenerate}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []


def test_importing_the_demo_indexed_it(session: Any) -> None:
    assert ensure_search_index(session) is False
    # the 76 numbered paragraphs, the demo's two notes (one for the record, one internal)
    # and its seven practices
    assert rebuild_search_index(session) == 76 + 2 + 7 + 30  # the demo's recommendations


def test_remittances_are_found(session: Any) -> None:
    assert {13, 32, 49} <= _numbers(search(session, "envois de fonds"))
    assert {13, 32, 49} <= _numbers(search(session, '"envois de fonds"'))
    assert search(session, '"fonds de envois"') == []


@pytest.mark.parametrize("typed", ["reintegration", "RÉINTÉGRATION", "réintég*", "reinteg"])
def test_accents_and_case_do_not_matter(session: Any, typed: str) -> None:
    hits = search(session, typed, prefix_last=typed == "reinteg")
    assert {18, 62} <= _numbers(hits)
    (hit,) = [h for h in hits if h.paragraph == 18 and h.kind == "paragraph"]
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["réintégration"]


def test_a_phrase_across_a_hyphen_is_found_as_on_sqlite(session: Any) -> None:
    # "Sud-Sud" is one compound word to PostgreSQL's parser; the index splits it as SQLite does.
    assert _numbers(search(session, '"migrations sud sud"'))


def test_notes_filters_and_tombstones(session: Any) -> None:
    forum_id = demo_forum_id(session)
    other = Forum(title="Forum mondial 2007", slug="gfmd-2007")
    session.add(other)
    session.flush()
    here = Note(forum_id=forum_id, body_text="Réintégration : suivi des retours")
    there = Note(forum_id=other.id, body_text="Réintégration : atelier de Bruxelles")
    session.add_all([here, there])
    session.flush()
    index_note(session, here.id)
    index_note(session, there.id)
    notes = {h.target_id for h in search(session, "reintegration", kinds=["note"])}
    assert notes == {here.id, there.id}
    in_demo = search(session, "reintegration", forum_id=forum_id)
    assert here.id in {h.target_id for h in in_demo} and {18, 62} <= _numbers(in_demo)
    assert [h.target_id for h in search(session, "reintegration", forum_id=other.id)] == [there.id]
    there.deleted_at = utcnow()
    index_note(session, there.id)
    assert search(session, "bruxelles") == []


def test_nasty_input_and_broad_queries(session: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    for raw in ['"', "*", "NEAR(", "-", "AND", "^", "'", "a OR", "\\", "x:*", "!", "&|<->"]:
        search(session, raw)
        search(session, raw, prefix_last=True)
    monkeypatch.setattr(search_module, "RANK_CAP", 5)
    assert len(search(session, "migrants", limit=7)) == 7


def test_the_downgrade_drops_the_index(pg_url: str, demo: Any) -> None:
    demo.dispose()
    engine = create_engine(database_url(pg_url))
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002_note_link_orphans")
            assert "search_index" not in inspect(connection).get_table_names()
            command.upgrade(alembic_config(connection), "head")
            assert "search_index" in inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_any_script_is_searchable_under_the_c_locale() -> None:
    """Russian, Arabic or Chinese versions must be found whatever the server's locale."""
    c_locale = "TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
    with empty_database("forumdesk_c", c_locale) as url:
        database, _ = open_database(url)
        try:
            with database.unit_of_work() as session:
                forum = Forum(title="Forum", slug="c-locale")
                session.add(forum)
                session.flush()
                notes = [
                    Note(forum_id=forum.id, body_text=text)
                    for text in ("Денежные переводы мигрантов", "移民 汇款", "Ærø-Sud coopération")
                ]
                session.add_all(notes)
                session.flush()
                for note in notes:
                    index_note(session, note.id)
                found = {
                    query: [h.target_id for h in search(session, query)]
                    for query in ("переводы", "汇款", "ÆRØ", '"ærø sud"', "cooperation")
                }
        finally:
            database.dispose()
    assert found == {
        "переводы": [notes[0].id],
        "汇款": [notes[1].id],
        "ÆRØ": [notes[2].id],
        '"ærø sud"': [notes[2].id],
        "cooperation": [notes[2].id],
    }

"""Revision 0018's search index: texts with ids above zero, the registry's names below,
so that each search reads its own part of the FTS5 index; and the index's words, so
that a prefix is searched as the words it begins."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import select, text

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.search import vocabulary
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.services.search.query import index_note, parse_query, rebuild_search_index, search
from forumdesk.services.search.vocabulary import expand_prefixes
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Note, Organisation, Representative

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0017_name_words.db"
IS_NAME = "kind IN ('organisation', 'representative')"
SIDES = f"SELECT {IS_NAME}, id > 0, count(*) FROM search_index GROUP BY 1, 2"
#: Entries outside their kind's range: texts above zero, people below, organisations
#: below -2**40.
STRAYS = (
    "SELECT count(*) FROM search_index WHERE CASE kind "
    "WHEN 'organisation' THEN id >= -1099511627776 "
    "WHEN 'representative' THEN id >= 0 OR id <= -1099511627776 ELSE id <= 0 END"
)


def _sides(path: Path) -> dict[tuple[bool, bool], int]:
    """{(is a registry entry, id above zero): how many}."""
    raw = sqlite3.connect(path)
    try:
        raw.execute(
            "INSERT INTO search_index_fts(search_index_fts, rank) VALUES ('integrity-check', 1)"
        )
        return {(bool(a), bool(b)): n for a, b, n in raw.execute(SIDES)}
    finally:
        raw.close()


def _strays(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(STRAYS).fetchone()[0])
    finally:
        raw.close()


def _some_names(session: Any) -> tuple[str, str]:
    person = session.scalars(select(Representative).order_by(Representative.id)).first()
    organisation = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    return f"{person.given_name} {person.family_name}", organisation.name


def test_a_revision_0017_database_moves_its_names_below_zero_and_finds_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    before = _sides(path)
    assert (True, True) in before and (True, False) not in before, "names above zero at 0017"
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0017_name_words"
        after = _sides(path)
        assert after == {
            (True, False): before[(True, True)],
            (False, True): before[(False, True)],
        }, "every name below zero, every text above, none lost, the FTS5 index in step"
        assert _strays(path) == 0, "organisations below -2**40, people between it and zero"
        with database.reading() as session:
            person, organisation = _some_names(session)
            assert any(hit.kind == "representative" for hit in search(session, person))
            assert any(hit.kind == "organisation" for hit in search(session, organisation))
            hits = search(session, "service des conferences")
            assert [hit.kind for hit in hits] == ["note"], "the demo's note still found"
    finally:
        database.dispose()


def test_the_revision_goes_back_to_ids_above_zero(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    database, _ = open_database(str(path))
    try:
        with database.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0017_name_words")
    finally:
        database.dispose()
    assert _sides(path) == _sides(FIXTURE)


def test_new_entries_keep_to_their_side_whatever_the_order_they_are_written_in(
    demo_db: Any,
) -> None:
    with demo_db.unit_of_work() as session:
        # A rebuild writes the texts when only names are left: ids from 1 again.
        written = rebuild_search_index(session)
        # Names rewritten after the texts: still below zero.
        session.execute(text("UPDATE representatives SET given_name = given_name || 'x'"))
        assert refresh_registry_index(session) > 0
        sides = dict(
            session.execute(
                text(f"SELECT {IS_NAME}, min(id) > 0 AND max(id) > 0 FROM search_index GROUP BY 1")
            ).all()
        )
        assert sides == {0: 1, 1: 0}
        lowest = session.scalar(text("SELECT min(id) FROM search_index WHERE id > 0"))
        assert lowest == 1 and written > 0
        assert session.scalar(text(f"SELECT max(id) FROM search_index WHERE {IS_NAME}")) < 0
        assert session.scalar(text(STRAYS)) == 0
        person, _ = _some_names(session)
        assert any(hit.kind == "representative" for hit in search(session, person))


# ---------------------------------------------------------------------------------------
# The index's words: a prefix searched as the words it begins


def _words(session: Any, prefix: str) -> list[str]:
    found = session.execute(
        text("SELECT term FROM search_index_terms WHERE substr(term, 1, :n) = :p ORDER BY term"),
        {"n": len(prefix), "p": prefix},
    )
    return list(found.scalars())


def _fts_words(session: Any, prefix: str) -> list[str]:
    """The words FTS5 itself holds with that prefix."""
    session.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary "
            "USING fts5vocab(main, search_index_fts, row)"
        )
    )
    found = session.execute(
        text("SELECT term FROM temp.vocabulary WHERE substr(term, 1, :n) = :p ORDER BY term"),
        {"n": len(prefix), "p": prefix},
    )
    return list(found.scalars())


def test_the_revision_writes_down_the_words_fts5_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    database, _ = open_database(str(path))
    try:
        with database.reading() as session:
            assert _words(session, "") == _fts_words(session, "") != []
            query = parse_query("migra*")
            expanded = expand_prefixes(session, query)
            assert [t.tokens[0] for t in expanded.terms] == _fts_words(session, "migra")
            assert not any(t.prefix for t in expanded.terms)
    finally:
        database.dispose()


def test_a_word_written_after_the_rebuild_is_found_by_its_prefix(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        rebuild_search_index(session)
        assert _words(session, "") == _fts_words(session, "")
        assert _words(session, "zygom") == []
        note = Note(forum_id=demo_forum_id(session), body_text="Un rapport zygomatique.")
        session.add(note)
        session.flush()
        index_note(session, note.id)
        assert _words(session, "zygom") == ["zygomatique"]
        hits = search(session, "zygom*")
        assert [(hit.kind, hit.target_id) for hit in hits] == [("note", note.id)]
        assert hits[0].marked() == "Un rapport [zygomatique]."


def test_a_prefix_of_too_many_words_is_left_to_fts5_with_the_same_hits(
    demo_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.reading() as session:
        expanded = search(session, "migra*", kinds=["paragraph", "note"], limit=200)
        assert len(_words(session, "migra")) > 1
        monkeypatch.setattr(vocabulary, "MAX_WORDS", 1)
        assert expand_prefixes(session, parse_query("migra*")) == parse_query("migra*")
        assert (
            {h.target_id for h in search(session, "migra*", kinds=["paragraph", "note"], limit=200)}
            == {h.target_id for h in expanded}
            != set()
        )

"""The texts' word pairs (`services/search/pairs.py`, revision 0020): a phrase found in
the pairs is found in exactly the texts where FTS5 finds it word by word, and the pairs
follow every change of the texts."""

from __future__ import annotations

import random
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy.orm import Session

import forumdesk.services.search.query as search_module
from forumdesk.services.search.index import index_note, tokens, unindex_note
from forumdesk.services.search.pairs import PAIRS_TABLE, pair_query, pair_text
from forumdesk.services.search.query import fts5_match, parse_query, rebuild_search_index, search
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Forum, Note

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0019_email_folded.db"
_WORDS = search_module._MATCHES.format(table="search_index_fts")
_PAIRS = search_module._MATCHES.format(table=PAIRS_TABLE)


def _by_words(session: Session, typed: str) -> list[int]:
    match = fts5_match(parse_query(typed))
    return [row[0] for row in session.connection().exec_driver_sql(_WORDS, (match, 100_000))]


def _by_pairs(session: Session, typed: str) -> list[int]:
    pairs = pair_query(parse_query(typed))
    assert pairs is not None, typed
    match = fts5_match(pairs)
    return [row[0] for row in session.connection().exec_driver_sql(_PAIRS, (match, 100_000))]


def _phrases(session: Session, count: int) -> list[str]:
    """Runs of two to four words of the indexed texts, and a few found nowhere."""
    rng = random.Random(2006)
    texts = [
        row[0]
        for row in session.connection().exec_driver_sql(
            "SELECT folded FROM search_index WHERE id > 0 ORDER BY id"
        )
    ]
    phrases = ['"migrants hautement qualifiés"', '"pays d\'origine"', '"sud-sud"', '"de la de"']
    while len(phrases) < count:
        words = tokens(rng.choice(texts))
        size = rng.randint(2, 4)
        if len(words) > size:
            start = rng.randrange(len(words) - size)
            phrases.append('"' + " ".join(words[start : start + size]) + '"')
    return [*phrases, '"fonds envois de"', '"migrants migrants"']


def _count(session: Session) -> int:
    return int(
        session.connection().exec_driver_sql(f"SELECT count(*) FROM {PAIRS_TABLE}").scalar_one()
    )


def _texts(session: Session) -> int:
    return int(
        session.connection()
        .exec_driver_sql("SELECT count(*) FROM search_index WHERE id > 0")
        .scalar_one()
    )


def _sound(session: Session) -> None:
    connection = session.connection()
    connection.exec_driver_sql(
        f"INSERT INTO {PAIRS_TABLE} ({PAIRS_TABLE}) VALUES ('integrity-check')"
    )


@pytest.fixture
def session(demo_db: Any) -> Any:
    with demo_db.unit_of_work() as session:
        yield session


def test_a_phrase_is_found_in_the_pairs_where_it_is_found_word_by_word(session: Session) -> None:
    assert _count(session) == _texts(session) > 70
    for typed in _phrases(session, 150):
        assert _by_pairs(session, typed) == _by_words(session, typed), typed


def test_only_queries_of_whole_phrases_go_to_the_pairs() -> None:
    assert pair_query(parse_query('"envois de fonds"')) is not None
    assert pair_query(parse_query('"envois de fonds" OR "pays d origine"')) is not None
    assert pair_query(parse_query("sud-sud")) is not None  # one word to the user, two to FTS5
    for typed in ("migrants", '"envois de fonds" migrants', '"envois de fon"*', "migra*", ""):
        assert pair_query(parse_query(typed)) is None, typed
    assert pair_text("les envois de fonds") == "les_envois envois_de de_fonds"
    assert pair_text("migrants") == ""


def test_the_search_box_finds_a_phrase_through_the_pairs_ranked_best_first(
    session: Session,
) -> None:
    hits = search(session, '"envois de fonds"', kinds=["paragraph"])
    assert hits and all(hit.highlights for hit in hits)
    words = search_module.fts5_match(parse_query('"envois de fonds"'))
    best = (
        session.connection()
        .exec_driver_sql(
            "SELECT rowid FROM search_index_fts WHERE search_index_fts MATCH ? "
            "ORDER BY bm25(search_index_fts, 1.0, 0.0, 0.0) LIMIT 1",
            (words,),
        )
        .scalar_one()
    )
    first = (
        session.connection()
        .exec_driver_sql("SELECT target_id FROM search_index WHERE id = ?", (best,))
        .scalar_one()
    )
    assert hits[0].target_id.hex == first  # the same best paragraph as bm25() word by word


def test_the_pairs_follow_a_note_written_changed_and_deleted(session: Session) -> None:
    forum = session.query(Forum).first()
    assert forum is not None
    note = Note(forum_id=forum.id, body_text="Les transferts solidaires arrivent.", body_html="")
    session.add(note)
    session.flush()
    index_note(session, note.id)
    assert _note_found(session, '"transferts solidaires"', note.id)
    note.body_text = "Les remises solidaires arrivent."
    session.flush()
    index_note(session, note.id)
    assert not _note_found(session, '"transferts solidaires"', note.id)
    assert _note_found(session, '"remises solidaires"', note.id)
    unindex_note(session, note.id)
    assert not _note_found(session, '"remises solidaires"', note.id)
    assert _count(session) == _texts(session)
    _sound(session)


def _note_found(session: Session, typed: str, note_id: uuid.UUID) -> bool:
    return any(hit.target_id == note_id for hit in search(session, typed, kinds=["note"]))


def test_a_rebuild_writes_the_pairs_again(session: Session) -> None:
    session.connection().exec_driver_sql(
        f"INSERT INTO {PAIRS_TABLE} ({PAIRS_TABLE}) VALUES ('delete-all')"
    )
    assert _count(session) == 0
    rebuild_search_index(session)
    assert _count(session) == _texts(session)
    for typed in _phrases(session, 30):
        assert _by_pairs(session, typed) == _by_words(session, typed), typed
    _sound(session)


def test_a_revision_0019_database_gains_its_pairs(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0019_email_folded"
        with database.reading() as session:
            assert _count(session) == _texts(session) > 70
            for typed in _phrases(session, 40):
                assert _by_pairs(session, typed) == _by_words(session, typed), typed
            assert search(session, '"envois de fonds"')
        with database.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0019_email_folded")
            tables = {
                row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master")
            }
            assert PAIRS_TABLE not in tables
            command.upgrade(alembic_config(connection), "0020_word_pairs")
        with database.reading() as session:
            assert _count(session) == _texts(session)
    finally:
        database.dispose()


def test_a_phrase_searched_in_one_forum_finds_that_forums_texts_only(session: Session) -> None:
    demo = session.query(Forum).first()
    assert demo is not None
    other = Forum(title="Another forum", slug="another-forum")
    session.add(other)
    session.flush()
    notes = {}
    for forum in (demo, other):
        note = Note(forum_id=forum.id, body_text="Des transferts solidaires.", body_html="")
        session.add(note)
        session.flush()
        index_note(session, note.id)
        notes[forum.id] = note.id
    for forum in (demo, other):
        # As the search box asks: in the current forum, the last word typed a prefix.
        hits = search(session, '"transferts solidaires"', forum_id=forum.id, prefix_last=True)
        assert [hit.target_id for hit in hits] == [notes[forum.id]]
        assert hits[0].marked() == "Des [transferts solidaires]."
    assert pair_query(parse_query('"transferts solidaires"', prefix_last=True)) is not None

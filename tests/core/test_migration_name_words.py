"""Revision 0017 fills `name_words` from the search index of a revision 0016 database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from forumdesk.services.registry.listing.query import RepresentativeQuery, representative_page
from forumdesk.services.search.name_words import words_of
from forumdesk.store.migrate import open_database

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0016_practices.db"


def _expected(path: Path) -> set[tuple[str, str, str]]:
    """What 0017 must write: each indexed person's words with their sort key, as the
    application writes them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT r.id, r.sort_key, s.folded FROM representatives r "
            "JOIN search_index s ON s.target_id = r.id AND s.kind = 'representative' "
            "WHERE r.sort_key IS NOT NULL"
        ).fetchall()
    finally:
        connection.close()
    return {(word, key, person) for person, key, folded in rows for word in words_of(folded, key)}


def test_a_revision_0016_database_gains_the_words_of_its_people(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    expected = _expected(path)
    assert len({row[2] for row in expected}) > 400
    assert any(not row[0].isascii() for row in expected)  # Arabic, Cyrillic, CJK names
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0016_practices"
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT word, sort_key, id FROM name_words").all()
            indexes = {
                row[1] for row in connection.exec_driver_sql("PRAGMA index_list(name_words)")
            }
        assert {tuple(row) for row in rows} == expected
        assert "ix_name_words_id" in indexes
        with database.reading() as session:
            # Found by a word that is not the start of the sort key ("belkacem omar").
            page = representative_page(session, RepresentativeQuery(text="عمر"), 0, 200)
        assert "بلقاسم" in {row.family_name for row in page}
    finally:
        database.dispose()


def test_revision_0017_goes_down_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    from forumdesk.store.engine import database_url, make_engine
    from forumdesk.store.migrate import alembic_config

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    engine = make_engine(database_url(str(path)), foreign_keys=False)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0017_name_words")
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0016_practices")
            tables = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'name_words'"
            ).scalar()
            assert tables == 0
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0017_name_words")
            assert connection.exec_driver_sql("SELECT count(*) FROM name_words").scalar()
    finally:
        engine.dispose()

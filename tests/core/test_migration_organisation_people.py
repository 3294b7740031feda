"""Revision 0021: a database of revision 0020 opens with the organisation's index on
(organisation_id, sort_key), a merge's look-up of a newcomer's organisation reads it
without the table, the demo's people are still found, and 0021 goes down and up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import select

from forumdesk.services.registry.duplicates.lookup import duplicates_of_newcomers
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Representative

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0020_word_pairs.db"
INDEX = "ix_representatives_organisation_id"
PROBE = (
    "EXPLAIN QUERY PLAN SELECT id FROM representatives WHERE organisation_id = ? "
    "AND sort_key >= 'a' AND sort_key < 'b'"
)


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[2] for row in connection.execute(f"PRAGMA index_info({INDEX})")]


def test_a_revision_0020_database_gains_the_organisation_people_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    assert _columns(path) == ["organisation_id"]
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0020_word_pairs"
        assert _columns(path) == ["organisation_id", "sort_key"]
        with database.reading() as session:
            person = session.scalars(
                select(Representative).where(Representative.organisation_id.is_not(None)).limit(1)
            ).one()
            person_id = person.id
            plan = session.connection().exec_driver_sql(PROBE, (person.organisation_id.hex,)).all()
            found = duplicates_of_newcomers(session, [person_id])
        detail = " ".join(str(row[-1]) for row in plan)
        assert f"{INDEX} (organisation_id=? AND sort_key>? AND sort_key<?)" in detail
        assert set(found) == {person_id}  # the look-up runs; the demo has no twin of them
        with database.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0020_word_pairs")
        assert _columns(path) == ["organisation_id"]
        with database.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0021_organisation_people_index")
        assert _columns(path) == ["organisation_id", "sort_key"]
    finally:
        database.dispose()


def test_the_new_index_gets_planner_statistics_where_the_database_has_them(
    tmp_path: Path,
) -> None:
    """SQLite drops an index's row of sqlite_stat1 with it; without one the planner
    guesses how many people an organisation has."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as connection:
        connection.execute("ANALYZE")
    database, _report = open_database(str(path))
    database.dispose()
    with sqlite3.connect(path) as connection:
        [(stat,)] = connection.execute(
            "SELECT stat FROM sqlite_stat1 WHERE idx = ?", (INDEX,)
        ).fetchall()
        people = connection.execute("SELECT count(*) FROM representatives").fetchone()[0]
    assert stat.split()[0] == str(people) and len(stat.split()) == 3  # two columns

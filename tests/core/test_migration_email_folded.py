"""Revision 0019: a database of revision 0018 opens with the index on lower(email),
and a person is found by an e-mail typed in another case; 0019 goes down and up."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import select

from forumdesk.services.registry.duplicates.lookup import duplicates_of_entry
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Representative

FIXTURE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0018_search_partitions.db"
)
INDEX = "ix_representatives_email_folded"


def test_a_revision_0018_database_gains_the_folded_email_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE, path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0018_search_partitions"
        with database.reading() as session:
            person = session.scalars(
                select(Representative).where(Representative.email.is_not(None)).limit(1)
            ).one()
            person_id, typed = person.id, (person.email or "").upper()
            found = duplicates_of_entry(session, "Zz", "Zz", email=typed)
            plan = (
                session.connection()
                .exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT id FROM representatives WHERE lower(email) = 'x'"
                )
                .all()
            )
        assert person_id in {match.representative_id for match in found}
        assert INDEX in " ".join(str(row[-1]) for row in plan)
        with database.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0018_search_partitions")
            assert INDEX not in " ".join(
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'index'"
                )
            )
            command.upgrade(alembic_config(connection), "0019_email_folded")
    finally:
        database.dispose()

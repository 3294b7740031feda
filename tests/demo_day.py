"""The demo comes with a morning of check-ins and a speakers list for each segment,
with a speaker on the floor in its first part (services/database/demo/). Tests of the
workings themselves (positions from 0, who has the floor, a first scan, counts from
nothing) start from a demo without them: the demo's rows deleted."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session


def clear_speakers(session: Session) -> None:
    from forumdesk.store.models import Intervention

    for turn in session.scalars(select(Intervention)):
        session.delete(turn)
    session.flush()


def clear_check_ins(session: Session) -> None:
    from forumdesk.store.models import CheckIn

    for scan in session.scalars(select(CheckIn)):
        session.delete(scan)
    session.flush()


def clear_demo_speakers(path: Path) -> Path:
    """`clear_speakers` on a database file, before a test opens it (a window, the CLI)."""
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            clear_speakers(session)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return path

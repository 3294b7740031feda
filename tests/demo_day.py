"""The demo comes with a morning of check-ins and a speakers list for each segment,
with a speaker on the floor in its first part, and a handful of practices on the
forum's themes (services/database/demo/). Tests of the workings themselves (positions
from 0, who has the floor, a first scan, counts from nothing, the first themes) start
from a demo without them: the demo's rows deleted."""

from __future__ import annotations

from collections.abc import Callable
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


def clear_practices(session: Session) -> None:
    """The demo's practices and their links (the forum keeps its themes)."""
    from forumdesk.services.search.practices import unindex_practice
    from forumdesk.store.models import (
        Practice,
        PracticeLink,
        PracticeSubmitter,
        PracticeTheme,
        RecommendationPractice,
    )

    for model in (RecommendationPractice, PracticeLink, PracticeSubmitter, PracticeTheme):
        for row in session.scalars(select(model)):
            session.delete(row)
    session.flush()
    for practice in session.scalars(select(Practice)):
        unindex_practice(session, practice.id)
        session.delete(practice)


def clear_demo_speakers(path: Path) -> Path:
    """`clear_speakers` on a database file, before a test opens it (a window, the CLI)."""
    return _cleared(path, clear_speakers)


def clear_demo_practices(path: Path) -> Path:
    """`clear_practices` on a database file, before a test opens it."""
    return _cleared(path, clear_practices)


def _cleared(path: Path, clear: Callable[[Session], None]) -> Path:
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            clear(session)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return path

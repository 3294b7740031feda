"""Bring derived data up to date when a database is opened.

Revisions 0003 and 0004 add data that only the application can compute (the
folded search index, the Latin sort keys), so migrations create the columns and
this fills them on the first open. Cheap when there is nothing to do.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from forumdesk.services.registry_edit import ensure_sort_keys
from forumdesk.services.search import ensure_search_index

#: Below this many people the planner's guesses are good enough without statistics.
STATISTICS_FROM_ROWS = 1000


def prepare_database(session: Session) -> None:
    ensure_sort_keys(session)
    ensure_search_index(session)
    refresh_statistics(session)


def refresh_statistics(session: Session, *, force: bool = False) -> bool:
    """ANALYZE a SQLite database whose statistics are missing or out of date.

    Without them SQLite walks the index on `merged_into_id` (NULL for every live
    person) instead of the sort-key range, and a type-ahead takes 50 ms instead of
    1 ms at 100k people. PostgreSQL's autovacuum keeps its own statistics.
    """
    if session.get_bind().dialect.name != "sqlite":
        return False
    people = int(session.scalar(text("SELECT count(*) FROM representatives")) or 0)
    if not force:
        if people < STATISTICS_FROM_ROWS:
            return False
        has_table = session.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        )
        recorded = (
            session.scalar(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'representatives'"))
            if has_table
            else None
        )
        rows = int(str(recorded).split()[0]) if recorded else 0
        if rows and rows / 2 <= people <= rows * 2:
            return False
    # A full ANALYZE: a sampled one (analysis_limit) left the planner on the wrong
    # index here. It takes about 0.1 s at 100k people.
    session.execute(text("ANALYZE"))
    return True

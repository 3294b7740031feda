"""SQLite's planner statistics, refreshed when the registry has grown or shrunk a lot.

Used when a database is opened (`database/maintenance.py`) and after a registry import.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

#: Below this many people the planner's guesses are good enough without statistics.
STATISTICS_FROM_ROWS = 1000


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

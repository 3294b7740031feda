"""Bring derived data up to date when a database is opened.

Revisions 0003 and 0004 add data that only the application can compute (the
folded search index, the Latin sort keys), so migrations create the columns and
this fills them on the first open. Cheap when there is nothing to do.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from forumdesk.services.common.planner_statistics import refresh_statistics
from forumdesk.services.registry.edit import ensure_sort_keys
from forumdesk.services.search.query import ensure_search_index


def prepare_database(session: Session) -> None:
    ensure_sort_keys(session)
    ensure_search_index(session)
    refresh_statistics(session)

"""Bring derived data up to date when a database is opened.

Revisions 0003 and 0004 add data that only the application can compute (the
folded search index, the Latin sort keys), so migrations create the columns and
this fills them on the first open. Cheap when there is nothing to do, except the
look over every person and organisation for a search entry that is missing or
outdated: at a million people that takes seconds, so the window runs it after the
opening, in short transactions of its own (`refresh_registry_in_steps`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from forumdesk.services.common.planner_statistics import refresh_statistics
from forumdesk.services.registry.edit import ensure_sort_keys
from forumdesk.services.search.people import (
    REGISTRY_KINDS,
    outdated_registry_ids,
    refresh_registry_index,
)
from forumdesk.services.search.query import ensure_search_index
from forumdesk.services.search.rebuild import ensure_text_index
from forumdesk.store.database import Database

_STEP = 2000


def prepare_database(session: Session, registry: bool = True) -> None:
    """Fill what the application computes; `registry=False` leaves the registry's
    search entries to `refresh_registry_in_steps`, run after the opening."""
    ensure_sort_keys(session)
    if registry:
        ensure_search_index(session)
    else:
        ensure_text_index(session)
    refresh_statistics(session)


def refresh_registry_in_steps(database: Database, stop: Callable[[], bool]) -> int:
    """Write the registry's missing or outdated search entries `_STEP` records at a
    time: each step found in a read (no lock held) and written in a transaction of its
    own, which checks them again. Stops between steps once `stop()` is true; returns
    how many entries were written."""
    written = 0
    for kind in REGISTRY_KINDS:
        after = None
        while not stop():
            with database.reading() as session:
                ids = outdated_registry_ids(session, kind, after, _STEP)
            if not ids:
                break
            after = ids[-1]
            with database.unit_of_work() as session:
                written += refresh_registry_index(session, ids)
    return written

"""Fixtures of the core tests that more than one file uses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database


def open_as(url: str, actor: str) -> Database:
    """A connection of its own to one database, saving as `actor` (another desk)."""
    database, _ = open_database(url, backup=False)
    database.actor = actor
    return database


@pytest.fixture
def two_users(demo_db_path: Path) -> Iterator[tuple[Database, Database]]:
    """Ana and Ben, each with a database of their own over the same demo file."""
    ana, ben = open_as(str(demo_db_path), "Ana"), open_as(str(demo_db_path), "Ben")
    yield ana, ben
    ana.dispose()
    ben.dispose()

"""Throwaway PostgreSQL databases for the tests marked `postgres`.

They run only when FORUMDESK_TEST_POSTGRES_URL names a database (CI sets one up);
each use gets a database of its own, or, without CREATEDB, the given one emptied.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine, inspect, make_url, text
from sqlalchemy.exc import ProgrammingError

from forumdesk.store.engine import database_url
from forumdesk.store.models import Base

ENV = "FORUMDESK_TEST_POSTGRES_URL"
DROP_ATTEMPTS = 20
ADMIN_URL = os.environ.get(ENV)

marks = [
    pytest.mark.postgres,
    pytest.mark.skipif(not ADMIN_URL, reason=f"{ENV} is not set (no PostgreSQL to test on)"),
]


def drop_everything(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS search_index"))
            connection.execute(text("DROP TABLE IF EXISTS name_words"))
            Base.metadata.drop_all(connection)
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            assert inspect(connection).get_table_names() == []
    finally:
        engine.dispose()


@contextmanager
def empty_database(prefix: str, options: str = "") -> Iterator[str]:
    """The URL of an empty PostgreSQL database, dropped afterwards.

    `options` are added to CREATE DATABASE (say a locale); without the CREATEDB
    privilege the given database is used instead, emptied, and they are ignored.
    """
    assert ADMIN_URL is not None
    admin_url = database_url(ADMIN_URL)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" {options}'))
    except ProgrammingError:  # no CREATEDB privilege: reuse the given database, emptied
        admin.dispose()
        drop_everything(admin_url)
        yield admin_url
        drop_everything(admin_url)
        return
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin: Engine, name: str) -> None:
    """DROP … WITH (FORCE) ends our own sessions; an autovacuum worker that has just
    come to the fresh database belongs to the server, and without pg_signal_backend
    the drop is refused until the worker leaves by itself, within moments."""
    for attempt in range(DROP_ATTEMPTS):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError:
            if attempt == DROP_ATTEMPTS - 1:
                raise
            time.sleep(0.5)


def drop_roles(prefix: str) -> None:
    """Drop the server's roles whose names start with `prefix` (a test database's own,
    after the database itself is gone: its grants would hold them otherwise)."""
    assert ADMIN_URL is not None
    admin = create_engine(database_url(ADMIN_URL), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            names = connection.execute(
                text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :prefix)"),
                {"prefix": prefix},
            ).scalars()
            for name in list(names):
                connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    finally:
        admin.dispose()

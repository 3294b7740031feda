"""Engine factory: where the database is, and how each connection is set up.

This module and the search index are the only places that know SQLite from
PostgreSQL; everything else speaks SQLAlchemy.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from forumdesk.paths import default_database_path

ENV_DATABASE = "FORUMDESK_DATABASE"
BUSY_TIMEOUT_MS = 5000


def database_url(target: str | os.PathLike[str] | None = None) -> str:
    """Turn `--database PATH_OR_URL` (or FORUMDESK_DATABASE, or the default file) into a URL."""
    raw = str(target) if target else os.environ.get(ENV_DATABASE) or str(default_database_path())
    if "://" in raw:
        url = make_url(raw)
        # Plain postgresql:// means psycopg 3 here, the driver we ship.
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_read_only_engine(url: str) -> Engine:
    """An engine that can look at a database without changing a byte of it.

    Used before a file is known to be a ForumDesk database (and by `check`):
    the ordinary engine would switch any SQLite file it touches to WAL.
    """
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True) if not is_sqlite(url) else make_engine(url)

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(
            f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False, timeout=5
        )
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection

    return create_engine("sqlite://", creator=connect)


def make_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    """An engine with the PRAGMAs of DESIGN.md §4 on every SQLite connection.

    `foreign_keys=False` is only for the migration runner: Alembic's batch mode
    recreates tables, and dropping a parent with enforcement on would cascade.
    """
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)

    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine

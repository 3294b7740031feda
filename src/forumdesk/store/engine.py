"""Engine factory: where the database is, and how each connection is set up.

This module and the search index are the only places that know SQLite from
PostgreSQL; everything else speaks SQLAlchemy.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from forumdesk.paths import default_database_path
from forumdesk.store import cipher

ENV_DATABASE = "FORUMDESK_DATABASE"
ENV_BUSY_TIMEOUT = "FORUMDESK_BUSY_TIMEOUT_MS"
# A 100k import holds the write lock for about 15 s: another writer waits that long
# rather than failing at once.
BUSY_TIMEOUT_MS = 20000
# A unit of work (Database.unit_of_work) takes the write lock when it begins; any other
# transaction is deferred, so a read waits for nobody.
WRITE_OPTION = "forumdesk_write"


def busy_timeout_ms() -> int:
    """How long a connection waits for another writer; FORUMDESK_BUSY_TIMEOUT_MS overrides."""
    try:
        return max(0, int(os.environ.get(ENV_BUSY_TIMEOUT, "")))
    except ValueError:
        return BUSY_TIMEOUT_MS


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


def same_location(stored: str | None, location: str) -> bool:
    """Whether a recorded location (a resolved file path, or a URL) is `location`: the
    same text or, where the file system ignores case and Unicode normalisation (macOS's
    and Windows' by default), another spelling of the same file ("Forum.db", "forum.db")."""
    if stored is None or stored == location:
        return stored is not None
    if unicodedata.normalize("NFC", stored).casefold() != (
        unicodedata.normalize("NFC", location).casefold()
    ):
        return False
    try:
        return Path(stored).samefile(location)
    except (OSError, ValueError):  # gone, or not a file path at all (a URL)
        return False


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_read_only_engine(url: str, *, passphrase: str | None = None) -> Engine:
    """An engine that can look at a database without changing a byte of it.

    Used before a file is known to be a ForumDesk database (and by `check`):
    the ordinary engine would switch any SQLite file it touches to WAL.
    `passphrase` opens an encrypted file (store/cipher.py).
    """
    path = sqlite_path(url)
    if path is None:
        if not is_sqlite(url):
            return create_engine(url, pool_pre_ping=True, hide_parameters=True)
        return make_engine(url)
    open_file = _connector(path, read_only=True, passphrase=passphrase)

    def connect() -> Any:
        connection = open_file()
        connection.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        return connection

    # The pool of a file's connections: for "sqlite://" SQLAlchemy would pick the one of an
    # in-memory database, which closes other threads' connections past five threads.
    return create_engine("sqlite://", creator=connect, poolclass=QueuePool, **_driver(passphrase))


def _connector(path: Path, *, read_only: bool, passphrase: str | None) -> Callable[[], Any]:
    """How each new connection to the file is made: sqlite3, or SQLCipher with its key."""
    uri = read_only_uri(path) if read_only else None
    if passphrase is None:
        target = uri or str(path)
        return lambda: sqlite3.connect(target, uri=read_only, check_same_thread=False, timeout=5)
    return lambda: cipher.engine_connection(path, passphrase, uri=uri)


def _driver(passphrase: str | None) -> dict[str, Any]:
    """create_engine's options for the driver: SQLCipher's module for an encrypted file."""
    options: dict[str, Any] = {"hide_parameters": True}
    if passphrase is not None:
        options["module"] = cipher.DBAPI
    return options


# The passphrase each encrypted engine opens its file with, for what copies that file
# (a backup before an import or a merge keeps it encrypted with the same passphrase).
# In memory only, as the engine's own connector holds it; gone with the engine.
_PASSPHRASES: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def engine_passphrase(engine: Engine) -> str | None:
    """The passphrase `engine` opens its encrypted SQLite file with; None for a clear one.
    A session's bind may be the engine with options (the writer's), proxying the one made."""
    return _PASSPHRASES.get(getattr(engine, "_proxied", engine))


def read_only_uri(path: Path) -> str:
    """SQLite's URI for reading `path` without writing a byte. In a folder nobody may
    write to, a WAL database has no -shm to share and is opened immutable."""
    uri = f"{path.as_uri()}?mode=ro"
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    if not folder_writable and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


#: SQLite's page cache of a connection, in KiB (SQLite's default is 2,000). A miss is a
#: system call: at a million people, the organisations and the upper levels of the
#: indexes that a page of the list reads outgrow the default, and the page takes twice as
#: long. A connection's cache fills only as it reads.
CACHE_KIB = 16 * 1024


def make_engine(
    url: str, *, foreign_keys: bool = True, read_only: bool = False, passphrase: str | None = None
) -> Engine:
    """An engine with the PRAGMAs of docs/DESIGN.md §4 on every SQLite connection.

    `foreign_keys=False` is only for the migration runner: Alembic's batch mode
    recreates tables, and dropping a parent with enforcement on would cascade.
    `read_only` opens the file so that SQLite itself refuses every write; `passphrase`
    opens an encrypted one. Statement parameters (names, e-mails) are never put into error messages.
    """
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)

    path = sqlite_path(url)
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 5}}
    if path is not None and read_only:
        options = {"creator": _connector(path, read_only=True, passphrase=passphrase)}
        url, options["poolclass"] = "sqlite://", QueuePool  # not the in-memory URL's pool
    elif path is not None and passphrase is not None:
        options = {"creator": _connector(path, read_only=False, passphrase=passphrase)}
    engine = create_engine(url, **options, **_driver(passphrase))
    if passphrase is not None:
        _PASSPHRASES[engine] = passphrase

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        if passphrase is None:  # (an encrypted connection has its own, larger)
            cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        if path is not None and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # A transaction that may write takes the write lock when it starts: a deferred
        # one that reads and then writes fails at once ("database is locked") if another
        # writer committed in between, whatever the busy timeout.
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine

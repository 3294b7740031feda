"""Opening a database: check its schema revision; back it up and migrate it to head."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from forumdesk import __version__
from forumdesk.paths import migrations_dir
from forumdesk.store import cipher
from forumdesk.store.backup import BackupError, backup_sqlite
from forumdesk.store.database import Database
from forumdesk.store.engine import (
    database_url,
    make_engine,
    make_read_only_engine,
    sqlite_path,
)


class DatabaseError(Exception):
    """A database that cannot be opened; the message is meant for the user."""


class DatabaseTooNew(DatabaseError):
    pass


class NotAForumDeskDatabase(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    pass


class DatabaseMissing(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    pass


class DatabaseReadOnly(DatabaseError):
    pass


class EncryptedDatabase(NotAForumDeskDatabase):
    """A file that is encrypted (or no database at all), opened without a passphrase."""


class WrongPassphrase(EncryptedDatabase):
    """The passphrase does not open the file; nothing in it was changed."""


def encrypted_message(path: Path) -> str:
    return (
        f"{path} is encrypted, or is not a SQLite database: give its passphrase "
        "(FORUMDESK_PASSPHRASE or the prompt); it was left untouched."
    )


def wrong_passphrase_message(path: Path) -> str:
    return f"the passphrase does not open {path}; it was left untouched."


#: Files up to this size are read whole by PRAGMA quick_check on every open (~0.1 s per
#: 130 MB); larger ones get a cheaper check of their size against their header.
QUICK_CHECK_MAX_BYTES = 512 * 1024 * 1024
#: The same for an encrypted file, whose every page is decrypted to be checked (~0.5 s per
#: 100 MB, bench/encryption.py); SQLCipher checks each page's HMAC whenever it is read.
QUICK_CHECK_MAX_ENCRYPTED_BYTES = 64 * 1024 * 1024
RESTORE_HINT = (
    "ForumDesk will not write into it. Restore a backup: `forumdesk backup list`, then "
    "`forumdesk backup restore`, or File > Restore from Backup… in the window."
)


def corrupt_message(where: str, detail: str) -> str:
    return f"{where} is damaged ({detail}). {RESTORE_HINT}"


#: True for a file that starts as every (clear) SQLite database does.
is_sqlite_file = cipher.is_clear_sqlite


def is_writable(path: Path) -> bool:
    """Whether this process may change the SQLite file at `path` (and its -wal/-shm)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def quick_check(path: Path, passphrase: str | None = None) -> str | None:
    """None for a sound file, else SQLite's first words about the damage. Reads only.

    A file over QUICK_CHECK_MAX_BYTES is only checked for its size against its header
    (reading gigabytes on every open would cost seconds); SQLite still refuses any page
    it finds damaged, and `forumdesk check` reads everything.
    """
    from forumdesk.store.engine import read_only_uri

    if passphrase is not None and path.stat().st_size > QUICK_CHECK_MAX_ENCRYPTED_BYTES:
        return None  # its header is encrypted: no size to compare
    if path.stat().st_size > QUICK_CHECK_MAX_BYTES:
        return _size_check(path)
    errors = (sqlite3.Error, cipher.DBAPI.Error)
    try:
        if passphrase is None:
            connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
        else:
            connection = cipher.connect(path, passphrase, uri=read_only_uri(path))
    except errors:
        return None  # cannot be opened at all: the open that follows says why
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(3)")]
    except errors as exc:
        text = str(exc)
        if not any(word in text for word in ("malformed", "not a database", "corrupt")):
            return None  # busy, locked, cannot open, read-only: not damage
        return text
    finally:
        connection.close()
    if rows == ["ok"]:
        return None
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return "; ".join(lines[:3]) or "integrity check failed"


def _size_check(path: Path) -> str | None:
    """A large file's header against its size: a file cut short is damaged."""
    with path.open("rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[92:96] == header[24:28]  # the page count is kept up to date
    if valid and pages and path.stat().st_size < pages * page_size:
        return f"the file is shorter than its {pages} pages: it was cut off"
    return None


@dataclass(frozen=True)
class OpenReport:
    url: str
    path: Path | None
    was_empty: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None
    read_only: bool = False


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _check_revision(engine: Engine, revision: str | None, where: str) -> None:
    if revision is None:
        if _has_tables(engine):
            raise NotAForumDeskDatabase(
                f"{where} holds tables but no ForumDesk schema revision; it is not a "
                "ForumDesk database, so it was left untouched."
            )
        return
    if not is_known_revision(revision):
        raise DatabaseTooNew(
            f"{where} was written by a newer ForumDesk (schema revision {revision}); "
            f"this ForumDesk ({__version__}) knows schema revisions up to {head_revision()}. "
            "Update ForumDesk to open it; the file was left untouched."
        )


def first_line(exc: BaseException) -> str:
    """The driver's own words, without SQLAlchemy's background-link footer."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__


def _inspect(url: str, where: str, passphrase: str | None) -> str | None:
    """The schema revision of an existing database, read without changing it."""
    engine = make_read_only_engine(url, passphrase=passphrase)
    try:
        try:
            revision = current_revision(engine)
        except Exception as exc:  # sqlite3/psycopg errors differ; the user needs one message
            raise DatabaseError(f"{where} cannot be read as a database: {first_line(exc)}") from exc
        _check_revision(engine, revision, where)
        return revision
    finally:
        engine.dispose()


def upgrade(url: str, passphrase: str | None = None) -> None:
    """Run `upgrade head` in one transaction, with foreign keys checked at the end."""
    engine = make_engine(url, foreign_keys=False, passphrase=passphrase)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            if connection.dialect.name == "sqlite":
                broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                if broken:
                    raise MigrationFailed(
                        f"migration would leave {len(broken)} broken references "
                        f"(first in table {broken[0][0]}); the database was left as it was."
                    )
    finally:
        engine.dispose()


def open_database(
    target: str | None = None,
    *,
    backup: bool = True,
    migrate: bool = True,
    create: bool = False,
    passphrase: str | None = None,
) -> tuple[Database, OpenReport]:
    """Open and bring to head the database at `target`.

    Only `create=True` (`forumdesk init`, New Database, the default database on a first
    start) makes a new SQLite file; any other caller is told there is none. A damaged file
    is refused before anything writes to it; a file this process may not write to is
    opened read-only (and SQLite refuses every write). `passphrase` opens an encrypted
    file; a clear file is opened as it is, whatever the passphrase.
    """
    url = database_url(target)
    path = sqlite_path(url)
    where = str(path) if path is not None else "The database"
    read_only = False
    if path is None or cipher.is_clear_sqlite(path):
        passphrase = None
    if path is not None:
        read_only = _check_sqlite_file(path, create=create, passphrase=passphrase)
    existed = path is None or (path.exists() and path.stat().st_size > 0)

    revision = _inspect(url, where, passphrase) if existed else None
    head = head_revision()
    backup_path = None
    if revision != head and read_only:
        raise DatabaseReadOnly(
            f"{where} is read-only and at schema revision {revision or 'none'}: ForumDesk "
            f"must migrate it to {head} before it can open it. Copy it to a folder you may "
            "write to, or ask for write access."
        )
    if path is not None and existed and revision is not None and revision != head and backup:
        try:
            backup_path = backup_sqlite(
                path, f"before-migration-{revision[:12]}", passphrase=passphrase
            )
        except BackupError as exc:
            raise DatabaseError(f"{exc}; it was not migrated.") from exc
    if revision != head:
        if not migrate:
            raise DatabaseError(f"{where} is at schema revision {revision or 'none'}, not {head}.")
        if path is not None and not existed:
            _create_private_file(path)
        try:
            upgrade(url, passphrase)
        except DatabaseError:
            raise
        except Exception as exc:
            raise MigrationFailed(
                f"migrating {where} to schema {head} failed: {first_line(exc)}. "
                "The database was left as it was."
            ) from exc
    engine = make_engine(url, read_only=read_only, passphrase=passphrase)
    try:
        database = Database(url, engine, read_only=read_only)
    except BaseException:
        engine.dispose()
        raise
    report = OpenReport(
        url=url,
        path=path,
        was_empty=revision is None,
        from_revision=revision,
        to_revision=head,
        backup=backup_path,
        read_only=read_only,
    )
    return database, report


def _check_sqlite_file(path: Path, *, create: bool, passphrase: str | None) -> bool:
    """Refuse what cannot be opened safely; True when the file is to be opened read-only."""
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        if not create:
            raise DatabaseMissing(
                f"there is no database at {path}; check the path, or create one with "
                "`forumdesk init` (File > New Database… in the window)."
            )
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
        if not os.access(path.parent, os.W_OK | os.X_OK):
            raise DatabaseReadOnly(f"cannot create {path}: its folder is read-only.")
        return False
    if not os.access(path, os.R_OK):
        raise DatabaseError(f"{path} cannot be read: permission denied.")
    if passphrase is None and not is_sqlite_file(path):
        raise EncryptedDatabase(encrypted_message(path))
    if passphrase is not None and not cipher.unlocks(path, passphrase):
        raise WrongPassphrase(wrong_passphrase_message(path))
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    if not folder_writable and Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists():
        raise DatabaseReadOnly(
            f"{path} cannot be opened: its folder is read-only and it still has the -wal "
            "file of a session that did not close. Open it once in a folder you may write "
            "to (or ask for write access), so that SQLite can finish that session."
        )
    damage = quick_check(path, passphrase)
    if damage is not None:
        raise DatabaseCorrupt(corrupt_message(str(path), damage))
    return not is_writable(path)


def _create_private_file(path: Path) -> None:
    """A new database readable by its owner alone (0600), before SQLite writes to it."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(descriptor)
    path.chmod(0o600)

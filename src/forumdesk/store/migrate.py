"""Opening a database: check its schema revision; back it up and migrate it to head."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from forumdesk.paths import migrations_dir
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


@dataclass(frozen=True)
class OpenReport:
    url: str
    path: Path | None
    was_empty: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


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
            f"this version knows schema revisions up to {head_revision()}. "
            "Update ForumDesk to open it; the file was left untouched."
        )


def first_line(exc: BaseException) -> str:
    """The driver's own words, without SQLAlchemy's background-link footer."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__


def _inspect(url: str, where: str) -> str | None:
    """The schema revision of an existing database, read without changing it."""
    engine = make_read_only_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except Exception as exc:  # sqlite3/psycopg errors differ; the user needs one message
            raise DatabaseError(f"{where} cannot be read as a database: {first_line(exc)}") from exc
        _check_revision(engine, revision, where)
        return revision
    finally:
        engine.dispose()


def upgrade(url: str) -> None:
    """Run `upgrade head` in one transaction, with foreign keys checked at the end."""
    engine = make_engine(url, foreign_keys=False)
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
    target: str | None = None, *, backup: bool = True, migrate: bool = True
) -> tuple[Database, OpenReport]:
    """Open (creating if needed) and bring to head the database at `target`."""
    url = database_url(target)
    path = sqlite_path(url)
    where = str(path) if path is not None else "The database"
    if path is not None and path.exists() and path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    existed = path is None or (path.exists() and path.stat().st_size > 0)

    revision = _inspect(url, where) if existed else None
    head = head_revision()
    backup_path = None
    if path is not None and existed and revision is not None and revision != head and backup:
        try:
            backup_path = backup_sqlite(path, f"before-migration-{revision[:12]}")
        except BackupError as exc:
            raise DatabaseError(f"{exc}; it was not migrated.") from exc
    if revision != head:
        if not migrate:
            raise DatabaseError(f"{where} is at schema revision {revision or 'none'}, not {head}.")
        try:
            upgrade(url)
        except DatabaseError:
            raise
        except Exception as exc:
            raise MigrationFailed(
                f"migrating {where} to schema {head} failed: {first_line(exc)}. "
                "The database was left as it was."
            ) from exc
    engine = make_engine(url)
    try:
        database = Database(url, engine)
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
    )
    return database, report

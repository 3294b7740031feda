"""Backups the user asks for: list them, make one now, restore one.

A restore checks the copy first (a SQLite file, whole, a ForumDesk database, not from
a newer ForumDesk), backs up what it replaces, then writes the copy's pages into the
live file through SQLite's backup API, so that connections still open on it see the
new content rather than a file swapped under them. An older copy is then migrated.
Old copies are pruned only after a restore succeeded, never the one it read.
Only SQLite: PostgreSQL databases are covered by the office's own dumps.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from forumdesk.services.common.messages import N_, _, ngettext
from forumdesk.store.audit_keys import forget_head
from forumdesk.store.backup import (
    BackupError,
    CopyProgress,
    backup_folder,
    backup_sqlite,
    integrity_problem,
    keep_damaged_copy,
    list_copies,
)
from forumdesk.store.backup_copies import (
    DAMAGED,
    MANUAL,
    SQLITE_HEADER,
    BackupCopy,
    read_copy,
    utc_now,
)
from forumdesk.store.engine import database_url, sqlite_path

BEFORE_RESTORE = "before-restore"
POSTGRES_NOTE = N_(
    "ForumDesk keeps backups of SQLite files only; a PostgreSQL database is covered by "
    "the office's own dumps (pg_dump)."
)


class RestoreRefused(Exception):
    """A backup that cannot be restored, or a restore that could not run; one line."""


class NotSQLite(RestoreRefused):
    """The database is not a SQLite file (PostgreSQL)."""


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    from_revision: str
    to_revision: str
    safety_copy: Path | None

    @property
    def safety_log(self) -> Path | None:
        """The damaged database's write-ahead log, kept beside its copy, if it had one."""
        if self.safety_copy is None:
            return None
        log = Path(f"{self.safety_copy}-wal")
        return log if log.is_file() else None

    def as_json(self) -> dict[str, object]:
        return {
            "database": str(self.database),
            "restored_from": str(self.restored_from),
            "backup_schema": self.from_revision,
            "schema": self.to_revision,
            "before_restore_copy": str(self.safety_copy) if self.safety_copy else None,
            "before_restore_wal": str(self.safety_log) if self.safety_log else None,
        }


def sqlite_database(target: str | None) -> Path:
    """The file of the database `--database` names; NotSQLite for PostgreSQL."""
    path = sqlite_path(database_url(target))
    if path is None:
        raise NotSQLite(_(POSTGRES_NOTE))
    return path


def copies(database: Path) -> list[BackupCopy]:
    """The database's backups, newest first (number 1 in `backup list` is the newest)."""
    return list_copies(database)


def create_backup(
    database: Path, *, now: datetime | None = None, progress: CopyProgress | None = None
) -> BackupCopy:
    """A backup on demand ("manual")."""
    if not database.is_file():
        raise BackupError(_("there is no database at {database}").format(database=database))
    made = read_copy(backup_sqlite(database, MANUAL, now=now, progress=progress))
    assert made is not None, "backup_sqlite names its copies so that read_copy reads them"
    return made


def find_backup(database: Path, choice: str) -> Path:
    """The backup `choice` names: a number from `backup list`, a file name in the
    database's backup folder, or a path. All digits is always a number (write `./1` for
    a file named "1")."""
    known = copies(database)
    if not choice.strip().isdigit():
        given = Path(choice).expanduser()
        if given.exists():
            return given
    else:
        number = int(choice)
        if 1 <= number <= len(known):
            return known[number - 1].path
        said = ngettext(
            "there is no backup number {number} of {database}: `backup list` shows {count} backup",
            "there is no backup number {number} of {database}: `backup list` shows {count} backups",
            len(known),
        ).format(number=number, database=database, count=len(known))
        if Path(choice).exists():
            said = _("{refusal} (for the file, write ./{choice})").format(
                refusal=said, choice=choice
            )
        raise RestoreRefused(said)
    for copy in known:
        if copy.path.name == choice:
            return copy.path
    raise RestoreRefused(
        _("no backup at {choice}: neither a file nor a name from `backup list`").format(
            choice=choice
        )
    )


def check_backup(database: Path, backup: Path) -> str:
    """The schema revision of `backup` when it can be restored into `database`."""
    from forumdesk.store.migrate import is_known_revision

    if not database.is_file():
        # Only `init` makes a database (even an empty one to restore into).
        raise RestoreRefused(
            _(
                "there is no database at {database}; make one with `forumdesk init`, then restore "
                "into it"
            ).format(database=database)
        )
    if not backup.is_file():
        raise RestoreRefused(
            _("{backup} is not a file; a backup is a .db file").format(backup=backup)
        )
    if _same_file(database, backup):
        raise RestoreRefused(
            _("{backup} is the database itself; choose one of its backups").format(backup=backup)
        )
    try:
        with backup.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise RestoreRefused(
            _("{backup} cannot be read: {error}").format(backup=backup, error=exc.strerror or exc)
        ) from exc
    if not header:
        raise RestoreRefused(
            _("{backup} is empty; it is not a ForumDesk backup").format(backup=backup)
        )
    if header != SQLITE_HEADER:
        raise RestoreRefused(
            _("{backup} is not a SQLite database, so not a ForumDesk backup").format(backup=backup)
        )
    problem = integrity_problem(backup)
    if problem is not None:
        raise RestoreRefused(
            _("{backup} is damaged (integrity check: {problem}); choose another backup").format(
                backup=backup, problem=problem
            )
        )
    revision = _revision(backup)
    if not is_known_revision(revision):
        raise RestoreRefused(
            _(
                "{backup} was written by a newer ForumDesk (schema revision {revision}); update "
                "ForumDesk to restore it"
            ).format(backup=backup, revision=revision)
        )
    return revision


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first.resolve() == second.resolve()


def _revision(backup: Path) -> str:
    not_ours = RestoreRefused(f"{backup} is a SQLite file but not a ForumDesk database")
    try:
        connection = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "forums", "devices"} <= tables:
                raise not_ours
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise RestoreRefused(
            _("{backup} cannot be read as a database: {exc}").format(backup=backup, exc=exc)
        ) from exc
    if row is None or not row[0]:
        raise not_ours
    return str(row[0])


def restore_backup(
    database: Path,
    backup: Path,
    *,
    now: datetime | None = None,
    progress: CopyProgress | None = None,
) -> RestoreResult:
    """Replace the content of `database` with `backup`, after backing up the current one.

    `progress` hears of both copies in turn: the backup of the current state, then the
    restore itself.
    """
    from forumdesk.store.migrate import head_revision

    revision = check_backup(database, backup)
    when = now or utc_now()
    safety = _back_up_current(database, when, progress)
    try:
        _write_into(backup, database, progress)
        to_revision = _bring_to_head(database, revision)
    except BaseException as exc:
        put_back = not safety.name.endswith(f"{DAMAGED}.db")
        if put_back:
            _write_into(safety, database, None)
        if isinstance(exc, RestoreRefused | sqlite3.Error | OSError):
            detail = (
                exc
                if isinstance(exc, RestoreRefused)
                else _("could not restore: {error}").format(error=exc)
            )
            where = (
                _("{database} was put back as it was").format(database=database)
                if put_back
                else _("{safety} keeps it").format(safety=safety)
            )
            raise RestoreRefused(f"{detail}; {where}") from exc
        raise
    assert to_revision == head_revision()
    _prune_after_restore(database, backup, when)
    return RestoreResult(database, backup, revision, to_revision, safety)


def _prune_after_restore(database: Path, backup: Path, when: datetime) -> None:
    """Retention runs once the restore is done, and keeps the copy just restored."""
    from forumdesk.store.backup_retention import prune_backups

    # A copy that could not be deleted now is deleted by a later backup.
    with contextlib.suppress(OSError):
        prune_backups(backup_folder(database), now=when, must_keep=[backup])


def _back_up_current(database: Path, when: datetime, progress: CopyProgress | None) -> Path:
    """The before-restore copy; a damaged database is kept byte for byte instead."""
    if database.stat().st_size == 0 or integrity_problem(database) is not None:
        try:
            return keep_damaged_copy(database, BEFORE_RESTORE, now=when)
        except BackupError as exc:
            raise RestoreRefused(_("{exc}; nothing was restored").format(exc=exc)) from exc
    try:
        # Not pruned now: retention could delete the very copy about to be restored.
        return backup_sqlite(database, BEFORE_RESTORE, now=when, progress=progress, prune=False)
    except BackupError as exc:
        raise RestoreRefused(_("{exc}; nothing was restored").format(exc=exc)) from exc


def _write_into(source: Path, database: Path, progress: CopyProgress | None) -> None:
    """The pages of `source` into the live file, under SQLite's locks."""
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(database, timeout=5)
        try:
            try:
                writer.execute("PRAGMA busy_timeout=5000")
                reader.backup(
                    writer,
                    pages=1024,
                    progress=(lambda _s, left, total: progress(total - left, total))
                    if progress is not None
                    else None,
                )
            except sqlite3.DatabaseError as exc:
                if "not a database" not in str(exc) and "malformed" not in str(exc):
                    raise
                writer.close()
                _replace_unreadable(reader, database)
        finally:
            writer.close()
    finally:
        reader.close()


def _replace_unreadable(reader: sqlite3.Connection, database: Path) -> None:
    """A live file SQLite cannot open as a database has no reader to disturb: write the
    copy beside it and rename it into place."""
    import os

    partial = database.with_name(f".{database.name}.restoring")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        writer = sqlite3.connect(partial)
        try:
            reader.backup(writer)
        finally:
            writer.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        partial.replace(database)
    finally:
        partial.unlink(missing_ok=True)


def _bring_to_head(database: Path, revision: str) -> str:
    """Migrate an older copy and refresh what the application derives on opening."""
    from forumdesk.services.database.maintenance import prepare_database
    from forumdesk.store.migrate import DatabaseError, open_database

    try:
        opened, report = open_database(str(database), backup=False)
    except DatabaseError as exc:
        raise RestoreRefused(
            _("the backup (schema {revision}) could not be opened: {exc}").format(
                revision=revision, exc=exc
            )
        ) from exc
    # the device goes back to the backup's audit chain on purpose: the head it signed
    # since (kept outside the file) is no longer one this file must reach
    forget_head(opened.device_id)
    try:
        with opened.unit_of_work() as session:
            prepare_database(session)
    finally:
        opened.dispose()
    return report.to_revision

"""Backups the user asks for: list them, make one now, restore one.

A restore checks the copy first (a SQLite file, whole, a ForumDesk database, not from
a newer ForumDesk), backs up what it replaces, then writes the copy's pages into the
live file through SQLite's backup API, so that connections still open on it see the
new content rather than a file swapped under them. An older copy is then migrated.
Old copies are pruned only after a restore succeeded, never the one it read.
Only SQLite: PostgreSQL databases are covered by the office's own dumps.

An encrypted database is backed up encrypted with its passphrase. An encrypted backup
is opened with its own passphrase (which may be an older one); the database keeps its
current passphrase (or stays clear) whatever the copy it is restored from.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.services.common.messages import N_, _, ngettext
from forumdesk.store import cipher
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
    remove_with_companions,
    utc_now,
)
from forumdesk.store.engine import database_url, sqlite_path

if TYPE_CHECKING:
    from forumdesk.store.database import Database

BEFORE_RESTORE = "before-restore"
POSTGRES_NOTE = N_(
    "ForumDesk keeps backups of SQLite files only; a PostgreSQL database is covered by "
    "the office's own dumps (pg_dump)."
)


class RestoreRefused(Exception):
    """A backup that cannot be restored, or a restore that could not run; one line."""


class NotSQLite(RestoreRefused):
    """The database is not a SQLite file (PostgreSQL)."""


class BackupNeedsPassphrase(RestoreRefused):
    """The backup is encrypted (or no database at all) and no passphrase was given."""


class WrongBackupPassphrase(BackupNeedsPassphrase):
    """The passphrase given does not open the backup; nothing was changed."""


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


def database_passphrase(database: Database) -> str | None:
    """The passphrase the open `database` reads its encrypted file with; None if clear.
    Held in memory by its engine; a backup or a restore of it needs it."""
    from forumdesk.store.engine import engine_passphrase

    return engine_passphrase(database.engine)


def copies(database: Path) -> list[BackupCopy]:
    """The database's backups, newest first (number 1 in `backup list` is the newest)."""
    return list_copies(database)


def create_backup(
    database: Path,
    *,
    now: datetime | None = None,
    progress: CopyProgress | None = None,
    passphrase: str | None = None,
) -> BackupCopy:
    """A backup on demand ("manual"); an encrypted database's is encrypted with its
    `passphrase`."""
    if not database.is_file():
        raise BackupError(_("there is no database at {database}").format(database=database))
    if passphrase is None and not cipher.is_clear_sqlite(database):
        raise BackupError(
            _("{database} is encrypted: its backup needs its passphrase").format(database=database)
        )
    copied = backup_sqlite(database, MANUAL, now=now, progress=progress, passphrase=passphrase)
    made = read_copy(copied)
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


def check_backup(database: Path, backup: Path, backup_passphrase: str | None = None) -> str:
    """The schema revision of `backup` when it can be restored into `database`;
    `backup_passphrase` opens an encrypted backup."""
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
    key = _backup_key(backup, header, backup_passphrase)
    problem = integrity_problem(backup, key)
    if problem is not None:
        raise RestoreRefused(
            _("{backup} is damaged (integrity check: {problem}); choose another backup").format(
                backup=backup, problem=problem
            )
        )
    revision = _revision(backup, key)
    if not is_known_revision(revision):
        raise RestoreRefused(
            _(
                "{backup} was written by a newer ForumDesk (schema revision {revision}); update "
                "ForumDesk to restore it"
            ).format(backup=backup, revision=revision)
        )
    return revision


def is_encrypted_backup(backup: Path) -> bool:
    """Whether `backup` needs a passphrase: a file with no SQLite header in clear."""
    return backup.is_file() and backup.stat().st_size > 0 and not cipher.is_clear_sqlite(backup)


def fitting_passphrase(backup: Path, *candidates: str | None) -> str | None:
    """The first of `candidates` that opens the encrypted `backup` (the database's own
    passphrase, say); None when none does."""
    return next((key for key in candidates if key and cipher.unlocks(backup, key)), None)


def _backup_key(backup: Path, header: bytes, passphrase: str | None) -> str | None:
    """The passphrase to read `backup` with (None: a clear copy), once it opens it."""
    if header == SQLITE_HEADER:
        return None
    if not passphrase:
        raise BackupNeedsPassphrase(
            _(
                "{backup} is encrypted, or is not a SQLite database: give the passphrase it "
                "was encrypted with"
            ).format(backup=backup)
        )
    if not cipher.unlocks(backup, passphrase):
        raise WrongBackupPassphrase(
            _("the passphrase does not open {backup}; nothing was restored").format(backup=backup)
        )
    return passphrase


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first.resolve() == second.resolve()


def _revision(backup: Path, key: str | None) -> str:
    not_ours = RestoreRefused(f"{backup} is a SQLite file but not a ForumDesk database")
    try:
        connection = _reader(backup, key)
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
    except (sqlite3.Error, cipher.DBAPI.Error) as exc:
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
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
) -> RestoreResult:
    """Replace the content of `database` with `backup`, after backing up the current one.
    `passphrase` opens an encrypted `database` (which keeps it), `backup_passphrase` an
    encrypted `backup`.

    `progress` hears of both copies in turn: the backup of the current state, then the
    restore itself.
    """
    from forumdesk.store.migrate import head_revision

    revision = check_backup(database, backup, backup_passphrase)
    backup_key = backup_passphrase if is_encrypted_backup(backup) else None
    key = _live_key(database, passphrase)
    when = now or utc_now()
    safety = _back_up_current(database, when, progress, key)
    if key is None and not cipher.is_clear_sqlite(database):
        key = backup_key  # unreadable: it becomes the copy as it is, encrypted or not
    try:
        _write_into(backup, backup_key, database, key, progress)
        to_revision = _bring_to_head(database, revision, key)
    except BaseException as exc:
        put_back = not safety.name.endswith(f"{DAMAGED}.db")
        if put_back:
            _write_into(safety, key, database, key, None)
        if isinstance(exc, RestoreRefused | sqlite3.Error | cipher.DBAPI.Error | OSError):
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


def _live_key(database: Path, passphrase: str | None) -> str | None:
    """The key the database is written with: its passphrase when it is encrypted and the
    passphrase opens it; None for a clear file or one nothing opens (kept as damaged)."""
    if cipher.is_clear_sqlite(database) or not passphrase:
        return None
    return passphrase if cipher.unlocks(database, passphrase) else None


def _back_up_current(
    database: Path, when: datetime, progress: CopyProgress | None, key: str | None
) -> Path:
    """The before-restore copy (encrypted with `key`, if any); a damaged database is kept
    byte for byte instead."""
    if database.stat().st_size == 0 or integrity_problem(database, key) is not None:
        try:
            return keep_damaged_copy(database, BEFORE_RESTORE, now=when)
        except BackupError as exc:
            raise RestoreRefused(_("{exc}; nothing was restored").format(exc=exc)) from exc
    try:
        # Not pruned now: retention could delete the very copy about to be restored.
        return backup_sqlite(
            database, BEFORE_RESTORE, now=when, progress=progress, prune=False, passphrase=key
        )
    except BackupError as exc:
        raise RestoreRefused(_("{exc}; nothing was restored").format(exc=exc)) from exc


def _reader(path: Path, key: str | None) -> Any:
    if key is None:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return cipher.read_only(path, key)


def _writer(path: Path, key: str | None) -> Any:
    return sqlite3.connect(path, timeout=5) if key is None else cipher.connect(path, key)


def _write_into(
    source: Path,
    source_key: str | None,
    database: Path,
    key: str | None,
    progress: CopyProgress | None,
) -> None:
    """The pages of `source` (read with `source_key`) into the live file (written with
    `key`), under SQLite's locks."""
    if (source_key is None) != (key is None):
        # SQLCipher copies pages only between two encrypted files or two clear ones: the
        # backup is first exported, under the database's key, beside the database.
        staged = database.with_name(f".{database.name}.staging")
        remove_with_companions(staged)
        os.close(os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            cipher.export(source, source_key, staged, key)
            _write_into(staged, key, database, key, progress)
        finally:
            remove_with_companions(staged)
        return
    reader = _reader(source, source_key)
    try:
        writer = _writer(database, key)
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
            except (sqlite3.DatabaseError, cipher.DBAPI.DatabaseError) as exc:
                if "not a database" not in str(exc) and "malformed" not in str(exc):
                    raise
                writer.close()
                _replace_unreadable(reader, database, key)
        finally:
            writer.close()
    finally:
        reader.close()


def _replace_unreadable(reader: Any, database: Path, key: str | None) -> None:
    """A live file SQLite cannot open as a database has no reader to disturb: write the
    copy beside it and rename it into place."""
    partial = database.with_name(f".{database.name}.restoring")
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        writer = _writer(partial, key)
        try:
            reader.backup(writer)
        finally:
            writer.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        partial.replace(database)
    finally:
        partial.unlink(missing_ok=True)


def _bring_to_head(database: Path, revision: str, key: str | None) -> str:
    """Migrate an older copy and refresh what the application derives on opening."""
    from forumdesk.services.database.maintenance import prepare_database
    from forumdesk.store.migrate import DatabaseError, open_database

    try:
        opened, report = open_database(str(database), backup=False, passphrase=key)
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

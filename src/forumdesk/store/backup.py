"""Backups of SQLite databases through SQLite's online backup API.

A copy is written under a hidden temporary name in the backup folder, checked by
SQLite (`integrity_problem`; a settled file's byte copy through the file itself, read
as it is copied), and only then renamed to its final name: a failed or interrupted
backup leaves no file that could pass for a backup. Files are 0600 and
folders 0700, since a backup holds the same personal data as the database.

Names are `<stem>-<UTC stamp>-<reason>.db`. Reasons starting with `before-` mark a
copy taken before an operation (migration, import, merge, erasure, restore); the
others ("manual") were asked for. Names are read in `backup_copies`, retention is
in `backup_retention`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from forumdesk.paths import backups_dir
from forumdesk.store import cipher
from forumdesk.store.backup_copies import (
    DAMAGED,
    ENCRYPTED,
    MANUAL,
    PRE_OPERATION,
    STAMP,
    BackupCopy,
    folder_copies,
    remove_with_companions,
    utc_now,
)
from forumdesk.store.backup_retention import prune_backups
from forumdesk.store.engine import engine_passphrase, sqlite_path
from forumdesk.store.file_copy import copy_bytes

_PARTIAL = ".partial"
#: Files up to this size are checked by `PRAGMA integrity_check`, which also compares
#: every index with its table: about 36 MB a second here, 65 s for the 2.4 GB of a
#: million people, longer than the copy itself. A larger file gets `PRAGMA quick_check`
#: (every page and record read and checked: 6 s for that file), which finds what a
#: copy can get wrong; comparing indexes with tables is a question about the database
#: itself, which `forumdesk check` answers.
THOROUGH_CHECK_BYTES = 128 * 1024 * 1024
_PAGES_PER_STEP = 1024
#: Files SQLite keeps beside a database while it is open in WAL mode.
WAL_COMPANIONS = ("-wal", "-shm")

Clock = Callable[[], datetime]
#: Called with (pages done, pages in all) while a copy is written.
CopyProgress = Callable[[int, int], None]


class BackupError(Exception):
    """A backup could not be made; the message is meant for the user."""


def backup_folder(database: Path) -> Path:
    """One folder per database file, named so that two `forumdesk.db` never mix."""
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:8]
    return backups_dir() / f"{database.stem}-{digest}"


def list_copies(database: Path) -> list[BackupCopy]:
    """The backups of `database` that can be shown and restored, newest first."""
    return [copy for copy in folder_copies(backup_folder(database)) if copy.usable]


def list_backups(database: Path) -> list[Path]:
    """The backup files of `database`, oldest first."""
    return [copy.path for copy in reversed(list_copies(database))]


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and the backups folder above it) readable by the user alone."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for each in (backups_dir(), folder):
        if each == folder or each in folder.parents:
            with contextlib.suppress(OSError):  # a folder we do not own stays as it is
                each.chmod(0o700)


def _free_name(folder: Path, stem: str, when: datetime, reason: str) -> Path:
    """`<stem>-<stamp>-<reason>.db`, a microsecond later if two copies share a stamp."""
    while True:
        target = folder / f"{stem}-{when.astimezone(UTC).strftime(STAMP)}-{reason}.db"
        if not target.exists() and not _partial_of(target).exists():
            return target
        when += timedelta(microseconds=1)


def _partial_of(target: Path) -> Path:
    return target.with_name(f".{target.name}{_PARTIAL}")


def connect_destination(path: Path) -> sqlite3.Connection:
    """The connection a copy is written through (tests replace it to fill the disk)."""
    return sqlite3.connect(path)


def fsync_path(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        descriptor = os.open(path, flags)
    except OSError:  # Windows cannot open a folder; its rename is durable enough
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def integrity_problem(path: Path, passphrase: str | None = None) -> str | None:
    """None when SQLite's check of `path` says "ok", else its first complaint: the
    integrity check up to THOROUGH_CHECK_BYTES, the quick check above.
    `passphrase` reads an encrypted file."""
    try:
        thorough = path.stat().st_size <= THOROUGH_CHECK_BYTES
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    try:
        if passphrase is None:
            connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            connection = cipher.read_only(path, passphrase)
        try:
            check = "integrity_check" if thorough else "quick_check"
            rows = connection.execute(f"PRAGMA {check}").fetchall()
        finally:
            connection.close()
    except (sqlite3.Error, cipher.DBAPI.Error) as exc:
        return str(exc) or type(exc).__name__
    if rows == [("ok",)]:
        return None
    return str(rows[0][0]) if rows else "no answer"


def copy_database(
    source: Path,
    destination: Path,
    progress: CopyProgress | None = None,
    passphrase: str | None = None,
) -> None:
    """Page by page through the backup API: consistent even while another connection
    writes, and it includes what is committed but still in the WAL. With `passphrase`,
    the copy is encrypted with it, through SQLCipher's export (one transaction)."""
    if passphrase is not None:
        source_key = None if cipher.is_clear_sqlite(source) else passphrase
        cipher.export(source, source_key, destination, passphrase)
        return
    reader = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        writer = connect_destination(destination)
        try:
            reader.backup(
                writer,
                pages=_PAGES_PER_STEP,
                progress=(lambda _s, left, total: progress(total - left, total))
                if progress is not None
                else None,
            )
            # A copy is one self-contained file: no -wal or -shm beside it.
            writer.execute("PRAGMA journal_mode=DELETE")
        finally:
            writer.close()
    finally:
        reader.close()


@contextlib.contextmanager
def settled_check(database: Path | None) -> Iterator[Callable[[], bool]]:
    """For a writer about to take `database`'s write lock: checkpoints the file first,
    through a connection of its own, and yields a function to call once the lock is
    held. It says whether every committed change is then in the main file: the whole
    WAL copied back (no reader on an older snapshot held it) and nothing committed since.

    While that writer holds the lock, such a file changes no more (no one else can
    commit, and the writer's own pages stay in the WAL until it commits), so its bytes
    are the database: `backup_sqlite(..., settled=True)` copies them as they are, at the
    disk's speed, where SQLite's backup API goes page by page. Always false for an
    encrypted file, a file not in WAL mode, or no file."""
    probe: sqlite3.Connection | None = None
    version: Any = None
    try:
        if database is not None and cipher.is_clear_sqlite(database):
            probe = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
            # Read before the checkpoint: a commit after it changes the version.
            before = probe.execute("PRAGMA data_version").fetchone()
            busy, frames, copied = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy == 0 and frames >= 0 and frames == copied:
                version = before
    except (sqlite3.Error, OSError):
        version = None

    def still_settled() -> bool:
        if probe is None or version is None:
            return False
        try:
            return bool(probe.execute("PRAGMA data_version").fetchone() == version)
        except sqlite3.Error:
            return False

    try:
        yield still_settled
    finally:
        if probe is not None:
            probe.close()


#: How much the check beside a merge steps back (Linux's nice, +10 of 19).
_CHECK_NICENESS = 10


def _yield_the_processor() -> None:
    """Lowers the calling thread's priority, where threads have their own (Linux): the
    check then takes what the merge leaves of two cores, and the merge, which waits for
    it anyway, is not slowed by it (3.6 s instead of 3.8 s at a million people). Call it
    only in a thread that ends with its work: a thread cannot raise it back."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), _CHECK_NICENESS)


def _copy_settled(source: Path, destination: Path) -> None:
    """The bytes of a settled file (`settled_check`), made a file of its own (a rollback
    journal, no -wal or -shm beside it), around the page cache (`copy_bytes`).

    SQLite checks the source, in a thread of its own, while this one copies its bytes,
    rather than the copy after: they are the same bytes (nothing commits while the
    caller holds the write lock, and its own pages wait in the WAL), the source's pages
    are the ones in memory, and the two together take the time of the longer. The copy
    is then checked for its size, which is what a copy can get wrong that a check of the
    source cannot see."""
    size = source.stat().st_size
    found: list[str | None] = []

    def check() -> None:
        _yield_the_processor()
        try:
            found.append(integrity_problem(source))
        except Exception as error:  # said as the check's complaint, not as a traceback
            found.append(f"{type(error).__name__}: {error}")

    checker = threading.Thread(target=check, name="forumdesk-backup-check", daemon=True)
    checker.start()
    try:
        copy_bytes(source, destination)
    finally:
        checker.join()
    problem = found[0] if found else "the check did not finish"
    if problem is not None:
        raise BackupError(
            f"{source} failed its integrity check ({problem}); it was not backed up, "
            "and may be damaged"
        )
    copied = destination.stat().st_size
    if copied != size:
        raise BackupError(f"the copy of {source} holds {copied} bytes of its {size}")
    made = sqlite3.connect(destination)
    try:
        made.execute("PRAGMA journal_mode=DELETE")
        pages = made.execute("PRAGMA page_count").fetchone()[0]
        page_size = made.execute("PRAGMA page_size").fetchone()[0]
    finally:
        made.close()
    if pages * page_size > copied:
        raise BackupError(f"the copy of {source} holds {copied} bytes of its {pages} pages")


def backup_sqlite(
    database: Path,
    reason: str,
    *,
    now: datetime | None = None,
    progress: CopyProgress | None = None,
    prune: bool = True,
    passphrase: str | None = None,
    settled: bool = False,
) -> Path:
    """Copy `database` into its backup folder, verify the copy, then prune old copies
    (unless `prune` is False: a restore prunes only once it has read its copy).
    `settled`: the caller holds the write lock of a file `settled_check` found settled;
    its bytes are copied as they are.
    With `passphrase` the copy is encrypted with it (and an encrypted `database` is read
    with it); an encrypted database is never copied without one, so never in clear.

    Raises BackupError, leaving no file behind, when the copy cannot be made or fails
    its integrity check.
    """
    if passphrase is None and database.exists() and not cipher.is_clear_sqlite(database):
        raise BackupError(f"{database} is encrypted: its backup needs its passphrase")
    folder = backup_folder(database)
    when = now or utc_now()
    # A reason the name pattern cannot read back would never be listed nor pruned.
    reason = re.sub(r"[^A-Za-z0-9_-]+", "-", reason).strip("-_") or MANUAL
    if passphrase is not None:
        reason += ENCRYPTED
    try:
        make_private_folder(folder)
        target = _free_name(folder, database.stem, when, reason)
        partial = _partial_of(target)
        # Created 0600 before SQLite opens it: SQLite keeps the mode of an existing file.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise BackupError(f"could not write into {folder}: {exc.strerror or exc}") from exc
    try:
        if settled and passphrase is None:
            _copy_settled(database, partial)
        else:
            copy_database(database, partial, progress, passphrase)
            problem = integrity_problem(partial, passphrase)
            if problem is not None:
                raise BackupError(
                    f"the copy of {database} failed its integrity check ({problem}); "
                    "the database itself may be damaged"
                )
        fsync_path(partial)
        partial.replace(target)
        fsync_path(folder)
    except BaseException as exc:
        remove_with_companions(partial)
        if isinstance(exc, sqlite3.Error | cipher.DBAPI.Error | OSError):
            raise BackupError(f"could not back up {database}: {exc}") from exc
        raise
    finally:
        remove_with_companions(partial)  # and any -journal it left
    if prune:
        prune_backups(folder, now=when)
    return target


def keep_damaged_copy(database: Path, reason: str, *, now: datetime | None = None) -> Path:
    """A byte copy of a database that fails its integrity check, kept before it is
    replaced: the backup API may not read it, and a damaged file is still evidence.

    Its `-wal` and `-shm` are copied too, as `<copy>-wal` and `<copy>-shm`: the WAL may
    hold committed changes not yet in the main file, and SQLite finds it by that name.
    """
    folder = backup_folder(database)
    make_private_folder(folder)
    target = _free_name(folder, database.stem, now or utc_now(), reason + DAMAGED)
    # The companions first, the main file last: no copy ever appears without its WAL.
    pairs = [
        (Path(f"{database}{suffix}"), Path(f"{target}{suffix}"))
        for suffix in WAL_COMPANIONS
        if Path(f"{database}{suffix}").is_file()
    ] + [(database, target)]
    written: list[Path] = []
    try:
        for source, final in pairs:
            partial = _partial_of(final)
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            written.append(partial)
            shutil.copyfile(source, partial)
            fsync_path(partial)
        for _source, final in pairs:
            _partial_of(final).replace(final)
            written.append(final)
    except BaseException as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise BackupError(f"could not copy {database}: {exc}") from exc
        raise
    fsync_path(folder)
    return target


def pre_operation_reason(reason: str) -> str:
    return reason if reason.startswith(PRE_OPERATION) else PRE_OPERATION + reason


def database_file(session: Session) -> Path | None:
    """The SQLite file the session works on; None for PostgreSQL or no file yet."""
    engine = session.get_bind().engine
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    return path if path is not None and path.is_file() else None


def backup_before(
    session: Session, reason: str, *, now: datetime | None = None, settled: bool = False
) -> Path | None:
    """Copy the session's SQLite file before a change that is large or hard to take back
    (an import, a merge, an erasure); None for PostgreSQL, which the office's own dumps
    cover. The copy is named `before-<reason>`. `settled`: see `backup_sqlite`.

    Call it before the session writes: the copy holds what is committed.
    """
    path = database_file(session)
    if path is None:
        return None
    # An encrypted file's copy is encrypted with the same passphrase: never a clear copy.
    passphrase = engine_passphrase(session.get_bind().engine)
    return backup_sqlite(
        path, pre_operation_reason(reason), now=now, passphrase=passphrase, settled=settled
    )

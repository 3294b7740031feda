"""Encrypting a SQLite database in place, decrypting it, or changing its passphrase,
without a clear copy left behind by the way; and its earlier clear backups, encrypted
or removed.

The file is converted by `sqlcipher_export` into a hidden partial file beside it, which
must open and pass `PRAGMA integrity_check`; the original is backed up (encrypted with
the passphrase, whichever way the conversion goes), then the partial file replaces it
in one rename. A wrong passphrase is found before anything is written: the file stays
byte for byte as it was. Messages never hold the passphrase.

A new passphrase is set by the same export, not by SQLCipher's `PRAGMA rekey`: rekey
rewrites the file in one step that SQLite's progress handler never sees, so a large
file could not be cancelled nor show how far it got.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from forumdesk.store import cipher
from forumdesk.store.backup import (
    BackupError,
    backup_folder,
    backup_sqlite,
    fsync_path,
    integrity_problem,
)
from forumdesk.store.backup_copies import ENCRYPTED, folder_copies, remove_with_companions
from forumdesk.store.migrate import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseMissing,
    EncryptedDatabase,
    WrongPassphrase,
    corrupt_message,
    wrong_passphrase_message,
)

BEFORE_ENCRYPTION = "before-encryption"
BEFORE_DECRYPTION = "before-decryption"
BEFORE_PASSPHRASE_CHANGE = "before-passphrase-change"

#: Told (bytes written, bytes of the original) as a conversion runs; True cancels it.
Watch = Callable[[int, int], bool]


class DatabaseInUse(DatabaseError):
    """Another program has the database open; it cannot be converted under it."""


class ConversionCancelled(DatabaseError):
    """The user stopped the conversion; the database was left as it was."""


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that is not a clear SQLite database (SQLCipher's file
    has no header in clear: without the key it cannot be told from any other bytes)."""
    return path.is_file() and path.stat().st_size > 0 and not cipher.is_clear_sqlite(path)


def encrypt_database(
    path: Path, passphrase: str, *, now: datetime | None = None, watch: Watch | None = None
) -> Path:
    """Encrypt the clear database at `path` with `passphrase`; the backup taken before
    (itself encrypted with `passphrase`). Its earlier backups are left to the caller
    (`clear_backups`)."""
    _require_file(path)
    if not cipher.is_clear_sqlite(path):
        raise EncryptedDatabase(
            f"{path} is already encrypted, or is not a SQLite database; it was left untouched."
        )
    if not passphrase:
        raise DatabaseError("an empty passphrase would leave the database in clear.")
    return _convert(path, None, passphrase, BEFORE_ENCRYPTION, now, watch)


def decrypt_database(
    path: Path, passphrase: str, *, now: datetime | None = None, watch: Watch | None = None
) -> Path:
    """Decrypt the database at `path`; the backup taken before, still encrypted."""
    _require_unlocked(path, passphrase)
    return _convert(path, passphrase, None, BEFORE_DECRYPTION, now, watch)


def change_passphrase(
    path: Path,
    passphrase: str,
    new_passphrase: str,
    *,
    now: datetime | None = None,
    watch: Watch | None = None,
) -> Path:
    """Encrypt the database at `path` with `new_passphrase` in place of `passphrase`; the
    backup taken before, encrypted with the old one (earlier backups keep theirs)."""
    _require_unlocked(path, passphrase)
    if not new_passphrase:
        raise DatabaseError("an empty passphrase would leave the database in clear.")
    return _convert(path, passphrase, new_passphrase, BEFORE_PASSPHRASE_CHANGE, now, watch)


def _require_unlocked(path: Path, passphrase: str) -> None:
    _require_file(path)
    if cipher.is_clear_sqlite(path):
        raise DatabaseError(f"{path} is not encrypted; it was left untouched.")
    if not passphrase or not cipher.unlocks(path, passphrase):
        raise WrongPassphrase(wrong_passphrase_message(path))


def _require_file(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseMissing(f"there is no database at {path}.")


def _convert(
    path: Path,
    source_key: str | None,
    target_key: str | None,
    reason: str,
    now: datetime | None,
    watch: Watch | None,
) -> Path:
    """`path` re-written with `target_key` (None: clear); the backup of the original."""
    damage = integrity_problem(path, source_key)
    if damage is not None:
        raise DatabaseCorrupt(corrupt_message(str(path), damage))
    _settle_wal(path, source_key)
    partial = path.with_name(f".{path.name}.converting")
    remove_with_companions(partial)
    # Created 0600 before SQLCipher writes into it: it keeps the mode of an existing file.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        _export(path, source_key, partial, target_key, watch)
        problem = integrity_problem(partial, target_key)
        if problem is not None:
            raise DatabaseError(f"the converted copy of {path} failed its check ({problem}).")
        try:
            backup = backup_sqlite(path, reason, now=now, passphrase=source_key or target_key)
        except BackupError as exc:
            raise DatabaseError(f"{exc}; the database was left as it was.") from exc
        fsync_path(partial)
        partial.replace(path)
        fsync_path(path.parent)
    finally:
        remove_with_companions(partial)
    return backup


def _export(
    path: Path, source_key: str | None, partial: Path, target_key: str | None, watch: Watch | None
) -> None:
    """The export into `partial`, watched: how far it got is the partial file's size."""
    if watch is None:
        cipher.export(path, source_key, partial, target_key)
        return
    total = max(path.stat().st_size, 1)
    stopped = False

    def interrupt() -> bool:
        nonlocal stopped
        try:
            written = partial.stat().st_size
        except OSError:
            written = 0
        stopped = stopped or watch(min(written, total), total)
        return stopped

    try:
        cipher.export(path, source_key, partial, target_key, interrupt)
    except cipher.DBAPI.OperationalError:
        if stopped:
            raise ConversionCancelled(f"cancelled; {path} was left as it was.") from None
        raise


def clear_backups(path: Path) -> list[Path]:
    """The backups of the database at `path` that lie in clear, newest first (damaged
    byte copies of a clear file too)."""
    return [
        copy.path
        for copy in folder_copies(backup_folder(path))
        if not copy.encrypted and cipher.is_clear_sqlite(copy.path)
    ]


def encrypt_backups(copies: list[Path], passphrase: str) -> list[Path]:
    """Each clear backup in `copies` rewritten encrypted with `passphrase`, under its own
    time and reason marked encrypted, and the clear file removed; the new files.
    A copy that cannot be read is left as it is and named in the error, after the rest
    were done."""
    done: list[Path] = []
    failed: list[str] = []
    for clear in copies:
        target = clear.with_name(f"{clear.name.removesuffix('.db')}{ENCRYPTED}.db")
        partial = clear.with_name(f".{target.name}.partial")
        remove_with_companions(partial)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            cipher.export(clear, None, partial, passphrase)
            if integrity_problem(partial, passphrase) is not None:
                raise BackupError(clear.name)
            fsync_path(partial)
            partial.replace(target)
        except (BackupError, cipher.DBAPI.Error, OSError):
            failed.append(clear.name)
            continue
        finally:
            remove_with_companions(partial)
        remove_with_companions(clear)
        done.append(target)
    if copies:
        fsync_path(copies[0].parent)
    if failed:
        raise DatabaseError(
            f"{len(failed)} backup(s) could not be read to be encrypted and lie in clear "
            f"still: {', '.join(failed)} in {copies[0].parent}."
        )
    return done


def delete_backups(copies: list[Path]) -> None:
    """Remove each backup in `copies`, with the -wal and -shm a damaged copy keeps."""
    for copy in copies:
        remove_with_companions(copy)
    if copies:
        fsync_path(copies[0].parent)


def _settle_wal(path: Path, key: str | None) -> None:
    """Fold the -wal into the file, so that no -wal of the old file meets the new one;
    refuse while another program has the database open."""
    connection = cipher.connect(path, key)
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    except cipher.DBAPI.OperationalError:
        busy = 1
    finally:
        connection.close()
    if busy or Path(f"{path}-wal").exists():
        raise DatabaseInUse(
            f"{path} is open in another program (ForumDesk's window?); close it and try again."
        )

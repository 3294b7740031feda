"""Encrypting a SQLite database in place, and decrypting it, without a clear copy left
behind by the way.

The file is converted by `sqlcipher_export` into a hidden partial file beside it, which
must open and pass `PRAGMA integrity_check`; the original is backed up (encrypted with
the passphrase, whichever way the conversion goes), then the partial file replaces it
in one rename. A wrong passphrase is found before anything is written: the file stays
byte for byte as it was. Messages never hold the passphrase.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from forumdesk.store import cipher
from forumdesk.store.backup import BackupError, backup_sqlite, fsync_path, integrity_problem
from forumdesk.store.backup_copies import remove_with_companions
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


class DatabaseInUse(DatabaseError):
    """Another program has the database open; it cannot be converted under it."""


def is_encrypted(path: Path) -> bool:
    """True for a non-empty file that is not a clear SQLite database (SQLCipher's file
    has no header in clear: without the key it cannot be told from any other bytes)."""
    return path.is_file() and path.stat().st_size > 0 and not cipher.is_clear_sqlite(path)


def encrypt_database(path: Path, passphrase: str, *, now: datetime | None = None) -> Path:
    """Encrypt the clear database at `path` with `passphrase`; the backup taken before
    (itself encrypted with `passphrase`)."""
    _require_file(path)
    if not cipher.is_clear_sqlite(path):
        raise EncryptedDatabase(
            f"{path} is already encrypted, or is not a SQLite database; it was left untouched."
        )
    if not passphrase:
        raise DatabaseError("an empty passphrase would leave the database in clear.")
    return _convert(path, None, passphrase, BEFORE_ENCRYPTION, now)


def decrypt_database(path: Path, passphrase: str, *, now: datetime | None = None) -> Path:
    """Decrypt the database at `path`; the backup taken before, still encrypted."""
    _require_file(path)
    if cipher.is_clear_sqlite(path):
        raise DatabaseError(f"{path} is not encrypted; it was left untouched.")
    if not passphrase or not cipher.unlocks(path, passphrase):
        raise WrongPassphrase(wrong_passphrase_message(path))
    return _convert(path, passphrase, None, BEFORE_DECRYPTION, now)


def _require_file(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseMissing(f"there is no database at {path}.")


def _convert(
    path: Path, source_key: str | None, target_key: str | None, reason: str, now: datetime | None
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
        cipher.export(path, source_key, partial, target_key)
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

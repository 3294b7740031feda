"""SQLCipher connections: how an encrypted SQLite file is opened.

The binding is `sqlcipher3` (SQLCipher 4 with FTS5 and JSON1 built in). Key derivation
is SQLCipher 4's default: PBKDF2-HMAC-SHA512 over 256,000 iterations with a random
salt kept in the file's first 16 bytes; each page is AES-256 with an HMAC-SHA512.
SQLCipher would run those iterations (0.1 s) on every new connection, and opening a
database makes several: the same derivation is done here once per file and passphrase,
and each connection is given the raw key with its salt.
The passphrase goes to SQLCipher and nowhere else: never into a log, a message or a URL.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from forumdesk.store.backup_copies import SQLITE_HEADER

#: The DB-API module SQLAlchemy is given for an encrypted file, so that it wraps
#: SQLCipher's errors as it wraps sqlite3's.
DBAPI: Any = dbapi2
#: SQLCipher 4's defaults (cipher_default_kdf_iter, _kdf_algorithm, key and salt sizes).
KDF_ITERATIONS = 256_000
KDF_DIGEST = "sha512"
KEY_BYTES = 32
SALT_BYTES = 16
#: SQLite's page cache of an encrypted connection, in KiB (the default is 2,000).
CACHE_KIB = 65536


def is_clear_sqlite(path: Path) -> bool:
    """True for a file that starts as every unencrypted SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def key_statement(path: Path, passphrase: str) -> str:
    """`PRAGMA key` for the encrypted file at `path`: its raw key and salt when the file
    has its salt already, else the passphrase as an SQL string literal."""
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot hold a NUL character")
    try:
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        salt = b""
    if len(salt) == SALT_BYTES and salt != SQLITE_HEADER:
        return f"PRAGMA key = \"x'{_derived_key(passphrase, salt)}{salt.hex()}'\""
    return "PRAGMA key = '" + passphrase.replace("'", "''") + "'"


@functools.lru_cache(maxsize=4)
def _derived_key(passphrase: str, salt: bytes) -> str:
    key = hashlib.pbkdf2_hmac(KDF_DIGEST, passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES)
    return key.hex()


def engine_connection(path: Path, passphrase: str, *, uri: str | None = None) -> Any:
    """A connection for an engine, once `unlocks` has said the passphrase is right."""
    connection = connect(path, passphrase, uri=uri)
    # Pages in SQLite's cache are decrypted; the OS cache holds them encrypted, so each
    # miss costs an AES pass and an HMAC: a larger cache keeps the hot pages decrypted.
    connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return connection


def connect(path: Path, passphrase: str | None, *, uri: str | None = None) -> Any:
    """A SQLCipher connection to `path` (through `uri` if given) whose first statement is
    `PRAGMA key` (None: a clear file). The key is only checked when a page is read:
    `unlocks` reads one."""
    target = uri or str(path)
    connection = dbapi2.connect(target, uri=uri is not None, check_same_thread=False, timeout=5)
    try:
        # SQLCipher writes a failed HMAC check to stderr; the caller says it in one line.
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            connection.execute(key_statement(path, passphrase))
    except BaseException:
        connection.close()
        raise
    return connection


def unlocks(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the encrypted file at `path`; reads it only."""
    connection = read_only(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def read_only(path: Path, passphrase: str | None) -> Any:
    """A connection that reads `path` (encrypted with `passphrase`, or clear if None)."""
    return connect(path, passphrase, uri=f"{path.resolve().as_uri()}?mode=ro")


#: SQLite's virtual-machine steps between two calls of an export's `interrupt`.
_STEPS_PER_CALL = 20_000


def export(
    source: Path,
    source_key: str | None,
    target: Path,
    target_key: str | None,
    interrupt: Callable[[], bool] | None = None,
) -> None:
    """Write every table, index, trigger and view of `source` into the new file `target`,
    encrypted with `target_key` or clear if None, through `sqlcipher_export`.
    `interrupt` is called as the export runs (to report progress); True stops it with
    an OperationalError, leaving `target` to be removed by the caller."""
    connection = read_only(source, source_key)
    if interrupt is not None:
        connection.set_progress_handler(lambda: 1 if interrupt() else 0, _STEPS_PER_CALL)
    try:
        # ATTACH takes the file name and the key as parameters: no literal to escape.
        connection.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), target_key or ""))
        connection.execute("SELECT sqlcipher_export('export')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA export.user_version = {int(version)}")
        connection.execute("DETACH DATABASE export")
    finally:
        connection.close()

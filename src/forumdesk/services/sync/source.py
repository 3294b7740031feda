"""The other side of a merge: a ForumDesk database file (a laptop's), opened without
changing it, brought to this version's schema on a temporary copy if it is older,
refused with a clear message if it is newer or not a ForumDesk database at all.

An encrypted file is read with its own passphrase (a laptop's is not the office's);
without it, or with a wrong one, the merge is refused before either side is touched.
The temporary copy of an older encrypted file is encrypted with the same passphrase:
no clear copy of it is ever written, not even in the temporary folder."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, select

from forumdesk.services.common.messages import _
from forumdesk.store import cipher
from forumdesk.store.base import Base
from forumdesk.store.encryption import is_encrypted
from forumdesk.store.engine import database_url, make_read_only_engine, sqlite_path
from forumdesk.store.migrate import (
    DatabaseError,
    current_revision,
    first_line,
    head_revision,
    is_known_revision,
    upgrade,
)


class SyncError(ValueError):
    """A merge that cannot be done; the message says why, and nothing was changed."""


class OtherEncrypted(SyncError):
    """The other database is encrypted (or no database at all) and no passphrase was
    given for it; nothing was read."""


class OtherWrongPassphrase(OtherEncrypted):
    """The passphrase given does not open the other database; nothing was changed."""


@dataclass(frozen=True)
class OtherSide:
    """The database to merge from, open read-only."""

    engine: Engine
    location: str
    device_id: uuid.UUID | None
    device_name: str | None
    migrated_from: str | None  # its revision, when a migrated copy is read instead


@contextmanager
def open_other(target: str, passphrase: str | None = None) -> Iterator[OtherSide]:
    """The database at `target`, open read-only; `passphrase` opens an encrypted file
    (a clear file is read as it is, whatever the passphrase)."""
    url = database_url(target)
    path = sqlite_path(url)
    where = str(path) if path is not None else url
    if path is not None and not path.is_file():
        raise SyncError(_("{where}: there is no database file there").format(where=where))
    passphrase = _unlocking(path, where, passphrase)
    with tempfile.TemporaryDirectory(prefix="forumdesk-merge-") as folder:
        revision = _revision(url, where, passphrase)
        migrated_from = None
        if revision != head_revision():
            if path is None:
                raise SyncError(
                    _(
                        "{where} is at schema revision {revision}, not {head_revision}: open it "
                        "with this ForumDesk first, which migrates it"
                    ).format(where=where, revision=revision, head_revision=head_revision())
                )
            copy = Path(folder) / "other.db"
            _copy(path, copy, passphrase)
            try:
                upgrade(database_url(copy), passphrase)
            except Exception as exc:
                raise SyncError(
                    _(
                        "{where} (schema revision {revision}) could not be brought to "
                        "{head_revision}: {exc}; nothing was merged"
                    ).format(
                        where=where,
                        revision=revision,
                        head_revision=head_revision(),
                        exc=first_line(exc),
                    )
                ) from exc
            url, migrated_from = database_url(copy), revision
        engine = make_read_only_engine(url, passphrase=passphrase)
        try:
            device_id, device_name = _local_device(engine)
            yield OtherSide(engine, where, device_id, device_name, migrated_from)
        finally:
            engine.dispose()


def _unlocking(path: Path | None, where: str, passphrase: str | None) -> str | None:
    """The passphrase that opens `path`, None for a clear file or a server; refused,
    having read nothing but the file's first bytes, when it is missing or wrong."""
    if path is None or not is_encrypted(path):
        return None
    if not passphrase:
        raise OtherEncrypted(
            _(
                "{where} is encrypted, or is not a SQLite database: give its passphrase; "
                "nothing was merged"
            ).format(where=where)
        )
    if not cipher.unlocks(path, passphrase):
        raise OtherWrongPassphrase(
            _("the passphrase does not open {where}; nothing was merged").format(where=where)
        )
    return passphrase


def _revision(url: str, where: str, passphrase: str | None) -> str:
    engine = make_read_only_engine(url, passphrase=passphrase)
    try:
        try:
            revision = current_revision(engine)
        except Exception as exc:
            raise SyncError(
                _("{where} cannot be read as a database: {exc}").format(
                    where=where, exc=first_line(exc)
                )
            ) from exc
    finally:
        engine.dispose()
    if revision is None:
        raise SyncError(
            _("{where} is not a ForumDesk database (it has no schema revision)").format(where=where)
        )
    if not is_known_revision(revision):
        raise SyncError(
            _(
                "{where} was written by a newer ForumDesk (schema revision {revision}); this one "
                "knows revisions up to {head_revision}. Update ForumDesk here first."
            ).format(where=where, revision=revision, head_revision=head_revision())
        )
    return revision


def _copy(source: Path, target: Path, passphrase: str | None) -> None:
    """A consistent copy of a live SQLite file, WAL included: SQLite's backup API for a
    clear file; an encrypted one is exported by `sqlcipher_export` into a copy encrypted
    with the same passphrase, never through a clear copy."""
    if passphrase is not None:
        try:
            cipher.export(source, passphrase, target, passphrase)
        except cipher.DBAPI.Error as exc:
            raise SyncError(
                _("{source} could not be copied to be migrated: {exc}").format(
                    source=source, exc=exc
                )
            ) from exc
        return
    try:
        reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
    except sqlite3.Error as exc:
        raise SyncError(
            _("{source} could not be copied to be migrated: {exc}").format(source=source, exc=exc)
        ) from exc
    if not target.is_file():  # pragma: no cover - the backup API either works or raises
        shutil.copyfile(source, target)


def _local_device(engine: Engine) -> tuple[uuid.UUID | None, str | None]:
    devices = Base.metadata.tables["devices"]
    try:
        with engine.connect() as connection:
            row = connection.execute(
                select(devices.c.id, devices.c.name).where(devices.c.is_local.is_(True))
            ).first()
    except Exception as exc:
        raise DatabaseError(
            _("the other database's devices cannot be read: {exc}").format(exc=exc)
        ) from exc
    return (row[0], row[1]) if row else (None, None)


def connect(side: OtherSide) -> Connection:
    return side.engine.connect()

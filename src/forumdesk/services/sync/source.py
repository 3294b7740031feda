"""The other side of a merge: a ForumDesk database file (a laptop's), opened without
changing it, brought to this version's schema on a temporary copy if it is older,
refused with a clear message if it is newer or not a ForumDesk database at all."""

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
from forumdesk.store.base import Base
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


@dataclass(frozen=True)
class OtherSide:
    """The database to merge from, open read-only."""

    engine: Engine
    location: str
    device_id: uuid.UUID | None
    device_name: str | None
    migrated_from: str | None  # its revision, when a migrated copy is read instead


@contextmanager
def open_other(target: str) -> Iterator[OtherSide]:
    url = database_url(target)
    path = sqlite_path(url)
    where = str(path) if path is not None else url
    if path is not None and not path.is_file():
        raise SyncError(_("{where}: there is no database file there").format(where=where))
    with tempfile.TemporaryDirectory(prefix="forumdesk-merge-") as folder:
        revision = _revision(url, where)
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
            _copy(path, copy)
            try:
                upgrade(database_url(copy))
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
        engine = make_read_only_engine(url)
        try:
            device_id, device_name = _local_device(engine)
            yield OtherSide(engine, where, device_id, device_name, migrated_from)
        finally:
            engine.dispose()


def _revision(url: str, where: str) -> str:
    engine = make_read_only_engine(url)
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


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file, WAL included (SQLite's backup API)."""
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

"""An open database: its engine, its local device, and units of work over it."""

from __future__ import annotations

import os
import platform
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

from forumdesk.store.audit import record_flush
from forumdesk.store.base import MergeReady
from forumdesk.store.engine import WRITE_OPTION, is_sqlite, same_location, sqlite_path
from forumdesk.store.models import Device
from forumdesk.store.types import utcnow

_acting: ContextVar[str | None] = ContextVar("forumdesk_acting", default=None)


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Databases opened inside sign as `name` (a command line's --by or stored name)."""
    token = _acting.set(" ".join(name.split()))
    try:
        yield
    finally:
        _acting.reset(token)


def current_user() -> str:
    """The name the audit log gives changes made here unless told otherwise: the one
    `acting_as` gives, else $FORUMDESK_USER, else "" (an unnamed user). Never the
    operating-system login: the window sets the user's own name (`Database.actor`)."""
    acting = _acting.get()
    if acting is not None:
        return acting
    return " ".join(os.environ.get("FORUMDESK_USER", "").split())


def _stamp_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Keep the merge columns true on every flush, whoever wrote the change."""
    device_id = session.info.get("device_id")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, MergeReady):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_device_id = obj.created_device_id or device_id
            obj.updated_device_id = device_id
    for obj in session.dirty:
        if isinstance(obj, MergeReady) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_device_id = device_id


class Database:
    """Owns the engine; hands out sessions that know the local device."""

    def __init__(
        self, url: str, engine: Engine, *, actor: str | None = None, read_only: bool = False
    ) -> None:
        self.url = url
        self.engine = engine
        self.read_only = read_only
        self._actor = actor or current_user()
        #: The server account signed in (each office user has their own); None for a file.
        self.account: str | None = None if is_sqlite(url) else self._server_account()
        self._sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._readers = sessionmaker(engine, expire_on_commit=False)
        for factory in (self._sessions, self._readers):
            event.listen(factory, "before_flush", _stamp_changes)
            event.listen(factory, "after_flush", record_flush)
        self.device_id: uuid.UUID = (
            (self._local_device() or uuid.UUID(int=0)) if read_only else self._ensure_local_device()
        )
        self._configure()

    @property
    def actor(self) -> str:
        """Who the audit log says made the changes: the user's name, "" when unnamed;
        on a server, with the account they signed in with: "Ana Lima (ana)"."""
        if not self.account or self._actor == self.account:
            return self._actor or (self.account or "")
        return f"{self._actor} ({self.account})" if self._actor else self.account

    @actor.setter
    def actor(self, name: str | None) -> None:
        self._actor = (name or "").strip() or current_user()
        self._configure()

    def _configure(self) -> None:
        # "signer": the name signed actions record (an approval), without the account.
        info = {"device_id": self.device_id, "actor": self.actor, "signer": self._actor}
        self._sessions.configure(info=info)
        self._readers.configure(info=dict(info))

    @property
    def location(self) -> str:
        """Where this database is: its file, or its URL without the password."""
        path = self.path
        if path is not None:
            return str(path.resolve())
        # Without the account: every office user writes as the server's one device.
        return self.engine.url._replace(username=None, password=None).render_as_string()

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action, one transaction: committed whole or not at all."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look; whatever happens, nothing is committed. Its transaction is
        deferred, so it never waits for a writer."""
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def _server_account(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.execute(select(func.current_user())).scalar_one())

    def _local_device(self) -> uuid.UUID | None:
        """The device of a database opened read-only, which may not record a new one."""
        with self.reading() as session:
            return session.scalars(select(Device.id).where(Device.is_local.is_(True))).first()

    def _ensure_local_device(self) -> uuid.UUID:
        """The device this database writes as. A file found somewhere else than where
        its device was made is a copy: it gets a device (and an audit chain) of its own,
        so that the copy and the original can be merged later."""
        location = self.location
        with self.unit_of_work() as session:
            session.info["audit"] = False
            device = session.scalars(select(Device).where(Device.is_local.is_(True))).first()
            if device is not None and device.location is None:
                device.location = location
            elif device is None or not same_location(device.location, location):
                if device is not None:
                    device.is_local = False
                host = platform.node() or "unknown"
                place = f" ({self.path.name})" if self.path is not None else ""
                device = Device(
                    name=f"{host}{place}",
                    hostname=host,
                    is_local=True,
                    location=location,
                )
                session.add(device)
                session.flush()
                device.created_device_id = device.id
                device.updated_device_id = device.id
            return device.id

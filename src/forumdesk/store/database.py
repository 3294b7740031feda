"""An open database: its engine, its local device, and units of work over it."""

from __future__ import annotations

import getpass
import platform
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from forumdesk.store.base import MergeReady
from forumdesk.store.engine import sqlite_path
from forumdesk.store.models import Device
from forumdesk.store.types import utcnow


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


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

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _stamp_changes)
        self.device_id = self._ensure_local_device()
        self._sessions.configure(info={"device_id": self.device_id})

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
        """A read-only look; whatever happens, nothing is committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def _ensure_local_device(self) -> uuid.UUID:
        with self.unit_of_work() as session:
            device = session.scalars(select(Device).where(Device.is_local.is_(True))).first()
            if device is None:
                host = platform.node() or "unknown"
                device = Device(name=f"{current_user()}@{host}", hostname=host, is_local=True)
                session.add(device)
                session.flush()
                device.created_device_id = device.id
                device.updated_device_id = device.id
            return device.id

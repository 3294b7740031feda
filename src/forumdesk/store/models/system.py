"""Devices that write to a database, and the audit log they keep."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from forumdesk.store.base import Base, MergeReady, enum_type
from forumdesk.store.enums import AuditAction


class Device(MergeReady, Base):
    """A machine holding a copy of the data; exactly one row per database is local."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(200))
    hostname: Mapped[str | None] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(default=False)


class AuditEntry(MergeReady, Base):
    """Who changed what, when, on which device; chained by hash per device."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("device_id", "sequence"),)

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    sequence: Mapped[int]
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

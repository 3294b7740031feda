"""This database's device (its name, which the user may set) and the record history the
audit log keeps for every registry, programme, notes and minutes record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.store.audit_keys import fingerprint
from forumdesk.store.models import AuditEntry, Device, MergeRun


class DeviceError(ValueError):
    """A device change that cannot be made; the message says why."""


@dataclass(frozen=True)
class DeviceView:
    id: uuid.UUID
    name: str
    hostname: str | None
    location: str | None
    is_local: bool
    audit_entries: int
    last_merge: datetime | None
    #: The fingerprint of the key that signs its audit chain (None: it has signed nothing)
    audit_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "hostname": self.hostname,
            "location": self.location,
            "is_local": self.is_local,
            "audit_entries": self.audit_entries,
            "last_merge": self.last_merge.isoformat() if self.last_merge else None,
            "audit_key": self.audit_key,
        }


def devices(session: Session) -> list[DeviceView]:
    """Every device this database has heard of, this one first."""
    counts: dict[uuid.UUID, int] = {
        row[0]: row[1]
        for row in session.execute(
            select(AuditEntry.device_id, func.count()).group_by(AuditEntry.device_id)
        )
    }
    merges: dict[uuid.UUID | None, datetime] = {
        row[0]: row[1]
        for row in session.execute(
            select(MergeRun.other_device_id, func.max(MergeRun.at)).group_by(
                MergeRun.other_device_id
            )
        )
    }
    rows = session.scalars(select(Device).order_by(Device.is_local.desc(), Device.name)).all()
    return [
        DeviceView(
            d.id,
            d.name,
            d.hostname,
            d.location,
            d.is_local,
            counts.get(d.id, 0),
            merges.get(d.id),
            fingerprint(d.public_key) if d.public_key else None,
        )
        for d in rows
    ]


def local_device(session: Session) -> DeviceView:
    found = [d for d in devices(session) if d.is_local]
    if not found:
        raise DeviceError(_("this database has no local device"))
    return found[0]


def rename_device(session: Session, name: str) -> DeviceView:
    """Name this database's device ("Laptop 2, registration desk"): merges and the
    history say which device made each change by this name."""
    name = " ".join(name.split())
    if not name:
        raise DeviceError(_("a device needs a name"))
    if len(name) > 200:
        raise DeviceError(_("a device name has at most 200 characters"))
    device = session.scalars(select(Device).where(Device.is_local.is_(True))).one()
    device.name = name
    session.flush()
    return local_device(session)


@dataclass(frozen=True)
class HistoryEntry:
    table: str
    at: datetime
    actor: str
    device: str
    action: str
    changes: tuple[tuple[str, Any, Any], ...]  # (field, before, after)
    # The actor is an operating-system login an older ForumDesk signed with, not a name.
    actor_is_login: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "actor_is_login": self.actor_is_login,
            "device": self.device,
            "action": self.action,
            "changes": [
                {"field": name, "before": before, "after": after}
                for name, before, after in self.changes
            ],
        }


def history_of(session: Session, record_id: uuid.UUID) -> list[HistoryEntry]:
    """What the audit log says happened to one record, oldest first, from every device."""
    from forumdesk.services.common.recorded_logins import recorded_logins

    names = {row[0]: row[1] for row in session.execute(select(Device.id, Device.name))}
    logins = recorded_logins(session)
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.record_id == record_id)
        .order_by(AuditEntry.at, AuditEntry.sequence)
    ).all()
    history = []
    for entry in entries:
        before, after = entry.before or {}, entry.after or {}
        fields = sorted({*before, *after})
        history.append(
            HistoryEntry(
                table=entry.table_name,
                at=entry.at,
                actor=entry.actor,
                device=names.get(entry.device_id, str(entry.device_id)),
                action=entry.action.value,
                changes=tuple((f, before.get(f), after.get(f)) for f in fields),
                actor_is_login=entry.actor in logins,
            )
        )
    return history

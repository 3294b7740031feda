"""Devices that write to a database, the audit log they keep, and the merges between
databases (with the conflicts a merge put to the user)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from forumdesk.store.base import Base, MergeReady, enum_type
from forumdesk.store.enums import AuditAction


class Device(MergeReady, Base):
    """A machine holding a copy of the data; exactly one row per database is local."""

    __tablename__ = "devices"

    name: Mapped[str] = mapped_column(String(200))
    hostname: Mapped[str | None] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(default=False)
    #: Where the database was when this device became its local one: a copied file
    #: is found elsewhere and takes a device of its own.
    location: Mapped[str | None] = mapped_column(String(1000))
    #: The last entry of this device's audit chain known here (sequence and hash):
    #: `forumdesk check` finds a log cut short against it.
    audit_sequence: Mapped[int] = mapped_column(default=0, server_default="0")
    audit_hash: Mapped[str | None] = mapped_column(String(64))
    #: The Ed25519 key that signs this device's chain (32 bytes as hex); its private
    #: half stays on the device, outside the database (store/audit_keys.py).
    public_key: Mapped[str | None] = mapped_column(String(64))


class AuditEntry(Base):
    """Who changed what, when, on which device; chained by hash per device.

    An entry is never edited, so it carries none of the merge bookkeeping of shared
    rows: (device, sequence) is its identity everywhere the log travels.
    """

    __tablename__ = "audit_entries"

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    sequence: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime]
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    #: 1: hashed with its values (before revision 0013; kept so because its chain was
    #: already broken); 2: re-sealed by 0013, unsigned; 3: written signed (store/audit.py).
    hash_version: Mapped[int] = mapped_column(default=3, server_default="3")
    #: SHA-256 of the salt and the values: the hash covers this, not the values, so
    #: erasing the values (and the salt) leaves the chain whole.
    content_digest: Mapped[str | None] = mapped_column(String(64))
    salt: Mapped[str | None] = mapped_column(String(32))
    #: The device's signature of this entry's hash (the last entry of each write).
    signature: Mapped[str | None] = mapped_column(String(200))
    #: When the values were erased (a person forgotten): the digest is no longer checked.
    erased_at: Mapped[datetime | None]


class MergeRun(MergeReady, Base):
    """One merge into this database (or the copy a laptop was prepared from): the other
    side, what came in, and each device's last audit entry both sides now know."""

    __tablename__ = "merge_runs"

    kind: Mapped[str] = mapped_column(String(16))  # "merge" or "prepared"
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    other_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    other_device_name: Mapped[str | None] = mapped_column(String(200))
    other_location: Mapped[str | None] = mapped_column(String(1000))
    #: {device id: last sequence} that both sides held after this merge.
    known: Mapped[dict[str, int]] = mapped_column(JSON)
    #: {device id: [sequence, hash]}: each chain's last entry held after this merge, so
    #: that a later copy whose history differs is found.
    heads: Mapped[dict[str, list[Any]] | None] = mapped_column(JSON)
    #: A laptop copy limited to one forum: that forum (no foreign key: a record of
    #: what was done, kept even if the forum goes).
    forum_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    inserted: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    deleted: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    duplicates: Mapped[int] = mapped_column(default=0)


class MergeConflict(MergeReady, Base):
    """A field changed on both sides since they last met: kept as it was here until
    the user settles it (ours, or theirs)."""

    __tablename__ = "merge_conflicts"

    merge_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("merge_runs.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(64))
    ours: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    ours_actor: Mapped[str | None] = mapped_column(String(200))
    ours_device: Mapped[str | None] = mapped_column(String(200))
    ours_at: Mapped[datetime | None]
    theirs_actor: Mapped[str | None] = mapped_column(String(200))
    theirs_device: Mapped[str | None] = mapped_column(String(200))
    theirs_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))  # "ours" or "theirs"
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None]


class RecordedLogin(Base):
    """A name the history holds that was an operating-system login, not a person's
    name: ForumDesk once signed with the login when no name was set. Revision 0010
    lists them, so history shows them as logins and documents never print them."""

    __tablename__ = "recorded_logins"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)

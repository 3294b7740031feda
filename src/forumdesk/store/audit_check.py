"""`verify_audit`: everything `forumdesk check` asks of the audit log.

Every chain is read entry by entry (`ChainReader`: content, hash, link, signature).
Then what each chain must reach: the head its device row records; for this device,
the last head it signed, kept outside the file (store/audit_keys.py); for the others,
the heads the merges saw. A device the merges saw, or that rows name, with no entries
left is a deleted chain. Last, records whose version is ahead of their history were
edited around the application (a few aggregates, not a loop over the rows).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, and_, exists, func, literal, select, union

from forumdesk.store.audit import audited_tables
from forumdesk.store.audit_keys import kept_head
from forumdesk.store.audit_verify import AuditProblem, ChainReader, entries_in_order
from forumdesk.store.base import Base
from forumdesk.store.engine import same_location, sqlite_path
from forumdesk.store.enums import AuditAction

#: A laptop copy limited to one forum holds none of the others' entries.
_SCOPED_COPY = "copied"


def verify_audit(connection: Connection) -> list[AuditProblem]:
    """What is wrong with the audit log held by `connection` (nothing: an empty list)."""
    devices = Base.metadata.tables["devices"]
    rows = {row.id: row for row in connection.execute(select(devices))}
    names = {device: row.name for device, row in rows.items()}
    heads = _heads_to_reach(connection, rows)
    reader = ChainReader(
        keys={device: row.public_key for device, row in rows.items()},
        names=names,
        points={(device, sequence) for device, sequence, _hash, _kind, _at in heads},
    )
    reader.feed(entries_in_order(connection))
    reader.finish()
    problems = reader.problems
    for device, sequence, digest, kind, at in heads:
        chain = reader.chains.get(device)
        last = chain.last if chain else 0
        name = reader.name(device)
        if sequence > last:
            problems.append(AuditProblem(f"{kind}_cut", name, last, {"head": sequence, "at": at}))
        elif reader.seen.get((device, sequence)) != digest:
            problems.append(AuditProblem(f"{kind}_differs", name, sequence, {"at": at}))
    if not _is_scoped_copy(connection):
        problems += _deleted_chains(connection, rows, set(reader.chains), names)
        problems += direct_edits(connection, names)
    return problems


def _heads_to_reach(connection: Connection, devices: dict[uuid.UUID, Any]) -> list[Any]:
    """(device, sequence, hash, whose record, when) every chain must still hold."""
    heads: list[Any] = [
        (device, row.audit_sequence, row.audit_hash, "recorded", None)
        for device, row in devices.items()
        if row.audit_sequence
    ]
    here = sqlite_path(str(connection.engine.url))
    for device, row in devices.items():
        # the file where the device was made: a backup or copy elsewhere is checked alone
        if row.is_local and (here is None or same_location(row.location, str(here.resolve()))):
            kept = kept_head(device)
            if kept is not None:
                heads.append((device, kept[0], kept[1], "kept", None))
    runs = Base.metadata.tables["merge_runs"]
    query = select(runs.c.heads, runs.c.at).where(runs.c.heads.is_not(None))
    for recorded, at in connection.execute(query.order_by(runs.c.at)):
        for device, (sequence, digest) in recorded.items():
            heads.append((uuid.UUID(device), int(sequence), digest, "merge", at))
    return heads


def _is_scoped_copy(connection: Connection) -> bool:
    runs = Base.metadata.tables["merge_runs"]
    query = select(runs.c.id).where(runs.c.kind == _SCOPED_COPY, runs.c.forum_id.is_not(None))
    return connection.execute(query.limit(1)).first() is not None


def _deleted_chains(
    connection: Connection,
    devices: dict[uuid.UUID, Any],
    with_entries: set[uuid.UUID],
    names: dict[uuid.UUID, str],
) -> list[AuditProblem]:
    """Devices with no entries here that a merge saw write some, or that rows name
    while the device is unknown or has signed (a device older than the audit log
    named by rows from before it is no news)."""
    problems: list[AuditProblem] = []
    runs = Base.metadata.tables["merge_runs"]
    seen: dict[uuid.UUID, int] = {}
    for (known,) in connection.execute(select(runs.c.known)):
        for device, sequence in (known or {}).items():
            seen[uuid.UUID(device)] = max(seen.get(uuid.UUID(device), 0), int(sequence))
    for device, sequence in seen.items():
        if sequence and device not in with_entries:
            problems.append(
                AuditProblem(
                    "deleted_chain", names.get(device) or str(device), None, {"seen": sequence}
                )
            )
    suspects = {device for device, row in devices.items() if row.public_key or row.audit_sequence}
    reported = {device for device, sequence in seen.items() if sequence}
    for device, table in _devices_named_by_rows(connection):
        if device in with_entries or device in reported:
            continue
        if device in devices and device not in suspects:
            continue
        reported.add(device)
        problems.append(
            AuditProblem("deleted_chain", names.get(device) or str(device), None, {"table": table})
        )
    return problems


def _devices_named_by_rows(connection: Connection) -> list[tuple[uuid.UUID, str]]:
    """(device, a table whose rows name it) for every device the shared rows name."""
    parts = []
    for table in audited_tables():
        for column in (table.c.created_device_id, table.c.updated_device_id):
            parts.append(
                select(column.label("device"), literal(table.name).label("name"))
                .where(column.is_not(None))
                .distinct()
            )
    found: dict[uuid.UUID, str] = {}
    for start in range(0, len(parts), 100):  # SQLite takes up to 500 terms in a compound
        for device, name in connection.execute(union(*parts[start : start + 100])):
            found.setdefault(device, name)
    return sorted(found.items(), key=lambda item: str(item[0]))


def direct_edits(connection: Connection, names: dict[uuid.UUID, str]) -> list[AuditProblem]:
    """Per table, the records whose version is ahead of the entries their history holds
    (each audited change writes one entry and adds one to the version at most). A record
    with no creation entry is older than the audit log: its first version is unknown."""
    entries = Base.metadata.tables["audit_entries"]
    problems: list[AuditProblem] = []
    for table in audited_tables():
        # per record, through the index on record_id: most records are at version 1
        about = and_(entries.c.record_id == table.c.id, entries.c.table_name == table.name)
        history = select(func.count()).where(about).scalar_subquery()
        created = exists().where(about, entries.c.action == AuditAction.CREATE.value)
        ahead = select(
            table.c.id, table.c.version, table.c.updated_device_id, history.label("entries")
        ).where(table.c.version > 1, created, table.c.version > history)
        count = connection.execute(select(func.count()).select_from(ahead.subquery())).scalar()
        if not count:
            continue
        first = connection.execute(ahead.order_by(table.c.id).limit(1)).one()
        device = first.updated_device_id
        problems.append(
            AuditProblem(
                "direct_edit",
                (names.get(device) or str(device)) if device else "?",
                None,
                {
                    "table": table.name,
                    "record": str(first.id),
                    "version": first.version,
                    "entries": first.entries,
                    "count": count,
                },
            )
        )
    return problems

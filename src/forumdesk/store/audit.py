"""The audit log: every create, update and delete of the shared data, with who made it,
when, on which device, and the values before and after.

Entries are written in the same transaction as the change they describe, by a flush
hook (so every service is covered without calling anything) or, for the bulk writers
that bypass the ORM, by `audit_inserts`. Each device keeps one chain: entry n carries
the hash of entry n-1, and the device row holds the chain's last sequence and hash,
so `verify_audit` finds an entry edited, removed or cut off the end.

The merge reads the same log: which fields each side changed since they last met.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, time
from secrets import token_hex
from typing import Any, NamedTuple

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Table, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from forumdesk.store.audit_keys import (
    create_device_key,
    device_key,
    pending_heads,
    public_hex,
    sign,
)
from forumdesk.store.base import Base, MergeReady
from forumdesk.store.enums import AuditAction
from forumdesk.store.types import utcnow

#: Tables whose rows are this database's own business, not shared data.
NOT_AUDITED = frozenset(
    {"devices", "audit_entries", "import_mappings", "merge_runs", "merge_conflicts"}
)
#: `audit_entries.hash_version`: hashed with the values (before revision 0013, kept so
#: because the chain was already broken), re-sealed by 0013 (unsigned), written signed.
CONTENT_HASHED, RESEALED, SIGNED = 1, 2, 3
#: Bookkeeping every row carries; the audit records the data, not these.
MERGE_COLUMNS = frozenset(
    {"id", "created_at", "updated_at", "created_device_id", "updated_device_id", "version"}
)


def plain(value: Any) -> Any:
    """A column value as JSON: ids and instants as text, enums as their value."""
    kind = type(value)
    if kind is str or value is None or kind is int or kind is bool or kind is float:
        return value
    if kind is uuid.UUID:
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


class Change(NamedTuple):
    """One create, update or delete to record (a tuple: an import makes 100k of them)."""

    table: str
    record_id: uuid.UUID
    action: AuditAction
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def canonical(value: Mapping[str, Any] | None) -> str | None:
    """The one JSON text of a before/after mapping: what is hashed and what is stored."""
    if value is None:
        return None
    # orjson: the same text as json.dumps(sort_keys, compact, UTF-8), 15 times faster.
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def content_digest(salt: str | None, before: str | None, after: str | None) -> str:
    """SHA-256 over the entry's salt and values (their `canonical` text): what the entry
    hash covers in their place, and, once the salt is erased, a digest that tells nothing."""
    body = "\x1f".join(
        (
            salt or "",
            before if before is not None else "\x00",
            after if after is not None else "\x00",
        )
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def entry_hash(
    *,
    device_id: uuid.UUID,
    sequence: int,
    actor: str,
    at: datetime,
    table_name: str,
    record_id: uuid.UUID,
    action: str,
    digest: str,
    prev_hash: str | None,
) -> str:
    """SHA-256 over who did what to which record, the content digest, and the hash of
    the entry before it (format 2: the values themselves are outside it)."""
    body = "\x1f".join(
        (
            str(device_id),
            str(sequence),
            actor,
            plain(at),
            table_name,
            str(record_id),
            action,
            digest,
            prev_hash or "",
        )
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def audited_tables() -> list[Table]:
    """The shared tables, parents before children."""
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name not in NOT_AUDITED and "deleted_at" in table.c
    ]


def _devices() -> Table:
    return Base.metadata.tables["devices"]


def _entries() -> Table:
    return Base.metadata.tables["audit_entries"]


def append(
    connection: Connection,
    device_id: uuid.UUID,
    actor: str,
    changes: Iterable[Change],
    at: datetime | None = None,
) -> int:
    """Write `changes` to the end of the device's chain, the last one signed; returns how
    many.

    Written with the driver's executemany, the columns converted here: an import of
    100k people writes 100k entries, and the ORM's per-row bookkeeping would double it.
    One signature per call: the chain makes it cover every entry before it.
    """
    changes = list(changes)
    if not changes:
        return 0
    sequence, previous, key = _chain_head(connection, device_id)
    when = at or utcnow()
    statement, names, _convert = _insert_plan(connection.dialect)  # (cached)
    order, template, to_id, actions = _row_template(connection.dialect, device_id, actor, when)
    when_text, device_text = plain(when), str(device_id)
    at_sequence, at_table, at_record, at_action, at_before, at_after = (
        order.index(name) for name in _VARYING[:6]
    )
    at_prev, at_hash, at_digest, at_salt = (order.index(name) for name in _VARYING[6:])
    dumps, sort_keys, sha256 = orjson.dumps, orjson.OPT_SORT_KEYS, hashlib.sha256
    salts = token_hex(16 * len(changes))  # every entry's salt from one read of the OS's CSPRNG
    entries: list[list[Any]] = []
    # (entry_hash, content_digest and canonical, inlined: this loop runs once per imported row)
    for index, (table, record_id, action, before_values, after_values) in enumerate(changes):
        sequence += 1
        before = None if before_values is None else dumps(before_values, option=sort_keys).decode()
        after = None if after_values is None else dumps(after_values, option=sort_keys).decode()
        salt = salts[32 * index : 32 * index + 32]
        content = "\x1f".join(
            (salt, before if before is not None else "\x00", after if after is not None else "\x00")
        )
        content = sha256(content.encode("utf-8")).hexdigest()
        action_text, action_bound = actions[action]
        body = "\x1f".join(
            (
                device_text,
                str(sequence),
                actor,
                when_text,
                table,
                str(record_id),
                action_text,
                content,
                previous or "",
            )
        )  # fmt: skip
        digest = sha256(body.encode("utf-8")).hexdigest()
        entry = template.copy()
        entry[at_sequence], entry[at_table] = sequence, table
        entry[at_record], entry[at_action] = to_id(record_id), action_bound
        entry[at_before], entry[at_after] = before, after
        entry[at_prev], entry[at_hash] = previous, digest
        entry[at_digest], entry[at_salt] = content, salt
        entries.append(entry)
        previous = digest
    if key is not None:
        entries[-1][order.index("signature")] = sign(key, device_id, sequence, digest)
        pending_heads(connection)[device_id] = (sequence, digest)
    rows = [tuple(entry) if names else dict(zip(order, entry, strict=True)) for entry in entries]
    connection.exec_driver_sql(statement, rows)
    devices = _devices()
    connection.execute(
        update(devices)
        .where(devices.c.id == device_id)
        .values(audit_sequence=sequence, audit_hash=previous)
    )
    return len(rows)


_VARYING = (
    "sequence",
    "table_name",
    "record_id",
    "action",
    "before",
    "after",
    "prev_hash",
    "hash",
    "content_digest",
    "salt",
)


def _chain_head(
    connection: Connection, device_id: uuid.UUID
) -> tuple[int, str | None, Ed25519PrivateKey | None]:
    """The device's last sequence and hash here, and its key on this machine."""
    devices = _devices()
    head = select(devices.c.audit_sequence, devices.c.audit_hash, devices.c.public_key).where(
        devices.c.id == device_id
    )
    if connection.dialect.name == "postgresql":
        head = head.with_for_update()  # one chain per device, however many office users
    row = connection.execute(head).first()
    key = _signing_key(connection, device_id, row[2] if row else None)
    return (row[0] or 0, row[1], key) if row else (0, None, key)


def _row_template(
    dialect: Any, device_id: uuid.UUID, actor: str, when: datetime
) -> tuple[tuple[str, ...], list[Any], Callable[[Any], Any], dict[AuditAction, tuple[str, Any]]]:
    """The INSERT's column order, an entry with the columns one write shares already bound,
    how to bind a record id, and each action as hashed and as bound."""
    _statement, names, convert = _insert_plan(dialect)
    shared = {
        name: convert[name](value) if convert[name] else value
        for name, value in (
            ("at", when),
            ("device_id", device_id),
            ("actor", actor),
            ("hash_version", SIGNED),
        )
    }
    to_id = convert["record_id"] or (lambda value: value)
    to_action = convert["action"] or (lambda value: value.value)
    actions = {action: (action.value, to_action(action)) for action in AuditAction}
    order = names or tuple(c.key for c in _entries().c)
    return order, [shared.get(name) for name in order], to_id, actions


def _signing_key(
    connection: Connection, device_id: uuid.UUID, registered: str | None
) -> Ed25519PrivateKey | None:
    """The device's key on this machine; its first write makes one and registers its
    public half. A device whose key is elsewhere writes unsigned (and `check` says so).

    On a server nothing signs: the office's workstations share one device, whose key
    could sit on one of them only, and the server's grants keep the log append-only
    for every role but the administrator (services/access/server.py)."""
    if connection.dialect.name != "sqlite":
        return None
    key = device_key(device_id)
    if registered is None:
        key = key or create_device_key(device_id)
        if key is not None:
            devices = _devices()
            connection.execute(
                update(devices).where(devices.c.id == device_id).values(public_key=public_hex(key))
            )
    return key


@functools.cache
def _insert_plan(dialect: Any) -> tuple[str, tuple[str, ...] | None, dict[str, Any]]:
    """The INSERT of one entry as the driver takes it, its parameter order, and each
    column's converter (the JSON columns get their text as it is: already canonical)."""
    table = _entries()
    compiled = insert(table).compile(dialect=dialect, column_keys=[c.key for c in table.c])
    convert = {
        c.key: None
        if c.key in ("before", "after")
        else c.type.dialect_impl(dialect).bind_processor(dialect)
        for c in table.c
    }
    names = compiled.positiontup
    return compiled.string, tuple(names) if names else None, convert


def insert_received(connection: Connection, entries: Iterable[Mapping[str, Any]]) -> int:
    """Another database's entries (each a row of `audit_entries` as read), written as
    they were: their chain, hashes and signatures untouched, their values as `canonical`
    text. Through the driver's executemany, as `append` writes: a merge takes 10k."""
    statement, names, convert = _insert_plan(connection.dialect)
    order = names or tuple(c.key for c in _entries().c)
    steps = [(key, canonical if key in ("before", "after") else convert[key]) for key in order]
    rows = [
        tuple(value if step is None or value is None else step(value)
              for key, step in steps for value in (entry[key],))
        for entry in entries
    ]  # fmt: skip
    if rows:
        connection.exec_driver_sql(
            statement, rows if names else [dict(zip(order, row, strict=True)) for row in rows]
        )
    return len(rows)


def audit_inserts(
    session: Session, table: Table, rows: Iterable[Mapping[str, Any]], *, at: datetime | None = None
) -> int:
    """Creation entries for rows a bulk writer inserts without the ORM."""
    device_id, actor = session.info.get("device_id"), session.info.get("actor") or ""
    if device_id is None or session.info.get("audit") is False:
        return 0
    # A plain str: sqlite3 would ask SQLAlchemy's quoted_name how to adapt itself, per row.
    name = str(table.name)
    changes = [
        Change(
            name,
            row["id"],
            AuditAction.CREATE,
            None,
            # orjson writes ids, instants and enums as `plain` would, without a call each;
            # a creation records the fields given (an empty field is no news)
            {k: v for k, v in row.items() if v is not None and k not in MERGE_COLUMNS},
        )
        for row in rows
    ]
    return append(session.connection(), device_id, actor, changes, at)


# --- the flush hook -------------------------------------------------------------------


def _columns(obj: MergeReady) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapped columns worth recording."""
    mapper = inspect(type(obj))
    return [
        (prop.key, prop.columns[0].name)
        for prop in mapper.column_attrs
        if prop.columns[0].name not in MERGE_COLUMNS
    ]


def _is_audited(obj: object) -> bool:
    if not isinstance(obj, MergeReady):
        return False
    table = getattr(type(obj), "__tablename__", None)
    return table is not None and table not in NOT_AUDITED


def _created(obj: MergeReady) -> Change:
    state = inspect(obj).dict
    after = {
        name: plain(value)
        for key, name in _columns(obj)
        if (value := state.get(key)) is not None  # an empty field is no news
    }
    return Change(type(obj).__tablename__, obj.id, AuditAction.CREATE, None, after)  # type: ignore[attr-defined]


def _updated(obj: MergeReady) -> Change | None:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, name in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        before[name], after[name] = plain(old), plain(new)
    if not after:
        return None
    tombstoned = "deleted_at" in after and before.get("deleted_at") is None
    action = AuditAction.DELETE if tombstoned else AuditAction.UPDATE
    return Change(type(obj).__tablename__, obj.id, action, before, after)  # type: ignore[attr-defined]


def _removed(obj: MergeReady) -> Change:
    state = inspect(obj).dict
    before = {name: plain(state.get(key)) for key, name in _columns(obj)}
    return Change(type(obj).__tablename__, obj.id, AuditAction.DELETE, before, None)  # type: ignore[attr-defined]


def record_flush(session: Session, _context: Any) -> None:
    """after_flush: an entry for each shared row the flush created, changed or removed."""
    device_id = session.info.get("device_id")
    if device_id is None or session.info.get("audit") is False:
        return
    changes: list[Change] = []
    changes += [_created(obj) for obj in session.new if _is_audited(obj)]
    for obj in session.dirty:
        if _is_audited(obj) and session.is_modified(obj, include_collections=False):
            change = _updated(obj)
            if change is not None:
                changes.append(change)
    changes += [_removed(obj) for obj in session.deleted if _is_audited(obj)]
    append(session.connection(), device_id, session.info.get("actor") or "", changes)


def known_sequences(connection: Connection) -> dict[uuid.UUID, int]:
    """{device: last audit sequence known here}: the entries held, and the point each
    merge or laptop copy recorded (a copy limited to one forum holds no entries)."""
    known = last_sequences(connection)
    runs = Base.metadata.tables["merge_runs"]
    for (recorded,) in connection.execute(select(runs.c.known)):
        for device, sequence in (recorded or {}).items():
            key = uuid.UUID(device)
            known[key] = max(known.get(key, 0), int(sequence))
    return known


def last_sequences(connection: Connection) -> dict[uuid.UUID, int]:
    """{device: its last audit sequence held here}, one index look-up per device: a
    GROUP BY would read every entry, a million after a large import."""
    entries = _entries()
    device = entries.c.device_id
    if connection.dialect.name == "postgresql":
        # No min() of a uuid there, nor a recursive reference inside a subquery: the
        # shared office's server groups (its planner reads the index all the same).
        grouped = select(device, func.max(entries.c.sequence)).group_by(device)
        return {row[0]: int(row[1]) for row in connection.execute(grouped)}
    devices = select(func.min(device).label("id")).cte("devices", recursive=True)
    following = select(func.min(device)).where(device > devices.c.id).scalar_subquery()
    devices = devices.union_all(select(following).where(devices.c.id.is_not(None)))
    last = select(func.max(entries.c.sequence)).where(device == devices.c.id).scalar_subquery()
    query = select(devices.c.id, last).where(devices.c.id.is_not(None))
    return {row[0]: int(row[1]) for row in connection.execute(query)}

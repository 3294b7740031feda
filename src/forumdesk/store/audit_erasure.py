"""Erasing the values an audit entry holds (a person forgotten) without breaking its chain.

An entry's hash covers the digest of its salt and values, not the values (store/audit.py),
so the values and the salt can go: the hash, the link and the signatures still hold,
and the digest that stays tells nothing without the salt. The entry keeps who did what
to which record and which fields; each value becomes None, and `erased_at` says when.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select, tuple_, update

from forumdesk.store.base import Base
from forumdesk.store.types import utcnow

_CHUNK = 500  # (device, sequence) pairs per query: two parameters each


def _blank(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if values is None else dict.fromkeys(values)


def erase_entry_values(
    connection: Connection,
    entries: Iterable[tuple[uuid.UUID, int]],
    at: datetime | None = None,
) -> int:
    """Blank the values of these (device, sequence) entries and drop their salts;
    returns how many were erased (an entry erased before is left as it is)."""
    table = Base.metadata.tables["audit_entries"]
    wanted = sorted(set(entries), key=lambda pair: (str(pair[0]), pair[1]))
    when = at or utcnow()
    erased = 0
    statement = (
        update(table)
        .where(table.c.device_id == bindparam("key_device"))
        .where(table.c.sequence == bindparam("key_sequence"))
        .values(
            before=bindparam("new_before"),
            after=bindparam("new_after"),
            salt=None,
            erased_at=when,
        )
    )
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = select(table.c.device_id, table.c.sequence, table.c.before, table.c.after).where(
            tuple_(table.c.device_id, table.c.sequence).in_(chunk), table.c.erased_at.is_(None)
        )
        params = [
            {
                "key_device": row.device_id,
                "key_sequence": row.sequence,
                "new_before": _blank(row.before),
                "new_after": _blank(row.after),
            }
            for row in connection.execute(query)
        ]
        if params:
            connection.execute(statement, params)
            erased += len(params)
    return erased


def entries_of_records(
    connection: Connection, table_name: str, record_ids: Iterable[uuid.UUID]
) -> list[tuple[uuid.UUID, int]]:
    """(device, sequence) of every entry about these records of `table_name`."""
    table = Base.metadata.tables["audit_entries"]
    ids = list(record_ids)
    found: list[tuple[uuid.UUID, int]] = []
    for start in range(0, len(ids), _CHUNK):
        query = (
            select(table.c.device_id, table.c.sequence)
            .where(table.c.table_name == table_name)
            .where(table.c.record_id.in_(ids[start : start + _CHUNK]))
            .order_by(table.c.device_id, table.c.sequence)
        )
        found += [(row.device_id, row.sequence) for row in connection.execute(query)]
    return found

"""The audit log lets go of an erased person's values: the entries of every record
the erasure changed keep who, when, which record and which fields, and lose the
values (`store.audit_erasure`, which keeps each chain verifiable)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Set
from datetime import datetime

from sqlalchemy import Connection

from forumdesk.store.audit_erasure import entries_of_records, erase_entry_values


def erase_audit_values(
    connection: Connection, records: Mapping[str, Set[uuid.UUID]], at: datetime
) -> int:
    """Erase the values of every audit entry of these records (by table); returns how
    many entries lost theirs."""
    entries = [
        entry
        for table, ids in records.items()
        if ids
        for entry in entries_of_records(connection, table, list(ids))
    ]
    return erase_entry_values(connection, entries, at=at)

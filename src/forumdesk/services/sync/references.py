"""The references a merge wrote, checked before it commits.

A merge defers SQLite's foreign keys (parents and children arrive in one go), so a row
pointing at nothing would only surface at the commit, as a bare "FOREIGN KEY constraint
failed". The rows it wrote are checked first, to say which table is at fault. Only
those rows: `PRAGMA foreign_key_check` would read the whole database, every person of a
million-person registry, for ten thousand changes. The commit's own check still covers
everything else.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping

from sqlalchemy import Connection, and_, exists, func, select

from forumdesk.services.common.messages import _
from forumdesk.services.sync.changes import ids_among
from forumdesk.services.sync.source import SyncError
from forumdesk.store.base import Base


def check_references(connection: Connection, written: Mapping[str, Collection[uuid.UUID]]) -> None:
    """Raise SyncError when a row written (by table, its ids) refers to a missing row."""
    if connection.dialect.name != "sqlite":
        return  # PostgreSQL checks each reference as it is written
    broken: list[tuple[str, int]] = []
    for name, ids in written.items():
        count = _broken_in(connection, name, list(ids))
        if count:
            broken.append((name, count))
    if broken:
        raise SyncError(
            _(
                "the merge would leave {count} broken reference(s), the first in table "
                "{broken}; nothing was merged"
            ).format(count=sum(count for _name, count in broken), broken=broken[0][0])
        )


def _broken_in(connection: Connection, name: str, ids: list[uuid.UUID]) -> int:
    """How many references of these rows of table `name` lead nowhere."""
    table = Base.metadata.tables[name]
    count = 0
    for constraint in table.foreign_key_constraints:
        pairs = [(element.parent, element.column) for element in constraint.elements]
        parent = pairs[0][1].table.alias()  # an alias: a table may refer to itself
        missing = ~exists().where(
            and_(*(parent.c[target.name] == source for source, target in pairs))
        )
        # SQLite checks a reference only when none of its columns is NULL.
        filled = and_(*(source.is_not(None) for source, _target in pairs))
        for chosen in ids_among(connection, table.c.id, ids):
            query = select(func.count()).select_from(table).where(chosen, filled, missing)
            count += connection.execute(query).scalar_one()
    return count

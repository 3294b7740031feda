"""An erased person does not come back with a merge.

A laptop copy made before an erasure still holds the person: their row, the texts
naming them, the audit entries with their values. When such a copy is merged here
(or this database, holding them, takes in the office's tombstone), the merge would
bring them back. So before the merge, `ErasuresOnArrival` reads each erased
person's names from whichever side still holds them (they are never stored), and
after it, erases them again here: the tombstone kept, the same pseudonym, every
record, text and audit entry that came in scrubbed as on the day of the erasure.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.orm import Session

from forumdesk.services.privacy.audit_values import erase_audit_values
from forumdesk.services.privacy.scrub import forget_index_tokens, scrub
from forumdesk.store.base import Base
from forumdesk.store.models import Erasure, Representative
from forumdesk.store.types import utcnow

_CHUNK = 5000


class ErasuresOnArrival:
    """Made before a merge writes anything; `apply` once it has written all."""

    def __init__(self, ours: Connection, theirs: Connection) -> None:
        tables = Base.metadata.tables
        self.tombstones: dict[uuid.UUID, dict[str, Any]] = {}
        for side in (theirs, ours):  # ours wins where both hold one
            for row in side.execute(select(tables["erasures"])):
                self.tombstones[row.record_id] = dict(row._mapping)
        #: one person (`_person`) -> the names of that person either side still holds
        self.names: dict[tuple[str, int, Any], list[tuple[str, str]]] = {}
        people = tables["representatives"]
        for side in (ours, theirs):
            for row in _rows(side, people, list(self.tombstones)):
                if row.given_name and row.family_name:  # an erased row has no given name
                    pairs = self.names.setdefault(_person(self.tombstones[row.id]), [])
                    pairs += [(row.given_name, row.family_name)]
                    if row.given_name_latin and row.family_name_latin:
                        pairs += [(row.given_name_latin, row.family_name_latin)]

    def apply(self, session: Session) -> set[uuid.UUID]:
        """Erase again each erased person the merge brought back; returns their records."""
        if not self.names:
            return set()
        audited = session.info.get("audit")
        session.info["audit"] = True  # the scrub is this database's own change, audited
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA secure_delete = ON"))
        at = utcnow()
        again: set[uuid.UUID] = set()
        try:
            for person, names in self.names.items():
                ids = [rid for rid, row in self.tombstones.items() if _person(row) == person]
                tombstones = [self._kept(session, self.tombstones[rid]) for rid in ids]
                people = list(
                    session.scalars(select(Representative).where(Representative.id.in_(ids)))
                )
                done = scrub(session, tombstones[0], people, list(names), at)
                session.flush()
                erase_audit_values(session.connection(), done.records, at)
                again.update(ids)
            forget_index_tokens(session)
        finally:
            session.info["audit"] = audited
        return again

    @staticmethod
    def _kept(session: Session, row: dict[str, Any]) -> Erasure:
        """The tombstone here; a copy of theirs if the merge did not bring it."""
        found = session.get(Erasure, row["id"])
        if found is None:
            found = Erasure(
                id=row["id"],
                table_name=row["table_name"],
                record_id=row["record_id"],
                category=row["category"],
                number=row["number"],
                erased_at=row["erased_at"],
            )
            session.add(found)
        return found


def _person(tombstone: dict[str, Any]) -> tuple[str, int, Any]:
    """One person's tombstones (their record's and their merged duplicates') share it."""
    return (tombstone["category"], tombstone["number"], tombstone["erased_at"])


def _rows(connection: Connection, table: Table, ids: list[uuid.UUID]) -> Iterable[Any]:
    for start in range(0, len(ids), _CHUNK):
        yield from connection.execute(
            select(table).where(table.c.id.in_(ids[start : start + _CHUNK]))
        )

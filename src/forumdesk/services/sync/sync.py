"""Merging another ForumDesk database into this one, without losing anything.

Three-way and field by field: from the audit logs (`merge_changes`), each side's
changes since the two last met. A field changed on their side only takes their
value; a field changed on both sides to different values is a conflict: ours stays,
and the conflict is recorded for the user to settle (`merge_conflicts`). Records new
to us come in whole, tombstones included, so deletions travel. Their audit entries
come along, so the next merge (either way) knows what both sides have seen, and
merging the same file again changes nothing.

One transaction: a merge that fails or is killed leaves this database as it was.
A verified backup of the file as it was is written beside the merge, which waits for it
before committing (`backup_aside`). Likely duplicates among the people who came in are
reported, never merged.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.privacy.arrival import ErasuresOnArrival
from forumdesk.services.sync.audit_trust import (
    RegisteredKey,
    chain_heads,
    check_their_entries,
    trusted_keys,
)
from forumdesk.services.sync.backup_aside import BackupAside
from forumdesk.services.sync.changes import (
    FieldChanges,
    Who,
    device_names,
    entries_unknown_to,
    field_changes,
    rows_by_id,
)
from forumdesk.services.sync.forum_scope import ForumScope, scope_of
from forumdesk.services.sync.keys import (
    check_unique,
    park_places,
    renumbered,
    without_twins,
)
from forumdesk.services.sync.references import check_references
from forumdesk.services.sync.source import SyncError, open_other
from forumdesk.services.sync.tables import (
    DuplicateView,
    clashing_badges,
    is_derived,
    likely_duplicates_of,
    record_label,
    refresh_search,
    refresh_sort_keys,
    reindexes,
    renames,
    same_name_organisations,
)
from forumdesk.store.audit import (
    Change,
    append,
    audited_tables,
    insert_received,
    known_sequences,
    plain,
)
from forumdesk.store.base import Base
from forumdesk.store.database import Database
from forumdesk.store.enums import AuditAction
from forumdesk.store.migrate import first_line
from forumdesk.store.models import MergeConflict, MergeRun
from forumdesk.store.types import utcnow

__all__ = [
    "ChangeLine",
    "ConflictView",
    "SyncCancelled",
    "SyncError",
    "SyncResult",
    "sync_from",
]


class SyncCancelled(Exception):
    """The user cancelled; nothing was merged."""


@dataclass(frozen=True)
class ConflictView:
    table: str
    record_id: uuid.UUID
    record: str
    field: str
    ours: Any
    theirs: Any
    ours_by: Who | None
    theirs_by: Who | None

    def as_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "record_id": str(self.record_id),
            "record": self.record,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
            "ours_by": self.ours_by.as_json() if self.ours_by else None,
            "theirs_by": self.theirs_by.as_json() if self.theirs_by else None,
        }


#: How many records a preview lists one by one (the counts cover them all).
LISTED = 1000


@dataclass(frozen=True)
class ChangeLine:
    """One record the merge brings: new, changed (which fields) or deleted."""

    table: str
    record_id: uuid.UUID
    record: str
    action: str  # "new", "changed" or "deleted"
    fields: tuple[str, ...] = ()


@dataclass
class SyncResult:
    other: str
    dry_run: bool
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: list[ConflictView] = field(default_factory=list)
    duplicates: list[DuplicateView] = field(default_factory=list)
    entries: int = 0  # audit entries that came in
    renumbered_badges: list[str] = field(default_factory=list)
    migrated_from: str | None = None
    backup: Path | None = None
    #: The first LISTED records that come in, for the preview.
    lines: list[ChangeLine] = field(default_factory=list)
    #: Devices whose audit key this (first) merge registered.
    registered_keys: list[RegisteredKey] = field(default_factory=list)

    def list_line(self, line: ChangeLine) -> None:
        if len(self.lines) < LISTED:
            self.lines.append(line)

    @property
    def changes(self) -> int:
        return self.inserted + self.updated + self.deleted

    def as_json(self) -> dict[str, Any]:
        return {
            "inserted": self.inserted,
            "updated": self.updated,
            "deleted": self.deleted,
            "conflicts": [c.as_json() for c in self.conflicts],
            "duplicates": [d.as_json() for d in self.duplicates],
            "audit_entries": self.entries,
            "renumbered_badges": self.renumbered_badges,
            "dry_run": self.dry_run,
            "from": self.other,
            "migrated_from": self.migrated_from,
            "backup": str(self.backup) if self.backup else None,
            "registered_keys": [key.as_json() for key in self.registered_keys],
        }


Progress = Callable[[int, int], None]


def sync_from(
    database: Database,
    other: str,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    passphrase: str | None = None,
) -> SyncResult:
    """Merge the database at `other` (encrypted: opened with `passphrase`) into
    `database`, or only say what it would do."""
    with open_other(other, passphrase) as side:
        if side.device_id == database.device_id:
            raise SyncError(_("{location} is this database itself").format(location=side.location))
        result = SyncResult(side.location, dry_run, migrated_from=side.migrated_from)
        context = database.reading() if dry_run else database.unit_of_work()
        try:
            with context as session, side.engine.connect() as theirs:
                backup = None if dry_run else BackupAside(session)
                session.info["audit"] = False  # what comes in is described by their entries
                try:
                    _Sync(session, theirs, database, side.device_id, side.device_name, result).run(
                        progress or (lambda _done, _total: None), cancelled or (lambda: False)
                    )
                except BaseException:
                    if backup is not None:
                        backup.abandon()
                    raise
                if backup is not None:  # no commit without the verified backup
                    result.backup = backup.taken()
        except IntegrityError as error:  # a rule no check above foresaw: still said plainly
            raise SyncError(
                _("the merge would break a rule of the data ({detail}); nothing was merged").format(
                    detail=first_line(error.orig or error)
                )
            ) from error
        return result


class _Sync:
    def __init__(
        self,
        session: Session,
        theirs: Connection,
        database: Database,
        their_device: uuid.UUID | None,
        their_name: str | None,
        result: SyncResult,
    ) -> None:
        self.session = session
        self.ours = session.connection()
        self.theirs = theirs
        self.database = database
        self.their_device = their_device
        self.their_name = their_name
        self.result = result
        #: People and organisations new or renamed (or deleted, or back): what the
        #: registry's search index must look at again, rather than every one touched.
        self.reindexed: dict[str, set[uuid.UUID]] = {}
        forum_id = scope_of(self.ours)
        #: A laptop copy limited to one forum takes that forum's rows only.
        self.scope = ForumScope(self.ours, theirs, forum_id) if forum_id else None

    def run(self, progress: Progress, cancelled: Callable[[], bool]) -> None:
        if self.ours.dialect.name == "sqlite":  # parents and children arrive in one go
            self.ours.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        our_known, their_known = known_sequences(self.ours), known_sequences(self.theirs)
        erasures = ErasuresOnArrival(self.ours, self.theirs)  # before their names are merged
        incoming = entries_unknown_to(self.theirs, their_known, our_known)
        outgoing = entries_unknown_to(self.ours, our_known, their_known)
        # their log must hold before anything of theirs is taken
        keys, self.result.registered_keys = trusted_keys(self.ours, self.theirs, self.result.other)
        check_their_entries(self.ours, self.theirs, incoming, keys, self.result.other)
        names = device_names(self.ours, self.theirs)
        theirs_changed = field_changes(incoming, names)
        ours_changed = field_changes(outgoing, names)
        tables = audited_tables()
        new_people: list[uuid.UUID] = []
        new_organisations: list[uuid.UUID] = []
        touched: dict[str, set[uuid.UUID]] = {}
        changed_ids: dict[str, set[uuid.UUID]] = {}
        for name, rid in theirs_changed:
            changed_ids.setdefault(name, set()).add(rid)
        for done, table in enumerate(tables):
            if cancelled():
                raise SyncCancelled
            ids = changed_ids.get(table.name, set())
            if self.scope is not None and table.name == "representatives":
                ids |= self.scope.people_missing()
            if ids:
                inserted = self._table(table, ids, theirs_changed, ours_changed)
                touched[table.name] = ids
                if table.name == "representatives":
                    new_people = inserted
                elif table.name == "organisations":
                    new_organisations = inserted
            progress(done + 1, len(tables) + 1)
        self._take_entries(incoming, their_known)
        self._take_logins()
        check_references(self.ours, touched)
        refresh_search(self.session, touched | self.reindexed)
        self.result.duplicates = likely_duplicates_of(self.session, new_people)
        self.result.duplicates += same_name_organisations(self.session, new_organisations)
        self.result.entries = len(incoming)
        self._log(our_known, their_known)
        self.session.flush()
        erased = erasures.apply(self.session)
        self.result.conflicts = [c for c in self.result.conflicts if c.record_id not in erased]
        progress(len(tables) + 1, len(tables) + 1)

    # --- one table -----------------------------------------------------------------

    def _table(
        self, table: Table, ids: set[uuid.UUID], theirs: FieldChanges, ours: FieldChanges
    ) -> list[uuid.UUID]:
        their_rows = rows_by_id(self.theirs, table, ids)
        our_rows = rows_by_id(self.ours, table, ids)
        fresh = [row for rid, row in their_rows.items() if rid not in our_rows]
        if self.scope is not None:
            fresh = self.scope.new_rows(table, fresh)
        pending: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for rid, their_row in their_rows.items():
            our_row = our_rows.get(rid)
            if our_row is not None:
                values = self._update(table, our_row, their_row, theirs[(table.name, rid)], ours)
                if values:
                    pending.setdefault(tuple(sorted(values)), []).append(
                        {f"new_{k}": v for k, v in values.items()} | {"row_id": rid}
                    )
        park_places(self.ours, table, pending)
        for columns, params in pending.items():  # one executemany per set of columns
            statement = (
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values({name: bindparam(f"new_{name}") for name in columns})
            )
            self.ours.execute(statement, params)
        # Only the renamed: reading back 10k rows to find their key unchanged cost 0.3 s.
        renamed = [p["row_id"] for cs, ps in pending.items() if renames(table, cs) for p in ps]
        refresh_sort_keys(self.ours, table, renamed)
        if table.name in ("representatives", "organisations"):
            self.reindexed[table.name] = {
                p["row_id"] for cs, ps in pending.items() if reindexes(table, cs) for p in ps
            }
        if table.name == "registrations" and fresh:
            fresh = self._renumber(table, fresh)
        if fresh:
            rows = [dict(row) for row in fresh]
            for row, column, old, new in renumbered(self.ours, table, rows):
                self._audit_change(table, row["id"], column, old, new)
            fresh = without_twins(self.ours, table, rows)
            check_unique(self.ours, table, fresh)
            if fresh:  # (all of them may have been twins)
                self.ours.execute(insert(table), fresh)
            for row in fresh:
                if row["deleted_at"] is None:
                    label = record_label(table, row)
                    self.result.list_line(ChangeLine(table.name, row["id"], label, "new"))
        if table.name in self.reindexed:
            self.reindexed[table.name].update(row["id"] for row in fresh)
        self.result.inserted += sum(1 for row in fresh if row["deleted_at"] is None)
        return [row["id"] for row in fresh if row["deleted_at"] is None]

    def _update(
        self,
        table: Table,
        our_row: Any,
        their_row: Any,
        changed: dict[str, Who],
        ours: FieldChanges,
    ) -> dict[str, Any]:
        """Their values for the fields only they changed (conflicts are noted instead)."""
        mine = ours.get((table.name, our_row["id"]), {})
        values: dict[str, Any] = {}
        for name in changed:
            if name not in table.c or our_row[name] == their_row[name] or is_derived(table, name):
                continue
            if name in mine:
                self._conflict(table, our_row, their_row, name, mine[name], changed[name])
            else:
                values[name] = their_row[name]
        if not values:
            return values
        deleted = our_row["deleted_at"] is None and values.get("deleted_at") is not None
        if deleted:
            self.result.deleted += 1
        else:
            self.result.updated += 1
        fields = tuple(sorted(k for k in values if k != "deleted_at"))
        self.result.list_line(
            ChangeLine(
                table.name,
                our_row["id"],
                record_label(table, our_row),
                "deleted" if deleted else "changed",
                () if deleted else fields,
            )
        )
        return values | {
            "updated_at": their_row["updated_at"],
            "updated_device_id": their_row["updated_device_id"],
            "version": our_row["version"] + 1,
        }

    def _conflict(
        self, table: Table, our_row: Any, their_row: Any, name: str, mine: Who, theirs: Who
    ) -> None:
        view = ConflictView(
            table=table.name,
            record_id=our_row["id"],
            record=record_label(table, our_row),
            field=name,
            ours=plain(our_row[name]),
            theirs=plain(their_row[name]),
            ours_by=mine,
            theirs_by=theirs,
        )
        self.result.conflicts.append(view)

    def _renumber(self, table: Table, fresh: list[Any]) -> list[Any]:
        """A badge number the other laptop also gave: the newcomer takes the next free
        one, and that change is ours (audited), so it travels back."""
        rows = [dict(row) for row in fresh]
        for row, badge in clashing_badges(self.ours, table, rows):
            old, row["badge_number"] = row["badge_number"], badge
            self.result.renumbered_badges.append(f"{old} → {badge}")
            self._audit_change(table, row["id"], "badge_number", old, badge)
        return rows

    def _audit_change(
        self, table: Table, row_id: uuid.UUID, column: str, old: Any, new: Any
    ) -> None:
        """A change the merge itself makes to a newcomer: ours, so it travels back."""
        change = Change(str(table.name), row_id, AuditAction.UPDATE, {column: old}, {column: new})
        append(self.ours, self.database.device_id, self.database.actor, [change])

    # --- what travels with the data ---------------------------------------------------

    def _take_entries(self, incoming: list[Any], their_known: dict[uuid.UUID, int]) -> None:
        """Their audit entries and devices; a copy limited to one forum keeps only its own
        chain (their entries describe everyone), and the merge log says what it has seen."""
        if self.scope is None:
            insert_received(self.ours, (row._mapping for row in incoming))
        devices = Base.metadata.tables["devices"]
        ours = {row.id: row for row in self.ours.execute(select(devices))}
        for row in self.theirs.execute(select(devices)):
            here = ours.get(row.id)
            if here is None:
                values = dict(row._mapping) | {"is_local": False}
                if self.scope:
                    values |= {"audit_sequence": 0, "audit_hash": None}
                self.ours.execute(insert(devices).values(**values))
                continue
            if here.public_key is None and row.public_key is not None:  # its first merge
                self.ours.execute(
                    update(devices).where(devices.c.id == row.id).values(public_key=row.public_key)
                )
            if self.scope is None and (row.audit_sequence or 0) > (here.audit_sequence or 0):
                self.ours.execute(
                    update(devices)
                    .where(devices.c.id == row.id)
                    .values(audit_sequence=row.audit_sequence, audit_hash=row.audit_hash)
                )

    def _take_logins(self) -> None:
        """The logins their history holds as signers: ours now hold their entries too."""
        logins = Base.metadata.tables["recorded_logins"]
        theirs = set(self.theirs.scalars(select(logins.c.name)))
        new = sorted(theirs - set(self.ours.scalars(select(logins.c.name))))
        if new:
            self.ours.execute(insert(logins), [{"name": name} for name in new])

    def _log(self, our_known: dict[uuid.UUID, int], their_known: dict[uuid.UUID, int]) -> None:
        known = {
            str(device): max(our_known.get(device, 0), their_known.get(device, 0))
            for device in {*our_known, *their_known}
        }
        run = MergeRun(
            kind="merge",
            at=utcnow(),
            actor=self.database.actor,
            other_device_id=self.their_device,
            other_device_name=self.their_name,
            other_location=self.result.other,
            known=known,
            heads=chain_heads(self.ours),
            inserted=self.result.inserted,
            updated=self.result.updated,
            deleted=self.result.deleted,
            conflicts=len(self.result.conflicts),
            duplicates=len(self.result.duplicates),
        )
        self.session.add(run)
        self.session.flush()
        for view in self.result.conflicts:
            self.session.add(
                MergeConflict(
                    merge_id=run.id,
                    table_name=view.table,
                    record_id=view.record_id,
                    field=view.field,
                    ours=view.ours,
                    theirs=view.theirs,
                    ours_actor=view.ours_by.actor if view.ours_by else None,
                    ours_device=view.ours_by.device if view.ours_by else None,
                    ours_at=view.ours_by.at if view.ours_by else None,
                    theirs_actor=view.theirs_by.actor if view.theirs_by else None,
                    theirs_device=view.theirs_by.device if view.theirs_by else None,
                    theirs_at=view.theirs_by.at if view.theirs_by else None,
                )
            )

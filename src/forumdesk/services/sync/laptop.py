"""Preparing a laptop: a copy of the office database for registration at a venue.

The copy is a new SQLite file with a device of its own, encrypted with a passphrase of
its own unless the user chose otherwise (it travels; the office stays behind). It may be
limited to one forum: the other forums, their programmes, documents, notes and minutes
stay behind, and so do the people registered only for them (their personal data). The
point the copy was made from (each device's last audit entry) is recorded on both sides,
so the first merge back brings only what the laptop did since.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update

from forumdesk.services.common.messages import _
from forumdesk.services.search.rebuild import rebuild_search_index
from forumdesk.services.sync.forum_scope import BOTH_ENDS, COPIED, SCOPE, forum_people, parent_of
from forumdesk.services.sync.source import SyncError
from forumdesk.store.audit import known_sequences
from forumdesk.store.backup import fsync_path
from forumdesk.store.backup_copies import remove_with_companions
from forumdesk.store.base import Base
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import MergeRun
from forumdesk.store.types import utcnow

#: Local to each database: the copy makes its own.
#: The office's record of a laptop it prepared (the laptop records COPIED).
PREPARED = "prepared"
_NOT_COPIED = frozenset({"devices", "import_mappings", "merge_runs", "merge_conflicts"})
_BATCH = 2000


class LaptopCancelled(Exception):
    """The user cancelled; no file was left behind and the office was not touched."""


@dataclass(frozen=True)
class PreparedLaptop:
    path: Path
    device_id: uuid.UUID
    device_name: str
    forum_id: uuid.UUID | None
    rows: int
    people_left_out: int


def prepare_laptop(
    office: Database,
    target: Path,
    *,
    passphrase: str | None = None,
    forum_id: uuid.UUID | None = None,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PreparedLaptop:
    """Write a laptop's copy of `office` at `target` (a new file), encrypted with
    `passphrase` (the laptop's own; None: in clear, which the user must have chosen).

    The copy is written into a hidden folder beside `target` and renamed into place once
    whole: `target` never holds half a copy, and with a passphrase SQLCipher encrypts
    every page (and its -wal) as it is written, so no clear byte reaches the disk, not
    even from a run killed halfway; the next run removes what that one left.
    `cancelled()` is polled between batches and raises LaptopCancelled: the part-written
    copy is removed, and the office records nothing.
    """
    target = laptop_target(office, target)
    if passphrase is not None and not passphrase:
        raise SyncError(
            _("an empty passphrase would leave the laptop's copy in clear; nothing was written")
        )
    folder = target.with_name(f".{target.name}.preparing")
    shutil.rmtree(folder, ignore_errors=True)  # left by a run that was killed
    folder.mkdir(mode=0o700)
    placed = False
    try:
        prepared, known = _write_copy(
            office, folder / target.name, target, passphrase, forum_id, name, progress, cancelled
        )
        _require_new(target)
        (folder / target.name).replace(target)
        placed = True
        fsync_path(target.parent)
        with office.unit_of_work() as session:
            session.add(
                _prepared(PREPARED, office.actor, prepared.device_id, str(target), known, forum_id)
            )
        return prepared
    except BaseException:
        if placed:
            remove_with_companions(target)
        raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def laptop_target(office: Database, target: Path) -> Path:
    """The real path the laptop's copy may be written at: a new file, never the office,
    a backup or any database; else OutputPathError or SyncError saying why."""
    from forumdesk.services.common.output_files import check_output_path

    target = check_output_path(target, office.path)
    _require_new(target)
    return target


def _require_new(target: Path) -> None:
    if target.exists():
        raise SyncError(
            _("{target} already exists; choose a new file for the laptop").format(target=target)
        )


def _write_copy(
    office: Database,
    partial: Path,
    target: Path,
    passphrase: str | None,
    forum_id: uuid.UUID | None,
    name: str | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[PreparedLaptop, dict[str, int]]:
    """The whole copy at `partial`, closed (its -wal folded in), its device placed at
    `target`, where it is about to be renamed; what the office had (`known`)."""
    laptop, _created = open_database(str(partial), backup=False, create=True, passphrase=passphrase)
    try:
        with office.engine.connect() as source, laptop.engine.begin() as copy:
            if copy.dialect.name == "sqlite":
                copy.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            copied, left_out = _copy(source, copy, forum_id, progress, cancelled)
            known = {str(d): n for d, n in known_sequences(source).items()}
            _devices(source, copy, laptop.device_id, name, with_chains=forum_id is None)
            # The device is the file's at `target`: opened there, it is no copy of a copy.
            devices = Base.metadata.tables["devices"]
            copy.execute(
                update(devices)
                .where(devices.c.id == laptop.device_id)
                .values(location=str(target.resolve()))
            )
        with laptop.unit_of_work() as session:
            session.add(
                _prepared(COPIED, office.actor, office.device_id, office.location, known, forum_id)
            )
            rebuild_search_index(session)
    finally:
        laptop.dispose()
    if Path(f"{partial}-wal").exists():  # pragma: no cover - the last connection folds it in
        raise SyncError(_("the laptop's copy could not be closed; nothing was written"))
    fsync_path(partial)
    device_name = name or str(target)
    prepared = PreparedLaptop(target, laptop.device_id, device_name, forum_id, copied, left_out)
    return prepared, known


def _copy(
    source: Connection,
    copy: Connection,
    forum_id: uuid.UUID | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, int]:
    tables = [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]
    if forum_id is not None:
        tables = [t for t in tables if t.name != "audit_entries"]  # it holds everyone's data
    kept: dict[str, set[Any]] = {}
    people, left_out = forum_people(source, forum_id)
    total = 0
    for done, table in enumerate(tables):
        if cancelled is not None and cancelled():
            raise LaptopCancelled("preparing the laptop was cancelled")
        query = select(table)
        if forum_id is not None:
            query = _scoped(query, table, forum_id, kept, people)
        ids: set[Any] = set()
        batch: list[dict[str, Any]] = []
        for row in source.execute(query):
            batch.append(dict(row._mapping))
            if len(batch) >= _BATCH:
                total += _write(copy, table, batch, ids)
                if cancelled is not None and cancelled():
                    raise LaptopCancelled("preparing the laptop was cancelled")
        total += _write(copy, table, batch, ids)
        kept[table.name] = ids
        if progress is not None:
            progress(done + 1, len(tables))
    return total, left_out


def _write(copy: Connection, table: Table, batch: list[dict[str, Any]], ids: set[Any]) -> int:
    """Insert `batch` (then emptied) and note the ids a child table may be scoped by."""
    if not batch:
        return 0
    copy.execute(insert(table), batch)
    if "id" in table.c:
        ids.update(values["id"] for values in batch)
    written = len(batch)
    batch.clear()
    return written


def _scoped(
    query: Any, table: Table, forum_id: uuid.UUID, kept: dict[str, set[Any]], people: set[Any]
) -> Any:
    if table.name == "forums":
        return query.where(table.c.id == forum_id)
    column = SCOPE.get(table.name)
    if column is not None:
        parent = next(iter(table.c[column].foreign_keys)).column.table.name
        return query.where(table.c[column].in_(kept.get(parent, set())))
    for end in BOTH_ENDS.get(table.name, ()):
        query = query.where(table.c[end].in_(kept.get(parent_of(table, end).name, set())))
    if table.name in BOTH_ENDS:
        return query
    if table.name == "representatives":
        return query.where(table.c.id.in_(people))
    if table.name == "duplicate_dismissals":
        return query.where(table.c.first_id.in_(people), table.c.second_id.in_(people))
    if table.name == "registry_imports":
        # An import record keeps the earlier values of the people it updated: only the
        # forum's own imports go to its laptop, never another forum's people.
        return query.where(table.c.forum_id == forum_id)
    return query


def _devices(
    source: Connection,
    copy: Connection,
    laptop_device: uuid.UUID,
    name: str | None,
    *,
    with_chains: bool,
) -> None:
    devices = Base.metadata.tables["devices"]
    for row in source.execute(select(devices)):
        values = dict(row._mapping) | {"is_local": False}
        if not with_chains:  # the entries stayed behind: the copy holds none of them
            values |= {"audit_sequence": 0, "audit_hash": None}
        copy.execute(insert(devices).values(**values))
    if name:
        copy.execute(update(devices).where(devices.c.id == laptop_device).values(name=name))


def _prepared(
    kind: str,
    actor: str,
    other_device: uuid.UUID,
    other_location: str,
    known: dict[str, int],
    forum_id: uuid.UUID | None,
) -> MergeRun:
    return MergeRun(
        kind=kind,
        at=utcnow(),
        actor=actor,
        other_device_id=other_device,
        other_location=other_location,
        known=known,
        forum_id=forum_id,
    )

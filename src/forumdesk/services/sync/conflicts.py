"""The conflicts merges put to the user: a field changed on both sides to different
values. Ours stayed until the user decides; taking theirs is an ordinary, audited
change made here, so it reaches the other side at the next merge."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Time, Uuid, select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import last_change
from forumdesk.services.common.messages import _
from forumdesk.services.registry.text import record_sort_key
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.services.sync.tables import DERIVED
from forumdesk.store.audit import plain
from forumdesk.store.base import Base
from forumdesk.store.models import MergeConflict, MergeRun
from forumdesk.store.types import utcnow

OURS, THEIRS = "ours", "theirs"


class ConflictError(ValueError):
    """A conflict that cannot be settled as asked; the message says why."""


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    merged_at: datetime
    merged_from: str
    table: str
    record_id: uuid.UUID
    record: str
    field: str
    ours: Any
    theirs: Any
    ours_by: str  # "actor on device, at" — already worded for a list
    theirs_by: str
    ours_actor: str | None
    ours_device: str | None
    ours_at: datetime | None
    theirs_actor: str | None
    theirs_device: str | None
    theirs_at: datetime | None
    resolution: str | None
    resolved_by: str | None
    resolved_at: datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "table": self.table,
            "record_id": str(self.record_id),
            "record": self.record,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
            "ours_by": {"actor": self.ours_actor, "device": self.ours_device,
                        "at": self.ours_at.isoformat() if self.ours_at else None},
            "theirs_by": {"actor": self.theirs_actor, "device": self.theirs_device,
                          "at": self.theirs_at.isoformat() if self.theirs_at else None},
            "resolution": self.resolution,
        }  # fmt: skip


def conflicts(session: Session, *, settled: bool = False) -> list[ConflictRow]:
    """The conflicts still open (or, with `settled`, all of them), newest merge first."""
    query = (
        select(MergeConflict, MergeRun)
        .join(MergeRun, MergeRun.id == MergeConflict.merge_id)
        .order_by(MergeRun.at.desc(), MergeConflict.table_name, MergeConflict.field)
    )
    if not settled:
        query = query.where(MergeConflict.resolution.is_(None))
    rows = []
    for conflict, run in session.execute(query).all():
        rows.append(
            ConflictRow(
                id=conflict.id,
                merged_at=run.at,
                merged_from=run.other_device_name or run.other_location or "",
                table=conflict.table_name,
                record_id=conflict.record_id,
                record=_label(session, conflict.table_name, conflict.record_id),
                field=conflict.field,
                ours=conflict.ours,
                theirs=conflict.theirs,
                ours_by=_by(conflict.ours_actor, conflict.ours_device),
                theirs_by=_by(conflict.theirs_actor, conflict.theirs_device),
                ours_actor=conflict.ours_actor,
                ours_device=conflict.ours_device,
                ours_at=conflict.ours_at,
                theirs_actor=conflict.theirs_actor,
                theirs_device=conflict.theirs_device,
                theirs_at=conflict.theirs_at,
                resolution=conflict.resolution,
                resolved_by=conflict.resolved_by,
                resolved_at=conflict.resolved_at,
            )
        )
    return rows


def resolve_conflict(session: Session, conflict_id: uuid.UUID, take: str, by: str) -> None:
    """Settle one conflict: keep our value, or take theirs (written as our own edit)."""
    if take not in (OURS, THEIRS):
        raise ConflictError(
            _("take {ours!r} or {theirs!r}, not {take!r}").format(
                ours=OURS, theirs=THEIRS, take=take
            )
        )
    conflict = session.get(MergeConflict, conflict_id)
    if conflict is None:
        raise ConflictError(_("there is no conflict {conflict_id}").format(conflict_id=conflict_id))
    if conflict.resolution is not None:
        raise ConflictError(
            _("that conflict was already settled ({resolution}) by {name}").format(
                resolution=conflict.resolution, name=conflict.resolved_by or _("someone")
            )
        )
    if take == THEIRS:
        record, key, value = _target(session, conflict)
        now = plain(getattr(record, key))
        if now != conflict.ours and now != conflict.theirs:
            # Edited again since the merge: theirs would silently undo that edit.
            actor, at, _device = last_change(session, [record.id], conflict.field)
            by = _(" by {name}").format(name=actor) if actor else ""
            when = _(" on {moment} UTC").format(moment=f"{at:%Y-%m-%d %H:%M}") if at else ""
            raise ConflictError(
                _(
                    "{field} was changed since the merge{by}{when}; taking theirs would overwrite "
                    "that change: keep ours, or edit the record"
                ).format(field=conflict.field, by=by, when=when)
            )
        setattr(record, key, value)
        if conflict.table_name in DERIVED:  # the key follows the names taken
            record.sort_key = record_sort_key(conflict.table_name, record)
            refresh_registry_index(session, [record.id])  # and the names' search entry
    conflict.resolution, conflict.resolved_by, conflict.resolved_at = take, by, utcnow()
    session.flush()


def _target(session: Session, conflict: MergeConflict) -> tuple[Any, str, Any]:
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if getattr(table, "name", None) != conflict.table_name:
            continue
        record = session.get(mapper.class_, conflict.record_id)
        if record is None:
            raise ConflictError(
                _("the {table_name} record is no longer here").format(
                    table_name=conflict.table_name
                )
            )
        column = table.c[conflict.field]
        key = mapper.get_property_by_column(column).key
        return record, key, _python(column.type, conflict.theirs)
    raise ConflictError(
        _("no table {table_name!r} in this version of ForumDesk").format(
            table_name=conflict.table_name
        )
    )


def _python(kind: Any, value: Any) -> Any:
    """A value as the audit wrote it (JSON) back into the column's own type."""
    if value is None:
        return None
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, Date) and not isinstance(kind, DateTime):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, DateTime) or getattr(kind, "impl", None).__class__ is DateTime:
        return datetime.fromisoformat(value)
    return value


def _by(actor: str | None, device: str | None) -> str:
    if actor and device:
        return f"{actor} ({device})"
    return actor or device or ""


def _label(session: Session, table_name: str, record_id: uuid.UUID) -> str:
    from forumdesk.services.sync.tables import record_label

    table = Base.metadata.tables.get(table_name)
    if table is None:
        return str(record_id)
    row = session.execute(select(table).where(table.c.id == record_id)).first()
    return record_label(table, row._mapping) if row is not None else str(record_id)

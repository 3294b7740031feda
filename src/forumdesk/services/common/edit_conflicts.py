"""No lost update: an edit carries what its form was read with, and a save over a newer
version is merged field by field or refused with both values.

A form reads a record (its `version` and its values), the user edits for minutes, and
the save loads the record afresh. The save compares three values of every field: the
one the form was read with, the one stored now, and the one the user wants.

- a field only the other side changed keeps theirs;
- a field only this user changed is saved;
- a field both changed to different values is a conflict: nothing is written, and
  `EditConflict` carries, field by field, the three values and who stored theirs
  (the audit log: person, device, time). The form shows them to choose from and
  submits again, read at the newer version (`EditConflict.resubmit`).

The row's `version` column (SQLAlchemy's `version_id_col`) still guards the instant
between this read and the write: the row is read `FOR UPDATE` on PostgreSQL, and on
SQLite a writer that committed in between makes the write fail, never overwrite.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.field_names import field_name
from forumdesk.services.common.messages import N_, _
from forumdesk.store.models import AuditEntry, Device

T = TypeVar("T")

__all__ = [
    "EditConflict",
    "FieldConflict",
    "OneValue",
    "ReadAt",
    "merged_set",
    "reconcile",
    "three_way",
    "value_to_write",
]


@dataclass(frozen=True)
class ReadAt(Generic[T]):
    """What an edit was read with: the row's `version` then (None: not known, say for
    an undo, which always compares the values) and the values the form showed."""

    version: int | None
    values: T


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed, to different values."""

    field: str  # the input's field, e.g. "country"
    column: str  # the stored column, e.g. "country_code" (what the history names)
    read: Any  # the value the form was read with
    stored: Any  # the value stored now
    wanted: Any  # the value this user wants
    changed_by: str | None = None  # who stored theirs, per the audit log
    changed_at: datetime | None = None
    device: str | None = None


class EditConflict(ValueError):
    """A save over a newer version that changed some of the same fields.

    Nothing was written. `stored` holds the values now stored (read at `version`),
    `merged` the user's values with every field that is no conflict already settled
    (theirs where only they changed it); `conflicts` the fields to choose for.
    """

    def __init__(
        self,
        table: str,
        record_id: uuid.UUID,
        version: int,
        stored: Any,
        merged: Any,
        conflicts: Sequence[FieldConflict],
        *,
        follows: Mapping[str, str] | None = None,
    ) -> None:
        self.table = table
        self.record_id = record_id
        self.version = version
        self.stored = stored
        self.merged = merged
        self.conflicts = tuple(conflicts)
        self.follows = dict(follows or {})
        super().__init__(self.message())

    def message(self) -> str:
        """One line: the record was changed meanwhile, which fields, by whom."""
        fields = ", ".join(_words(c.field) for c in self.conflicts)
        people = sorted({c.changed_by for c in self.conflicts if c.changed_by})
        said = _KINDS.get(self.table, _RECORD)[1 if people else 0]
        return _(said).format(fields=fields, people=", ".join(people))

    def resubmit(self, take_theirs: Sequence[str] = ()) -> tuple[ReadAt[Any], Any]:
        """The edit to submit once the user has chosen: read at the stored version,
        wanting `merged` with the fields named in `take_theirs` set to the stored value."""
        known = {c.field for c in self.conflicts}
        taken = {f for f in take_theirs if f in known}
        taken |= {follower for follower, leader in self.follows.items() if leader in taken}
        chosen = {f: getattr(self.stored, f) for f in taken}
        return ReadAt(self.version, self.stored), dataclasses.replace(self.merged, **chosen)


def _words(field: str) -> str:
    """ "country_code" -> "country", "body_text" -> "text": a field in plain words, in the
    user's language when it names the field."""
    for suffix in ("_id", "_code", "_ids"):
        field = field.removesuffix(suffix)
    field = field.removeprefix("body_")
    named = field_name(field)
    return named if named != field else field.replace("_", " ")


# A whole sentence per kind of record, so that each language can agree its words.
_RECORD = (
    N_("this record was changed since it was read ({fields}); nothing was saved"),
    N_("this record was changed by {people} since it was read ({fields}); nothing was saved"),
)
_KINDS = {
    "organisations": (
        N_("this organisation was changed since it was read ({fields}); nothing was saved"),
        N_(
            "this organisation was changed by {people} since it was read ({fields}); "
            "nothing was saved"
        ),
    ),
    "representatives": (
        N_("this person was changed since it was read ({fields}); nothing was saved"),
        N_("this person was changed by {people} since it was read ({fields}); nothing was saved"),
    ),
    "segments": (
        N_("this segment was changed since it was read ({fields}); nothing was saved"),
        N_("this segment was changed by {people} since it was read ({fields}); nothing was saved"),
    ),
    "notes": (
        N_("this note was changed since it was read ({fields}); nothing was saved"),
        N_("this note was changed by {people} since it was read ({fields}); nothing was saved"),
    ),
    "interventions": (
        N_("this speaker was changed since it was read ({fields}); nothing was saved"),
        N_("this speaker was changed by {people} since it was read ({fields}); nothing was saved"),
    ),
    "minutes_versions": (
        N_("this minutes version was changed since it was read ({fields}); nothing was saved"),
        N_(
            "this minutes version was changed by {people} since it was read ({fields}); "
            "nothing was saved"
        ),
    ),
}


def three_way(
    read: T,
    stored: T,
    wanted: T,
    *,
    follows: Mapping[str, str] | None = None,
    same: Mapping[str, Callable[[Any, Any], bool]] | None = None,
) -> tuple[T, tuple[str, ...]]:
    """(merged values, the fields both sides changed to different values).

    Every argument is the same dataclass; merged takes theirs where only they changed
    a field, and the wanted value everywhere else (conflicting fields included).
    `follows` names fields that go with another, never compared on their own (a note's
    HTML with its text): they come from the side their leader's value came from.
    `same` gives a field its own equality (tags that differ only by order).
    """
    follows = follows or {}
    same = same or {}
    merged: dict[str, Any] = {}
    theirs_taken: set[str] = set()
    clashes: list[str] = []
    for item in dataclasses.fields(wanted):  # type: ignore[arg-type]
        if item.name in follows:
            continue
        equal = same.get(item.name, _equal)
        base = getattr(read, item.name)
        theirs = getattr(stored, item.name)
        mine = getattr(wanted, item.name)
        if equal(mine, base) or equal(mine, theirs):
            merged[item.name] = theirs
            theirs_taken.add(item.name)
        elif equal(theirs, base):
            merged[item.name] = mine
        else:
            merged[item.name] = mine
            clashes.append(item.name)
    for follower, leader in follows.items():
        side = stored if leader in theirs_taken else wanted
        merged[follower] = getattr(side, follower)
    return dataclasses.replace(wanted, **merged), tuple(clashes)  # type: ignore[type-var]


def _equal(a: Any, b: Any) -> bool:
    return bool(a == b)


def merged_set(
    read: Iterable[T], stored: Iterable[T], wanted: Iterable[T], key: Callable[[T], Hashable]
) -> tuple[T, ...]:
    """`stored` with what this user added since `read` and without what they removed."""
    base = {key(item) for item in read}
    mine = {key(item): item for item in wanted}
    result = [item for item in stored if not (key(item) in base and key(item) not in mine)]
    kept = {key(item) for item in result}
    result += [item for k, item in mine.items() if k not in base and k not in kept]
    return tuple(result)


#: Where the audit log records a field: the records to look in, and the column (None:
#: any change of those records, say the rows of a segment's roles).
Source = tuple[Sequence[uuid.UUID], str | None]


def reconcile(
    session: Session,
    *,
    table: str,
    record_id: uuid.UUID,
    version: int,
    read: ReadAt[T] | None,
    stored: Callable[[], T],
    wanted: T,
    columns: Mapping[str, str] | None = None,
    sources: Mapping[str, Source] | None = None,
    whole_row: bool = True,
    follows: Mapping[str, str] | None = None,
    same: Mapping[str, Callable[[Any, Any], bool]] | None = None,
) -> T:
    """The values to write for an edit of the row now at `version`.

    `read` None: an edit that read nothing (an import, a script): `wanted` as is.
    The same version as read, for values that live in the row alone (`whole_row`):
    nobody wrote in between, `wanted` as is. Otherwise the three-way merge of
    `read.values`, `stored()` and `wanted` (all in the stored form, so that a phone
    typed with spaces equals the one stored without); EditConflict if both sides
    changed a field. `columns` maps an input field to its column where they differ;
    `sources` says where the audit log keeps the changes of a field that is not a
    column of this row. `whole_row` False: values that live in other rows too (a
    note's links), which the row's version does not count, so they are always compared.
    `follows` and `same`: as for `three_way`.
    """
    if read is None or (whole_row and read.version == version):
        return wanted
    now = stored()
    merged, clashes = three_way(read.values, now, wanted, follows=follows, same=same)
    if not clashes:
        return merged
    columns = columns or {}
    sources = sources or {}
    conflicts = []
    for name in clashes:
        column = columns.get(name, name)
        ids, audited = sources.get(name, ((record_id,), column))
        actor, at, device = last_change(session, ids, audited)
        conflicts.append(
            FieldConflict(
                field=name,
                column=column,
                read=getattr(read.values, name),
                stored=getattr(now, name),
                wanted=getattr(wanted, name),
                changed_by=actor,
                changed_at=at,
                device=device,
            )
        )
    raise EditConflict(table, record_id, version, now, merged, conflicts, follows=follows)


@dataclass(frozen=True)
class OneValue(Generic[T]):
    """A single field edited on its own (a speaker's time): what `reconcile` merges."""

    value: T


def value_to_write(session: Session, row: Any, column: str, read: T, wanted: T) -> T:
    """One column of `row` edited on its own: `wanted`, unless someone stored another
    value than the one `read` (EditConflict); the stored one if `wanted` is `read`."""
    stored: T = getattr(row, column)
    return reconcile(
        session,
        table=row.__tablename__,
        record_id=row.id,
        version=row.version,
        read=ReadAt(None, OneValue(read)),
        stored=lambda: OneValue(stored),
        wanted=OneValue(wanted),
        columns={"value": column},
    ).value


def last_change(
    session: Session, record_ids: Sequence[uuid.UUID], column: str | None
) -> tuple[str | None, datetime | None, str | None]:
    """(who, when, on which device) last changed `column` of these records (any column
    when None), as the audit log says; Nones when it says nothing."""
    if not record_ids:
        return None, None, None
    rows = session.execute(
        select(AuditEntry.actor, AuditEntry.at, AuditEntry.after, Device.name)
        .outerjoin(Device, Device.id == AuditEntry.device_id)
        .where(AuditEntry.record_id.in_(list(record_ids)))
        .order_by(AuditEntry.at.desc(), AuditEntry.sequence.desc())
    )
    for actor, at, after, device in rows:
        if column is None or (after is not None and column in after):
            return actor, at, device
    return None, None, None


def locked(session: Session, model: type[T], ident: uuid.UUID) -> T | None:
    """The row as stored now, read afresh, locked until the transaction ends where the
    database can (PostgreSQL: FOR UPDATE; SQLite's single writer needs no row lock)."""
    return session.get(model, ident, with_for_update=True, populate_existing=True)

"""The registry's imports: listed, undone as a whole, and redone (the GUI's Edit → Redo).

An undo tombstones every row the import created (registrations, people, organisations:
found by their `import_id`) and puts back the fields it updated on people already
listed, in the caller's one transaction, after a backup of the file. Tombstones, not
deletions: the undo travels through a merge like any deletion, and a redo brings back
the very same rows (badge numbers already printed stay valid).

It refuses, naming what stands in the way, when the import was undone already, when
a row it created or a person it updated was edited since (an accreditation, a
correction, an organisation's phone), or when later work refers to a person it
created (a speakers-list turn, another registration: see `registry_import_refs`):
taking the import back would silently take that work back too. An organisation it
created that someone else has joined, or later work names, is kept, and said so.

Each undo and redo bumps the versions of the rows it touches; the record keeps the
versions that follow (people updated: in their entry; created rows: 1 + 2 * cycles,
with the exceptions under `BOOK`), so the next undo or redo can tell a row edited since
from one only touched by the undo, and a redo refuses to overwrite such an edit.

The tombstones are written with Core for speed (an import can create 100k people),
with their audit entries written alongside (`audit.append`), as the flush hook would.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, or_, select, update
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, ngettext
from forumdesk.services.registry.import_.encoding import shown
from forumdesk.services.registry.import_.listed import BOOK
from forumdesk.services.registry.import_.refs import outside_reference, referenced_organisations
from forumdesk.services.registry.text import RegistryError
from forumdesk.store.audit import Change, append, plain
from forumdesk.store.backup import backup_before
from forumdesk.store.enums import AuditAction, Gender
from forumdesk.store.models import (
    Organisation,
    Registration,
    RegistryImport,
    Representative,
)
from forumdesk.store.types import utcnow

_CHUNK = 500


@dataclass(frozen=True)
class ImportSummary:
    id: uuid.UUID
    file_name: str
    file_sha256: str
    imported_by: str
    imported_at: datetime
    forum_id: uuid.UUID | None
    counts: dict[str, int]
    undone_at: datetime | None
    undone_by: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "file_name": self.file_name,
            "file_sha256": self.file_sha256,
            "imported_by": self.imported_by,
            "imported_at": plain(self.imported_at),
            "forum_id": str(self.forum_id) if self.forum_id else None,
            "counts": self.counts,
            "undone_at": plain(self.undone_at),
            "undone_by": self.undone_by,
        }


@dataclass(frozen=True)
class UndoResult:
    import_id: uuid.UUID
    file_name: str
    organisations: int
    representatives: int
    registrations: int
    restored: int  # people whose updated fields were put back
    kept_organisations: int  # created by the import, joined by others since


def list_imports(session: Session) -> list[ImportSummary]:
    """Every import recorded, newest first."""
    records = session.scalars(
        select(RegistryImport)
        .where(RegistryImport.deleted_at.is_(None))
        .order_by(RegistryImport.imported_at.desc())
    )
    return [
        ImportSummary(
            r.id,
            r.file_name,
            r.file_sha256,
            r.imported_by,
            r.imported_at,
            r.forum_id,
            {str(k): int(v) for k, v in (r.counts or {}).items()},
            r.undone_at,
            r.undone_by,
        )
        for r in records
    ]


def find_import(session: Session, text: str) -> RegistryImport:
    """The import with this id (or an unambiguous start of it, as `imports` prints it)."""
    typed, text = text, text.strip().lower()
    try:
        record = session.get(RegistryImport, uuid.UUID(text))
    except ValueError:
        record = None
        if len(text) >= 4 and all(c in "0123456789abcdef-" for c in text):
            found = [
                r
                for r in session.scalars(select(RegistryImport))
                if str(r.id).startswith(text) or r.id.hex.startswith(text.replace("-", ""))
            ]
            record = found[0] if len(found) == 1 else None
    if record is None or record.deleted_at is not None:
        raise RegistryError(
            "import",
            _("there is no import {typed} (see `registry imports`)").format(
                typed=shown(typed)[:60]
            ),
        )
    return record


def _created(session: Session, table: Table, import_id: uuid.UUID) -> list[tuple[Any, int]]:
    """(id, version) of the live rows the import created in `table`."""
    query = select(table.c.id, table.c.version).where(
        table.c.import_id == import_id, table.c.deleted_at.is_(None)
    )
    return [(row.id, row.version) for row in session.execute(query)]


def _people(updated: dict[str, Any]) -> dict[str, Any]:
    """The record's entries for the people it updated (without its bookkeeping)."""
    return {key: entry for key, entry in updated.items() if key != BOOK}


def _book(updated: dict[str, Any]) -> tuple[int, dict[str, int]]:
    """(undo-redo cycles done, versions expected of the rows that do not follow them)."""
    book = updated.get(BOOK) or {}
    versions = {str(k): int(v) for k, v in (book.get("versions") or {}).items()}
    return int(book.get("cycles") or 0), versions


def _versions(session: Session, keys: list[str]) -> dict[str, int]:
    """The current versions of these people."""
    found: dict[str, int] = {}
    ids = [uuid.UUID(key) for key in keys]
    for start in range(0, len(ids), _CHUNK):
        query = select(Representative.id, Representative.version).where(
            Representative.id.in_(ids[start : start + _CHUNK])
        )
        found |= {str(ident): version for ident, version in session.execute(query)}
    return found


def _label(session: Session, person_id: Any) -> str:
    person = session.get(Representative, person_id)
    if person is None:
        return str(person_id)
    return f"{person.family_name.upper()}, {person.given_name}".strip(", ")


def undo_import(session: Session, import_id: uuid.UUID, *, by: str) -> UndoResult:
    """Take the import back as a whole; RegistryError (one line) if it cannot be."""
    record = _undoable(session, import_id)
    name = record.file_name
    updated = dict(record.updated or {})
    people = _people(updated)
    cycles, expected = _book(updated)
    created = {t.name: _created(session, t, import_id) for t in _created_tables()}
    _refuse_edited(session, name, created, people, expected, cycles)
    referred = outside_reference(session, import_id)
    if referred is not None:
        raise RegistryError(
            "import",
            _("{referred}; the import of {name} created them, so nothing was undone").format(
                referred=referred, name=name
            ),
        )
    backup_before(session, "undo-import")
    now = utcnow()
    # The updated people first: one moved into an organisation the import created
    # goes back, and that organisation is then free to go too.
    after = _put_back(session, people)
    session.flush()
    kept = _joined_since(session, import_id, [i for i, _ in created["organisations"]])
    kept |= referenced_organisations(session, import_id)
    for ident, version in created["organisations"]:
        if ident in kept:  # not tombstoned: its version stays as it is
            expected[str(ident)] = version
    created["organisations"] = [(i, v) for i, v in created["organisations"] if i not in kept]
    for table in _created_tables():
        ids = [ident for ident, _ in created[table.name]]
        _tombstone(session, table, ids, now)
        _bump(expected, ids)
    session.expire_all()  # the ORM's copies of those rows are stale now
    reread = session.get(RegistryImport, import_id)
    assert reread is not None
    record = reread
    versions = _versions(session, list(people))
    record.updated = {
        **{
            k: {**v, "version": versions.get(k, v.get("version")), "after": after.get(k, {})}
            for k, v in people.items()
        },
        BOOK: {"cycles": cycles, "versions": expected},
    }
    record.undone_at = now
    record.undone_by = by[:200]
    session.flush()
    return UndoResult(
        import_id,
        name,
        len(created["organisations"]),
        len(created["representatives"]),
        len(created["registrations"]),
        len(after),
        len(kept),
    )


def _created_tables() -> list[Table]:
    """The tables an import creates rows in, in the order an undo tombstones them."""
    return [
        Registration.__table__,  # type: ignore[list-item]
        Representative.__table__,  # type: ignore[list-item]
        Organisation.__table__,  # type: ignore[list-item]
    ]


def _undoable(session: Session, import_id: uuid.UUID) -> RegistryImport:
    """The import's record, refused when there is none or it was undone already."""
    record = session.get(RegistryImport, import_id)
    if record is None or record.deleted_at is not None:
        raise RegistryError(
            "import", _("there is no import {import_id}").format(import_id=import_id)
        )
    if record.undone_at is not None:
        when = record.undone_at.strftime("%Y-%m-%d %H:%M")
        raise RegistryError(
            "import",
            _("the import of {file_name} was undone already ({when}, {undone_by})").format(
                file_name=record.file_name, when=when, undone_by=record.undone_by
            ),
        )
    return record


def _refuse_edited(
    session: Session,
    name: str,
    created: dict[str, list[tuple[Any, int]]],
    people: dict[str, Any],
    expected: dict[str, int],
    cycles: int,
) -> None:
    """RegistryError when a row the import created or a person it updated was edited since."""
    usual = 1 + 2 * cycles  # a created row's version when only undo and redo touched it

    def changed(rows: list[tuple[Any, int]]) -> list[Any]:
        return [ident for ident, version in rows if version > expected.get(str(ident), usual)]

    edited_organisations = changed(created["organisations"])
    if edited_organisations:
        organisation = session.get(Organisation, edited_organisations[0])
        label = organisation.name if organisation else str(edited_organisations[0])
        raise RegistryError(
            "import",
            _(
                "{label}, an organisation the import of {name} created, was edited since; undo "
                "refused, nothing was changed"
            ).format(label=label, name=name),
        )
    edited = changed(created["representatives"])
    if edited:
        raise RegistryError(
            "import",
            ngettext(
                "{count} person the import of {name} created was edited since ({person}); "
                "undo refused, nothing was changed",
                "{count} people the import of {name} created were edited since (such as "
                "{person}); undo refused, nothing was changed",
                len(edited),
            ).format(count=len(edited), name=name, person=_label(session, edited[0])),
        )
    decided = changed(created["registrations"])
    if decided:
        raise RegistryError(
            "import",
            ngettext(
                "{count} registration the import of {name} created was changed since "
                "(accredited or given a badge); undo refused, nothing was changed",
                "{count} registrations the import of {name} created were changed since "
                "(accredited or given a badge); undo refused, nothing was changed",
                len(decided),
            ).format(count=len(decided), name=name),
        )
    for key, entry in people.items():
        person = session.get(Representative, uuid.UUID(key))
        if person is not None and person.version != entry.get("version"):
            raise RegistryError(
                "import",
                _(
                    "{person}, updated by the import of {name}, was edited since; undo refused, "
                    "nothing was changed"
                ).format(person=_label(session, person.id), name=name),
            )


def _put_back(session: Session, people: dict[str, Any]) -> dict[str, Any]:
    """The fields the import updated get their values from before it; returns the
    import's values, which a redo sets again."""
    after: dict[str, Any] = {}
    for key, entry in people.items():
        person = session.get(Representative, uuid.UUID(key))
        if person is None:
            continue
        after[key] = {field: plain(getattr(person, field)) for field in entry["before"]}
        for field, value in entry["before"].items():
            setattr(person, field, _value(field, value))
    return after


def redo_import(session: Session, import_id: uuid.UUID) -> None:
    """Bring back what `undo_import` took back: the same rows, the import's values."""
    record = session.get(RegistryImport, import_id)
    if record is None or record.undone_at is None:
        return
    undone, name = record.undone_at, record.file_name
    updated = dict(record.updated or {})
    people = _people(updated)
    cycles, expected = _book(updated)
    # An updated person edited while the import was undone keeps that edit: refused.
    for key, entry in people.items():
        person = session.get(Representative, uuid.UUID(key))
        if person is not None and person.version != entry.get("version"):
            raise RegistryError(
                "import",
                _(
                    "{person}, updated by the import of {name}, was edited since it was undone; "
                    "redo "
                    "refused, nothing was changed"
                ).format(person=_label(session, person.id), name=name),
            )
    for model in (Organisation, Representative, Registration):
        table: Table = model.__table__  # type: ignore[assignment]
        query = select(table.c.id).where(
            table.c.import_id == import_id, table.c.deleted_at == undone
        )
        ids = list(session.execute(query).scalars())
        _tombstone(session, table, ids, None, undone)
        _bump(expected, ids)
    session.expire_all()
    for key, entry in people.items():
        person = session.get(Representative, uuid.UUID(key))
        if person is not None:
            for field, value in entry.get("after", {}).items():
                setattr(person, field, _value(field, value))
    session.flush()
    record = session.get(RegistryImport, import_id)
    assert record is not None
    versions = _versions(session, list(people))
    record.updated = {
        **{k: {**v, "version": versions.get(k, v.get("version"))} for k, v in people.items()},
        BOOK: {"cycles": cycles + 1, "versions": expected},
    }
    record.undone_at = None
    record.undone_by = None
    session.flush()


def _bump(expected: dict[str, int], ids: list[Any]) -> None:
    """The rows among the exceptions that an undo or redo just touched: one version on."""
    for ident in ids:
        key = str(ident)
        if key in expected:
            expected[key] += 1


def _joined_since(session: Session, import_id: uuid.UUID, organisations: list[Any]) -> set[Any]:
    """Organisations among these that live people from elsewhere belong to."""
    people = Representative.__table__
    joined: set[Any] = set()
    for start in range(0, len(organisations), _CHUNK):
        chunk = organisations[start : start + _CHUNK]
        query = select(people.c.organisation_id).where(
            people.c.organisation_id.in_(chunk),
            people.c.deleted_at.is_(None),
            or_(people.c.import_id.is_(None), people.c.import_id != import_id),
        )
        joined |= set(session.execute(query).scalars())
    return joined


def _tombstone(
    session: Session,
    table: Table,
    ids: list[Any],
    when: datetime | None,
    was: datetime | None = None,
) -> None:
    """Set `when` as the rows' tombstone (None: clear the tombstone `was`), bump their
    version, and audit it."""
    if not ids:
        return
    device = session.info.get("device_id")
    now = utcnow()
    statement = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            deleted_at=when,
            updated_at=now,
            updated_device_id=device,
            version=table.c.version + 1,
        )
    )
    connection = session.connection()
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        connection.execute(statement, [{"row_id": ident} for ident in chunk])
    if device is None or session.info.get("audit") is False:
        return
    action = AuditAction.DELETE if when is not None else AuditAction.UPDATE
    before, after = plain(was), plain(when)
    changes = [
        Change(str(table.name), ident, action, {"deleted_at": before}, {"deleted_at": after})
        for ident in ids
    ]
    append(connection, device, session.info.get("actor") or "", changes, now)


def _value(field: str, value: Any) -> Any:
    """A before-value kept as JSON, back to the column's type."""
    if value is None:
        return None
    if field == "gender":
        return Gender(value)
    if field == "organisation_id":
        return uuid.UUID(str(value))
    return value

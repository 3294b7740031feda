"""Re-imports: the people already listed, what a row matching one of them does, and the
record of each import (`registry_imports`) that makes it undoable.

A row that matches a listed person exactly (the same name, organisation and email, as
the registry normalises them: the Latin sort key, the organisation's record, the email
casefolded) is skipped and reported as "already listed". A row that only looks like a
listed person (a likely duplicate) follows the import's `LikelyPolicy`:

- `skip` (the default): nothing is written, the row is reported with its match, so a
  list sent twice, or again with a few spellings fixed, adds nobody twice;
- `update`: the listed person takes the row's filled fields that are empty or
  different on the record (title, gender, function, languages, email, phone, notes,
  organisation; never the names, which are the registrar's spelling); the values
  replaced are kept on the import record for its undo;
- `new`: the row is imported as a new person, as before, and the match reported.

Either way, with a forum given, a matched person not yet registered to it is registered;
one whose registration was withdrawn (tombstoned: an undone import, a cancellation) has
that registration revived, and the import records it so its own undo withdraws it again.

Placeholder names ("Participant 00012", "TBC") are seats, not people: two "TBC" rows
of one file are two seats, so rows never match each other; each listed placeholder
matches one row at most, so a list sent twice still adds nobody.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.registry.import_.digests import DigestIndex, digest
from forumdesk.services.registry.import_.row_log import json_text
from forumdesk.services.registry.people import sort_key
from forumdesk.store.audit import plain
from forumdesk.store.enums import Gender
from forumdesk.store.models import Registration, RegistryImport, Representative
from forumdesk.store.types import utcnow


class LikelyPolicy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


#: The key, in an import record's `updated` JSON, of its undo bookkeeping (not a person):
#: {"cycles": undo-redo cycles done, "versions": {row id: version expected when live}}
#: for the rows whose version does not follow the usual 1 + 2 * cycles.
BOOK = "~undo"

#: The fields an update takes from the row (names stay as listed).
UPDATABLE = ("title", "gender", "function", "languages", "email", "phone", "notes")

ExactKey = tuple[str, object, str]  # (name sort key, organisation id or None, email folded)


def exact_key(name_key: str, organisation_id: object, email: str | None) -> ExactKey:
    return (name_key, organisation_id, (email or "").casefold())


def row_digest(key: ExactKey) -> bytes:
    name_key, organisation_id, email = key
    return digest(f"{name_key}\x1f{organisation_id or ''}\x1f{email}")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """A row not imported as a new person: skipped, or used to update a listed one."""

    row: int
    label: str
    reason: str  # "already listed", "likely match", "updated"
    match: str  # the listed person (or the earlier row) it matched
    representative_id: uuid.UUID | None = None
    fields: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "label": self.label,
            "reason": self.reason,
            "match": self.match,
            "representative_id": str(self.representative_id) if self.representative_id else None,
            **({"fields": list(self.fields)} if self.fields else {}),
        }

    def json_line(self) -> str:
        return json_text(self.as_json())

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowOutcome:
        person = data["representative_id"]
        fields = tuple(data.get("fields", ()))
        found = uuid.UUID(person) if person else None
        return cls(data["row"], data["label"], data["reason"], data["match"], found, fields)


class ListedPeople:
    """The live people by exact key, and who is registered to the import's forum."""

    def __init__(self, session: Session, forum_id: uuid.UUID | None) -> None:
        self.session = session
        # Listed ids per key.
        self.by_key: dict[ExactKey, list[uuid.UUID]] = {}
        # An earlier row's number by its key's digest: a few bytes a row.
        self.rows = DigestIndex()
        self._last: tuple[ExactKey | None, bytes] = (None, b"")
        self._organisations: dict[object, str] = {}
        query = select(
            Representative.id,
            Representative.sort_key,
            Representative.organisation_id,
            Representative.email,
            Representative.family_name_latin,
            Representative.family_name,
            Representative.given_name_latin,
            Representative.given_name,
        ).where(Representative.deleted_at.is_(None), Representative.merged_into_id.is_(None))
        for (
            ident,
            key,
            organisation,
            email,
            family_latin,
            family,
            given_latin,
            given,
        ) in session.execute(query):
            if key is None:  # a record from before sort keys
                key = sort_key(family_latin or family, given_latin or given)
            self.by_key.setdefault(exact_key(key, organisation, email), []).append(ident)
        self.registered: set[uuid.UUID] = set()
        # Tombstoned registrations by person: the pair is unique, so they are revived.
        # person -> (registration, its badge)
        self.withdrawn: dict[uuid.UUID, tuple[uuid.UUID, str | None]] = {}
        self.revived: list[uuid.UUID] = []
        # The forum's badges given; a withdrawn registration's badge is free again
        # (taken off it when a row reuses it).
        self.badges: set[str] = set()
        self.withdrawn_badges: dict[str, uuid.UUID] = {}
        if forum_id is not None:
            registrations = select(
                Registration.id,
                Registration.representative_id,
                Registration.deleted_at,
                Registration.badge_number,
            ).where(Registration.forum_id == forum_id)
            for registration_id, person_id, deleted_at, badge in session.execute(registrations):
                if deleted_at is None:
                    self.registered.add(person_id)
                    if badge is not None:
                        self.badges.add(badge)
                else:
                    self.withdrawn[person_id] = (registration_id, badge)
                    if badge is not None:
                        self.withdrawn_badges[badge] = registration_id
        #: People updated: id -> the fields' values before the import's first change.
        self.before: dict[uuid.UUID, dict[str, Any]] = {}

    def find(self, key: ExactKey, placeholder: bool) -> uuid.UUID | int | None:
        """The listed person's id, or the number of an earlier row of this file.

        A placeholder takes a listed one of its key that no earlier row took.
        """
        found = self.by_key.get(key)
        if found:
            return found.pop(0) if placeholder else found[0]
        return None if placeholder else self.rows.get(self._digest(key))

    def file(self, key: ExactKey, row: int, placeholder: bool) -> None:
        """File a new person's row: its key found nothing (`find`), or names an
        organisation created by this row."""
        if not placeholder:
            self.rows.add(self._digest(key), row)

    def _digest(self, key: ExactKey) -> bytes:
        """The key's digest; the last one is kept, as a row's `find` and `file` share it."""
        last, found = self._last
        if key is not last:
            name_key, organisation_id, email = key
            organisation = self._organisations.get(organisation_id)
            if organisation is None:  # str() of a UUID costs a microsecond: once per id
                organisation = self._organisations[organisation_id] = str(organisation_id or "")
            found = digest(f"{name_key}\x1f{organisation}\x1f{email}")
            self._last = (key, found)
        return found

    def update(
        self,
        person_id: uuid.UUID,
        values: dict[str, Any],
        organisation_id: uuid.UUID | None,
        *,
        dry_run: bool = False,
    ) -> tuple[str, ...]:
        """Give the listed person the row's filled values that differ; the fields changed
        (with `dry_run`, the fields that would change, nothing set)."""
        person = self.session.get(Representative, person_id)
        if person is None:
            return ()
        wanted = {k: values[k] for k in UPDATABLE if values.get(k) is not None}
        if wanted.get("gender") is Gender.UNDISCLOSED:
            del wanted["gender"]  # no gender given is no news
        if organisation_id is not None:
            wanted["organisation_id"] = organisation_id
        kept = self.before.setdefault(person_id, {})
        changed = []
        for field, value in wanted.items():
            current = getattr(person, field)
            if current != value:
                changed.append(field)
                if not dry_run:
                    kept.setdefault(field, plain(current))
                    setattr(person, field, value)
        if not kept:
            del self.before[person_id]
        return tuple(changed)

    def revive(self, registration_id: uuid.UUID, import_id: uuid.UUID) -> None:
        """Bring a withdrawn registration back as this import's (audited by the flush)."""
        if revive_registration(self.session, registration_id, import_id):
            self.revived.append(registration_id)

    def free_badge(self, registration_id: uuid.UUID) -> None:
        """Take its badge off a withdrawn registration, for a new one (audited)."""
        free_badge(self.session, registration_id)


def revive_registration(session: Session, registration_id: uuid.UUID, import_id: uuid.UUID) -> bool:
    """Bring a withdrawn registration back as the import's; False if it is gone."""
    registration = session.get(Registration, registration_id)
    if registration is None:
        return False
    registration.deleted_at = None
    registration.import_id = import_id
    return True


def free_badge(session: Session, registration_id: uuid.UUID) -> None:
    """Take its badge off a withdrawn registration, for a new one (audited)."""
    registration = session.get(Registration, registration_id)
    if registration is not None:
        registration.badge_number = None


def record_import(
    session: Session,
    import_id: uuid.UUID,
    path: Path,
    forum_id: uuid.UUID | None,
    counts: dict[str, int],
    before: dict[uuid.UUID, dict[str, Any]],
    revived: list[uuid.UUID],
) -> RegistryImport:
    """The import's record, with the updated people's versions after the import:
    `before`, the fields' values before the import's first change by person, and
    `revived`, the withdrawn registrations it brought back."""
    session.flush()
    updated: dict[str, Any] = {}
    for person_id, kept in before.items():
        person = session.get(Representative, person_id)
        if person is not None:
            updated[str(person_id)] = {"version": person.version, "before": kept}
    if revived:
        versions: dict[str, int] = {}
        for start in range(0, len(revived), 500):
            query = select(Registration.id, Registration.version).where(
                Registration.id.in_(revived[start : start + 500])
            )
            versions |= {str(ident): version for ident, version in session.execute(query)}
        updated[BOOK] = {"cycles": 0, "versions": versions}
    record = RegistryImport(
        id=import_id,
        forum_id=forum_id,
        file_name=path.name[:400],
        file_sha256=file_sha256(path),
        imported_by=str(session.info.get("actor") or "")[:200],
        imported_at=utcnow(),
        counts=counts,
        updated=updated,
    )
    session.add(record)
    session.flush()
    return record

"""Erasing a person's personal data, for their right to be forgotten (issue 19, UN
Personal Data Protection and Privacy Principles, 2018).

`erase_person(session, id)` erases one person in the caller's unit of work:
a tombstone (`Erasure`, no personal value, audited, so it travels in merges) gives
them a pseudonym that never changes, and `scrub` takes their data out of every
table, text, index entry and audit entry. `erase_people(database, ids)` is the whole
user action: a backup first (as imports and merges), one transaction, then the file
compacted so that no page of it, nor of a backup taken afterwards, still holds what
was erased.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.privacy.audit_values import erase_audit_values
from forumdesk.services.privacy.pseudonyms import pseudonym
from forumdesk.services.privacy.scrub import (
    forget_index_tokens,
    names_of,
    person_language,
    scrub,
)
from forumdesk.store.backup import backup_before
from forumdesk.store.database import Database
from forumdesk.store.models import Erasure, Organisation, Registration, Representative
from forumdesk.store.types import link_uuid, utcnow

PEOPLE = "representatives"


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure will do, for the confirmation that names the person."""

    id: uuid.UUID
    name: str
    pseudonym: str
    registrations: int


@dataclass(frozen=True)
class Erased:
    """One person erased: the pseudonym that now stands for them, the texts that say it
    instead of their name, and the audit entries whose values went."""

    id: uuid.UUID
    pseudonym: str
    texts: int
    audit_entries: int

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "pseudonym": self.pseudonym,
            "texts": self.texts,
            "audit_entries": self.audit_entries,
        }


@dataclass
class ErasureRun:
    """Several people erased in one transaction (one person, or a retention run)."""

    erased: list[Erased] = field(default_factory=list)
    backup: Path | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "erased": [one.as_json() for one in self.erased],
            "backup": str(self.backup) if self.backup else None,
        }


def erasure_plan(session: Session, person_id: uuid.UUID) -> ErasurePlan:
    """The person as the confirmation names them, and the pseudonym they would get;
    Refused as `erase_person` would refuse."""
    person = _erasable(session, person_id)
    category, number = _next_pseudonym(session, person)
    registrations = session.scalar(
        select(func.count())
        .select_from(Registration)
        .where(Registration.representative_id == person.id, Registration.deleted_at.is_(None))
    )
    return ErasurePlan(
        id=person.id,
        name=" ".join(part for part in (person.given_name, person.family_name) if part),
        pseudonym=pseudonym(category, number, person_language(session, [person.id])),
        registrations=int(registrations or 0),
    )


def erase_person(session: Session, person_id: uuid.UUID, *, at: datetime | None = None) -> Erased:
    """Erase the person's personal data everywhere, in the session's transaction."""
    when = at or utcnow()
    person = _erasable(session, person_id)
    people = [
        person,
        *session.scalars(select(Representative).where(Representative.merged_into_id == person.id)),
    ]
    category, number = _next_pseudonym(session, person)
    tombstones = [
        Erasure(
            id=link_uuid("erasure", one.id),
            table_name=PEOPLE,
            record_id=one.id,
            category=category,
            number=number,
            erased_at=when,
        )
        for one in people
    ]
    session.add_all(tombstones)
    _secure_delete(session)
    done = scrub(session, tombstones[0], people, names_of(people), when)
    session.flush()  # the entries of the scrub itself, whose `before` held the values
    erased_entries = erase_audit_values(session.connection(), done.records, when)
    return Erased(
        id=person.id,
        pseudonym=person.family_name,
        texts=done.texts,
        audit_entries=erased_entries,
    )


def erase_people(
    database: Database,
    person_ids: Sequence[uuid.UUID],
    *,
    reason: str = "erasure",
    progress: Callable[[int, int], None] | None = None,
) -> ErasureRun:
    """The user action: a backup, one transaction erasing each person, then the file
    compacted (SQLite). Nothing is erased when one of them is refused."""
    run = ErasureRun()
    with database.unit_of_work() as session:
        run.backup = backup_before(session, reason)
        for done, person_id in enumerate(person_ids):
            run.erased.append(erase_person(session, person_id))
            if progress is not None:
                progress(done + 1, len(person_ids))
        forget_index_tokens(session)
    compact(database)
    return run


def compact(database: Database) -> None:
    """Rewrite the SQLite file without its free pages and empty its write-ahead log:
    what was erased is in neither, nor in any copy of the file made from now on.

    A reader holding the file (another window's query) makes SQLite refuse; the
    erasure stands all the same, its freed space already overwritten (secure_delete),
    and the file is compacted at the next erasure."""
    if database.engine.dialect.name != "sqlite":
        return
    # The driver's own connection: SQLAlchemy would open a transaction, and VACUUM
    # runs outside any.
    connection = database.engine.raw_connection()
    busy = database.engine.dialect.loaded_dbapi.OperationalError
    try:
        cursor = connection.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    except busy:
        return
    finally:
        connection.close()


def _erasable(session: Session, person_id: uuid.UUID) -> Representative:
    person = session.get(Representative, person_id)
    if person is None:
        raise Refused(_("no person in the registry has the id {id}").format(id=person_id))
    if person.merged_into_id is not None:
        raise Refused(
            _("this record was merged into {id}; erase that record instead").format(
                id=person.merged_into_id
            )
        )
    if session.get(Erasure, link_uuid("erasure", person.id)) is not None:
        raise Refused(_("this person's personal data was already erased"))
    return person


def _next_pseudonym(session: Session, person: Representative) -> tuple[str, int]:
    """The person's category and the next number of that category: numbers already
    given are never reused nor changed."""
    category = ""
    if person.organisation_id is not None:
        found = session.get(Organisation, person.organisation_id)
        category = found.category.value if found is not None else ""
    last = session.scalar(select(func.max(Erasure.number)).where(Erasure.category == category))
    return category, int(last or 0) + 1


def _secure_delete(session: Session) -> None:
    """SQLite overwrites what the transaction frees instead of leaving it in free space."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))

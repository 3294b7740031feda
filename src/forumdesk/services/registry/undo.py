"""Undo and redo of registry actions that are not plain field edits.

Undo restores the exact earlier state rather than running the accreditation
workflow backwards (which forbids "accredited → requested"): it takes back an
action the registrar just made, not a decision. Rows the action created are
tombstoned, never deleted, and redo brings back the very same rows, so badge
numbers already printed stay valid.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.registry.accreditation import accredit_people
from forumdesk.services.registry.edit import badge_numbers
from forumdesk.services.registry.walk_in import WalkInResult
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Organisation, Registration, Representative
from forumdesk.store.types import utcnow

_BATCH = 500


@dataclass(frozen=True)
class RegistrationState:
    """One person's registration to a forum as it stood; `registration_id` None: none yet."""

    representative_id: uuid.UUID
    registration_id: uuid.UUID | None
    status: AccreditationStatus | None = None
    badge_number: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    deleted: bool = False


@dataclass(frozen=True)
class AccreditationChange:
    """What a bulk accreditation did: how many were accredited, and the states around it."""

    accredited: int
    before: tuple[RegistrationState, ...]
    after: tuple[RegistrationState, ...]


def registration_states(
    session: Session, forum_id: uuid.UUID, representative_ids: Collection[uuid.UUID]
) -> tuple[RegistrationState, ...]:
    people = list(dict.fromkeys(representative_ids))
    found: dict[uuid.UUID, Registration] = {}
    for start in range(0, len(people), _BATCH):
        chunk = people[start : start + _BATCH]
        for registration in session.scalars(
            select(Registration).where(
                Registration.forum_id == forum_id, Registration.representative_id.in_(chunk)
            )
        ):
            found[registration.representative_id] = registration
    states = []
    for person in people:
        row = found.get(person)
        if row is None:
            states.append(RegistrationState(person, None))
        else:
            states.append(
                RegistrationState(
                    person,
                    row.id,
                    row.status,
                    row.badge_number,
                    row.decided_by,
                    row.decided_at,
                    row.deleted_at is not None,
                )
            )
    return tuple(states)


def accredit_undoably(
    session: Session,
    forum_id: uuid.UUID,
    representative_ids: Collection[uuid.UUID],
    *,
    decided_by: str,
) -> AccreditationChange:
    """`accredit_people`, returning the states needed to undo and redo it."""
    before = registration_states(session, forum_id, representative_ids)
    count = accredit_people(session, forum_id, representative_ids, decided_by=decided_by)
    after = registration_states(session, forum_id, representative_ids)
    return AccreditationChange(count, before, after)


def restore_registrations(
    session: Session,
    forum_id: uuid.UUID,
    states: Sequence[RegistrationState],
    *,
    expect: Sequence[RegistrationState] | None = None,
) -> None:
    """Put each registration back as `states` say; one that did not exist is tombstoned.

    With `expect` (the states the action left), a registration decided otherwise since
    (withdrawn, accredited by someone else, taken back) refuses the whole undo or redo:
    it would silently overwrite that later decision.
    """
    if expect is not None:
        _refuse_if_decided_since(session, forum_id, expect)
    people = [state.representative_id for state in states]
    rows: dict[uuid.UUID, Registration] = {}
    for start in range(0, len(people), _BATCH):
        chunk = people[start : start + _BATCH]
        for registration in session.scalars(
            select(Registration).where(
                Registration.forum_id == forum_id, Registration.representative_id.in_(chunk)
            )
        ):
            rows[registration.representative_id] = registration
    now = utcnow()
    # Badges are unique per forum: free the numbers first, then give them back. A row
    # taken back keeps its number, so the number is not given to someone else.
    for state in states:
        row = rows.get(state.representative_id)
        kept = row is None or state.registration_id is None
        if not kept and row is not None and row.badge_number != state.badge_number:
            row.badge_number = None
    session.flush()
    taken = set(
        session.scalars(
            select(Registration.badge_number).where(
                Registration.forum_id == forum_id, Registration.badge_number.is_not(None)
            )
        )
    )
    fresh = badge_numbers(session, forum_id)
    for state in states:
        row = rows.get(state.representative_id)
        if row is None:
            continue
        if state.registration_id is None:
            if row.deleted_at is None:
                row.deleted_at = now
            continue
        assert state.status is not None
        row.status = state.status
        if state.badge_number != row.badge_number:
            # Someone accredited since was given this number: this person gets a new one.
            row.badge_number = next(fresh) if state.badge_number in taken else state.badge_number
        row.decided_by = state.decided_by
        row.decided_at = state.decided_at
        row.deleted_at = now if state.deleted else None
    session.flush()


def _decision(state: RegistrationState) -> tuple[object, ...]:
    live = state.registration_id is not None and not state.deleted
    return (live, state.status, state.decided_by, state.decided_at) if live else (False,)


def _refuse_if_decided_since(
    session: Session, forum_id: uuid.UUID, expect: Sequence[RegistrationState]
) -> None:
    wanted = {state.representative_id: _decision(state) for state in expect}
    now = registration_states(session, forum_id, list(wanted))
    changed = [
        state.representative_id
        for state in now
        if _decision(state) != wanted[state.representative_id]
    ]
    if not changed:
        return
    person = session.get(Representative, changed[0])
    name = (
        " ".join(part for part in (person.given_name, person.family_name) if part)
        if person is not None
        else str(changed[0])
    )
    others = _(" and {count} more").format(count=len(changed) - 1) if len(changed) > 1 else ""
    raise Refused(
        _(
            "the registration of {name}{others} was decided again since; undoing would overwrite "
            "that decision, so nothing was changed"
        ).format(name=name, others=others)
    )


def _tombstone(row: Organisation | Representative | Registration | None, when: datetime) -> None:
    if row is not None and row.deleted_at is None:
        row.deleted_at = when


def _revive(row: Organisation | Representative | Registration | None) -> None:
    if row is not None:
        row.deleted_at = None


def withdraw_walk_in(session: Session, result: WalkInResult, *, created_organisation: bool) -> None:
    """Undo a walk-in: the person, their registration and a new organisation are tombstoned."""
    now = utcnow()
    _tombstone(session.get(Registration, result.registration_id), now)
    _tombstone(session.get(Representative, result.representative_id), now)
    if created_organisation and result.organisation_id is not None:
        _tombstone(session.get(Organisation, result.organisation_id), now)
    session.flush()


def restore_walk_in(session: Session, result: WalkInResult, *, created_organisation: bool) -> None:
    """Redo a walk-in: the same rows come back, with the same badge number."""
    if created_organisation and result.organisation_id is not None:
        _revive(session.get(Organisation, result.organisation_id))
    _revive(session.get(Representative, result.representative_id))
    _revive(session.get(Registration, result.registration_id))
    session.flush()

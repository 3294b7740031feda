"""Registry writes: organisations, representatives and their accreditation to a forum.

Every function takes the caller's `Session` and only flushes: one user action is one
transaction, opened by the caller with `database.unit_of_work()`.

Invalid input raises `RegistryProblems` (a `RegistryError`, hence a `ValueError`)
carrying every `FieldProblem` of the record, so a form can mark all faulty fields at
once; its `field`/`reason` are those of the first problem.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, reconcile
from forumdesk.services.common.messages import _, pgettext
from forumdesk.services.registry.people import (
    STATE_CATEGORIES,
    FieldProblem,
    OrganisationInput,
    RegistryError,
    RegistryProblems,
    RepresentativeInput,
    alpha2,
    check_organisation,
    check_representative,
    clean_text,
    country_code,
    normalise_email,
    normalise_phone,
    regional_group,
    sort_key,
)
from forumdesk.services.registry.scripts import latin_form
from forumdesk.services.registry.text import record_sort_key
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Forum, Organisation, Registration, Representative
from forumdesk.store.types import utcnow

__all__ = [
    "ALLOWED_TRANSITIONS",
    "RegistryProblems",
    "create_organisation",
    "create_representative",
    "decide",
    "ensure_sort_keys",
    "organisation_values",
    "register",
    "representative_values",
    "update_organisation",
    "update_representative",
]

_S = AccreditationStatus
# A refusal can be reconsidered; a withdrawal can be asked again; nothing else goes back.
ALLOWED_TRANSITIONS: dict[AccreditationStatus, frozenset[AccreditationStatus]] = {
    _S.REQUESTED: frozenset({_S.ACCREDITED, _S.REFUSED, _S.WITHDRAWN}),
    _S.ACCREDITED: frozenset({_S.WITHDRAWN}),
    _S.REFUSED: frozenset({_S.ACCREDITED}),
    _S.WITHDRAWN: frozenset({_S.REQUESTED}),
}
BADGE_DIGITS = 4
_BATCH = 5000


def status_word(status: AccreditationStatus) -> str:
    """An accreditation status as a refusal says it ("cannot go from refused to accredited")."""
    return {
        AccreditationStatus.REQUESTED: pgettext("accreditation status", "requested"),
        AccreditationStatus.ACCREDITED: pgettext("accreditation status", "accredited"),
        AccreditationStatus.REFUSED: pgettext("accreditation status", "refused"),
        AccreditationStatus.WITHDRAWN: pgettext("accreditation status", "withdrawn"),
    }[status]


def _raise_if(problems: list[FieldProblem]) -> None:
    if problems:
        raise RegistryProblems(problems)


def _live(session: Session, model: type[Any], ident: uuid.UUID, field: str) -> Any:
    row = session.get(model, ident)
    if row is None or row.deleted_at is not None:
        raise RegistryError(field, _("no such record {ident}").format(ident=ident))
    return row


# --- organisations -----------------------------------------------------------------------


def _apply_organisation(organisation: Organisation, data: OrganisationInput) -> None:
    _raise_if(check_organisation(data))
    country = country_code(data.country)
    name = data.name.strip()
    acronym = clean_text(data.acronym)
    organisation.name = name
    organisation.acronym = acronym
    organisation.sort_key = sort_key(name, acronym)
    organisation.category = data.category
    organisation.ecosoc_status = data.ecosoc_status
    organisation.ecosoc_year = data.ecosoc_year
    organisation.country_code = country
    # Only States sit in a regional group; an NGO based in Kenya is not "African Group".
    organisation.regional_group = (
        regional_group(country) if data.category in STATE_CATEGORIES else None
    )
    organisation.website = clean_text(data.website)
    organisation.address = clean_text(data.address)
    organisation.email = normalise_email(data.email)
    organisation.phone = normalise_phone(data.phone, alpha2(country) if country else None)
    organisation.notes = clean_text(data.notes)


def create_organisation(session: Session, data: OrganisationInput) -> uuid.UUID:
    organisation = Organisation()
    _apply_organisation(organisation, data)
    session.add(organisation)
    session.flush()
    refresh_registry_index(session, [organisation.id])
    return organisation.id


def organisation_values(organisation: Organisation) -> OrganisationInput:
    """The organisation's editable values as stored (`country` holds the alpha-3 code)."""
    return OrganisationInput(
        name=organisation.name,
        category=organisation.category,
        acronym=organisation.acronym,
        country=organisation.country_code,
        ecosoc_status=organisation.ecosoc_status,
        ecosoc_year=organisation.ecosoc_year,
        website=organisation.website,
        address=organisation.address,
        email=organisation.email,
        phone=organisation.phone,
        notes=organisation.notes,
    )


def _stored_organisation(data: OrganisationInput) -> OrganisationInput:
    """`data` as it would be stored (phone and country normalised, text trimmed)."""
    scratch = Organisation()
    try:
        _apply_organisation(scratch, data)
    except RegistryError:
        return data  # checked (and refused) where it is applied
    return organisation_values(scratch)


def update_organisation(
    session: Session,
    organisation_id: uuid.UUID,
    data: OrganisationInput,
    *,
    read: ReadAt[OrganisationInput] | None = None,
) -> int:
    """Save the form's values; returns the row's new version.

    `read`: what the form was read with. Over a newer version, the fields only the
    other side changed keep their value, and EditConflict refuses the save if both
    changed one (see `edit_conflicts`).
    """
    organisation = locked(session, Organisation, organisation_id)
    if organisation is None or organisation.deleted_at is not None:
        raise RegistryError(
            "organisation",
            _("no such record {organisation_id}").format(organisation_id=organisation_id),
        )
    if read is not None and read.version != organisation.version:
        data = reconcile(
            session,
            table="organisations",
            record_id=organisation_id,
            version=organisation.version,
            read=ReadAt(read.version, _stored_organisation(read.values)),
            stored=lambda: organisation_values(organisation),
            wanted=_stored_organisation(data),
            columns={"country": "country_code"},
        )
    _apply_organisation(organisation, data)
    refresh_registry_index(session, [organisation_id])
    return organisation.version


# --- representatives ---------------------------------------------------------------------


def _apply_representative(
    session: Session, person: Representative, data: RepresentativeInput
) -> None:
    region = None
    if data.organisation_id is not None:
        organisation: Organisation = _live(
            session, Organisation, data.organisation_id, "organisation_id"
        )
        # National numbers are read in the organisation's country.
        region = alpha2(organisation.country_code) if organisation.country_code else None
    _raise_if(check_representative(data, region))
    given = (data.given_name or "").strip()
    family = data.family_name.strip()
    # Only a faithful romanisation is filled in (none for Arabic script): it is printed
    # under the name on the badge.
    given_latin = latin_form(data.given_name_latin, given)
    family_latin = latin_form(data.family_name_latin, family)
    person.organisation_id = data.organisation_id
    person.given_name = given
    person.family_name = family
    person.given_name_latin = given_latin
    person.family_name_latin = family_latin
    person.sort_key = sort_key(family_latin or family, given_latin or given)
    person.title = clean_text(data.title)
    person.gender = data.gender
    person.function = clean_text(data.function)
    person.languages = clean_text(data.languages)
    person.email = normalise_email(data.email)
    person.phone = normalise_phone(data.phone, region)
    person.notes = clean_text(data.notes)


def create_representative(session: Session, data: RepresentativeInput) -> uuid.UUID:
    person = Representative()
    _apply_representative(session, person, data)
    session.add(person)
    session.flush()
    refresh_registry_index(session, [person.id])
    return person.id


def representative_values(person: Representative) -> RepresentativeInput:
    """The person's editable values as stored."""
    return RepresentativeInput(
        given_name=person.given_name,
        family_name=person.family_name,
        organisation_id=person.organisation_id,
        title=person.title,
        gender=person.gender,
        function=person.function,
        languages=person.languages,
        email=person.email,
        phone=person.phone,
        given_name_latin=person.given_name_latin,
        family_name_latin=person.family_name_latin,
        notes=person.notes,
    )


def _stored_representative(session: Session, data: RepresentativeInput) -> RepresentativeInput:
    scratch = Representative()
    try:
        _apply_representative(session, scratch, data)
    except RegistryError:
        return data  # checked (and refused) where it is applied
    return representative_values(scratch)


def update_representative(
    session: Session,
    representative_id: uuid.UUID,
    data: RepresentativeInput,
    *,
    read: ReadAt[RepresentativeInput] | None = None,
) -> int:
    """Save the form's values; returns the row's new version (`read`: as for
    `update_organisation`)."""
    person = locked(session, Representative, representative_id)
    if person is None or person.deleted_at is not None:
        raise RegistryError(
            "representative",
            _("no such record {representative_id}").format(representative_id=representative_id),
        )
    if read is not None and read.version != person.version:
        data = reconcile(
            session,
            table="representatives",
            record_id=representative_id,
            version=person.version,
            read=ReadAt(read.version, _stored_representative(session, read.values)),
            stored=lambda: representative_values(person),
            wanted=_stored_representative(session, data),
        )
    _apply_representative(session, person, data)
    refresh_registry_index(session, [representative_id])
    return person.version


# --- registrations -----------------------------------------------------------------------


def badge_numbers(session: Session, forum_id: uuid.UUID) -> Iterator[str]:
    """Badge numbers after the highest numeric one already given in this forum.

    Numbers are never reused: a withdrawn person's printed badge stays theirs.
    """
    given = session.scalars(
        select(Registration.badge_number).where(
            Registration.forum_id == forum_id, Registration.badge_number.is_not(None)
        )
    ).all()
    highest = max((int(b) for b in given if b and b.isdigit()), default=0)
    taken = set(given)
    number = highest
    while True:
        number += 1
        badge = str(number).zfill(BADGE_DIGITS)
        if badge not in taken:
            yield badge


def register(
    session: Session,
    forum_id: uuid.UUID,
    representative_id: uuid.UUID,
    *,
    status: AccreditationStatus = AccreditationStatus.REQUESTED,
    requested_at: datetime | None = None,
) -> uuid.UUID:
    """The registration of this person to this forum; an existing one is returned as is."""
    existing = session.scalars(
        select(Registration).where(
            Registration.forum_id == forum_id,
            Registration.representative_id == representative_id,
        )
    ).first()
    if existing is not None:
        if existing.deleted_at is not None:
            # Taken back by an undo: registering again starts the workflow afresh.
            existing.deleted_at = None
            existing.status = AccreditationStatus.REQUESTED
            existing.requested_at = requested_at or utcnow()
            existing.decided_by = existing.decided_at = None
            session.flush()
            if status is not AccreditationStatus.REQUESTED:
                decide(session, [existing.id], status, decided_by="")
        return existing.id
    _live(session, Forum, forum_id, "forum")
    _live(session, Representative, representative_id, "representative")
    registration = Registration(
        forum_id=forum_id,
        representative_id=representative_id,
        status=status,
        requested_at=requested_at or utcnow(),
    )
    if status is AccreditationStatus.ACCREDITED:
        registration.badge_number = next(badge_numbers(session, forum_id))
    session.add(registration)
    session.flush()
    return registration.id


def decide(
    session: Session,
    registration_ids: Collection[uuid.UUID],
    status: AccreditationStatus,
    *,
    decided_by: str,
) -> int:
    """Move registrations to `status`; returns how many changed.

    All transitions are checked first: one disallowed (or unknown id) raises
    RegistryError("status" / "registration") and nothing is changed. A registration
    already in `status` is left alone and not counted.
    """
    ids = list(dict.fromkeys(registration_ids))
    rows: list[Registration] = []
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        rows.extend(session.scalars(select(Registration).where(Registration.id.in_(chunk))))
    found = {row.id for row in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise RegistryError(
            "registration", _("no such registration {missing}").format(missing=missing[0])
        )
    changing = [row for row in rows if row.status != status]
    for row in changing:
        if status not in ALLOWED_TRANSITIONS[row.status]:
            raise RegistryError(
                "status",
                _("cannot go from {status} to {status2}").format(
                    status=status_word(row.status), status2=status_word(status)
                ),
            )
    now = utcnow()
    counters: dict[uuid.UUID, Iterator[str]] = {}
    # Badges follow the order the registrations were requested in.
    for row in sorted(changing, key=lambda r: (r.requested_at or now, str(r.id))):
        row.status = status
        row.decided_by = decided_by
        row.decided_at = now
        if status is AccreditationStatus.ACCREDITED and not row.badge_number:
            if row.forum_id not in counters:
                counters[row.forum_id] = badge_numbers(session, row.forum_id)
            row.badge_number = next(counters[row.forum_id])
    session.flush()
    return len(changing)


# --- maintenance -------------------------------------------------------------------------


def ensure_sort_keys(session: Session) -> int:
    """Fill the sort keys of rows written before they existed (revision 0004).

    Derived data only: a Core executemany that neither bumps `version` nor stamps the
    row, so a back-fill on one device does not look like an edit to a merge. Cheap
    when there is nothing to do (one indexed look-up per table).
    """
    session.flush()
    filled = 0
    organisations = Organisation.__table__
    people = Representative.__table__
    jobs: list[tuple[Any, Any]] = [
        (
            organisations,
            select(Organisation.id, Organisation.name, Organisation.acronym).where(
                Organisation.sort_key.is_(None)
            ),
        ),
        (
            people,
            select(
                Representative.id,
                Representative.family_name_latin,
                Representative.family_name,
                Representative.given_name_latin,
                Representative.given_name,
            ).where(Representative.sort_key.is_(None)),
        ),
    ]
    for table, query in jobs:
        statement = (
            update(table).where(table.c.id == bindparam("row_id")).values(sort_key=bindparam("key"))
        )
        # Read all first: updating the indexed column while a cursor walks it is unsafe.
        rows = session.execute(query).all()
        for start in range(0, len(rows), _BATCH):
            batch = rows[start : start + _BATCH]
            params = [{"row_id": row[0], "key": _key_of(row)} for row in batch]
            session.connection().execute(statement, params)
            filled += len(params)
    return filled


def _key_of(row: Any) -> str:
    return record_sort_key("organisations" if len(row) == 3 else "representatives", row)

"""The demo's fictional registrations written to the registry, and accredited the
usual way: every registration is requested, then decided, so that badge numbers are
given by the registry's own rule (in the order the requests came in)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.database.demo.sample import Sample, SampleOrganisation, SamplePerson
from forumdesk.services.registry.edit import decide
from forumdesk.services.registry.people import sort_key
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.models import Organisation, Registration, Representative

DECIDED_BY = "demo"


@dataclass(frozen=True)
class Registered:
    """One person of the demo as the registry holds them."""

    representative_id: uuid.UUID
    registration_id: uuid.UUID
    organisation_id: uuid.UUID | None
    category: OrganisationCategory | None
    family_name: str
    gender: Gender
    status: AccreditationStatus
    present: bool


def add_sample(session: Session, forum_id: uuid.UUID, sample: Sample) -> list[Registered]:
    """Organisations, people and their registrations, all requested (accredit them
    with `accredit`)."""
    organisations = {id(o): _organisation(o) for o in sample.organisations}
    session.add_all(organisations.values())
    rows: list[tuple[SamplePerson, Representative, Registration]] = []
    for person in sample.people:
        organisation = organisations[id(person.organisation)]
        representative = _representative(person, organisation)
        registration = Registration(
            forum_id=forum_id,
            representative=representative,
            status=AccreditationStatus.REQUESTED,
            requested_at=person.requested_at,
        )
        rows.append((person, representative, registration))
    session.add_all(row for _, *pair in rows for row in pair)
    session.flush()
    return [
        Registered(
            representative_id=representative.id,
            registration_id=registration.id,
            organisation_id=representative.organisation_id,
            category=person.organisation.category,
            family_name=representative.family_name,
            gender=representative.gender,
            status=person.status,
            present=person.present and person.status is AccreditationStatus.ACCREDITED,
        )
        for person, representative, registration in rows
    ]


def named(registrations: list[Registration]) -> list[Registered]:
    """The people the seed names, as the demo counts them: accredited and present."""
    return [
        Registered(
            representative_id=r.representative_id,
            registration_id=r.id,
            organisation_id=r.representative.organisation_id,
            category=r.representative.organisation.category
            if r.representative.organisation is not None
            else None,
            family_name=r.representative.family_name,
            gender=r.representative.gender,
            status=AccreditationStatus.ACCREDITED,
            present=True,
        )
        for r in registrations
    ]


def accredit(session: Session, people: list[Registered]) -> None:
    """Accredit everyone but the requests still waiting; then the withdrawals, which keep
    the badge number they were given."""
    waiting = AccreditationStatus.REQUESTED
    decide(
        session,
        [p.registration_id for p in people if p.status is not waiting],
        AccreditationStatus.ACCREDITED,
        decided_by=DECIDED_BY,
    )
    withdrawn = [p.registration_id for p in people if p.status is AccreditationStatus.WITHDRAWN]
    decide(session, withdrawn, AccreditationStatus.WITHDRAWN, decided_by=DECIDED_BY)


def _organisation(sample: SampleOrganisation) -> Organisation:
    ecosoc_status, ecosoc_year = sample.ecosoc or (None, None)
    return Organisation(
        name=sample.name,
        acronym=sample.acronym,
        sort_key=sort_key(sample.name, sample.acronym),
        category=sample.category,
        ecosoc_status=ecosoc_status,
        ecosoc_year=ecosoc_year,
        country_code=sample.country,
        regional_group=sample.regional_group,
        email=sample.email,
        notes=sample.notes,
    )


def _representative(person: SamplePerson, organisation: Organisation) -> Representative:
    return Representative(
        organisation=organisation,
        title=person.title,
        given_name=person.given_name,
        family_name=person.family_name,
        given_name_latin=person.given_name_latin,
        family_name_latin=person.family_name_latin,
        sort_key=sort_key(person.family_name_latin, person.given_name_latin),
        gender=person.gender,
        function=person.function,
        email=person.email,
        notes=person.notes,
    )

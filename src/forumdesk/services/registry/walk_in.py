"""A walk-in at the door: one person, their organisation (found or new), registered to
the forum and accredited with a badge number, as one user action.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.registry.accreditation import accredit_people
from forumdesk.services.registry.edit import create_organisation, create_representative, register
from forumdesk.services.registry.people import (
    FieldProblem,
    OrganisationInput,
    RegistryProblems,
    RepresentativeInput,
    check_organisation,
    check_representative,
)
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import Registration


@dataclass(frozen=True)
class WalkIn:
    given_name: str
    family_name: str
    #: An organisation picked from the registry, or …
    organisation_id: uuid.UUID | None = None
    #: … the name and category of one to create (left empty: the person has none).
    organisation_name: str | None = None
    category: OrganisationCategory | None = None
    email: str | None = None
    accredit: bool = True
    #: The name in Latin letters, printed under it on the badge; left empty, the
    #: standard romanisation where one is faithful (see `scripts`), else none.
    given_name_latin: str | None = None
    family_name_latin: str | None = None


@dataclass(frozen=True)
class WalkInResult:
    representative_id: uuid.UUID
    organisation_id: uuid.UUID | None
    registration_id: uuid.UUID
    status: AccreditationStatus
    badge_number: str | None
    #: The organisation was made for this walk-in (so undo takes it back too).
    created_organisation: bool = False


def check_walk_in(data: WalkIn) -> list[FieldProblem]:
    """Every problem, field by field, before anything is written."""
    problems = check_representative(
        RepresentativeInput(
            given_name=data.given_name,
            family_name=data.family_name,
            email=data.email,
            given_name_latin=data.given_name_latin,
            family_name_latin=data.family_name_latin,
        )
    )
    if data.organisation_id is None and (data.organisation_name or "").strip():
        if data.category is None:
            problems.append(FieldProblem("category", _("choose the new organisation's category")))
        else:
            problems += check_organisation(
                OrganisationInput(name=data.organisation_name or "", category=data.category)
            )
    return problems


def register_walk_in(
    session: Session, forum_id: uuid.UUID, data: WalkIn, *, decided_by: str
) -> WalkInResult:
    problems = check_walk_in(data)
    if problems:
        raise RegistryProblems(problems)
    organisation_id = data.organisation_id
    if organisation_id is None and data.organisation_name and data.category is not None:
        organisation_id = create_organisation(
            session, OrganisationInput(name=data.organisation_name, category=data.category)
        )
    representative_id = create_representative(
        session,
        RepresentativeInput(
            given_name=data.given_name,
            family_name=data.family_name,
            organisation_id=organisation_id,
            email=data.email,
            given_name_latin=data.given_name_latin,
            family_name_latin=data.family_name_latin,
        ),
    )
    registration_id = register(session, forum_id, representative_id)
    if data.accredit:
        accredit_people(session, forum_id, [representative_id], decided_by=decided_by)
    session.flush()
    registration = session.get_one(Registration, registration_id)
    return WalkInResult(
        representative_id=representative_id,
        organisation_id=organisation_id,
        registration_id=registration_id,
        status=registration.status,
        badge_number=registration.badge_number,
        created_organisation=organisation_id is not None and data.organisation_id is None,
    )

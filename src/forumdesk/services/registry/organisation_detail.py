"""One organisation, as the detail form shows and edits it.

Beside the editable values (an `OrganisationInput`, so that a save and its undo are
both plain `update_organisation` calls), the detail carries what a registrar checks
before changing a record: who represents the organisation, how many of them asked
for or got an accreditation at each forum, how often it took the floor or held a
role in a programme, and how many notes are about it. The form's country choices
come along, named in the UI's language, so the form never reads pycountry itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

import pycountry
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.registry.countries import country_name, regional_group
from forumdesk.services.registry.edit import organisation_values
from forumdesk.services.registry.people import OrganisationInput, RegistryError
from forumdesk.services.registry.text import sort_key
from forumdesk.store.enums import AccreditationStatus, RegionalGroup
from forumdesk.store.models import (
    Forum,
    Intervention,
    Note,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    SegmentRole,
)

#: At most this many representatives are listed; `representative_count` has them all.
REPRESENTATIVES_SHOWN = 500

__all__ = [
    "REPRESENTATIVES_SHOWN",
    "CountryChoice",
    "ForumRegistrations",
    "OrganisationDetail",
    "RepresentativeLine",
    "country_choices",
    "organisation_detail",
]


@dataclass(frozen=True)
class RepresentativeLine:
    id: uuid.UUID
    name: str  # as typed: "Family, Given" (or the family name alone)
    function: str | None
    email: str | None


@dataclass(frozen=True)
class ForumRegistrations:
    """How many of the organisation's people registered to one forum, by status."""

    forum_id: uuid.UUID
    forum: str  # its short title, or the full one
    starts_on: date | None
    requested: int = 0
    accredited: int = 0
    refused: int = 0
    withdrawn: int = 0

    @property
    def total(self) -> int:
        return self.requested + self.accredited + self.refused + self.withdrawn


@dataclass(frozen=True)
class CountryChoice:
    code: str  # ISO 3166-1 alpha-3
    name: str
    regional_group: RegionalGroup | None  # Member States only


@dataclass(frozen=True)
class OrganisationDetail:
    id: uuid.UUID
    data: OrganisationInput  # `country` holds the stored alpha-3 code
    regional_group: RegionalGroup | None
    representatives: tuple[RepresentativeLine, ...]  # live ones, by name, at most 500
    representative_count: int  # every live one
    registrations: tuple[ForumRegistrations, ...]  # by forum date
    interventions: int  # turns on a speakers list on the organisation's behalf
    programme_roles: int  # chairs, panellists, addresses… named in a programme
    notes: int  # notes linked to the organisation
    updated_at: datetime | None
    countries: tuple[CountryChoice, ...] = ()  # every country the form offers, by name
    version: int = 0  # the row's version the values were read at (the save sends it back)

    @property
    def shown_all_representatives(self) -> bool:
        return len(self.representatives) == self.representative_count


@cache
def country_choices(language: str = "en") -> tuple[CountryChoice, ...]:
    """Every ISO 3166 country, named in `language` ("en" or "fr"), in name order."""
    choices = [
        CountryChoice(
            code=str(country.alpha_3),
            name=country_name(str(country.alpha_3), language),
            regional_group=regional_group(str(country.alpha_3)),
        )
        for country in pycountry.countries
    ]
    return tuple(sorted(choices, key=lambda choice: (sort_key(choice.name), choice.code)))


def _person_name(given: str | None, family: str) -> str:
    given = (given or "").strip()
    return f"{family}, {given}" if given else family


def _representatives(
    session: Session, organisation_id: uuid.UUID
) -> tuple[tuple[RepresentativeLine, ...], int]:
    live = (
        Representative.organisation_id == organisation_id,
        Representative.deleted_at.is_(None),
        Representative.merged_into_id.is_(None),
    )
    total = session.scalar(select(func.count(Representative.id)).where(*live)) or 0
    rows = session.execute(
        select(
            Representative.id,
            Representative.given_name,
            Representative.family_name,
            Representative.function,
            Representative.email,
        )
        .where(*live)
        .order_by(Representative.sort_key, Representative.id)
        .limit(REPRESENTATIVES_SHOWN)
    ).all()
    lines = tuple(
        RepresentativeLine(ident, _person_name(given, family), function, email)
        for ident, given, family, function, email in rows
    )
    return lines, int(total)


def _registrations(session: Session, organisation_id: uuid.UUID) -> tuple[ForumRegistrations, ...]:
    rows = session.execute(
        select(
            Forum.id,
            func.coalesce(Forum.short_title, Forum.title),
            Forum.starts_on,
            Registration.status,
            func.count(Registration.id),
        )
        .join(Registration, Registration.forum_id == Forum.id)
        .join(Representative, Representative.id == Registration.representative_id)
        .where(
            Representative.organisation_id == organisation_id,
            Representative.deleted_at.is_(None),
            Representative.merged_into_id.is_(None),
            Registration.deleted_at.is_(None),
            Forum.deleted_at.is_(None),
        )
        .group_by(Forum.id, Forum.short_title, Forum.title, Forum.starts_on, Registration.status)
    ).all()
    forums: dict[uuid.UUID, tuple[str, date | None]] = {}
    counts: dict[uuid.UUID, dict[str, int]] = {}
    for forum_id, title, starts_on, status, count in rows:
        forums[forum_id] = (title, starts_on)
        counts.setdefault(forum_id, {})[AccreditationStatus(status).value] = int(count)
    tallies = [
        ForumRegistrations(forum_id, title, starts_on, **counts[forum_id])
        for forum_id, (title, starts_on) in forums.items()
    ]
    # Forums without a date last; then by title, for a stable order.
    return tuple(
        sorted(
            tallies,
            key=lambda t: (t.starts_on is None, t.starts_on or date.min, t.forum, str(t.forum_id)),
        )
    )


def _count(session: Session, model: type[Intervention | SegmentRole], ident: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count(model.id)).where(
                model.organisation_id == ident, model.deleted_at.is_(None)
            )
        )
        or 0
    )


def _notes(session: Session, organisation_id: uuid.UUID) -> int:
    return int(
        session.scalar(
            select(func.count(func.distinct(Note.id)))
            .join(NoteLink, NoteLink.note_id == Note.id)
            .where(
                NoteLink.organisation_id == organisation_id,
                NoteLink.deleted_at.is_(None),
                Note.deleted_at.is_(None),
            )
        )
        or 0
    )


def organisation_detail(
    session: Session, organisation_id: uuid.UUID, language: str = "en"
) -> OrganisationDetail:
    """The organisation's values and figures; RegistryError if it is gone (deleted, merged).

    `language` names the country choices ("en" or "fr").
    """
    organisation = session.get(Organisation, organisation_id)
    if (
        organisation is None
        or organisation.deleted_at is not None
        or organisation.merged_into_id is not None
    ):
        raise RegistryError("organisation", _("this organisation is no longer in the registry"))
    representatives, total = _representatives(session, organisation.id)
    return OrganisationDetail(
        id=organisation.id,
        data=organisation_values(organisation),
        version=organisation.version,
        regional_group=organisation.regional_group,
        representatives=representatives,
        representative_count=total,
        registrations=_registrations(session, organisation.id),
        interventions=_count(session, Intervention, organisation.id),
        programme_roles=_count(session, SegmentRole, organisation.id),
        notes=_notes(session, organisation.id),
        updated_at=organisation.updated_at,
        countries=country_choices(language.split("_")[0].lower() or "en"),
    )

"""Registry reads: organisations and representatives, filtered and sorted in SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from forumdesk.store.enums import Gender, OrganisationCategory
from forumdesk.store.models import Organisation, Representative

DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    acronym: str | None
    category: OrganisationCategory
    country_code: str | None
    representatives: int


@dataclass(frozen=True)
class RepresentativeRow:
    id: uuid.UUID
    family_name: str
    given_name: str
    title: str | None
    gender: Gender
    function: str | None
    organisation: str | None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def organisation_rows(
    session: Session, text: str = "", limit: int = DEFAULT_LIMIT
) -> list[OrganisationRow]:
    people = (
        select(Representative.organisation_id, func.count(Representative.id).label("n"))
        .where(Representative.deleted_at.is_(None))
        .group_by(Representative.organisation_id)
        .subquery()
    )
    query = (
        select(Organisation, func.coalesce(people.c.n, 0))
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .where(Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None))
        .order_by(func.lower(Organisation.name))
        .limit(limit)
    )
    if text.strip():
        pattern = _like(text.strip())
        query = query.where(
            or_(
                Organisation.name.ilike(pattern, escape="\\"),
                Organisation.acronym.ilike(pattern, escape="\\"),
            )
        )
    return [
        OrganisationRow(o.id, o.name, o.acronym, o.category, o.country_code, int(n))
        for o, n in session.execute(query).all()
    ]


def representative_rows(
    session: Session, text: str = "", limit: int = DEFAULT_LIMIT
) -> list[RepresentativeRow]:
    query = (
        select(Representative, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(Representative.deleted_at.is_(None), Representative.merged_into_id.is_(None))
        .order_by(
            func.lower(func.coalesce(Representative.family_name_latin, Representative.family_name)),
            func.lower(Representative.given_name),
        )
        .limit(limit)
    )
    if text.strip():
        pattern = _like(text.strip())
        query = query.where(
            or_(
                Representative.family_name.ilike(pattern, escape="\\"),
                Representative.given_name.ilike(pattern, escape="\\"),
                Representative.family_name_latin.ilike(pattern, escape="\\"),
                Representative.email.ilike(pattern, escape="\\"),
            )
        )
    return [
        RepresentativeRow(
            r.id, r.family_name, r.given_name, r.title, r.gender, r.function, organisation
        )
        for r, organisation in session.execute(query).all()
    ]

"""Who takes part in a forum: counts by category, State and gender, computed in SQL.

The rule: a representative takes part when their registration to the forum is
*requested* or *accredited* (refused and withdrawn do not count), the registration and
the person are not deleted, and the person has not been merged into another record.
People without an organisation count in `representatives` and `by_gender` only.
Every dictionary carries every enum member, zero included, so readers never miss a key.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.models import Organisation, Registration, Representative

COUNTED_STATUSES = (AccreditationStatus.REQUESTED, AccreditationStatus.ACCREDITED)


@dataclass(frozen=True)
class Participation:
    forum_id: uuid.UUID
    representatives: int
    by_category: dict[OrganisationCategory, int]
    organisations_by_category: dict[OrganisationCategory, int]
    states: tuple[str, ...]  # alpha-3 of Member States with someone taking part, sorted
    by_gender: dict[Gender, int]


def _taking_part(forum_id: uuid.UUID) -> Any:
    """One row per person taking part: their id, gender and organisation."""
    return (
        select(
            Representative.id.label("person"),
            Representative.gender.label("gender"),
            Representative.organisation_id.label("organisation"),
        )
        .join(Registration, Registration.representative_id == Representative.id)
        .where(
            Registration.forum_id == forum_id,
            Registration.status.in_(COUNTED_STATUSES),
            Registration.deleted_at.is_(None),
            Representative.deleted_at.is_(None),
            Representative.merged_into_id.is_(None),
        )
        .distinct()
        .subquery()
    )


def participation(session: Session, forum_id: uuid.UUID) -> Participation:
    people = _taking_part(forum_id)
    total = session.scalar(select(func.count()).select_from(people)) or 0

    genders = dict.fromkeys(Gender, 0)
    for gender, count in session.execute(
        select(people.c.gender, func.count()).group_by(people.c.gender)
    ):
        genders[Gender(gender)] = int(count)

    by_category = dict.fromkeys(OrganisationCategory, 0)
    organisations = dict.fromkeys(OrganisationCategory, 0)
    for category, persons, bodies in session.execute(
        select(
            Organisation.category,
            func.count(people.c.person),
            func.count(func.distinct(Organisation.id)),
        )
        .join(people, people.c.organisation == Organisation.id)
        .group_by(Organisation.category)
    ):
        by_category[OrganisationCategory(category)] = int(persons)
        organisations[OrganisationCategory(category)] = int(bodies)

    states = session.scalars(
        select(Organisation.country_code)
        .join(people, people.c.organisation == Organisation.id)
        .where(
            Organisation.category == OrganisationCategory.MEMBER_STATE,
            Organisation.country_code.is_not(None),
        )
        .distinct()
        .order_by(Organisation.country_code)
    ).all()

    return Participation(
        forum_id=forum_id,
        representatives=int(total),
        by_category=by_category,
        organisations_by_category=organisations,
        states=tuple(code for code in states if code),
        by_gender=genders,
    )

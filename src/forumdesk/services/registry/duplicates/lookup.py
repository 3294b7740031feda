"""Likely duplicates of one person: a recorded one (the detail form) or one being typed
in (a walk-in). Reads only the people who could match, not the whole registry."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import and_, func, or_
from sqlalchemy.orm import Session

from forumdesk.services.registry.duplicates.finder import (
    DuplicateFinder,
    DuplicateMatch,
    email_key,
    people_query,
)
from forumdesk.services.registry.people import sort_key
from forumdesk.store.models import Representative


def _prefix(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix`, written as a range so that the index serves it."""
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(prefix[-1]) + 1))


def likely_duplicates(
    session: Session, representative_id: uuid.UUID, limit: int = 5
) -> list[DuplicateMatch]:
    """Likely duplicates of one recorded person, for the detail form."""
    person = session.get(Representative, representative_id)
    if person is None:
        return []
    organisation = person.organisation
    return duplicates_of_entry(
        session,
        person.given_name_latin or person.given_name,
        person.family_name_latin or person.family_name,
        organisation=organisation.name if organisation else None,
        email=person.email,
        limit=limit,
        exclude=representative_id,
    )


def duplicates_of_entry(
    session: Session,
    given_name: str,
    family_name: str,
    *,
    organisation: str | None = None,
    email: str | None = None,
    limit: int = 5,
    exclude: uuid.UUID | None = None,
) -> list[DuplicateMatch]:
    """Likely duplicates of a person being typed in (a walk-in), before it is saved.

    Reads only the people who could match (same email, or a sort key starting like
    the family or given name) rather than the whole registry.
    """
    family = sort_key(family_name)[:3]
    given = sort_key(given_name)[:3]
    nearby = [_prefix(Representative.sort_key, p) for p in {family, given} if p]
    # Records written before sort keys existed are found by their family name.
    nearby += [
        and_(
            Representative.sort_key.is_(None), func.lower(Representative.family_name).like(f"{p}%")
        )
        for p in {family, given}
        if p
    ]
    if email:
        nearby.append(func.lower(Representative.email) == email_key(email))
    if not nearby:
        return []
    finder = DuplicateFinder()
    finder._load_rows(session, people_query().where(or_(*nearby)))
    return finder.check(
        given_name,
        family_name,
        organisation=organisation,
        email=email,
        limit=limit,
        exclude=exclude,
    )

"""A person as the contact of a practice (issue 20): a practice's contact is a name and
an e-mail typed by whoever submitted it, not a link to the registry, so the person is
found there by their e-mail or their full name (either order, either script)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from forumdesk.store.models import Forum, Practice, Representative


@dataclass(frozen=True)
class PracticeContactRecord:
    forum: str
    title: str
    contact_name: str | None
    contact_email: str | None


def practices_with_contact(
    session: Session,
    people: Iterable[Representative],
    names: Iterable[tuple[str | None, str | None]] = (),
) -> list[Practice]:
    """Live or deleted practices whose contact is one of `people` (a person and the
    duplicates merged into them), or is named by one of `names` ((given, family) pairs:
    an erased person's, read from a laptop's copy), oldest first."""
    emails, keys = _keys(people, names)
    if not emails and not keys:
        return []
    candidates = session.scalars(
        select(Practice)
        .where(or_(Practice.contact_email.is_not(None), Practice.contact_name.is_not(None)))
        .order_by(Practice.created_at)
    )
    return [
        practice
        for practice in candidates
        if (practice.contact_email or "").casefold() in emails
        or _name_key(practice.contact_name) in keys
    ]


def contact_records(session: Session, practices: list[Practice]) -> list[PracticeContactRecord]:
    # The short title, which a table's column can hold, as the other records give it.
    forums = {f.id: f.short_title or f.title for f in session.scalars(select(Forum))}
    return [
        PracticeContactRecord(
            forum=forums.get(practice.forum_id, ""),
            title=practice.title,
            contact_name=practice.contact_name,
            contact_email=practice.contact_email,
        )
        for practice in practices
    ]


def _keys(
    people: Iterable[Representative], names: Iterable[tuple[str | None, str | None]]
) -> tuple[set[str], set[str]]:
    emails: set[str] = set()
    pairs = list(names)
    for person in people:
        if person.email:
            emails.add(person.email.casefold())
        pairs += [
            (person.given_name, person.family_name),
            (person.given_name_latin, person.family_name_latin),
        ]
    keys = set()
    for given, family in pairs:
        if family and given:  # a family name alone names too many people
            keys |= {_name_key(f"{given} {family}"), _name_key(f"{family} {given}")}
    return emails, keys


def _name_key(name: str | None) -> str:
    return " ".join((name or "").casefold().split())

"""Likely duplicates of one person: a recorded one (the detail form) or one being typed
in (a walk-in); and of many recorded at once (those a merge brought). Reads only the
people who could match, not the whole registry."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from forumdesk.services.registry.duplicates.finder import (
    CANDIDATES,
    DuplicateFinder,
    DuplicateMatch,
    email_key,
    people_query,
)
from forumdesk.services.registry.people import sort_key
from forumdesk.store.models import Representative

_CHUNK = 5000  # ids per query
#: Newcomers whose neighbours one statement reads: one statement per newcomer spent
#: more time in SQLAlchemy than in SQLite.
_PROBED_TOGETHER = 25


def _prefix(column: Any, prefix: str) -> Any:
    """`column` starts with `prefix`, written as a range so that the index serves it."""
    return and_(column >= prefix, column < _after(prefix))


def _after(prefix: str) -> str:
    """The first text past every text that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


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
        nearby.append(func.lower(Representative.email).in_(_folded(email)))
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


def _folded(email: str) -> list[str]:
    """What `lower(email)` holds for the people with `email` in another case: its
    case-folded form, and its ASCII letters lowered (SQLite's lower() folds no other),
    so that both are read through the index on lower(email) (revision 0019)."""
    typed = email.strip()
    ascii_lowered = "".join(c.lower() if c.isascii() else c for c in typed)
    return sorted({email_key(typed), ascii_lowered})


def duplicates_of_newcomers(
    session: Session, people: Sequence[uuid.UUID], limit: int = 3
) -> dict[uuid.UUID, list[DuplicateMatch]]:
    """Likely duplicates of each of these recorded people (a merge's newcomers).

    Rather than the whole registry, each reads its neighbours: the people whose sort key
    comes nearest its own, either side, and its own in the other order ("Smith John"),
    within the same first three letters (its block), those of its organisation in that
    block, and those with its email; each look-up through an index, a few dozen rows at
    most. The finder then scores them as it would the whole registry, so a million
    people cost a merge no more than ten thousand.
    """
    newcomers = [row for start in range(0, len(people), _CHUNK)
                 for row in session.execute(people_query().where(
                     Representative.id.in_(people[start : start + _CHUNK])))]  # fmt: skip
    looked_up: list[dict[str, Any]] = []
    for _rid, given, family, given_latin, family_latin, email, org_id, _org, _acr in newcomers:
        given, family = given_latin or given, family_latin or family
        key, swapped = sort_key(family, given), sort_key(given, family)
        if not key:
            continue
        mail = (email or "").strip() or None
        looked_up.append(
            {"key": key, "key_block": key[:3], "key_after": _after(key[:3]),
             "swapped": swapped, "swapped_after": _after(swapped[:3]),
             "org": org_id and uuid.UUID(str(org_id)), **_two_emails(mail)}
        )  # fmt: skip
    connection, nearby = session.connection(), set[uuid.UUID]()
    for start in range(0, len(looked_up), _PROBED_TOGETHER):
        batch = looked_up[start : start + _PROBED_TOGETHER]
        values = {
            f"{name}_{n}": value for n, one in enumerate(batch) for name, value in one.items()
        }
        nearby.update(connection.scalars(_neighbours(len(batch)), values))
    finder = DuplicateFinder()
    chosen = sorted(nearby)
    for start in range(0, len(chosen), _CHUNK):
        query = people_query().where(Representative.id.in_(chosen[start : start + _CHUNK]))
        finder._load_rows(session, query)
    found: dict[uuid.UUID, list[DuplicateMatch]] = {}
    for rid, given, family, given_latin, family_latin, email, _o, org_name, _a in newcomers:
        person = uuid.UUID(str(rid))  # hex text on SQLite
        found[person] = finder.check(
            given_latin or given,
            family_latin or family,
            organisation=org_name,
            email=email,
            limit=limit,
            exclude=person,
        )
    return found


def _two_emails(mail: str | None) -> dict[str, str | None]:
    """The `email_a` and `email_b` of a look-up: the forms of `mail`, or none (NULL
    matches nothing)."""
    forms = (*_folded(mail), None, None) if mail else (None, None)
    return {"email_a": forms[0], "email_b": forms[1]}


@functools.cache
def _neighbours(count: int) -> CompoundSelect[tuple[uuid.UUID]]:
    """The ids the look-ups of `count` newcomers read (`duplicates_of_newcomers`), in
    one query: newcomer n's values are named `key_n`, `org_n`… Made once per count."""
    return union_all(*(probe for n in range(count) for probe in _probes(f"_{n}")))


def _probes(tag: str) -> list[Select[tuple[uuid.UUID]]]:
    """One newcomer's look-ups, their parameters' names ending with `tag`."""
    person = Representative
    live = and_(person.deleted_at.is_(None), person.merged_into_id.is_(None))
    ids = select(person.id).where(live)

    def first(query: Any, *order: Any) -> Any:
        return select(query.order_by(*order).limit(CANDIDATES).subquery().c.id)

    def value(name: str) -> Any:
        return bindparam(f"{name}{tag}", type_=String)

    key, swapped, block = value("key"), value("swapped"), value("key_block")
    in_block = person.sort_key < value("key_after")
    return [
        first(ids.where(person.sort_key >= key, in_block), person.sort_key),
        first(ids.where(person.sort_key < key, person.sort_key >= block), person.sort_key.desc()),
        first(ids.where(person.sort_key >= swapped, person.sort_key < value("swapped_after")),
              person.sort_key),
        first(ids.where(person.organisation_id == bindparam(f"org{tag}"),
                        person.sort_key >= block, in_block)),
        # Two fixed slots (_folded gives one or two forms), not an expanding list: an
        # expanding parameter makes SQLAlchemy rewrite the statement at every execution.
        first(ids.where(func.lower(person.email).in_([value("email_a"), value("email_b")]))),
    ]  # fmt: skip

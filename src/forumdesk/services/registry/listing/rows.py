"""A page of the representatives list, read fast (`query.representative_page`): at a
million people, SQLAlchemy's processing of each value cost more than SQLite's reading.

The page's ids come back as stored and go into one statement made once
(`details_statement`), whose values are read as stored too and converted here
(`list_row`); Core statements run on the session's connection (`core_connection`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, Uuid, and_, bindparam, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.models import Organisation, Registration, Representative


class RepresentativeRow(NamedTuple):
    """A row of the list (a tuple: made three times faster than a frozen dataclass,
    and a scroll through a million people makes a million of them)."""

    id: uuid.UUID
    family_name: str
    given_name: str
    title: str | None
    gender: Gender
    email: str | None
    organisation_id: uuid.UUID | None
    organisation: str | None
    category: OrganisationCategory | None
    country_code: str | None
    registration_id: uuid.UUID | None
    status: AccreditationStatus | None
    badge_number: str | None


_STORED_ID = Uuid(as_uuid=False)


@cache
def details_statement(registration: bool) -> Select[Any]:
    """The details of a page's people (`page`: their ids as stored), and their
    registration to the forum `forum`, if `registration`. Made once: building it and
    its cache key cost as much as reading it."""
    registered = (Registration.id, Registration.status, Registration.badge_number)
    columns = (
        Representative.id,
        Representative.family_name,
        Representative.given_name,
        Representative.title,
        Representative.gender,
        Representative.email,
        Representative.organisation_id,
        Organisation.name,
        Organisation.category,
        Organisation.country_code,
        *(registered if registration else ()),
    )
    stored: list[Any] = [type_coerce(c, String) for c in columns]  # no processing
    statement = (
        select(*stored)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        # The ids as read from the page's statement: hex strings on SQLite.
        .where(Representative.id.in_(bindparam("page", expanding=True, type_=_STORED_ID)))
    )
    if not registration:
        return statement
    forum = bindparam("forum", type_=Registration.forum_id.type)
    return statement.outerjoin(Registration, registered_to(forum))


def registered_to(forum: Any) -> ColumnElement[bool]:
    """The join of a person to their live registration to `forum` (an id or a parameter)."""
    return and_(
        Registration.representative_id == Representative.id,
        Registration.forum_id == forum,
        Registration.deleted_at.is_(None),
    )


def core_connection(session: Session) -> Connection:
    """The session's connection, for Core statements that skip the ORM's execution (a
    millisecond a statement), after the flush the ORM's would have made."""
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()
    return session.connection()


def _uuid(value: Any, read: Callable[[str], uuid.UUID] = uuid.UUID) -> uuid.UUID | None:
    """An id as read (hex on SQLite, a uuid from PostgreSQL's driver)."""
    return value if value is None or isinstance(value, uuid.UUID) else read(value)


@lru_cache(maxsize=4096)
def _hex_uuid(value: str) -> uuid.UUID:
    """Organisations' ids recur from row to row and page to page."""
    return uuid.UUID(value)


# Enum(value) costs ten times a dict's look-up, and a page has hundreds.
_GENDERS = {member.value: member for member in Gender}
_CATEGORIES = {member.value: member for member in OrganisationCategory}
_STATUSES = {member.value: member for member in AccreditationStatus}


def list_row(values: Sequence[Any]) -> RepresentativeRow:
    """A row of the details' statement (`query.representative_page`) as the list shows it."""
    person, family, given, title, gender, email, organisation_id, name, category, country = values[
        :10
    ]
    registration_id, status, badge = values[10:] or (None, None, None)
    return RepresentativeRow(  # by position: keywords cost a third of the row
        person if isinstance(person, uuid.UUID) else uuid.UUID(person),
        family,
        given,
        title,
        _GENDERS[gender],
        email,
        _uuid(organisation_id, _hex_uuid),
        name,
        None if category is None else _CATEGORIES[category],
        country,
        _uuid(registration_id),
        None if status is None else _STATUSES[status],
        badge,
    )

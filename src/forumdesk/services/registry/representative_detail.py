"""One representative, as the detail form shows and edits them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.registry.duplicates.finder import DuplicateMatch
from forumdesk.services.registry.duplicates.lookup import likely_duplicates
from forumdesk.services.registry.edit import representative_values
from forumdesk.services.registry.people import RegistryError, RepresentativeInput
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Forum, Registration, Representative


@dataclass(frozen=True)
class RegistrationLine:
    forum: str
    status: AccreditationStatus
    badge_number: str | None


@dataclass(frozen=True)
class RepresentativeDetail:
    id: uuid.UUID
    data: RepresentativeInput
    organisation: str | None
    registrations: tuple[RegistrationLine, ...]
    duplicates: tuple[DuplicateMatch, ...]
    version: int = 0  # the row's version the values were read at (the save sends it back)


def representative_detail(session: Session, representative_id: uuid.UUID) -> RepresentativeDetail:
    person = session.get(Representative, representative_id)
    if person is None or person.deleted_at is not None:
        raise RegistryError("representative", _("this person is no longer in the registry"))
    lines = session.execute(
        select(Forum.title, Registration.status, Registration.badge_number)
        .join(Forum, Forum.id == Registration.forum_id)
        .where(Registration.representative_id == person.id, Registration.deleted_at.is_(None))
        .order_by(Forum.starts_on)
    ).all()
    return RepresentativeDetail(
        id=person.id,
        data=representative_values(person),
        version=person.version,
        organisation=person.organisation.name if person.organisation else None,
        registrations=tuple(RegistrationLine(*line) for line in lines),
        duplicates=tuple(likely_duplicates(session, person.id)),
    )

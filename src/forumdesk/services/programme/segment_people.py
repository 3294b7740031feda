"""People the segment editor names: a role holder's display name, and the
representatives a typed name finds."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.registry.listing.query import RepresentativeQuery, representative_page
from forumdesk.services.registry.people import sort_key
from forumdesk.store.models import Representative

__all__ = ["PersonChoice", "display_name", "find_people"]


@dataclass(frozen=True)
class PersonChoice:
    id: uuid.UUID
    label: str  # "Given FAMILY (Organisation)"


def display_name(person: Representative) -> str:
    return " ".join(p for p in (person.title, person.given_name, person.family_name) if p)


def find_people(session: Session, text: str, limit: int = 20) -> list[PersonChoice]:
    """Representatives whose name (or organisation, e-mail) starts with `text`."""
    if not sort_key(text):
        return []
    rows = representative_page(session, RepresentativeQuery(text=text), 0, limit)
    return [
        PersonChoice(
            row.id,
            f"{row.given_name} {row.family_name}"
            + (f" ({row.organisation})" if row.organisation else ""),
        )
        for row in rows
    ]

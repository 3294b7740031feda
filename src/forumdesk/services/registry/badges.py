"""Badge data: who gets a badge for a forum, with what on it. No PDF here
(exports/registry/badges.py)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, document_language
from forumdesk.services.common.refusals import NotFound
from forumdesk.services.registry.scripts import Script, made_up, script_of
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import Forum, Organisation, Registration, Representative


@dataclass(frozen=True)
class Badge:
    registration_id: uuid.UUID
    given_name: str
    family_name: str
    # "Given FAMILY" in Latin letters, as recorded; empty when none was (a name in
    # Arabic script whose Latin spelling nobody typed), never a made-up one.
    latin_name: str
    organisation: str | None
    category: OrganisationCategory | None
    badge_number: str | None
    forum_title: str
    language: str = "en"  # the forum's: the badge's own words (its category) are in it


def _latin_name(person: Representative) -> str:
    given, family = (
        "" if made_up(latin, name) else latin or ""
        for latin, name in (
            (person.given_name_latin, person.given_name),
            (person.family_name_latin, person.family_name),
        )
    )
    parts = [given, family.upper()]
    if script_of(person.family_name) is Script.HAN:
        parts.reverse()  # WANG Xiaoming: Chinese names keep the family name first
    return " ".join(part for part in parts if part)


def badges_for(
    session: Session,
    forum_id: uuid.UUID,
    registration_ids: Collection[uuid.UUID] | None = None,
) -> list[Badge]:
    """Badges of a forum, ordered by family name.

    Without `registration_ids`, every accredited registration; with them, exactly
    those registrations of this forum whatever their status (a reprint for someone
    whose accreditation is still pending is the registrar's call, not ours).
    """
    forum = session.execute(select(Forum.title, Forum.language).where(Forum.id == forum_id)).first()
    if forum is None:
        raise NotFound(_("no forum with id {forum_id}").format(forum_id=forum_id))
    forum_title, language = forum.title, document_language(forum.language)
    if registration_ids is not None and not registration_ids:
        return []
    statement = (
        select(Registration, Representative, Organisation)
        .join(Representative, Representative.id == Registration.representative_id)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(
            Registration.forum_id == forum_id,
            Registration.deleted_at.is_(None),
            Representative.deleted_at.is_(None),
        )
        # Old rows may predate sort_key; the lower-cased family name is close enough.
        .order_by(
            func.coalesce(Representative.sort_key, func.lower(Representative.family_name)),
            func.lower(Representative.given_name),
            Registration.badge_number,
            Registration.id,
        )
    )
    if registration_ids is None:
        statement = statement.where(Registration.status == AccreditationStatus.ACCREDITED)
    else:
        statement = statement.where(Registration.id.in_(list(registration_ids)))
    badges: list[Badge] = []
    for registration, person, organisation in session.execute(statement):
        badges.append(
            Badge(
                registration_id=registration.id,
                given_name=person.given_name,
                family_name=person.family_name,
                latin_name=_latin_name(person),
                organisation=organisation.name if organisation is not None else None,
                category=organisation.category if organisation is not None else None,
                badge_number=registration.badge_number,
                forum_title=forum_title,
                language=language,
            )
        )
    return badges

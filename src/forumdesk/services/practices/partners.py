"""Candidate partners for a practice: the organisations working on the same theme in
the same place.

An organisation is a candidate when it submitted another live practice that shares at
least one theme with this one (by the theme's code, so a practice of another forum
counts too) and is in the same region or names a country in common. Candidates are
ranked by how many such practices they submitted; the practice's own submitters are
left out, and so are organisations deleted or merged into another.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound
from forumdesk.services.registry.people import sort_key
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.models import Organisation, Practice, PracticeSubmitter, PracticeTheme, Theme


@dataclass(frozen=True)
class PartnerCandidate:
    organisation_id: uuid.UUID
    name: str
    category: OrganisationCategory
    country_code: str | None
    #: How many of its practices share a theme and a place with this one.
    practices: int
    #: The labels of the themes shared, as this practice's forum names them.
    themes: tuple[str, ...]
    #: The titles of those practices.
    titles: tuple[str, ...]


def _theme_codes(session: Session, practice_ids: list[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
    codes: dict[uuid.UUID, set[str]] = defaultdict(set)
    for practice_id, code in session.execute(
        select(PracticeTheme.practice_id, Theme.code)
        .join(Theme, Theme.id == PracticeTheme.theme_id)
        .where(
            PracticeTheme.practice_id.in_(practice_ids),
            PracticeTheme.deleted_at.is_(None),
            Theme.deleted_at.is_(None),
        )
    ):
        codes[practice_id].add(code)
    return codes


def candidate_partners(
    session: Session, practice_id: uuid.UUID, limit: int = 50
) -> list[PartnerCandidate]:
    practice = session.get(Practice, practice_id)
    if practice is None or practice.deleted_at is not None:
        raise NotFound(_("that practice no longer exists"))
    own_themes = _theme_codes(session, [practice.id])[practice.id]
    if not own_themes:
        return []
    labels: dict[str, str] = {
        row.code: row.label
        for row in session.execute(
            select(Theme.code, Theme.label).where(
                Theme.forum_id == practice.forum_id, Theme.code.in_(own_themes)
            )
        )
    }
    countries = set(practice.countries.split())
    # Practices sharing a theme; the place is checked below, on these few.
    sharing = select(PracticeTheme.practice_id).join(Theme, Theme.id == PracticeTheme.theme_id)
    sharing = sharing.where(Theme.code.in_(own_themes), PracticeTheme.deleted_at.is_(None))
    others = session.execute(
        select(Practice.id, Practice.title, Practice.region, Practice.countries).where(
            Practice.id.in_(sharing), Practice.id != practice.id, Practice.deleted_at.is_(None)
        )
    ).all()
    near = {
        row.id: row.title
        for row in others
        if (practice.region is not None and row.region == practice.region)
        or countries & set(row.countries.split())
    }
    codes = _theme_codes(session, list(near))
    own_submitters = select(PracticeSubmitter.organisation_id).where(
        PracticeSubmitter.practice_id == practice.id, PracticeSubmitter.deleted_at.is_(None)
    )
    found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    organisations: dict[uuid.UUID, Organisation] = {}
    for submitter, organisation in session.execute(
        select(PracticeSubmitter, Organisation)
        .join(Organisation, Organisation.id == PracticeSubmitter.organisation_id)
        .where(
            PracticeSubmitter.practice_id.in_(list(near)),
            PracticeSubmitter.deleted_at.is_(None),
            PracticeSubmitter.organisation_id.not_in(own_submitters),
            Organisation.deleted_at.is_(None),
            Organisation.merged_into_id.is_(None),
        )
    ).all():
        found[organisation.id].append(submitter.practice_id)
        organisations[organisation.id] = organisation
    candidates = []
    for organisation_id, practices in found.items():
        organisation = organisations[organisation_id]
        shared = set().union(*(codes[p] for p in practices)) & own_themes
        candidates.append(
            PartnerCandidate(
                organisation_id=organisation_id,
                name=organisation.name,
                category=organisation.category,
                country_code=organisation.country_code,
                practices=len(practices),
                themes=tuple(sorted(labels.get(code, code) for code in shared)),
                titles=tuple(sorted(near[p] for p in practices)),
            )
        )
    candidates.sort(key=lambda c: (-c.practices, sort_key(c.name)))
    return candidates[:limit]

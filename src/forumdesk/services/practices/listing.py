"""A forum's practices as one line each, filtered as `forumdesk practice list` asks:
by theme (code), region, type, review state and words of the title or the text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import Organisation, Practice, PracticeSubmitter, PracticeTheme, Theme


@dataclass(frozen=True)
class PracticeLine:
    id: uuid.UUID
    title: str
    practice_type: PracticeType
    region: WorldRegion | None
    countries: str
    state: ReviewState
    submitters: tuple[str, ...]
    themes: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "title": self.title,
            "type": self.practice_type.value,
            "region": self.region.value if self.region else None,
            "countries": self.countries.split(),
            "state": self.state.value,
            "submitters": list(self.submitters),
            "themes": list(self.themes),
        }


@dataclass(frozen=True)
class PracticeFilter:
    theme: str | None = None
    region: WorldRegion | None = None
    practice_type: PracticeType | None = None
    state: ReviewState | None = None
    search: str | None = None


def list_practices(
    session: Session, forum_id: uuid.UUID, wanted: PracticeFilter | None = None
) -> list[PracticeLine]:
    """The forum's live practices that pass `wanted`, by title."""
    wanted = wanted or PracticeFilter()
    query = select(Practice).where(Practice.forum_id == forum_id, Practice.deleted_at.is_(None))
    if wanted.region is not None:
        query = query.where(Practice.region == wanted.region)
    if wanted.practice_type is not None:
        query = query.where(Practice.practice_type == wanted.practice_type)
    if wanted.state is not None:
        query = query.where(Practice.state == wanted.state)
    if wanted.theme:
        query = query.where(
            Practice.id.in_(
                select(PracticeTheme.practice_id)
                .join(Theme, PracticeTheme.theme_id == Theme.id)
                .where(Theme.code == wanted.theme.strip(), PracticeTheme.deleted_at.is_(None))
            )
        )
    if wanted.search and wanted.search.strip():
        words = f"%{wanted.search.strip()}%"
        query = query.where(
            or_(
                Practice.title.ilike(words),
                Practice.summary.ilike(words),
                Practice.partners.ilike(words),
                Practice.results.ilike(words),
            )
        )
    practices = list(session.scalars(query.order_by(Practice.title)))
    ids = [p.id for p in practices]
    submitters: dict[uuid.UUID, list[str]] = {}
    themes: dict[uuid.UUID, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for practice_id, name in session.execute(
            select(PracticeSubmitter.practice_id, Organisation.name)
            .join(Organisation, PracticeSubmitter.organisation_id == Organisation.id)
            .where(PracticeSubmitter.practice_id.in_(chunk), PracticeSubmitter.deleted_at.is_(None))
            .order_by(PracticeSubmitter.position)
        ):
            submitters.setdefault(practice_id, []).append(name)
        for practice_id, code in session.execute(
            select(PracticeTheme.practice_id, Theme.code)
            .join(Theme, PracticeTheme.theme_id == Theme.id)
            .where(PracticeTheme.practice_id.in_(chunk), PracticeTheme.deleted_at.is_(None))
            .order_by(Theme.position)
        ):
            themes.setdefault(practice_id, []).append(code)
    return [
        PracticeLine(
            p.id,
            p.title,
            p.practice_type,
            p.region,
            p.countries,
            p.state,
            tuple(submitters.get(p.id, ())),
            tuple(themes.get(p.id, ())),
        )
        for p in practices
    ]


def find_practice(session: Session, text: str) -> uuid.UUID | None:
    """The live practice with this id, or the only one whose id starts with `text`."""
    typed = text.strip().lower()
    try:
        return uuid.UUID(typed)
    except ValueError:
        pass
    bare = typed.replace("-", "")
    if len(bare) < 4 or any(c not in "0123456789abcdef" for c in bare):
        return None
    found = [
        ident
        for ident in session.scalars(select(Practice.id).where(Practice.deleted_at.is_(None)))
        if ident.hex.startswith(bare)
    ]
    return found[0] if len(found) == 1 else None

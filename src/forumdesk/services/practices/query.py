"""A forum's practices as the Practices page lists them: searched and faceted.

Every word typed must appear, accent-folded, somewhere in the title, summary,
results, partners or a submitter's name. Facets (theme, region, type, category of
submitter, review state) are counted the usual faceted way: each facet's counts apply
every other chosen facet and the text, so that a user sees what choosing another
value of that facet would give. A top theme counts and finds its sub-themes too.

A forum has a few thousand practices: they are read (a few columns, one query per
table) and folded once, kept while the database has not changed, and filtered in
memory, which keeps each facet's count one pass over rows already read. "Not changed"
is read from the devices' audit heads: every write to an audited table moves one (an
edit, an import, a merge, a rollback's next write), so a handful of rows tell it.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.practices.themes import ThemeView, themes_of
from forumdesk.services.search.index import fold, normalise
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import (
    Device,
    Organisation,
    Practice,
    PracticeSubmitter,
    PracticeTheme,
)

FACETS = ("theme", "region", "type", "category", "state")


@dataclass(frozen=True)
class PracticeQuery:
    text: str = ""
    theme: uuid.UUID | None = None
    region: WorldRegion | None = None
    practice_type: PracticeType | None = None
    category: OrganisationCategory | None = None
    state: ReviewState | None = None


@dataclass(frozen=True)
class PracticeRow:
    id: uuid.UUID
    title: str
    practice_type: PracticeType
    region: WorldRegion | None
    countries: tuple[str, ...]
    lead: str | None
    themes: tuple[str, ...]
    state: ReviewState
    fictional: bool


@dataclass(frozen=True)
class FacetCount:
    value: object  # a theme id or an enum member
    label: str
    count: int
    depth: int = 0  # 1: a sub-theme


@dataclass(frozen=True)
class PracticeList:
    rows: list[PracticeRow]
    #: How many practices match (rows may hold one page of them).
    total: int
    #: Facet name (FACETS) → its values with counts, in display order.
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)


@dataclass
class _Record:
    row: PracticeRow
    text: str  # folded, for the search
    themes: set[uuid.UUID]  # its themes and their parents
    categories: set[OrganisationCategory]
    #: Facet name → the record's values, worked out once (a record is read many times).
    values: dict[str, tuple[object, ...]] = field(init=False)

    def __post_init__(self) -> None:
        single = {
            "region": self.row.region,
            "type": self.row.practice_type,
            "state": self.row.state,
        }
        self.values = {name: () if value is None else (value,) for name, value in single.items()}
        self.values["theme"] = tuple(self.themes)
        self.values["category"] = tuple(self.categories)

    def facet_values(self, facet: str) -> tuple[object, ...]:
        return self.values[facet]


def _chosen(query: PracticeQuery) -> dict[str, object]:
    values = {
        "theme": query.theme,
        "region": query.region,
        "type": query.practice_type,
        "category": query.category,
        "state": query.state,
    }
    return {name: value for name, value in values.items() if value is not None}


#: (database, forum) → (the audit heads they were read at, the records); the last few.
_READ: dict[tuple[str, uuid.UUID], tuple[object, list[_Record]]] = {}
_READ_LOCK = threading.Lock()
_KEPT = 4


def _cached_records(
    session: Session, forum_id: uuid.UUID, themes: dict[uuid.UUID, ThemeView]
) -> list[_Record]:
    """The forum's records, read again only when some audited write happened since."""
    heads = tuple(
        session.execute(
            select(Device.id, Device.audit_sequence, Device.audit_hash).order_by(Device.id)
        ).all()
    )
    labels = tuple((t.id, t.label, t.parent_id, t.position) for t in themes.values())
    key = (str(session.get_bind().engine.url), forum_id)
    stamp = (heads, labels)
    with _READ_LOCK:
        kept = _READ.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
    records = _records(session, forum_id, themes, searched=True)
    with _READ_LOCK:
        _READ.pop(key, None)
        while len(_READ) >= _KEPT:
            _READ.pop(next(iter(_READ)))
        _READ[key] = (stamp, records)
    return records


def _records(
    session: Session, forum_id: uuid.UUID, themes: dict[uuid.UUID, ThemeView], searched: bool
) -> list[_Record]:
    """Every live practice of the forum, its texts folded for the search when `searched`."""
    texts = (Practice.summary, Practice.results, Practice.partners) if searched else ()
    practices = session.execute(
        select(
            Practice.id,
            Practice.title,
            Practice.practice_type,
            Practice.region,
            Practice.countries,
            Practice.state,
            Practice.fictional,
            *texts,
        ).where(Practice.forum_id == forum_id, Practice.deleted_at.is_(None))
    ).all()
    live = select(Practice.id).where(Practice.forum_id == forum_id, Practice.deleted_at.is_(None))
    submitters: dict[uuid.UUID, list[tuple[int, str, OrganisationCategory]]] = {}
    for practice_id, position, name, category in session.execute(
        select(
            PracticeSubmitter.practice_id,
            PracticeSubmitter.position,
            Organisation.name,
            Organisation.category,
        )
        .join(Organisation, Organisation.id == PracticeSubmitter.organisation_id)
        .where(PracticeSubmitter.deleted_at.is_(None), PracticeSubmitter.practice_id.in_(live))
    ):
        submitters.setdefault(practice_id, []).append((position, name, category))
    filed: dict[uuid.UUID, list[uuid.UUID]] = {}
    for practice_id, theme in session.execute(
        select(PracticeTheme.practice_id, PracticeTheme.theme_id).where(
            PracticeTheme.deleted_at.is_(None), PracticeTheme.practice_id.in_(live)
        )
    ):
        if theme in themes:
            filed.setdefault(practice_id, []).append(theme)
    records = []
    for p in practices:
        orgs = sorted(submitters.get(p.id, []), key=lambda s: s[0])
        own = sorted(filed.get(p.id, []), key=lambda t: (themes[t].position, themes[t].label))
        parents = {themes[t].parent_id for t in own} - {None}
        words = (*p[7:], p.title, *(name for _, name, _ in orgs)) if searched else ()
        records.append(
            _Record(
                row=PracticeRow(
                    id=p.id,
                    title=p.title,
                    practice_type=p.practice_type,
                    region=p.region,
                    countries=tuple(p.countries.split()),
                    lead=orgs[0][1] if orgs else None,
                    themes=tuple(themes[t].label for t in own),
                    state=p.state,
                    fictional=p.fictional,
                ),
                text=fold(normalise("\n".join(words))) if searched else "",
                themes=set(own) | {t for t in parents if t is not None and t in themes},
                categories={category for _, _, category in orgs},
            )
        )
    return sorted(records, key=lambda record: (fold(record.row.title), record.row.id))


def search_practices(
    session: Session,
    forum_id: uuid.UUID,
    query: PracticeQuery,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> PracticeList:
    """The forum's practices matching `query`, by title, and every facet's counts
    (a facet's values are named by the UI, but for themes: by their label)."""
    themes = themes_of(session, forum_id)
    words = fold(normalise(query.text)).split()
    records = _cached_records(session, forum_id, {t.id: t for t in themes})
    by_text = [r for r in records if all(word in r.text for word in words)] if words else records
    chosen = _chosen(query)
    # Each record's chosen facets it fails: it counts in a facet's figures when it fails
    # none, or that facet alone.
    misses = [
        [name for name, value in chosen.items() if value not in r.values[name]] for r in by_text
    ]
    found = [r for r, missed in zip(by_text, misses, strict=True) if not missed]
    facets = {
        name: _facet(
            name,
            [
                r
                for r, missed in zip(by_text, misses, strict=True)
                if not missed or missed == [name]
            ],
            themes,
        )
        for name in FACETS
    }
    end = None if limit is None else offset + limit
    return PracticeList([r.row for r in found[offset:end]], len(found), facets)


def _facet(name: str, records: list[_Record], themes: list[ThemeView]) -> list[FacetCount]:
    counts: Counter[object] = Counter(chain.from_iterable(r.values[name] for r in records))
    if name == "theme":
        return [FacetCount(t.id, t.label, counts[t.id], 0 if t.is_top else 1) for t in themes]
    members: tuple[object, ...] = {
        "region": tuple(WorldRegion),
        "type": tuple(PracticeType),
        "category": tuple(OrganisationCategory),
        "state": tuple(ReviewState),
    }[name]
    # Every state and type is listed; regions and categories only when some practice has one.
    keep_empty = name in ("type", "state")
    return [
        FacetCount(member, str(getattr(member, "value", member)), counts[member])
        for member in members
        if keep_empty or counts[member]
    ]

"""A forum's practices read whole for publishing: the compendium and the open data.

A handful of queries for the whole forum (practices, submitters, themes, links), never
one a practice, so 5,000 practices read as fast as 50. Only live rows; by default only
published practices, and fictional ones only when asked for.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, _, gettext_in
from forumdesk.services.common.refusals import NotFound
from forumdesk.services.practices.themes import ThemeView, themes_of
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import (
    Day,
    Document,
    Forum,
    ForumSession,
    Organisation,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    PracticeTheme,
    Segment,
)

_TYPE_LABELS = {
    PracticeType.POLICY: N_("Policy"),
    PracticeType.PROGRAMME: N_("Programme"),
    PracticeType.PARTNERSHIP_OFFER: N_("Partnership offer"),
    PracticeType.RESEARCH: N_("Research"),
    PracticeType.DATA_TOOL: N_("Data tool"),
}
_REGION_LABELS = {
    WorldRegion.AFRICA: N_("Africa"),
    WorldRegion.AMERICAS: N_("Americas"),
    WorldRegion.ASIA: N_("Asia"),
    WorldRegion.EUROPE: N_("Europe"),
    WorldRegion.OCEANIA: N_("Oceania"),
    WorldRegion.GLOBAL: N_("Global"),
}


def type_label(practice_type: PracticeType, language: str) -> str:
    return gettext_in(language, _TYPE_LABELS[PracticeType(practice_type)])


def region_label(region: WorldRegion, language: str) -> str:
    return gettext_in(language, _REGION_LABELS[WorldRegion(region)])


@dataclass(frozen=True)
class Submitter:
    name: str
    category: OrganisationCategory
    #: ISO 3166-1 alpha-3, when the registry knows it.
    country: str | None


@dataclass(frozen=True)
class ParagraphLink:
    document_id: uuid.UUID
    #: The document's symbol ("A/61/187"), else its title.
    document: str
    number: int


@dataclass(frozen=True)
class SegmentLink:
    id: uuid.UUID
    title: str
    day: date | None


@dataclass(frozen=True)
class PracticeRecord:
    """A practice with everything a publication prints of it."""

    id: uuid.UUID
    title: str
    practice_type: PracticeType
    summary: str
    region: WorldRegion | None
    countries: tuple[str, ...]
    partners: str
    period_from: int | None
    period_to: int | None
    results: str
    contact_name: str | None
    contact_email: str | None
    links: tuple[str, ...]
    state: ReviewState
    fictional: bool
    #: The day its review published it (None while it is not published).
    published_on: date | None
    submitters: tuple[Submitter, ...]
    #: Its themes, in the order of the forum's vocabulary.
    themes: tuple[ThemeView, ...]
    paragraphs: tuple[ParagraphLink, ...]
    segments: tuple[SegmentLink, ...]


@dataclass(frozen=True)
class PublishedPractices:
    forum_title: str
    forum_language: str
    #: The forum's live themes, each top theme followed by its sub-themes.
    themes: tuple[ThemeView, ...]
    practices: tuple[PracticeRecord, ...]


def published_practices(
    session: Session,
    forum_id: uuid.UUID,
    *,
    published_only: bool = True,
    include_fictional: bool = True,
) -> PublishedPractices:
    """The forum's live practices (published only, by default), sorted by title."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise NotFound(_("that forum no longer exists"))
    chosen = select(Practice.id).where(Practice.forum_id == forum_id, Practice.deleted_at.is_(None))
    if published_only:
        chosen = chosen.where(Practice.state == ReviewState.PUBLISHED)
    if not include_fictional:
        chosen = chosen.where(Practice.fictional.is_(False))
    themes = tuple(themes_of(session, forum_id))
    submitters = _submitters(session, chosen)
    practice_themes = _themes(session, chosen, themes)
    paragraphs, segments = _links(session, chosen)
    rows = session.scalars(select(Practice).where(Practice.id.in_(chosen))).all()
    records = [
        PracticeRecord(
            id=row.id,
            title=row.title,
            practice_type=row.practice_type,
            summary=row.summary,
            region=row.region,
            countries=tuple(row.countries.split()),
            partners=row.partners,
            period_from=row.period_from,
            period_to=row.period_to,
            results=row.results,
            contact_name=row.contact_name,
            contact_email=row.contact_email,
            links=tuple(line.strip() for line in row.links.splitlines() if line.strip()),
            state=row.state,
            fictional=row.fictional,
            published_on=(
                row.reviewed_at.date()
                if row.state is ReviewState.PUBLISHED and row.reviewed_at
                else None
            ),
            submitters=tuple(submitters.get(row.id, ())),
            themes=tuple(practice_themes.get(row.id, ())),
            paragraphs=tuple(sorted(paragraphs.get(row.id, ()), key=_paragraph_order)),
            segments=tuple(sorted(segments.get(row.id, ()), key=_segment_order)),
        )
        for row in rows
    ]
    records.sort(key=lambda record: (record.title.casefold(), str(record.id)))
    return PublishedPractices(forum.title, forum.language, themes, tuple(records))


def _submitters(session: Session, chosen: Select[uuid.UUID]) -> dict[uuid.UUID, list[Submitter]]:
    found: dict[uuid.UUID, list[Submitter]] = defaultdict(list)
    rows = session.execute(
        select(
            PracticeSubmitter.practice_id,
            Organisation.name,
            Organisation.category,
            Organisation.country_code,
        )
        .join(Organisation, Organisation.id == PracticeSubmitter.organisation_id)
        .where(
            PracticeSubmitter.practice_id.in_(chosen),
            PracticeSubmitter.deleted_at.is_(None),
            Organisation.deleted_at.is_(None),
        )
        .order_by(PracticeSubmitter.position, Organisation.name)
    )
    for practice_id, name, category, country in rows:
        found[practice_id].append(Submitter(name, category, country))
    return found


def _themes(
    session: Session, chosen: Select[uuid.UUID], themes: tuple[ThemeView, ...]
) -> dict[uuid.UUID, list[ThemeView]]:
    by_id = {theme.id: theme for theme in themes}
    order = {theme.id: place for place, theme in enumerate(themes)}
    found: dict[uuid.UUID, list[ThemeView]] = defaultdict(list)
    rows = session.execute(
        select(PracticeTheme.practice_id, PracticeTheme.theme_id).where(
            PracticeTheme.practice_id.in_(chosen), PracticeTheme.deleted_at.is_(None)
        )
    )
    for practice_id, theme_id in rows:
        if theme_id in by_id:  # a removed theme is no heading
            found[practice_id].append(by_id[theme_id])
    for listed in found.values():
        listed.sort(key=lambda theme: order[theme.id])
    return found


def _links(
    session: Session, chosen: Select[uuid.UUID]
) -> tuple[dict[uuid.UUID, list[ParagraphLink]], dict[uuid.UUID, list[SegmentLink]]]:
    """The summary paragraphs each practice answers and the segments it was presented in."""
    paragraphs: dict[uuid.UUID, list[ParagraphLink]] = defaultdict(list)
    segments: dict[uuid.UUID, list[SegmentLink]] = defaultdict(list)
    rows = session.execute(
        select(
            PracticeLink.practice_id,
            PracticeLink.document_id,
            PracticeLink.paragraph_number,
            Document.symbol,
            Document.title,
            Segment.id,
            Segment.title,
            Day.date,
        )
        .outerjoin(
            Document, (Document.id == PracticeLink.document_id) & Document.deleted_at.is_(None)
        )
        .outerjoin(Segment, (Segment.id == PracticeLink.segment_id) & Segment.deleted_at.is_(None))
        .outerjoin(ForumSession, ForumSession.id == Segment.session_id)
        .outerjoin(Day, Day.id == ForumSession.day_id)
        .where(PracticeLink.practice_id.in_(chosen), PracticeLink.deleted_at.is_(None))
    )
    for practice_id, document_id, number, symbol, doc_title, segment_id, title, day in rows:
        if document_id is not None and number is not None and doc_title is not None:
            paragraphs[practice_id].append(ParagraphLink(document_id, symbol or doc_title, number))
        elif segment_id is not None:
            segments[practice_id].append(SegmentLink(segment_id, title, day))
    return paragraphs, segments


def _paragraph_order(link: ParagraphLink) -> tuple[str, int]:
    return (link.document, link.number)


def _segment_order(link: SegmentLink) -> tuple[date, str]:
    return (link.day or date.min, link.title)

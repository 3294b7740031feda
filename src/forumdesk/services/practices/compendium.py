"""The published compendium of a forum's practices, as data for the document composer.

Only published, live practices; fictional ones (the demo's) only when asked for, and
then marked wherever they appear. Practices are grouped by theme in the order of the
forum's vocabulary (each top theme, then its sub-themes) and numbered in reading order.

A practice filed under several themes is printed once, under the first of them in the
vocabulary's order, and the other themes' sections refer to its number ("See also 3,
17"): printing it in full under each would make a 5,000-practice compendium several
times longer, and a reader looking up a theme still finds every practice on it.
Practices filed under no theme come last, in a section of their own.

An index of countries (the practices' countries, named in the document's language)
and an index of organisations (the submitters) point to the practice numbers.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import document_language, gettext_in
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.services.practices.published import (
    PracticeRecord,
    published_practices,
    region_label,
    type_label,
)
from forumdesk.services.practices.themes import ThemeView
from forumdesk.services.registry.countries import country_name
from forumdesk.services.registry.text import RegistryError, sort_key


@dataclass(frozen=True)
class CompendiumEntry:
    """A practice as the compendium prints it, worded in the document's language."""

    number: int
    practice: PracticeRecord
    type_label: str
    region_label: str | None
    country_names: tuple[str, ...]
    period: str | None
    #: "¶¶ 8–10, 12" (each document's symbol first when it answers several documents).
    paragraph_refs: str | None
    #: "Round table 1 (12 July 2006)".
    segments: tuple[str, ...]

    @property
    def fictional(self) -> bool:
        return self.practice.fictional


@dataclass(frozen=True)
class CompendiumSection:
    """A theme's part of the compendium; `theme` None: the practices under no theme."""

    theme: ThemeView | None
    #: 1 for a top theme (and the practices under no theme), 2 for a sub-theme.
    depth: int
    #: The practices printed here, by number.
    numbers: tuple[int, ...]
    #: Practices printed under another of their themes, referred to from here.
    see_also: tuple[int, ...]


@dataclass(frozen=True)
class IndexEntry:
    name: str
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class Compendium:
    forum_title: str
    language: str
    sections: tuple[CompendiumSection, ...]
    #: Every practice printed, in number order (entry n is entries[n - 1]).
    entries: tuple[CompendiumEntry, ...]
    countries: tuple[IndexEntry, ...]
    organisations: tuple[IndexEntry, ...]

    def entry(self, number: int) -> CompendiumEntry:
        return self.entries[number - 1]


def compendium(
    session: Session,
    forum_id: uuid.UUID,
    *,
    language: str | None = None,
    include_fictional: bool = False,
) -> Compendium:
    """The forum's published practices grouped by theme, numbered, with both indexes;
    worded in `language` (else the forum's)."""
    data = published_practices(session, forum_id, include_fictional=include_fictional)
    language = document_language(language or data.forum_language)
    home: dict[uuid.UUID | None, list[PracticeRecord]] = defaultdict(list)
    others: dict[uuid.UUID, list[PracticeRecord]] = defaultdict(list)
    for record in data.practices:  # sorted by title: each section lists them so
        home[record.themes[0].id if record.themes else None].append(record)
        for theme in record.themes[1:]:
            others[theme.id].append(record)
    numbers: dict[uuid.UUID, int] = {}
    placed: list[tuple[ThemeView | None, int, list[PracticeRecord]]] = []
    theme_ids = {theme.id for theme in data.themes}
    for theme in data.themes:
        depth = 2 if theme.parent_id in theme_ids else 1
        placed.append((theme, depth, home.get(theme.id, [])))
    placed.append((None, 1, home.get(None, [])))
    for _theme, _depth, records in placed:
        for record in records:
            numbers[record.id] = len(numbers) + 1
    sections = [
        CompendiumSection(
            theme,
            depth,
            tuple(numbers[record.id] for record in records),
            tuple(sorted(numbers[r.id] for r in others.get(theme.id, []))) if theme else (),
        )
        for theme, depth, records in placed
    ]
    entries = sorted(
        (_entry(numbers[record.id], record, language) for record in data.practices),
        key=lambda entry: entry.number,
    )
    return Compendium(
        forum_title=data.forum_title,
        language=language,
        sections=tuple(_shown(sections)),
        entries=tuple(entries),
        countries=_index((name, entry.number) for entry in entries for name in entry.country_names),
        organisations=_index(
            (submitter.name, entry.number)
            for entry in entries
            for submitter in entry.practice.submitters
        ),
    )


def period_text(period_from: int | None, period_to: int | None, language: str) -> str | None:
    """ "2004–2006", "since 2004", "until 2006"; None when neither year is known."""
    if period_from and period_to:
        return str(period_from) if period_from == period_to else f"{period_from}–{period_to}"
    if period_from:
        return gettext_in(language, "since {year}").format(year=period_from)
    if period_to:
        return gettext_in(language, "until {year}").format(year=period_to)
    return None


def _entry(number: int, record: PracticeRecord, language: str) -> CompendiumEntry:
    return CompendiumEntry(
        number=number,
        practice=record,
        type_label=type_label(record.practice_type, language),
        region_label=region_label(record.region, language) if record.region else None,
        country_names=tuple(_country_name(code, language) for code in record.countries),
        period=period_text(record.period_from, record.period_to, language),
        paragraph_refs=_paragraph_refs(record),
        segments=tuple(
            f"{segment.title} ({long_date(segment.day, language, weekday=False)})"
            if segment.day
            else segment.title
            for segment in record.segments
        ),
    )


def _country_name(code: str, language: str) -> str:
    try:
        return country_name(code, language)
    except RegistryError:  # a code pycountry no longer knows: printed as stored
        return code


def _paragraph_refs(record: PracticeRecord) -> str | None:
    by_document: dict[uuid.UUID, list[int]] = defaultdict(list)
    names = {}
    for link in record.paragraphs:
        by_document[link.document_id].append(link.number)
        names[link.document_id] = link.document
    parts = []
    for document_id, found in by_document.items():
        refs = format_paragraph_refs(found)
        sign = "¶¶" if len(found) > 1 else "¶"
        prefix = f"{names[document_id]} " if len(by_document) > 1 else ""
        parts.append(f"{prefix}{sign} {refs}")
    return "; ".join(parts) or None


def _shown(sections: list[CompendiumSection]) -> list[CompendiumSection]:
    """The sections with something to print, and the top theme above a sub-theme that
    has (its heading gives the sub-theme its place)."""
    shown: list[CompendiumSection] = []
    pending_top: CompendiumSection | None = None
    for section in sections:
        has = bool(section.numbers or section.see_also)
        if section.depth == 1:
            pending_top = None if has else section
            if has:
                shown.append(section)
        elif has:
            if pending_top is not None:
                shown.append(pending_top)
                pending_top = None
            shown.append(section)
    return shown


def _index(pairs: Iterable[tuple[str, int]]) -> tuple[IndexEntry, ...]:
    found: dict[str, set[int]] = defaultdict(set)
    for name, number in pairs:
        found[name].add(number)
    return tuple(
        IndexEntry(name, tuple(sorted(numbers)))
        for name, numbers in sorted(found.items(), key=lambda item: (sort_key(item[0]), item[0]))
    )

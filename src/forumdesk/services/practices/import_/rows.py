"""One row of a practices file as a practice: cells by field, looked up against the
registry (submitters), the forum's themes and its summary (paragraphs), then checked
by `practices.clean_input`, the rule the form follows too.

An unknown submitting organisation is a row's error, never created here: a practice
names organisations already registered (with their category and country, checked by
the registry's own import or form), and a misspelt name would otherwise add a second
organisation nobody reviewed.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, gettext_in
from forumdesk.services.documents.paragraph_refs import ParagraphRefError, parse_paragraph_refs
from forumdesk.services.practices.import_.columns import ValueProblem, practice_type, world_region
from forumdesk.services.practices.practices import (
    ParagraphRef,
    PracticeError,
    PracticeInput,
    clean_input,
)
from forumdesk.services.practices.themes import SEED_THEMES, theme_id, themes_of
from forumdesk.services.registry.import_.columns import fold
from forumdesk.services.registry.import_.encoding import control_character
from forumdesk.services.registry.text import FieldProblem, sort_key
from forumdesk.store.models import (
    Document,
    Forum,
    LanguageVersion,
    Organisation,
    Paragraph,
    Practice,
    PracticeSubmitter,
)

#: Fields that may hold line breaks; the others are one line.
LONG_FIELDS = frozenset({"summary", "partners", "results", "links"})
_COUNTRY_SEPARATORS = re.compile(r"[;,]")
_LINK_SEPARATORS = re.compile(r"[\s;]+")
# Problem fields of `clean_input` named otherwise in the mapping.
_FIELD_OF = {"practice_type": "type"}


@dataclass(frozen=True)
class Parsed:
    """A row that passed: the cleaned input, and the key of its likely duplicates."""

    data: PracticeInput
    key: int


def field_of(problem_field: str) -> str:
    return _FIELD_OF.get(problem_field, problem_field)


class Lookups:
    """What the rows are matched against, read once: organisations, themes, paragraphs,
    and the practices the forum already holds (to refuse the same file twice)."""

    def __init__(self, session: Session, forum: Forum) -> None:
        self.names: dict[str, uuid.UUID] = {}
        self.acronyms: dict[str, set[uuid.UUID]] = {}
        for ident, name, acronym in session.execute(
            select(Organisation.id, Organisation.name, Organisation.acronym).where(
                Organisation.deleted_at.is_(None), Organisation.merged_into_id.is_(None)
            )
        ):
            self.names.setdefault(sort_key(name), ident)
            if acronym:
                self.acronyms.setdefault(fold(acronym), set()).add(ident)
        self.themes: dict[str, uuid.UUID] = {}
        views = themes_of(session, forum.id)
        if views:
            for view in views:
                self.themes.setdefault(view.code.casefold(), view.id)
                self.themes.setdefault(fold(view.label), view.id)
        else:  # the seed's vocabulary, which the import gives the forum before writing
            for code, label, _parent in SEED_THEMES:
                self.themes[code] = self.themes[fold(gettext_in(forum.language, label))] = theme_id(
                    forum.id, code
                )
        self.summary, self.paragraphs = _summary_paragraphs(session, forum.id)
        self.existing = {
            hash((fold(title), lead))
            for title, lead in session.execute(
                select(Practice.title, PracticeSubmitter.organisation_id)
                .outerjoin(
                    PracticeSubmitter,
                    (PracticeSubmitter.practice_id == Practice.id)
                    & (PracticeSubmitter.position == 0)
                    & PracticeSubmitter.deleted_at.is_(None),
                )
                .where(Practice.forum_id == forum.id, Practice.deleted_at.is_(None))
            )
        }

    def organisation(self, text: str) -> uuid.UUID:
        found = self.names.get(sort_key(text))
        if found is not None:
            return found
        by_acronym = self.acronyms.get(fold(text), set())
        if len(by_acronym) == 1:
            return next(iter(by_acronym))
        if by_acronym:
            raise ValueProblem(
                _("{name!r} is the acronym of {count} organisations; give the full name").format(
                    name=text, count=len(by_acronym)
                )
            )
        raise ValueProblem(
            _("{name!r} is not a registered organisation; register it first").format(name=text)
        )

    def theme(self, text: str) -> uuid.UUID:
        found = self.themes.get(text.casefold()) or self.themes.get(fold(text))
        if found is None:
            raise ValueProblem(
                _("{theme!r} is not one of this forum's themes (a code or a label)").format(
                    theme=text
                )
            )
        return found

    def paragraph_refs(self, text: str) -> tuple[ParagraphRef, ...]:
        try:
            numbers = parse_paragraph_refs(text)
        except ParagraphRefError as error:
            raise ValueProblem(str(error)) from error
        if self.summary is None:
            raise ValueProblem(_("the forum has no summary whose paragraphs to link"))
        missing = [n for n in numbers if n not in self.paragraphs]
        if missing:
            raise ValueProblem(_("the summary has no paragraph {number}").format(number=missing[0]))
        return tuple(ParagraphRef(self.summary, n) for n in numbers)


def _summary_paragraphs(
    session: Session, forum_id: uuid.UUID
) -> tuple[uuid.UUID | None, frozenset[int]]:
    """The forum's summary (the latest made, when there are several) and its numbers."""
    summary = session.scalar(
        select(Document.id)
        .where(
            Document.forum_id == forum_id,
            Document.kind == "summary",
            Document.deleted_at.is_(None),
        )
        .order_by(Document.created_at.desc())
        .limit(1)
    )
    if summary is None:
        return None, frozenset()
    numbers = session.scalars(
        select(Paragraph.number)
        .join(LanguageVersion, Paragraph.language_version_id == LanguageVersion.id)
        .where(LanguageVersion.document_id == summary, Paragraph.deleted_at.is_(None))
        .distinct()
    )
    return summary, frozenset(numbers)


def control_problems(get: dict[str, str]) -> list[FieldProblem]:
    """Control characters (escape sequences, direction overrides) in any cell."""
    problems = []
    for name, value in get.items():
        found = value and control_character(value, long_text=name in LONG_FIELDS)
        if found:
            problems.append(
                FieldProblem(
                    name,
                    _("holds a control character ({char}), which a practice cannot hold").format(
                        char=found
                    ),
                )
            )
    return problems


def _year(problems: list[FieldProblem], name: str, text: str) -> int | None:
    if not text:
        return None
    if text.isdigit() and len(text) <= 4:
        return int(text)
    problems.append(FieldProblem(name, _("{text!r} is not a year").format(text=text)))
    return None


def _each(
    problems: list[FieldProblem],
    name: str,
    parts: Sequence[str],
    look_up: Callable[[str], uuid.UUID],
) -> tuple[uuid.UUID, ...]:
    found: list[uuid.UUID] = []
    for part in parts:
        try:
            found.append(look_up(part))
        except ValueProblem as error:
            problems.append(FieldProblem(name, str(error)))
            break  # one reason per column
    return tuple(found)


def _split(text: str, separators: re.Pattern[str] | str = ";") -> list[str]:
    parts = separators.split(text) if isinstance(separators, re.Pattern) else text.split(";")
    return [part.strip() for part in parts if part.strip()]


def parse_row(lookups: Lookups, get: dict[str, str]) -> tuple[Parsed | None, list[FieldProblem]]:
    """The row's practice, or every problem found in it (one per field)."""
    problems = control_problems(get)
    if problems:
        return None, problems
    kind = None
    if not get["type"]:
        problems.append(FieldProblem("type", _("a practice needs a type")))
    else:
        try:
            kind = practice_type(get["type"])
        except ValueProblem as error:
            problems.append(FieldProblem("type", str(error)))
    region = None
    if get["region"]:
        try:
            region = world_region(get["region"])
        except ValueProblem as error:
            problems.append(FieldProblem("region", str(error)))
    submitters = _each(problems, "submitters", _split(get["submitters"]), lookups.organisation)
    themes = _each(problems, "themes", _split(get["themes"]), lookups.theme)
    paragraphs: tuple[ParagraphRef, ...] = ()
    if get["paragraphs"]:
        try:
            paragraphs = lookups.paragraph_refs(get["paragraphs"])
        except ValueProblem as error:
            problems.append(FieldProblem("paragraphs", str(error)))
    period_from = _year(problems, "period_from", get["period_from"])
    period_to = _year(problems, "period_to", get["period_to"])
    if problems or kind is None:
        return None, problems
    try:
        data = clean_input(
            PracticeInput(
                title=get["title"],
                practice_type=kind,
                summary=get["summary"],
                region=region,
                countries=tuple(_split(get["countries"], _COUNTRY_SEPARATORS)),
                partners=get["partners"],
                period_from=period_from,
                period_to=period_to,
                results=get["results"],
                contact_name=get["contact_name"] or None,
                contact_email=get["contact_email"] or None,
                links=tuple(_split(get["links"], _LINK_SEPARATORS)),
                submitters=submitters,
                themes=themes,
                paragraphs=paragraphs,
            )
        )
    except PracticeError as error:
        return None, [FieldProblem(field_of(error.field), str(error))]
    lead = data.submitters[0] if data.submitters else None
    return Parsed(data, hash((fold(data.title), lead))), []

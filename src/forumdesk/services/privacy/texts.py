"""The texts that may name a person, and putting a pseudonym in place of their name.

Each text says the pseudonym in its own language: a note, the minutes and the
programme in their forum's, a summary document's paragraphs in their language
version's. Approved minutes and the summary report also record, in their own text,
that their names were pseudonymised and when (`record_note`).
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, gettext_in
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.privacy.pseudonyms import pseudonym, replace_name, replace_name_in_html
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import (
    Day,
    Erasure,
    Footnote,
    Forum,
    ForumSession,
    Intervention,
    LanguageVersion,
    Minutes,
    MinutesVersion,
    Note,
    Paragraph,
    Section,
    Segment,
    SegmentRole,
)

MINUTES_RECORD = N_(
    "Names in these minutes were replaced by pseudonyms on {date} under the rules on "
    "personal data protection."
)
REPORT_RECORD = N_(
    "Names in this report were replaced by pseudonyms on {date} under the rules on "
    "personal data protection."
)


@dataclass
class TextsChanged:
    """The records whose text now says the pseudonym, by table, and the language
    versions of documents whose paragraphs changed (for the search index)."""

    records: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    language_versions: set[uuid.UUID] = field(default_factory=set)

    def add(self, table: str, record_id: uuid.UUID) -> None:
        self.records.setdefault(table, set()).add(record_id)


@dataclass(frozen=True)
class _Texts:
    model: Any
    columns: tuple[str, ...]
    html: tuple[str, ...]  # of the columns, those holding HTML
    #: The language of a row, from its (id, *columns) as selected with `extra`.
    language: Callable[[_Languages, Any], str]
    extra: tuple[str, ...] = ()


class _Languages:
    """Languages of forums and document versions, each read once."""

    def __init__(self, session: Session, default: str) -> None:
        self.session = session
        self.default = default
        self.forums = _pairs(session, select(Forum.id, Forum.language))
        self.versions = _pairs(session, select(LanguageVersion.id, LanguageVersion.language))
        self._segments: dict[uuid.UUID, uuid.UUID] | None = None
        self._minutes: dict[uuid.UUID, uuid.UUID] | None = None

    def forum(self, forum_id: uuid.UUID | None) -> str:
        return self.forums.get(forum_id, self.default) if forum_id else self.default

    def segment(self, segment_id: uuid.UUID) -> str:
        if self._segments is None:
            query = (
                select(Segment.id, Day.forum_id)
                .join(ForumSession, ForumSession.id == Segment.session_id)
                .join(Day, Day.id == ForumSession.day_id)
            )
            self._segments = _pairs(self.session, query)
        return self.forum(self._segments.get(segment_id))

    def minutes(self, minutes_id: uuid.UUID) -> str:
        if self._minutes is None:
            query = select(Minutes.id, Minutes.forum_id)
            self._minutes = _pairs(self.session, query)
        return self.forum(self._minutes.get(minutes_id))


def _pairs(session: Session, query: Select[Any, Any]) -> dict[Any, Any]:
    return {row[0]: row[1] for row in session.execute(query)}


_TEXTS = (
    _Texts(
        Note,
        ("body_text", "body_html"),
        ("body_html",),
        lambda w, r: w.forum(r.forum_id),
        ("forum_id",),
    ),
    _Texts(
        MinutesVersion,
        ("body_html",),
        ("body_html",),
        lambda w, r: w.minutes(r.minutes_id),
        ("minutes_id",),
    ),
    _Texts(Minutes, ("preamble",), (), lambda w, r: w.forum(r.forum_id), ("forum_id",)),
    _Texts(
        Intervention,
        ("speaker_label", "summary"),
        (),
        lambda w, r: w.segment(r.segment_id),
        ("segment_id",),
    ),
    _Texts(SegmentRole, ("label",), (), lambda w, r: w.segment(r.segment_id), ("segment_id",)),
    _Texts(Segment, ("title", "theme"), (), lambda w, r: w.segment(r.id)),
    _Texts(LanguageVersion, ("preamble",), (), lambda w, r: w.versions.get(r.id, w.default)),
    *(
        _Texts(
            model,
            columns,
            (),
            lambda w, r: w.versions.get(r.language_version_id, w.default),
            ("language_version_id",),
        )
        for model, columns in (
            (Paragraph, ("text",)),
            (Section, ("title", "body")),
            (Footnote, ("text",)),
        )
    ),
)


def replace_in_texts(
    session: Session, pattern: re.Pattern[str], tombstone: Erasure, language: str, at: datetime
) -> TextsChanged:
    """Every text naming the person (`pattern`) says `tombstone`'s pseudonym instead,
    deleted rows included (their text is still in the file); in `language` where the
    text has none of its own (a note of no forum)."""
    session.flush()
    languages = _Languages(session, language)
    changed = TextsChanged()
    for texts in _TEXTS:
        model = texts.model
        selected = [model.id, *(getattr(model, c) for c in (*texts.columns, *texts.extra))]
        for row in session.execute(select(*selected)).all():
            values = {c: getattr(row, c) for c in texts.columns if getattr(row, c)}
            if not values:
                continue
            stand_in = pseudonym(
                tombstone.category, tombstone.number, texts.language(languages, row)
            )
            new = {
                c: (replace_name_in_html if c in texts.html else replace_name)(
                    pattern, value, stand_in
                )
                for c, value in values.items()
            }
            new = {c: value for c, value in new.items() if value != values[c]}
            if new:
                record = session.get_one(model, row.id)
                for column, value in new.items():
                    setattr(record, column, value)
                changed.add(model.__tablename__, row.id)
    _record(session, changed, languages, at)
    return changed


def _record(session: Session, changed: TextsChanged, languages: _Languages, at: datetime) -> None:
    """Approved minutes and the report say, in their text, that names were replaced."""
    for version_id in changed.records.get("minutes_versions", ()):
        version = session.get_one(MinutesVersion, version_id)
        if version.state is MinutesState.APPROVED:
            language = languages.minutes(version.minutes_id)
            note = gettext_in(language, MINUTES_RECORD).format(date=_date(at, language))
            paragraph = f"<p><i>{html.escape(note, quote=False)}</i></p>"
            if paragraph not in version.body_html:
                version.body_html += paragraph
    paragraphs = changed.records.get("paragraphs", set())
    for column in (
        Paragraph.language_version_id,
        Section.language_version_id,
        Footnote.language_version_id,
    ):
        ids = changed.records.get(column.class_.__tablename__, set())
        if ids:
            query = select(column).where(column.class_.id.in_(ids))
            changed.language_versions.update(session.scalars(query))
    for version_id in changed.language_versions:
        _record_in_report(session, version_id, paragraphs, languages, at)


def _record_in_report(
    session: Session,
    version_id: uuid.UUID,
    paragraphs: set[uuid.UUID],
    languages: _Languages,
    at: datetime,
) -> None:
    """A footnote on the version's first paragraph that changed (else its first)."""
    language = languages.versions.get(version_id, languages.default)
    note = gettext_in(language, REPORT_RECORD).format(date=_date(at, language))
    live = session.scalars(
        select(Paragraph)
        .where(Paragraph.language_version_id == version_id, Paragraph.deleted_at.is_(None))
        .order_by(Paragraph.position, Paragraph.number)
    ).all()
    footnotes = session.scalars(
        select(Footnote).where(Footnote.language_version_id == version_id)
    ).all()
    if not live or any(footnote.text == note for footnote in footnotes):
        return
    anchor = next((p for p in live if p.id in paragraphs), live[0])
    position = max((footnote.position for footnote in footnotes), default=0) + 1
    session.add(
        Footnote(
            language_version_id=version_id,
            paragraph_id=anchor.id,
            marker="*",
            text=note,
            position=position,
        )
    )


def _date(at: datetime, language: str) -> str:
    return long_date(at.date(), language, weekday=False)

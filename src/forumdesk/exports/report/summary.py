"""The forum's summary report as a document, in the shape of the 2006 summary.

The cover (organ, symbol, distribution, date, languages, session, agenda item,
title and the President's note) from the language version's header, a table of
contents whose paragraph ranges come from the paragraphs themselves, the sections
(I, A, 1, un-numbered headings) with the paragraphs numbered through the whole
document (a paragraph's "a) …" lines as its list) and their footnotes, then on a new
page the annex: the programme, read from the forum's programme data and worded as
the printed programme words it ("10 h 00–10 h 30").

Services may not import exports, so the composer lives here; `services.report`
supplies the data and the rapporteur's edits.
"""

from __future__ import annotations

import dataclasses
import re
import uuid

from sqlalchemy.orm import Session

from forumdesk.exports.document.cover import CoverFields, cover_of
from forumdesk.exports.document.model import (
    Block,
    BulletList,
    Contents,
    ContentsEntry,
    Cover,
    Footnote,
    Heading,
    ListItem,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    plain,
    run_text,
)
from forumdesk.exports.programme.layout import Programme, load_programme
from forumdesk.services.common.messages import N_, _, document_language, gettext_in
from forumdesk.services.report.report import (
    DEPTHS,
    ReportError,
    live_paragraphs,
    live_sections,
    report_version,
    section_ranges,
)
from forumdesk.store.models import Footnote as StoredFootnote
from forumdesk.store.models import Forum, LanguageVersion, Section

__all__ = ["ReportError", "report_document"]

_WORDS = {"contents": N_("Contents"), "annex": N_("Annex"), "programme": N_("Programme")}
ANNEX_ANCHOR = "annex"


def report_document(
    session: Session, forum_id: uuid.UUID, *, language: str | None = None
) -> OutputDocument:
    """The forum's summary report, from its summary document in `language` (else the
    original) and its programme. Raises ReportError when the forum has no summary."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise ReportError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    version = report_version(session, forum_id, language)
    programme = load_programme(session, forum_id)
    if document_language(version.language) == version.language:
        # the annex speaks the report's language
        programme = dataclasses.replace(programme, language=version.language)
    words = {key: gettext_in(programme.language, word) for key, word in _WORDS.items()}
    sections = live_sections(version)
    anchors = {s.id: f"section-{i + 1}" for i, s in enumerate(sections)}
    blocks: list[Block] = [PageBreak(), _contents(version, sections, anchors, words)]
    blocks.extend(_body(version, sections, anchors))
    blocks.append(PageBreak())
    blocks.extend(_annex(programme, words))
    return OutputDocument(
        title=version.title,
        language=version.language,
        forum=forum.title,
        symbol=version.symbol,
        subtitle=version.subtitle,
        blocks=tuple(blocks),
        cover=report_cover(version),
    )


def report_cover(version: LanguageVersion) -> Cover:
    """The cover block as the summary's language version holds it (read from the seed)."""
    return cover_of(
        CoverFields(
            title=version.title,
            language=version.language,
            organ=version.organ,
            symbol=version.symbol,
            distribution=version.distribution,
            issued_on=version.issued_on,
            original_language=version.original_language,
            session_label=version.session_label,
            agenda_item=version.agenda_item,
            subtitle=version.subtitle,
            preamble=version.preamble,
        )
    )


# An item of a list inside a paragraph, on its own line: "a) …", "- b) …", "• c) …".
_ITEM = re.compile(r"^(?:[-–—•]\s*)?([a-z]{1,4}\))\s+(.*)$", re.DOTALL)


def paragraph_block(text: str, number: int | None, notes: tuple[Footnote, ...]) -> Paragraph:
    """A paragraph whose lines "a) …", "b) …" (the parser keeps each on its own line)
    become the paragraph's list; the text before them is the paragraph's own."""
    lead: list[str] = []
    items: list[ListItem] = []
    for line in text.split("\n"):
        match = _ITEM.match(line.strip())
        if match:
            items.append(ListItem(match.group(1), plain(match.group(2).strip())))
        elif items:  # a line after an item continues it
            last = items[-1]
            items[-1] = ListItem(last.label, plain(f"{run_text(last.runs)} {line.strip()}"))
        else:
            lead.append(line.strip())
    if items and not _in_sequence([item.label for item in items]):
        # "… aux alinéas a) et" / "b) du paragraphe 3 …": a line the page happened to
        # start with a letter, not a list. The paragraph stays one text.
        whole = " ".join(line.strip() for line in text.split("\n") if line.strip())
        return Paragraph(plain(whole), number, notes)
    return Paragraph(plain(" ".join(lead)), number, notes, tuple(items))


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _in_sequence(labels: list[str]) -> bool:
    """Whether the labels are a list's: "a)", "b)", "c)" … or "i)", "ii)", "iii)" …"""
    names = [label.rstrip(")") for label in labels]
    letters = [chr(ord("a") + n) for n in range(len(names))]
    return names == letters or names == list(_ROMAN[: len(names)])


def _contents(
    version: LanguageVersion,
    sections: list[Section],
    anchors: dict[uuid.UUID, str],
    words: dict[str, str],
) -> Contents:
    ranges = section_ranges(sections, live_paragraphs(version))
    entries = [
        ContentsEntry(
            level=DEPTHS.get(s.level, 4),
            title=s.title,
            label=s.label,
            first_paragraph=ranges.get(s.id, (None, None))[0],
            last_paragraph=ranges.get(s.id, (None, None))[1],
            anchor=anchors[s.id],
        )
        for s in sections
    ]
    entries.append(
        ContentsEntry(
            level=1,
            title=gettext_in(version.language, "{title}: {theme}").format(
                title=words["annex"], theme=words["programme"]
            ),
            anchor=ANNEX_ANCHOR,
        )
    )
    return Contents(title=words["contents"], entries=tuple(entries))


def _body(
    version: LanguageVersion, sections: list[Section], anchors: dict[uuid.UUID, str]
) -> list[Block]:
    """Headings and paragraphs in document order; a heading comes just before the first
    paragraph after it, and a heading with no paragraph still shows, in its place."""
    footnotes: dict[uuid.UUID, list[StoredFootnote]] = {}
    for stored in sorted(version.footnotes, key=lambda f: f.position):
        if stored.paragraph_id is not None and stored.deleted_at is None:
            footnotes.setdefault(stored.paragraph_id, []).append(stored)
    order = {s.id: i for i, s in enumerate(sections)}
    blocks: list[Block] = []
    shown = 0  # sections[:shown] already have their heading
    counter = 0
    for paragraph in live_paragraphs(version):
        place = order.get(paragraph.section_id) if paragraph.section_id else None
        if place is not None:
            while shown <= place:
                blocks.append(_heading(sections[shown], anchors))
                shown += 1
        notes = []
        for stored in footnotes.get(paragraph.id, ()):
            counter += 1
            notes.append(Footnote(counter, plain(stored.text)))
        blocks.append(paragraph_block(paragraph.text, paragraph.number, tuple(notes)))
    blocks.extend(_heading(s, anchors) for s in sections[shown:])
    return blocks


def _heading(section: Section, anchors: dict[uuid.UUID, str]) -> Heading:
    return Heading(DEPTHS.get(section.level, 4), section.title, section.label, anchors[section.id])


def _annex(programme: Programme, words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [
        Heading(1, words["annex"], anchor=ANNEX_ANCHOR),
        Heading(2, words["programme"]),
    ]
    if programme.title:
        blocks.append(Paragraph((Run(programme.title, italic=True),)))
    for day in programme.days:
        blocks.append(Heading(3, programme.long_date(day.date)))
        for sitting in day.sessions:
            span = programme.time_range(sitting.starts_at, sitting.ends_at)
            blocks.append(Heading(4, f"{sitting.title} ({span})"))
            for segment in sitting.segments:
                blocks.append(
                    Paragraph(
                        (
                            Run(
                                programme.time_range(segment.starts_at, segment.ends_at), bold=True
                            ),
                            Run("  " + programme.segment_heading(segment)),
                        )
                    )
                )
                details = programme.detail_lines(segment)
                if details:
                    blocks.append(BulletList(tuple(plain(line) for line in details)))
    if not programme.days:
        blocks.append(Paragraph(plain(programme.word("none"))))
    return blocks

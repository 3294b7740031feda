"""The compendium of a forum's published practices as a document, for any writer.

A cover, the contents by theme, then each theme's practices numbered through the whole
document (a practice under several themes is printed under its first and referred to
from the others), and the index of countries and the index of organisations, which
point to those numbers. The data is `services.practices.compendium`; this module only
words and lays it out, in the document's language. A fictional practice (the demo's)
says so under its title, and its number carries an asterisk wherever it is cited.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.exports.document.cover import CoverFields, cover_of
from forumdesk.exports.document.model import (
    Block,
    Contents,
    ContentsEntry,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    plain,
)
from forumdesk.services.common.messages import N_, gettext_in, ngettext_in
from forumdesk.services.practices.compendium import (
    Compendium,
    CompendiumEntry,
    CompendiumSection,
    IndexEntry,
    compendium,
)

_WORDS = {
    "title": N_("Compendium of practices"),
    "contents": N_("Contents"),
    "no_theme": N_("Practices under no theme"),
    "countries_index": N_("Index of countries"),
    "organisations_index": N_("Index of organisations"),
    "fictional": N_("Fictional example"),
    "fictional_note": N_("* Fictional example: sample data, not a practice submitted."),
    "see_also": N_("See also: {numbers}"),
    "none": N_("No practice has been published yet."),
    # The labels of a practice's facts, each with its colon as the language writes it.
    "type": N_("Type:"),
    "region": N_("Region:"),
    "countries": N_("Countries:"),
    "period": N_("Period:"),
    "submitters": N_("Submitted by:"),
    "partners": N_("Partners:"),
    "summary": N_("Summary:"),
    "results": N_("Results:"),
    "contact": N_("Contact:"),
    "links": N_("Links:"),
    "paragraphs": N_("Answers the summary's paragraphs:"),
    "segments": N_("Presented at:"),
}
_COUNTRIES_ANCHOR = "index-countries"
_ORGANISATIONS_ANCHOR = "index-organisations"


def write_compendium(
    session: Session,
    forum_id: uuid.UUID,
    path: Path | str,
    form: str,
    *,
    language: str | None = None,
    include_fictional: bool = False,
) -> int:
    """Write the compendium as `form` (one of the writers' `FORMATS`); the number of
    practices it prints."""
    from forumdesk.exports.document.writers import write_document

    data = compendium(session, forum_id, language=language, include_fictional=include_fictional)
    write_document(compendium_document(data), path, form)
    return len(data.entries)


def compendium_document(data: Compendium, *, issued_on: date | None = None) -> OutputDocument:
    words = {key: gettext_in(data.language, word) for key, word in _WORDS.items()}
    count = ngettext_in(
        data.language,
        "{count} published practice, grouped by theme.",
        "{count} published practices, grouped by theme.",
        len(data.entries),
    ).format(count=len(data.entries))
    cover = cover_of(
        CoverFields(
            title=words["title"],
            language=data.language,
            issued_on=issued_on or date.today(),
            subtitle=data.forum_title,
            preamble=count,
        )
    )
    blocks: list[Block] = [PageBreak(), _contents(data, words)]
    if not data.entries:
        blocks.append(Paragraph(plain(words["none"])))
    for section in data.sections:
        blocks.extend(_section(data, section, words))
    blocks.append(PageBreak())
    blocks.extend(_index(data, data.countries, words["countries_index"], _COUNTRIES_ANCHOR))
    blocks.extend(
        _index(data, data.organisations, words["organisations_index"], _ORGANISATIONS_ANCHOR)
    )
    if any(entry.fictional for entry in data.entries):
        blocks.append(Paragraph((Run(words["fictional_note"], italic=True),)))
    return OutputDocument(
        title=words["title"],
        language=data.language,
        forum=data.forum_title,
        subtitle=data.forum_title,
        blocks=tuple(blocks),
        cover=cover,
    )


def _anchor(section: CompendiumSection) -> str:
    return f"theme-{section.theme.code}" if section.theme else "theme-none"


def _title(section: CompendiumSection, words: dict[str, str]) -> str:
    return section.theme.label if section.theme else words["no_theme"]


def _contents(data: Compendium, words: dict[str, str]) -> Contents:
    entries = []
    for place, section in enumerate(data.sections):
        # A theme's practices run on through its sub-themes, up to the next theme.
        numbers = list(section.numbers)
        for after in data.sections[place + 1 :]:
            if after.depth <= section.depth:
                break
            numbers.extend(after.numbers)
        entries.append(
            ContentsEntry(
                level=section.depth,
                title=_title(section, words),
                first_paragraph=min(numbers, default=None),
                last_paragraph=max(numbers, default=None),
                anchor=_anchor(section),
            )
        )
    entries += [
        ContentsEntry(level=1, title=words["countries_index"], anchor=_COUNTRIES_ANCHOR),
        ContentsEntry(level=1, title=words["organisations_index"], anchor=_ORGANISATIONS_ANCHOR),
    ]
    return Contents(title=words["contents"], entries=tuple(entries))


def _section(data: Compendium, section: CompendiumSection, words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = [Heading(section.depth, _title(section, words), anchor=_anchor(section))]
    if section.see_also:
        text = words["see_also"].format(numbers=_numbers(data, section.see_also))
        blocks.append(Paragraph((Run(text, italic=True),)))
    for number in section.numbers:
        blocks.extend(_practice(data.entry(number), words))
    return blocks


def _practice(entry: CompendiumEntry, words: dict[str, str]) -> list[Block]:
    """The practice's title as a numbered paragraph, then its facts, each labelled: the
    short ones (type, region, period) on one line, the others a line each."""
    practice = entry.practice
    title: list[Run] = [Run(practice.title, bold=True)]
    if entry.fictional:
        title.append(Run(f" ({words['fictional']})", italic=True))
    contact = ", ".join(part for part in (practice.contact_name, practice.contact_email) if part)
    short = [("type", entry.type_label), ("region", entry.region_label), ("period", entry.period)]
    facts = [
        ("countries", ", ".join(entry.country_names)),
        ("submitters", ", ".join(s.name for s in practice.submitters)),
        ("partners", practice.partners),
        ("summary", practice.summary),
        ("results", practice.results),
        ("contact", contact),
        ("links", " ".join(practice.links)),
        ("paragraphs", entry.paragraph_refs),
        ("segments", "; ".join(entry.segments)),
    ]
    line: list[Run] = []
    for key, value in short:
        if value:
            line += [Run(" · ")] if line else []
            line += [Run(words[key] + " ", bold=True), Run(value)]
    blocks: list[Block] = [Paragraph(tuple(title), number=entry.number), Paragraph(tuple(line))]
    blocks.extend(
        Paragraph((Run(words[key] + " ", bold=True), Run(value))) for key, value in facts if value
    )
    return blocks


def _index(
    data: Compendium, entries: tuple[IndexEntry, ...], title: str, anchor: str
) -> list[Block]:
    blocks: list[Block] = [Heading(1, title, anchor=anchor)]
    blocks.extend(
        Paragraph((Run(entry.name, bold=True), Run("\u2003" + _numbers(data, entry.numbers))))
        for entry in entries
    )
    return blocks


def _numbers(data: Compendium, numbers: tuple[int, ...]) -> str:
    """ "3, 17*": the practice numbers, a fictional practice's starred."""
    return ", ".join(f"{n}*" if data.entry(n).fictional else str(n) for n in numbers)

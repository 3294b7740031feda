"""Read a UN summary document from plain text into its parts.

Paragraph numbers rise through the whole document while heading numbers
restart in every sub-section, so "1. Impact économique…" just before
"31. L'effet positif…" is a heading: the next paragraph number decides, not
line length. Page breaks that cut a paragraph are rejoined; a footnote that
fell into a paragraph is lifted out and attached to the paragraph carrying its
marker. Problems become warnings in the report, never exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from forumdesk.services.text_dates import parse_long_date
from forumdesk.store.enums import SectionLevel

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$")
_LETTER = re.compile(r"^([A-Z])\.\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")
_FOOTNOTE = re.compile(rf"^([{SUPERSCRIPTS}]+)\s+(\S.*)$")
_LIST_ITEM = re.compile(r"^-?\s*[a-z]\)\s")
_TOC_RANGE = re.compile(r"^(\d+)(?:\s*[–—-]\s*(\d+))?$")
_SYMBOL = re.compile(r"^[A-Z]{1,4}(?:/[A-Z0-9.]+){1,5}$")
_TERMINAL = (".", ";", ":", "!", "?", "»", ")", "…")
_TOC_TITLES = {"table des matières", "contents", "table of contents"}
_NOTES_TITLES = {"notes"}
_ANNEX_TITLES = {"annexe", "annex"}


@dataclass
class TocEntry:
    label: str | None
    title: str
    first_paragraph: int | None
    last_paragraph: int | None
    page: int | None


@dataclass
class ParsedSection:
    level: SectionLevel
    label: str | None
    title: str
    parent: int | None  # index into ParsedDocument.sections
    first_paragraph: int | None = None
    last_paragraph: int | None = None


@dataclass
class ParsedParagraph:
    number: int
    text: str
    section: int | None  # index into ParsedDocument.sections


@dataclass
class ParsedFootnote:
    marker: str
    text: str
    paragraph: int | None = None  # the number of the paragraph carrying the marker


@dataclass
class ParsedHeader:
    organ: str | None = None
    symbol: str | None = None
    distribution: str | None = None
    issued_on: date | None = None
    language: str | None = None
    original_language: str | None = None
    session_label: str | None = None
    agenda_item: str | None = None
    title: str = ""
    subtitle: str | None = None
    preamble: str | None = None


@dataclass
class ParsedDocument:
    header: ParsedHeader
    toc: list[TocEntry] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    paragraphs: list[ParsedParagraph] = field(default_factory=list)
    footnotes: list[ParsedFootnote] = field(default_factory=list)
    annex_title: str | None = None
    annex_body: str | None = None
    warnings: list[str] = field(default_factory=list)


def normalise_text(raw: str) -> str:
    """BOM, CRLF and the non-breaking spaces of word processors, made plain."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")


def _clean(line: str) -> str:
    return line.replace("**", "").strip()


def _key(line: str) -> str:
    return _clean(line).lower()


def parse_summary(raw: str) -> ParsedDocument:
    lines = normalise_text(raw).split("\n")
    toc_at = next((i for i, line in enumerate(lines) if _key(line) in _TOC_TITLES), None)
    doc = ParsedDocument(header=ParsedHeader())
    if toc_at is None:
        body_at = next((i for i, line in enumerate(lines) if _ROMAN.match(line.strip())), 0)
        _parse_header(lines[:body_at], doc)
    else:
        _parse_header(lines[:toc_at], doc)
        body_at = _parse_toc(lines, toc_at + 1, doc)
    _parse_body(lines[body_at:], doc)
    _attach_footnotes(doc)
    _fill_section_ranges(doc)
    _check_numbering(doc)
    _check_toc(doc)
    return doc


def _parse_header(lines: list[str], doc: ParsedDocument) -> None:
    header = doc.header
    blocks = [_clean(line) for line in lines if line.strip()]
    title_parts: list[str] = []
    rest: list[str] = []
    in_title = False
    for raw, line in zip((b for b in lines if b.strip()), blocks, strict=True):
        lowered = line.lower()
        if raw.strip().startswith("**") or in_title:
            title_parts.append(line)
            in_title = not raw.strip().endswith("**")
        elif _SYMBOL.match(line) and header.symbol is None:
            header.symbol = line
        elif lowered.startswith("distr"):
            header.distribution = line
        elif lowered.startswith("original"):
            header.original_language = line.split(":", 1)[-1].strip() or None
        elif parse_long_date(line) is not None and header.issued_on is None:
            header.issued_on = parse_long_date(line)
        elif "session" in lowered and len(line) < 80 and header.session_label is None:
            header.session_label = line
        elif ("ordre du jour" in lowered or "agenda" in lowered) and header.agenda_item is None:
            header.agenda_item = line
        elif header.organ is None and not title_parts and len(line) < 60:
            header.organ = line
        elif header.language is None and not title_parts and len(line.split()) == 1:
            header.language = line
        else:
            rest.append(line)
    header.title = " ".join(title_parts)
    if rest and not header.title:
        header.title = rest.pop(0)
    if rest:
        header.subtitle = rest.pop(0)
    if rest:
        header.preamble = "\n\n".join(rest)


def _parse_toc(lines: list[str], start: int, doc: ParsedDocument) -> int:
    """Read tab-separated TOC rows; return the index where the body starts."""
    i = start
    seen_row = False
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            cells = [_clean(c) for c in line.split("\t")]
            title = cells[0]
            if title:
                seen_row = True
                doc.toc.append(_toc_entry(title, cells[1:]))
        elif line.strip() and seen_row:
            break
        i += 1
    return i


def _toc_entry(title: str, cells: list[str]) -> TocEntry:
    label = None
    for pattern in (_ROMAN, _LETTER, _NUMBERED):
        match = pattern.match(title)
        if match and match.group(1):
            label, title = match.group(1), match.group(2)
            break
    first = last = page = None
    numbers = [c for c in cells if c]
    if len(numbers) == 2 or (len(numbers) == 1 and len(cells) >= 2 and not cells[-1]):
        match = _TOC_RANGE.match(numbers[0])
        if match:
            first = int(match.group(1))
            last = int(match.group(2) or match.group(1))
        numbers = numbers[1:]
    if numbers and numbers[-1].isdigit():
        page = int(numbers[-1])
    return TocEntry(label, title, first, last, page)


class _BodyReader:
    def __init__(self, doc: ParsedDocument) -> None:
        self.doc = doc
        self.current: dict[SectionLevel, int | None] = dict.fromkeys(SectionLevel)
        self.last_number = 0

    @property
    def paragraph(self) -> ParsedParagraph | None:
        return self.doc.paragraphs[-1] if self.doc.paragraphs else None

    def open_section(self, level: SectionLevel, label: str | None, title: str) -> None:
        order = [
            SectionLevel.SECTION,
            SectionLevel.SUBSECTION,
            SectionLevel.SUBSUBSECTION,
            SectionLevel.HEADING,
        ]
        depth = order.index(level)
        parent = None
        for upper in reversed(order[:depth]):
            if self.current[upper] is not None:
                parent = self.current[upper]
                break
        self.doc.sections.append(ParsedSection(level, label, title, parent))
        self.current[level] = len(self.doc.sections) - 1
        for lower in order[depth + 1 :]:
            self.current[lower] = None

    def innermost(self) -> int | None:
        for level in reversed(list(SectionLevel)):
            if level is not SectionLevel.ANNEX and self.current[level] is not None:
                return self.current[level]
        return None

    def add_paragraph(self, number: int, text: str) -> None:
        self.doc.paragraphs.append(ParsedParagraph(number, text, self.innermost()))
        self.last_number = number

    def continues_paragraph(self, line: str) -> bool:
        paragraph = self.paragraph
        if paragraph is None:
            return False
        if _LIST_ITEM.match(line):
            return True
        ended = paragraph.text.rstrip().endswith(_TERMINAL)
        return line[:1].islower() or not ended


def _looks_like_heading(line: str) -> bool:
    return len(line) < 160 and not line.endswith(_TERMINAL)


def _parse_body(lines: list[str], doc: ParsedDocument) -> None:
    reader = _BodyReader(doc)
    stripped = [_clean(line) for line in lines]
    i = 0
    while i < len(stripped):
        line = stripped[i]
        i += 1
        if not line:
            continue
        key = line.lower()
        if key in _ANNEX_TITLES:
            rest = stripped[i:]
            title_at = next((n for n, s in enumerate(rest) if s), None)
            if title_at is not None:
                doc.annex_title = rest[title_at]
                doc.annex_body = "\n".join(lines[i + title_at + 1 :]).strip("\n")
            return
        if key in _NOTES_TITLES:
            continue
        footnote = _FOOTNOTE.match(line)
        if footnote:
            marker, text = footnote.groups()
            if not any(f.marker == marker for f in doc.footnotes):
                doc.footnotes.append(ParsedFootnote(marker, text))
            continue
        numbered = _NUMBERED.match(line)
        if numbered:
            number, text = int(numbered.group(1)), numbered.group(2)
            expected = reader.last_number + 1
            next_numbered = _next_number(stripped, i)
            is_heading = number != expected and _looks_like_heading(text) and number < expected
            # "N. Heading" directly followed by paragraph N is a heading that shares the number.
            if number == expected and next_numbered == expected and _looks_like_heading(text):
                is_heading = True
            if is_heading:
                reader.open_section(SectionLevel.SUBSUBSECTION, str(number), text)
            else:
                if number != expected:
                    doc.warnings.append(
                        f"paragraph {number} follows paragraph {reader.last_number}"
                    )
                reader.add_paragraph(number, text)
            continue
        roman = _ROMAN.match(line)
        if roman and roman.group(1):
            reader.open_section(SectionLevel.SECTION, roman.group(1), roman.group(2))
            continue
        letter = _LETTER.match(line)
        if letter:
            reader.open_section(SectionLevel.SUBSECTION, letter.group(1), letter.group(2))
            continue
        paragraph = reader.paragraph
        if paragraph is not None and reader.continues_paragraph(line):
            joiner = "\n" if _LIST_ITEM.match(line) else " "
            paragraph.text = f"{paragraph.text.rstrip()}{joiner}{line}"
            continue
        if _looks_like_heading(line):
            reader.open_section(SectionLevel.HEADING, None, line)
            continue
        doc.warnings.append(f"text outside any numbered paragraph: {line[:60]!r}")


def _next_number(lines: list[str], start: int) -> int | None:
    for line in lines[start:]:
        if not line:
            continue
        match = _NUMBERED.match(line)
        return int(match.group(1)) if match else None
    return None


def _attach_footnotes(doc: ParsedDocument) -> None:
    for footnote in doc.footnotes:
        pattern = re.compile(rf"(?<=\S){re.escape(footnote.marker)}(?![{SUPERSCRIPTS}])")
        carrier = next((p for p in doc.paragraphs if pattern.search(p.text)), None)
        if carrier is None:
            doc.warnings.append(f"footnote {footnote.marker} has no marker in any paragraph")
        else:
            footnote.paragraph = carrier.number


def _fill_section_ranges(doc: ParsedDocument) -> None:
    for paragraph in doc.paragraphs:
        index = paragraph.section
        while index is not None:
            section = doc.sections[index]
            if section.first_paragraph is None:
                section.first_paragraph = paragraph.number
            section.last_paragraph = paragraph.number
            index = section.parent


def _check_numbering(doc: ParsedDocument) -> None:
    numbers = [p.number for p in doc.paragraphs]
    if not numbers:
        doc.warnings.append("no numbered paragraph found")
        return
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            doc.warnings.append(f"paragraph {number} appears twice")
        seen.add(number)
    missing = sorted(set(range(1, max(numbers) + 1)) - seen)
    if missing:
        doc.warnings.append("missing paragraph numbers: " + ", ".join(map(str, missing)))


def _check_toc(doc: ParsedDocument) -> None:
    by_title = {(s.label, s.title.replace("’", "'")): s for s in doc.sections}
    for entry in doc.toc:
        if entry.first_paragraph is None:
            continue
        section = by_title.get((entry.label, entry.title.replace("’", "'")))
        if section is None:
            doc.warnings.append(f"table of contents names {entry.title[:50]!r}, not in the body")
            continue
        if (section.first_paragraph, section.last_paragraph) != (
            entry.first_paragraph,
            entry.last_paragraph,
        ):
            doc.warnings.append(
                f"table of contents gives ¶{entry.first_paragraph}–{entry.last_paragraph} for "
                f"{entry.title[:40]!r}; the body has "
                f"¶{section.first_paragraph}–{section.last_paragraph}"
            )

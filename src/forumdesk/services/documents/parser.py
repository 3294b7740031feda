"""Read a UN summary document from plain text into its parts.

Paragraph numbers rise through the whole document while heading numbers
restart in every sub-section, so "1. Impact économique…" just before
"31. L'effet positif…" is a heading: the next paragraph number decides, not
line length. Page breaks that cut a paragraph are rejoined; a footnote that
fell into a paragraph is lifted out and attached to the paragraph carrying its
marker. Problems become warnings in the report, never exceptions.

Blank lines carry no meaning (word processors and copy-paste drop or double
them), and typographic punctuation (’ “ ” – and French non-breaking spaces) is
accepted wherever the plain form is; the stored text keeps what the author typed,
only whitespace is normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from forumdesk.services.common.messages import _
from forumdesk.services.common.text_dates import parse_long_date
from forumdesk.store.enums import SectionLevel

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$")
_LETTER = re.compile(r"^([A-Z])\.\s+(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")
_FOOTNOTE = re.compile(rf"^([{SUPERSCRIPTS}]+)\s+(\S.*)$")
# "a) …" list items, bare or behind a hyphen, dash or bullet.
_LIST_ITEM = re.compile(r"^(?:[-–—•]\s*)?[a-z]\)\s")
_TOC_RANGE = re.compile(r"^(\d+)(?:\s*[–—-]\s*(\d+))?$")
# A TOC row copied without tabs (from a PDF): "Title  23–25  7" or, once rows began, "Annexe 21".
_TOC_ROW_SPACED = re.compile(r"^(\S.*?)\s+(\d{1,4}(?:\s*[–—-]\s*\d{1,4})?)\s+(\d{1,4})$")
_TOC_ROW_PAGE_ONLY = re.compile(r"^(\S.*?\D)\s+(\d{1,4})$")
_TOC_LABEL_CELL = re.compile(r"^(?:[IVXL]+|[A-Z]|\d{1,3})\.$")
_TOC_LEADER = re.compile(r"\s*[.…·_]{2,}\s*$")
_SYMBOL = re.compile(r"^[A-Z]{1,4}(?:/[A-Z0-9.]+){1,5}$")
_SENTENCE_END = (".", ";", ":", "!", "?", "…")
_CLOSERS = "”’\"'"
_TOC_TITLES = {"table des matières", "contents", "table of contents", "índice", "содержание"}
_NOTES_TITLES = {"notes", "notas", "примечания"}
_ANNEX_TITLES = {"annexe", "annex", "anexo", "приложение"}
# Invisible or exotic whitespace from word processors and PDF copies.
_LINE_BREAKS = dict.fromkeys(map(ord, "\f\v\x85\u2028\u2029"), "\n")
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        "\u2008\u2009\u200a\u205f\u3000",
    ),
    " ",
)
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u00ad"), None)
_WHITESPACE_MAP: dict[int, str | None] = {**_LINE_BREAKS, **_SPACES, **_INVISIBLE}
# A regex finds the rare odd characters far faster than str.translate visits every one.
_ODD_WHITESPACE = re.compile("[" + "".join(map(chr, _WHITESPACE_MAP)) + "]")
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


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
    """BOM, CRLF, form feeds and the odd spaces of word processors, made plain."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _ODD_WHITESPACE.sub(lambda m: _WHITESPACE_MAP[ord(m.group())] or "", text)


def _clean(line: str) -> str:
    # Tabs are layout inside a line of text; runs of spaces are typing noise.
    return " ".join(line.replace("**", "").split())


def _ends_sentence(text: str) -> bool:
    """True when text ends a sentence, also behind a closing quote: 'fin.”'."""
    text = text.rstrip()
    if text.endswith(("»", ")")):
        return True
    return text.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _plain(text: str) -> str:
    """A comparison key: typographic punctuation as plain, spacing and case ignored."""
    return " ".join(text.translate(_TYPOGRAPHIC).split()).casefold()


def parse_summary(raw: str) -> ParsedDocument:
    lines = normalise_text(raw).split("\n")
    cleaned = [_clean(line) for line in lines]  # once: a document may have 500,000 lines
    toc_at = next((i for i, line in enumerate(cleaned) if line.lower() in _TOC_TITLES), None)
    doc = ParsedDocument(header=ParsedHeader())
    if toc_at is None:
        body_at = next((i for i, line in enumerate(cleaned) if _ROMAN.match(line)), 0)
        _parse_header(_header_lines(lines[:body_at]), doc)
    else:
        _parse_header(_header_lines(lines[:toc_at]), doc)
        body_at = _parse_toc(lines, toc_at + 1, doc)
    _parse_body(lines[body_at:], cleaned[body_at:], doc)
    _attach_footnotes(doc)
    _fill_section_ranges(doc)
    _check_numbering(doc)
    _check_toc(doc)
    return doc


def _header_lines(lines: list[str]) -> list[str]:
    # A header laid out as a table (a .docx cover) arrives as tab-separated cells.
    return [cell for line in lines for cell in line.split("\t")]


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
    """Read the TOC rows; return the index where the body starts.

    A row is tab-separated cells, or "title range page" copied without tabs. The
    first line after the rows that is not a row (the body's first heading) ends it;
    before any row, only column headings ("Paragraphes  Page") may appear, so a TOC
    title followed by no rows at all does not swallow the body.
    """
    i = start
    seen_row = False
    while i < len(lines):
        line = lines[i]
        cells = _toc_cells(line, seen_row)
        if cells is not None and cells[0]:
            seen_row = True
            doc.toc.append(_toc_entry(cells[0], cells[1:]))
        elif cells is None and _starts_body(_clean(line), seen_row):
            break
        i += 1
    return i


def _starts_body(text: str, seen_row: bool) -> bool:
    if not text:
        return False
    return seen_row or bool(_ROMAN.match(text) or _NUMBERED.match(text))


def _toc_cells(line: str, seen_row: bool) -> list[str] | None:
    """The cells of a TOC row, or None when the line is not one."""
    if "\t" in line:
        cells = [_clean(c) for c in line.split("\t")]
        if _TOC_LABEL_CELL.match(cells[0]) and len(cells) > 1:
            cells = [f"{cells[0]} {cells[1]}", *cells[2:]]  # "I.<tab>Introduction<tab>1–7<tab>3"
        cells[0] = _TOC_LEADER.sub("", cells[0])
        # A body line such as "I.<tab>Introduction" has no page number: not a row.
        if cells[0] and not any(_TOC_RANGE.match(c) for c in cells[1:]):
            return None
        return cells
    text = _clean(line)
    spaced = _TOC_ROW_SPACED.match(text)
    if spaced:
        return [_TOC_LEADER.sub("", spaced.group(1)), spaced.group(2), spaced.group(3)]
    page_only = _TOC_ROW_PAGE_ONLY.match(text) if seen_row else None
    if page_only and not _NUMBERED.match(text):
        return [_TOC_LEADER.sub("", page_only.group(1)), "", page_only.group(2)]
    return None


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
        # Continuation lines of the open paragraph, joined once at the end: re-joining
        # the whole text per line would be quadratic on a long unbroken document.
        self.pending: list[str] = []

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
        self.flush()
        self.doc.paragraphs.append(ParsedParagraph(number, text, self.innermost()))
        self.last_number = number

    def continues_paragraph(self, line: str) -> bool:
        paragraph = self.paragraph
        if paragraph is None:
            return False
        if _LIST_ITEM.match(line):
            return True
        last = self.pending[-1] if self.pending else paragraph.text
        return line[:1].islower() or not _ends_sentence(last)

    def extend_paragraph(self, line: str) -> None:
        self.pending += ["\n" if _LIST_ITEM.match(line) else " ", line]

    def flush(self) -> None:
        if self.pending and self.paragraph is not None:
            self.paragraph.text += "".join(self.pending)
        self.pending = []


def _looks_like_heading(line: str) -> bool:
    return len(line) < 160 and not _ends_sentence(line)


def _parse_body(lines: list[str], stripped: list[str], doc: ParsedDocument) -> None:
    reader = _BodyReader(doc)
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
                body = (line.rstrip() for line in lines[i + title_at + 1 :])
                doc.annex_body = "\n".join(body).strip("\n")
            break
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
                        _("paragraph {number} follows paragraph {last_number}").format(
                            number=number, last_number=reader.last_number
                        )
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
        if reader.continues_paragraph(line):
            reader.extend_paragraph(line)
            continue
        if _looks_like_heading(line):
            reader.open_section(SectionLevel.HEADING, None, line)
            continue
        doc.warnings.append(
            _("text outside any numbered paragraph: {line!r}").format(line=line[:60])
        )
    reader.flush()


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
            doc.warnings.append(
                _("footnote {marker} has no marker in any paragraph").format(marker=footnote.marker)
            )
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
        doc.warnings.append(_("no numbered paragraph found"))
        return
    seen: set[int] = set()
    for number in numbers:
        if number in seen:
            doc.warnings.append(_("paragraph {number} appears twice").format(number=number))
        seen.add(number)
    missing = sorted(set(range(1, max(numbers) + 1)) - seen)
    if missing:
        doc.warnings.append(
            _("missing paragraph numbers: {numbers}").format(numbers=", ".join(map(str, missing)))
        )


def _check_toc(doc: ParsedDocument) -> None:
    by_title = {(s.label, _plain(s.title)): s for s in doc.sections}
    for entry in doc.toc:
        if entry.first_paragraph is None:
            continue
        section = by_title.get((entry.label, _plain(entry.title)))
        if section is None:
            doc.warnings.append(
                _("table of contents names {title!r}, not in the body").format(
                    title=entry.title[:50]
                )
            )
            continue
        if (section.first_paragraph, section.last_paragraph) != (
            entry.first_paragraph,
            entry.last_paragraph,
        ):
            doc.warnings.append(
                _(
                    "table of contents gives ¶{first_paragraph}–{last_paragraph} for {title!r}; "
                    "the body has ¶{first_paragraph2}–{last_paragraph2}"
                ).format(
                    first_paragraph=entry.first_paragraph,
                    last_paragraph=entry.last_paragraph,
                    title=entry.title[:40],
                    first_paragraph2=section.first_paragraph,
                    last_paragraph2=section.last_paragraph,
                )
            )

"""An `OutputDocument` as an A4 PDF (reportlab platypus), laid out like a UN document.

Every page has a header (the forum left, the document symbol right; the marking, if
any, in bold across it) and a footer "Page X of Y" ("Page X sur Y" in French). A
document with a cover prints it first (`pdf/cover.py`); its first page then carries only
the marking at the top, as the cover shows the symbol. Numbered paragraphs hang their
number; a paragraph's own list ("a) …") hangs its labels one step further in.
Footnotes print at the foot of the page on which their paragraph begins (under a
short rule), with superscript markers in the text; the frame's bottom is raised by
their height so the text never runs into them. The Contents block lists each
entry with its paragraph range and the page its heading really lands on: the document
is built again until those pages (and the page count) stop changing (2 builds usually,
3 at most).

Fonts come from fonts.py: each stretch of text goes to the first registered font
with all its glyphs (DejaVu Sans for Latin, Cyrillic, Arabic; a CJK font for Chinese),
and Arabic is shaped and reordered by `visual`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    Footnote,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from forumdesk.exports.document.pdf.cover import cover_flowables
from forumdesk.exports.document.pdf.table import pdf_table
from forumdesk.exports.document.pdf.text import font_of, markup
from forumdesk.exports.document.wording import entry_label, page_of, paragraph_range, word

MARGIN = 20 * mm
HANG = 10 * mm
_HEADING_WITH_ROWS = 45 * mm  # a heading over a table moves on unless this much is left
_RULE = 6.0  # points above the first footnote of a page: the short rule


def _runs(runs: tuple[Run, ...], notes: tuple[Footnote, ...] = ()) -> str:
    text = "".join(markup(run.text, run.bold, run.italic) for run in runs)
    return text + "".join(f"<super>{note.number}</super>" for note in notes)


class _Notes:
    """The footnotes of the page being laid out, drawn when the page ends."""

    def __init__(self) -> None:
        self.page = 0
        self.height = 0.0
        self.pending: list[tuple[RLParagraph, float]] = []
        self.lift = 0.0

    def for_page(self, page: int) -> None:
        if page != self.page:
            self.page, self.height, self.pending, self.lift = page, 0.0, [], 0.0


class _Noted(Flowable):  # type: ignore[misc]
    """A paragraph whose footnotes take room at the foot of the page it starts on."""

    def __init__(self, body: RLParagraph, notes: list[RLParagraph], state: _Notes) -> None:
        super().__init__()
        self.body, self.notes, self.state = body, notes, state
        self.spaceBefore, self.spaceAfter = body.getSpaceBefore(), body.getSpaceAfter()
        self.body_height = self.notes_height = 0.0

    def _page(self) -> int:
        canv = getattr(self, "canv", None)
        return int(canv.getPageNumber()) if canv is not None else -1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.body_height = self.body.wrap(available_width, available_height)
        heights = [note.wrap(available_width, available_height)[1] for note in self.notes]
        fresh = self._page() != self.state.page or not self.state.height
        self.notes_height = sum(heights) + (_RULE if fresh else 0.0)
        self.note_heights = heights
        return available_width, self.body_height + self.notes_height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self.wrap(available_width, available_height)
        parts = self.body.split(available_width, available_height - self.notes_height)
        if len(parts) < 2:
            return []
        return [_Noted(parts[0], self.notes, self.state), _Lift(self.state), *parts[1:]]

    def drawOn(self, canvas: Any, x: float, y: float, **options: Any) -> None:
        self.state.for_page(canvas.getPageNumber())
        self.body.drawOn(canvas, x, y + self.notes_height, **options)
        frame = getattr(self, "_frame", None)
        if self.state.height == 0:
            self.state.height = _RULE
        for note, height in zip(self.notes, self.note_heights, strict=True):
            self.state.pending.append((note, height))
            self.state.height += height
        if frame is not None:  # the notes' room moves from here to the frame's foot
            frame._y1p = frame._y1 + frame._bottomPadding + self.state.height
            self.state.lift = self.notes_height

    def draw(self) -> None:  # drawOn does the work
        pass


class _Lift(Flowable):  # type: ignore[misc]
    """Gives back, right after a noted paragraph, the room its notes took below it."""

    def __init__(self, state: _Notes) -> None:
        super().__init__()
        self.state = state

    def frameAction(self, frame: Any) -> None:
        frame._y += self.state.lift
        self.state.lift = 0.0


class _Dry(RLParagraph):  # type: ignore[misc]
    """A paragraph that takes its room but draws nothing: for the measuring build."""

    def draw(self) -> None:
        pass


class _Template(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, path: str, **kwargs: Any) -> None:
        super().__init__(path, **kwargs)
        self.pages_of: dict[str, int] = {}

    def afterFlowable(self, flowable: Any) -> None:
        key = getattr(flowable, "_fd_key", None)
        if key is not None and key not in self.pages_of:
            self.pages_of[key] = self.page


def write_pdf(document: OutputDocument, path: Path | str) -> int:
    """Write `document` as a PDF at `path`; return its number of pages."""
    # A dry build (text measured, not drawn) finds the pages; the real build prints
    # them. Should the printed numbers move the headings, one more build settles it.
    if not any(isinstance(block, Contents) for block in document.blocks):
        # Nothing refers to a page: one build, "of Y" filled in as the file is saved.
        return _build(document, str(path), {}, 0, dry=False, deferred=True)[1]
    pages_of, total = _build(document, io.BytesIO(), {}, 0, dry=True)
    for _ in range(2):
        seen, count = _build(document, str(path), pages_of, total, dry=False)
        if seen == pages_of and count == total:
            break
        pages_of, total = seen, count
    return total


def _styles() -> dict[str, ParagraphStyle]:
    regular = font_of("a", False) or "Helvetica"
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, spaceAfter=6)
    return {
        "body": body,
        "numbered": ParagraphStyle("numbered", body, leftIndent=HANG, bulletIndent=0),
        "note": ParagraphStyle("note", body, fontSize=8, leading=10, spaceAfter=0),
        "title": ParagraphStyle("title", body, fontSize=15, leading=19, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", body, fontSize=11, leading=14),
        "approval": ParagraphStyle("approval", body, fontSize=9, textColor=colors.grey),
        "cell": ParagraphStyle("cell", body, fontSize=9, leading=11, spaceAfter=0),
        "item": ParagraphStyle("item", body, leftIndent=HANG * 1.5, bulletIndent=HANG / 2),
        # The label leads the item's first line (not a drawn bullet), so the text
        # reads "a) promotion…" in one line when copied or read aloud.
        "inline_item": ParagraphStyle(
            "inline_item", body, leftIndent=HANG * 2, firstLineIndent=-HANG * 0.6, spaceAfter=3
        ),
        "marking": ParagraphStyle(
            "marking",
            body,
            fontName=font_of("a", True) or "Helvetica-Bold",
            fontSize=9,
            leading=11,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#a00000"),
        ),
        **{
            f"h{level}": ParagraphStyle(
                f"h{level}",
                body,
                fontSize=size,
                leading=size + 4,
                spaceBefore=10,
                spaceAfter=6,
                leftIndent=HANG,
                bulletIndent=0,
                keepWithNext=True,
            )
            for level, size in ((1, 13), (2, 11.5), (3, 10.5), (4, 10))
        },
    }


def _one_line(text: str, width: float, style: ParagraphStyle) -> str:
    """`text`, cut at a word and ended with "…" when it is wider than `width`."""
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shortened = " ".join(words).rstrip(",;:") + "…"
        if stringWidth(shortened, style.fontName, style.fontSize) <= width:
            return shortened
    return text


def _footer(canvas: Any, page: int, total: int | str, language: str, style: Any) -> None:
    footer = page_of(language, page, total)
    line = RLParagraph(markup(footer), ParagraphStyle("f", style, alignment=TA_CENTER))
    line.wrap(A4[0] - 2 * MARGIN, 20 * mm)
    line.drawOn(canvas, MARGIN, 10 * mm)


def _deferred_canvas(language: str, style: Any) -> type[Canvas]:
    """A canvas that keeps its pages until saved, then writes "page X of Y" on each."""

    class PagedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                self.saveState()
                _footer(self, self._pageNumber, total, language, style)
                self.restoreState()
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def _build(
    document: OutputDocument,
    path: Any,
    pages_of: dict[str, int],
    total: int,
    dry: bool,
    deferred: bool = False,
) -> tuple[dict[str, int], int]:
    styles = _styles()
    notes = _Notes()
    language = document.language
    story = _story(document, styles, notes, pages_of, _Dry if dry else RLParagraph)
    template = _Template(
        path,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 6 * mm,
        bottomMargin=MARGIN,
        title=document.title,
        author="ForumDesk",
        subject=document.symbol or "",
        lang=language,
    )
    frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - 6 * mm, id="body")
    small = ParagraphStyle("small", styles["body"], fontSize=8, leading=10)

    def begin(canvas: Any, doc: Any) -> None:
        frame._geom()  # the notes of the last page raised its foot
        notes.for_page(canvas.getPageNumber())
        canvas.saveState()
        top = A4[1] - MARGIN + 2 * mm
        if document.marking:  # above the running header, on every page
            line = RLParagraph(markup(document.marking, bold=True), styles["marking"])
            line.wrap(A4[0] - 2 * MARGIN, 20 * mm)
            line.drawOn(canvas, MARGIN, top + 5 * mm)
        # The cover shows the symbol on the first page: no running header there.
        if document.cover is None or canvas.getPageNumber() > 1:
            for text, align, x in (
                (document.forum, 0, MARGIN),
                (document.symbol or "", 2, A4[0] - MARGIN),
            ):
                if text:
                    width = (A4[0] - 2 * MARGIN) * (0.7 if align == 0 else 0.3)
                    # One line: a long forum title would climb into the marking above.
                    text = _one_line(text, width, small)
                    line = RLParagraph(markup(text), ParagraphStyle("h", small, alignment=align))
                    line.wrap(width, 30 * mm)
                    line.drawOn(canvas, x if align == 0 else x - width, top)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, top - 1 * mm, A4[0] - MARGIN, top - 1 * mm)
        if not deferred:
            _footer(canvas, doc.page, total or "?", language, small)
        canvas.restoreState()

    def end(canvas: Any, doc: Any) -> None:
        if notes.page != canvas.getPageNumber() or not notes.pending:
            return
        y = frame._y1 + frame._bottomPadding + notes.height
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, y - _RULE / 2, MARGIN + 40 * mm, y - _RULE / 2)
        y -= _RULE
        for note, height in notes.pending:
            note.drawOn(canvas, MARGIN, y - height)
            y -= height
        canvas.restoreState()

    template.addPageTemplates([PageTemplate("page", [frame], onPage=begin, onPageEnd=end)])
    if deferred:
        template.build(story, canvasmaker=_deferred_canvas(language, small))
    else:
        template.build(story)
    return template.pages_of, int(template.page)


def _story(
    document: OutputDocument,
    styles: dict[str, ParagraphStyle],
    notes: _Notes,
    pages_of: dict[str, int],
    para: type[RLParagraph],
) -> list[Any]:
    story: list[Any]
    if document.cover is not None:
        width = A4[0] - 2 * MARGIN - 12  # inside the frame's padding, 6 points a side
        story = cover_flowables(document.cover, width, styles["body"], para)
    else:
        story = [para(markup(document.title, bold=True), styles["title"])]
        if document.subtitle:
            story.append(para(markup(document.subtitle), styles["subtitle"]))
    if document.approval:
        story.append(para(markup(document.approval, italic=True), styles["approval"]))
    story.append(Spacer(1, 4 * mm))
    # Unnumbered headings line up with the text they head: numbered paragraphs' text
    # stands in the hanging indent, plain paragraphs at the margin.
    numbered = any(isinstance(b, Paragraph) and b.number is not None for b in document.blocks)
    for index, block in enumerate(document.blocks):
        if isinstance(block, Heading):
            style = styles[f"h{min(max(block.level, 1), 4)}"]
            if not block.label and not numbered:
                style = ParagraphStyle(f"{style.name}-flush", style, leftIndent=0)
            following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
            if isinstance(following, Table):
                # Kept with a few rows, not the whole table: a long table would
                # otherwise leave the page before it empty.
                story.append(CondPageBreak(_HEADING_WITH_ROWS))
                style = ParagraphStyle(f"{style.name}-table", style, keepWithNext=False)
            flowable = para(
                markup(block.title, bold=block.level < 3, italic=block.level >= 3),
                style,
                bulletText=f"{block.label}." if block.label else None,
            )
            flowable._fd_key = f"a:{block.anchor or index}"
            story.append(flowable)
        elif isinstance(block, Paragraph):
            style = styles["numbered" if block.number is not None else "body"]
            bullet = f"{block.number}." if block.number is not None else None
            body = para(_runs(block.runs, block.footnotes), style, bulletText=bullet)
            if block.footnotes:
                notes_flow = [
                    para(f"<super>{note.number}</super> " + _runs(note.runs), styles["note"])
                    for note in block.footnotes
                ]
                flowable = _Noted(body, notes_flow, notes)
                story += [flowable, _Lift(notes)]
            else:
                flowable = body
                story.append(body)
            if block.number is not None:
                flowable._fd_key = f"p:{block.number}"
            story += [
                para(f"{markup(own.label)}\u00a0{_runs(own.runs)}", styles["inline_item"])
                for own in block.items
            ]
        elif isinstance(block, BulletList):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.ordered else "•"
                story.append(para(_runs(item), styles["item"], bulletText=bullet))
        elif isinstance(block, Table):
            story.append(pdf_table(block, styles, para, MARGIN))
        elif isinstance(block, Contents):
            story += _contents(block, document.language, styles, pages_of, para)
        elif isinstance(block, PageBreak):
            story.append(RLPageBreak())
    return story


def _contents(
    block: Contents,
    language: str,
    styles: dict[str, ParagraphStyle],
    pages_of: dict[str, int],
    para: type[RLParagraph],
) -> list[Any]:
    cell = styles["cell"]
    right = ParagraphStyle("right", cell, alignment=2)
    data = [
        [
            "",
            para(markup(word(language, "paragraphs"), italic=True), right),
            para(markup(word(language, "page"), italic=True), right),
        ]
    ]
    for entry in block.entries:
        page = pages_of.get(f"a:{entry.anchor}") if entry.anchor else None
        if page is None and entry.first_paragraph is not None:
            page = pages_of.get(f"p:{entry.first_paragraph}")
        indented = ParagraphStyle("entry", cell, leftIndent=6 * mm * (entry.level - 1))
        data.append(
            [
                para(markup(entry_label(entry), bold=entry.level == 1), indented),
                para(markup(paragraph_range(entry)), right),
                para(markup(str(page) if page else ""), right),
            ]
        )
    width = A4[0] - 2 * MARGIN
    table = RLTable(data, colWidths=[width - 45 * mm, 30 * mm, 15 * mm], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    flush = ParagraphStyle("contents-title", styles["h1"], leftIndent=0)  # no label to hang
    title = para(markup(block.title, bold=True), flush)
    return [title, table, Spacer(1, 6 * mm)]

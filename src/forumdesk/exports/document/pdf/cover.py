"""The cover block of a PDF: the first page of a UN document.

The symbol top right over a rule; the organ large at the left with the stamp
(distribution, date, language, original) in a column at the right; a rule; session
and agenda item; the title in bold, the subtitle, and the author's note (its heading
in bold, its paragraphs as body text).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from forumdesk.exports.document.model import Cover
from forumdesk.exports.document.pdf.text import font_of, markup


def cover_styles(body: ParagraphStyle) -> dict[str, ParagraphStyle]:
    bold = font_of("a", True) or "Helvetica-Bold"
    return {
        "symbol": ParagraphStyle("c-symbol", body, fontSize=14, leading=17, alignment=2),
        "organ": ParagraphStyle("c-organ", body, fontName=bold, fontSize=17, leading=21),
        "stamp": ParagraphStyle("c-stamp", body, fontSize=9.5, leading=12, spaceAfter=0),
        "session": ParagraphStyle("c-session", body, fontSize=10, leading=13, spaceAfter=0),
        "title": ParagraphStyle(
            "c-title", body, fontName=bold, fontSize=13, leading=17, spaceBefore=10, spaceAfter=6
        ),
        "subtitle": ParagraphStyle("c-subtitle", body, fontSize=11, leading=14, spaceAfter=10),
        "note_heading": ParagraphStyle(
            "c-note-heading", body, fontName=bold, fontSize=11, leading=14, spaceBefore=6
        ),
        "note": ParagraphStyle("c-note", body, leftIndent=10 * mm),
    }


def cover_flowables(
    cover: Cover, width: float, body: ParagraphStyle, para: type[RLParagraph]
) -> list[Any]:
    """The cover as flowables `width` wide."""
    styles = cover_styles(body)
    rule = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    flow: list[Any] = []
    if cover.symbol:
        top = RLTable([[para(markup(cover.symbol), styles["symbol"])]], colWidths=[width])
        top.setStyle(TableStyle([*rule, ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        flow.append(top)
    organ = para(markup(cover.organ), styles["organ"]) if cover.organ else ""
    stamp = [para(markup(line), styles["stamp"]) for line in cover.stamp] or [""]
    block = RLTable([[organ, stamp]], colWidths=[width * 0.62, width * 0.38])
    block.setStyle(
        TableStyle(
            [
                *rule,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                # The stamp starts level with the organ's letters, not above them: a
                # reader (pdftotext, a screen reader) takes the organ first.
                ("TOPPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    flow += [block, Spacer(1, 4 * mm)]
    flow += [
        para(markup(line), styles["session"]) for line in (cover.session, cover.agenda_item) if line
    ]
    flow.append(Spacer(1, 6 * mm))
    flow.append(para(markup(cover.title, bold=True), styles["title"]))
    if cover.subtitle:
        flow.append(para(markup(cover.subtitle), styles["subtitle"]))
    if cover.note_heading:
        flow.append(para(markup(cover.note_heading, bold=True), styles["note_heading"]))
    flow += [para(markup(text), styles["note"]) for text in cover.note]
    flow.append(Spacer(1, 4 * mm))
    return flow

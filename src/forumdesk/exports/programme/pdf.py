"""The programme as a printable A4 PDF, laid out like the annex of the 2006 summary.

The forum's title, then each day in words, each session ("10 h 00–13 h 00 – Séance du
matin") and under it each segment ("10 h 35–11 h 45 – Première partie : …") with its
addresses and roles indented below. One flowing column of paragraphs, so text
extracted from the PDF reads in programme order. Fonts come from document/fonts.py: DejaVu
Sans (or the first installed font with every glyph used), so accents print.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
from sqlalchemy.orm import Session

from forumdesk.exports.document.fonts import font_for, visual
from forumdesk.exports.programme.layout import Programme, load_programme

MARGIN = 20 * mm
INDENT = 8 * mm


def write_programme_pdf(session: Session, forum_id: uuid.UUID, path: Path | str) -> int:
    """Write the forum's programme; return the number of segments printed."""
    programme = load_programme(session, forum_id)
    regular, bold = _fonts(programme)
    styles = _styles(regular, bold)

    story: list[Any] = [
        Paragraph(_text(programme.word("programme")), styles["kicker"]),
        Paragraph(_text(programme.title), styles["title"]),
    ]
    if programme.venue:
        story.append(Paragraph(_text(programme.venue), styles["venue"]))
    if not programme.days:
        story.append(Paragraph(_text(programme.word("none")), styles["body"]))
    for day in programme.days:
        story.append(Paragraph(_text(programme.long_date(day.date)), styles["day"]))
        for sitting in day.sessions:
            story.append(
                Paragraph(
                    _text(f"{programme.time_range(sitting.starts_at, sitting.ends_at)}")
                    + " – "
                    + f"<font name='{bold}'>{_text(sitting.title)}</font>",
                    styles["session"],
                )
            )
            for segment in sitting.segments:
                block = [
                    Paragraph(
                        _text(
                            f"{programme.time_range(segment.starts_at, segment.ends_at)} – "
                            f"{programme.segment_heading(segment)}"
                        ),
                        styles["segment"],
                    )
                ]
                block += [
                    Paragraph(_text(f"– {line}"), styles["role"])
                    for line in programme.detail_lines(segment)
                ]
                story.append(KeepTogether(block))
        story.append(Spacer(1, 4 * mm))

    from forumdesk.services.common.output_files import output_path

    with output_path(path) as temporary:  # never over a database; whole or not at all
        _build(programme, story, str(temporary), regular)
    return programme.segment_count


def _build(programme: Programme, story: list[Any], path: str, regular: str) -> None:
    document = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{programme.word('programme')} – {programme.short_title or programme.title}",
        author="ForumDesk",
        lang=programme.language,
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        label = programme.short_title or programme.title
        canvas.drawString(MARGIN, 10 * mm, visual(label)[:110])
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, str(doc.page))
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)


def _fonts(programme: Programme) -> tuple[str, str]:
    """One regular and one bold font that have every glyph the programme uses."""
    pieces = [programme.title, programme.venue or "", programme.short_title or ""]
    for day in programme.days:
        for sitting in day.sessions:
            pieces.append(sitting.title)
            for segment in sitting.segments:
                pieces.append(programme.segment_heading(segment))
                pieces += programme.detail_lines(segment)
    text = " ".join(pieces) + " –0123456789:h"
    return font_for(text) or "Helvetica", font_for(text, bold=True) or "Helvetica-Bold"


def _styles(regular: str, bold: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13)
    return {
        "body": base,
        "kicker": ParagraphStyle("kicker", base, fontName=bold, fontSize=11, spaceAfter=2 * mm),
        "title": ParagraphStyle(
            "title", base, fontName=bold, fontSize=14, leading=18, spaceAfter=2 * mm
        ),
        "venue": ParagraphStyle("venue", base, spaceAfter=4 * mm),
        "day": ParagraphStyle(
            "day", base, fontName=bold, fontSize=12, leading=15, spaceBefore=3 * mm
        ),
        "session": ParagraphStyle("session", base, spaceBefore=3 * mm, spaceAfter=1 * mm),
        "segment": ParagraphStyle(
            "segment",
            base,
            leftIndent=INDENT * 2,
            firstLineIndent=-INDENT,
            spaceBefore=1.5 * mm,
        ),
        "role": ParagraphStyle("role", base, leftIndent=INDENT * 3, firstLineIndent=-INDENT / 2),
    }


def _text(value: str) -> str:
    """Paragraph markup for plain text: escaped, and right-to-left runs made drawable."""
    return escape(visual(value))

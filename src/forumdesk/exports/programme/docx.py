"""The programme as a Word document: the same content and order as programme_pdf.

A4 page; the title as a heading, then each day, each session in bold with its times,
each segment as a paragraph with a hanging indent ("10 h 35–11 h 45 – Première
partie : …"), and its addresses and roles indented under it. The document's
language is set to the forum's so spelling and hyphenation fit.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Mm, Pt
from sqlalchemy.orm import Session

from forumdesk.exports.document.docx_language import set_document_language
from forumdesk.exports.programme.layout import load_programme


def write_programme_docx(session: Session, forum_id: uuid.UUID, path: Path | str) -> int:
    """Write the forum's programme; return the number of segments written."""
    programme = load_programme(session, forum_id)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    normal = document.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    tag = set_document_language(document, programme.language)
    document.core_properties.title = (
        f"{programme.word('programme')} – {programme.short_title or programme.title}"
    )
    document.core_properties.language = tag

    document.add_heading(programme.word("programme"), level=2)
    document.add_heading(programme.title, level=1)
    if programme.venue:
        document.add_paragraph(programme.venue)
    if not programme.days:
        document.add_paragraph(programme.word("none"))
    for day in programme.days:
        document.add_heading(programme.long_date(day.date), level=2)
        for sitting in day.sessions:
            line = document.add_paragraph()
            line.paragraph_format.space_before = Pt(8)
            line.add_run(f"{programme.time_range(sitting.starts_at, sitting.ends_at)} – ")
            line.add_run(sitting.title).bold = True
            for segment in sitting.segments:
                times = programme.time_range(segment.starts_at, segment.ends_at)
                item = document.add_paragraph(f"{times} – {programme.segment_heading(segment)}")
                item.paragraph_format.left_indent = Cm(1.6)
                item.paragraph_format.first_line_indent = Cm(-0.8)
                item.paragraph_format.space_before = Pt(4)
                item.paragraph_format.keep_with_next = bool(programme.detail_lines(segment))
                for text in programme.detail_lines(segment):
                    detail = document.add_paragraph(f"– {text}")
                    detail.paragraph_format.left_indent = Cm(2.4)
                    detail.paragraph_format.first_line_indent = Cm(-0.4)
                    detail.paragraph_format.space_after = Pt(0)
        if day is not programme.days[-1]:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    from forumdesk.services.common.output_files import output_path

    with output_path(path) as temporary:  # never over a database; whole or not at all
        document.save(str(temporary))
    return programme.segment_count

"""Tables in a PDF: columns as wide as their printed text needs (`table_widths`),
short one-line cells as plain strings (a table lays those out far faster than paragraphs)."""

from __future__ import annotations

import functools
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from forumdesk.exports.document.fonts import font_for
from forumdesk.exports.document.model import Table
from forumdesk.exports.document.pdf.text import RTL, font_of, markup
from forumdesk.exports.document.table_widths import CELL_PADDING as _CELL_PADDING
from forumdesk.exports.document.table_widths import column_widths


def pdf_table(
    block: Table, styles: dict[str, ParagraphStyle], para: type[RLParagraph], margin: float
) -> RLTable:
    cell = styles["cell"]
    bold_face = font_of("a", True) or "Helvetica-Bold"
    widths = column_widths(block, A4[0] - 2 * margin, cell.fontSize)

    def rows(texts: tuple[str, ...], bold: bool) -> list[Any]:
        pairs = zip(texts, widths, strict=False)
        return [_cell(text, bold, width, cell, para) for text, width in pairs]

    data = [rows(block.header, True)] if block.header else []
    data += [rows(row, False) for row in block.rows]
    table = RLTable(data, colWidths=widths, repeatRows=1 if block.header else 0)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
        commands.append(("FONT", (0, 0), (-1, 0), bold_face, cell.fontSize, cell.leading))
    table.setStyle(TableStyle(commands))
    table.spaceAfter = 8
    return table


def _cell(
    text: str, bold: bool, width: float, style: ParagraphStyle, para: type[RLParagraph]
) -> Any:
    """A short one-line cell as a plain string: a table lays those out far faster than
    paragraphs (a 200-speaker table is most of a minutes PDF's time)."""
    if _one_line(text, bold, width, style.fontSize):
        return text
    return para(markup(text, bold=bold), style)


@functools.lru_cache(maxsize=4096)
def _one_line(text: str, bold: bool, width: float, size: float) -> bool:
    face = font_of("a", bold) or ("Helvetica-Bold" if bold else "Helvetica")
    return (
        "\n" not in text
        and not RTL.search(text)
        and font_for(text, bold) == face
        and pdfmetrics.stringWidth(text, face, size) <= width - 2 * _CELL_PADDING
    )

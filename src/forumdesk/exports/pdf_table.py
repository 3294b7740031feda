"""Tables in a PDF: columns as wide as their printed text needs, short one-line cells
as plain strings (a table lays those out far faster than paragraphs)."""

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

from forumdesk.exports.badge_fonts import font_for
from forumdesk.exports.document_model import Table
from forumdesk.exports.pdf_text import RTL, font_of, markup

_CELL_PADDING = 6.0  # reportlab's default left and right cell padding, plus a margin


def pdf_table(
    block: Table, styles: dict[str, ParagraphStyle], para: type[RLParagraph], margin: float
) -> RLTable:
    cell = styles["cell"]
    bold_face = font_of("a", True) or "Helvetica-Bold"
    available = A4[0] - 2 * margin
    if len(block.widths) == block.columns:
        widths = [available * w / sum(block.widths) for w in block.widths]
    else:
        widths = _fitted(_measured(block, cell, available), available)

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


def _fitted(needs: tuple[float, ...], available: float) -> list[float]:
    """Shares of the page: narrow columns keep what they need, wide ones give way."""
    total = sum(needs)
    if total <= available:
        return [need * available / total for need in needs]
    share = available / len(needs)
    narrow = sum(need for need in needs if need <= share)
    wide = total - narrow
    return [need if need <= share else need * (available - narrow) / wide for need in needs]


def _measured(block: Table, style: ParagraphStyle, available: float) -> tuple[float, ...]:
    """Column widths from the printed text: what most cells need on one line, at
    least the header's longest word, at most two fifths of the page."""
    regular = font_of("a", False) or "Helvetica"
    bold = font_of("a", True) or "Helvetica-Bold"
    size, most = style.fontSize, available * 0.4
    weights = []
    for column in range(block.columns):
        needs = sorted(
            pdfmetrics.stringWidth(row[column], regular, size)
            for row in block.rows
            if column < len(row)
        )
        typical = needs[(len(needs) - 1) * 9 // 10] if needs else 0.0
        title = block.header[column] if column < len(block.header) else ""
        word = max((pdfmetrics.stringWidth(w, bold, size) for w in title.split()), default=0.0)
        weights.append(min(max(typical, word, size), most) + 2 * _CELL_PADDING)
    return tuple(weights)


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

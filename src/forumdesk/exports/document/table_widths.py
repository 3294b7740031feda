"""Column widths for a table, measured in the font the writers print it in.

Every writer (PDF, DOCX, ODT) sizes a table's columns from here, so that no header
breaks inside a word — in ForumDesk's own PDF, and in Word's or LibreOffice's
layout of the DOCX and ODT. Widths follow the printed text: what most cells of a
column need on one line, at least the header's longest word in bold (plus the cell's
padding), at most two fifths of the page; when the page is too narrow for all of
that, the wide columns give way, never below their longest header word.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from forumdesk.exports.document.model import Table
from forumdesk.exports.document.pdf.text import font_of

# Points of padding at each side of a cell, at least what the formats use (reportlab
# 6, Word 5.4, the ODT writer's 2.3), so a measured word fits in every one of them.
CELL_PADDING = 6.0


def _faces() -> tuple[str, str]:
    return font_of("a", False) or "Helvetica", font_of("a", True) or "Helvetica-Bold"


def header_floor(block: Table, column: int, size: float) -> float:
    """The width (points) the header's longest word needs in bold, padding included."""
    _, bold = _faces()
    title = block.header[column] if column < len(block.header) else ""
    word = max((pdfmetrics.stringWidth(w, bold, size) for w in title.split()), default=0.0)
    # A little more than measured: another layout engine's kerning and rounding.
    return word * 1.06 + 2 * CELL_PADDING + 1.0


def column_widths(block: Table, available: float, size: float) -> list[float]:
    """Widths in points adding up to `available` (or less when the text needs less
    and the table is given its widths), in `size`-point type."""
    if len(block.widths) == block.columns:
        widths = [available * w / sum(block.widths) for w in block.widths]
    else:
        widths = _fitted(_measured(block, size, available), available)
    floors = [header_floor(block, c, size) for c in range(block.columns)]
    return _with_floors(widths, floors)


def _measured(block: Table, size: float, available: float) -> list[float]:
    regular, _ = _faces()
    most = available * 0.4
    needs = []
    for column in range(block.columns):
        cells = sorted(
            pdfmetrics.stringWidth(row[column], regular, size)
            for row in block.rows
            if column < len(row)
        )
        typical = cells[(len(cells) - 1) * 9 // 10] if cells else 0.0
        floor = header_floor(block, column, size)
        needs.append(max(min(max(typical, size) + 2 * CELL_PADDING, most), floor))
    return needs


def _fitted(needs: list[float], available: float) -> list[float]:
    """Shares of the page: narrow columns keep what they need, wide ones give way."""
    total = sum(needs)
    if total <= available:
        return [need * available / total for need in needs]
    share = available / len(needs)
    narrow = sum(need for need in needs if need <= share)
    wide = total - narrow
    return [need if need <= share else need * (available - narrow) / wide for need in needs]


def _with_floors(widths: list[float], floors: list[float]) -> list[float]:
    """Raise each column to its floor, taking the room from those above theirs."""
    short = sum(max(0.0, floor - width) for width, floor in zip(widths, floors, strict=True))
    if short <= 0:
        return widths
    spare = sum(max(0.0, width - floor) for width, floor in zip(widths, floors, strict=True))
    if spare <= 0:  # the page cannot hold every header word: keep the proportions
        return widths
    ratio = min(1.0, short / spare)
    return [
        floor if width < floor else width - (width - floor) * ratio
        for width, floor in zip(widths, floors, strict=True)
    ]

"""Name badges as a PDF: A4 portrait sheets of 2 × 4 badges, ready to cut, or one
badge a page for a badge printer (`layout="card"`).

A card page is the badge itself, 95 × 70 mm landscape: drawn exactly as on the sheet,
so a card and a badge cut from a sheet are alike and fit the same holders. A CR80
card printer (85.6 × 54 mm) gets it scaled to fit when printed.

Each badge: the forum title, a colour band naming the category, the FAMILY and
given names (with a Latin transliteration under a non-Latin name), the
organisation, the badge number and a QR code of the registration id.

Names come in any script: each piece of text is set in the first installed font
that has every glyph of it (exports/document/fonts.py); when none has, its Latin
transliteration is printed instead, so a badge never shows empty boxes.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Literal

import segno
from anyascii import anyascii
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from forumdesk.exports.document.fonts import font_for, is_latin, upper, visual
from forumdesk.services.common.messages import N_, gettext_in
from forumdesk.services.registry.badges import Badge, badges_for
from forumdesk.services.registry.scripts import ABJADS, romanise, script_of
from forumdesk.store.enums import OrganisationCategory

COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
BADGE_W, BADGE_H = 95 * mm, 70 * mm
MARGIN_X = (A4[0] - COLUMNS * BADGE_W) / 2
MARGIN_Y = (A4[1] - ROWS * BADGE_H) / 2
PAD = 4 * mm
QR_SIZE = 22 * mm

BadgeLayout = Literal["sheet", "card"]
#: The layouts as the CLI and the print dialog name them: A4 sheets of 8, one card a page.
LAYOUTS: tuple[BadgeLayout, ...] = ("sheet", "card")

# Okabe–Ito hues where possible: one hue family per kind of stakeholder (blues for
# States, purples for the UN and IGOs, greens for civil society, orange/brown for
# business), told apart within a family by lightness. The band also prints the
# category in words, so colour is never the only cue for colour-blind readers.
CATEGORY_COLOURS: dict[OrganisationCategory, str] = {
    OrganisationCategory.MEMBER_STATE: "#0072B2",
    OrganisationCategory.OBSERVER_STATE: "#56B4E9",
    OrganisationCategory.UN_ENTITY: "#5B3A8E",
    OrganisationCategory.INTERGOVERNMENTAL: "#CC79A7",
    OrganisationCategory.NGO_ECOSOC: "#009E73",
    OrganisationCategory.CIVIL_SOCIETY: "#00573F",
    OrganisationCategory.MIGRANT_ASSOCIATION: "#8FD19E",
    OrganisationCategory.YOUTH: "#F0E442",
    OrganisationCategory.TRADE_UNION: "#D55E00",
    OrganisationCategory.PRIVATE_SECTOR: "#E69F00",
    OrganisationCategory.FINANCIAL_INSTITUTION: "#7A4E00",
    OrganisationCategory.RESEARCH: "#4D4D4D",
}
NO_CATEGORY_COLOUR = "#C8C8C8"

# The band's words, short enough for the band; printed in the forum's language.
CATEGORY_LABELS: dict[OrganisationCategory, str] = {
    OrganisationCategory.MEMBER_STATE: N_("Member State"),
    OrganisationCategory.OBSERVER_STATE: N_("Observer State"),
    OrganisationCategory.UN_ENTITY: N_("United Nations"),
    OrganisationCategory.INTERGOVERNMENTAL: N_("Intergovernmental organisation"),
    OrganisationCategory.NGO_ECOSOC: N_("NGO in consultative status"),
    OrganisationCategory.CIVIL_SOCIETY: N_("Civil society"),
    OrganisationCategory.MIGRANT_ASSOCIATION: N_("Migrant association"),
    OrganisationCategory.YOUTH: N_("Youth"),
    OrganisationCategory.TRADE_UNION: N_("Trade union"),
    OrganisationCategory.PRIVATE_SECTOR: N_("Private sector"),
    OrganisationCategory.FINANCIAL_INSTITUTION: N_("Financial institution"),
    OrganisationCategory.RESEARCH: N_("Research and academia"),
}
NO_CATEGORY_LABEL = N_("Participant")

# ---------------------------------------------------------------------------------------
# Drawing


def _text_colour(background: str) -> str:
    red, green, blue = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "#000000" if luminance > 0.45 else "#FFFFFF"


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _fit(text: str, font: str, width: float, largest: float, smallest: float) -> tuple[str, float]:
    """Shrink from `largest` to `smallest` points to fit; past that, cut with an ellipsis."""
    size = largest
    while size > smallest and _width(text, font, size) > width:
        size -= 0.5
    while len(text) > 1 and _width(text, font, size) > width:
        text = text[:-2].rstrip() + "…"
    return text, size


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap on spaces; a word wider than the line (CJK has no spaces) breaks anywhere."""

    def fits(line: str) -> bool:
        return _width(visual(line), font, size) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if fits(candidate):
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if line and not fits(line + char):
                lines.append(line)
                line = ""
            line += char
    if line:
        lines.append(line)
    return lines


def _pick(text: str, bold: bool = False) -> tuple[str, str, bool]:
    """(what to draw, in which font, whether it fell back to a transliteration).

    Without a font for the script: its standard romanisation, else a letter-by-letter
    one, except for an abjad (Arabic, Hebrew), where that drops the vowels: nothing then,
    and the Latin line says the name."""
    font = font_for(text, bold)
    if font is not None:
        return visual(text), font, False
    latin = romanise(text) or ("" if script_of(text) in ABJADS else anyascii(text))
    return latin, font_for(latin, bold) or ("Helvetica-Bold" if bold else "Helvetica"), True


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as vector rectangles: sharp at any printer resolution, no image."""
    qr = segno.make_qr(payload, error="m")
    modules = qr.matrix
    count = len(modules) + 8  # the 4-module quiet zone the standard asks for
    cell = size / count
    canvas.setFillColor("#FFFFFF")
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor("#000000")
    for row_index, row in enumerate(modules):
        top = y + size - (row_index + 4 + 1) * cell
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # A hair of overlap so that viewers show no seams between modules.
            canvas.rect(
                x + (start + 4) * cell, top, (column - start) * cell + 0.05, cell + 0.05, 0, 1
            )


def qr_payload(badge: Badge) -> str:
    """What the QR code says: the registration id, which the check-in desk looks up."""
    return str(badge.registration_id)


def _draw_badge(canvas: Canvas, badge: Badge, left: float, bottom: float) -> None:
    inner = BADGE_W - 2 * PAD
    top = bottom + BADGE_H

    # The forum title in up to two small lines above the band.
    title, font, fell_back = _pick(badge.forum_title)
    lines = _wrap(title if fell_back else badge.forum_title, font, 6.5, inner)
    if len(lines) > 2:
        lines = [lines[0], _fit(" ".join(lines[1:]), font, inner, 6.5, 6.5)[0]]
    canvas.setFillColor("#555555")
    canvas.setFont(font, 6.5)
    for index, line in enumerate(lines):
        canvas.drawCentredString(
            left + BADGE_W / 2, top - 3 * mm - (index + 0.8) * 7.2, visual(line)
        )

    colour = CATEGORY_COLOURS[badge.category] if badge.category else NO_CATEGORY_COLOUR
    band_top, band_h = top - 10 * mm, 8 * mm
    canvas.setFillColor(colour)
    canvas.rect(left, band_top - band_h, BADGE_W, band_h, stroke=0, fill=1)
    label = gettext_in(
        badge.language, CATEGORY_LABELS[badge.category] if badge.category else NO_CATEGORY_LABEL
    )
    label_font = font_for(label, bold=True) or "Helvetica-Bold"
    label, size = _fit(label.upper(), label_font, inner, 11, 7)
    canvas.setFillColor(_text_colour(colour))
    canvas.setFont(label_font, size)
    canvas.drawCentredString(left + BADGE_W / 2, band_top - band_h / 2 - size * 0.35, label)

    # A name no font can show is replaced by its romanisation; when both were, the
    # Latin line under them would only repeat them.
    family, family_font, family_fell_back = _pick(upper(badge.family_name), bold=True)
    given, given_font, given_fell_back = _pick(badge.given_name)
    latin = ""
    if not is_latin(badge.family_name + badge.given_name) and not (
        family_fell_back and given_fell_back
    ):
        latin = badge.latin_name  # as recorded: no Latin form, no second line
    canvas.setFillColor("#000000")
    family, size = _fit(family, family_font, inner, 20, 11)
    y = band_top - band_h - 8 * mm
    canvas.setFont(family_font, size)
    canvas.drawString(left + PAD, y, family)
    given, size = _fit(given, given_font, inner, 13, 9)
    y -= 6 * mm
    canvas.setFont(given_font, size)
    canvas.drawString(left + PAD, y, given)
    if latin:
        latin_font = font_for(latin) or "Helvetica"
        latin, size = _fit(latin, latin_font, inner, 8, 6.5)
        y -= 4.2 * mm
        canvas.setFillColor("#444444")
        canvas.setFont(latin_font, size)
        canvas.drawString(left + PAD, y, latin)

    qr_x, qr_y = left + BADGE_W - PAD - QR_SIZE + 2 * mm, bottom + PAD - 2 * mm
    _draw_qr(canvas, qr_payload(badge), qr_x, qr_y, QR_SIZE)

    text_w = inner - QR_SIZE
    if badge.organisation:
        _draw_organisation(canvas, badge.organisation, left + PAD, y - 3 * mm, text_w)
    if badge.badge_number:
        number_font = font_for(badge.badge_number, bold=True) or "Helvetica-Bold"
        shown = gettext_in(badge.language, "No {number}").format(number=badge.badge_number)
        number, size = _fit(shown, number_font, text_w, 12, 8)
        canvas.setFillColor("#000000")
        canvas.setFont(number_font, size)
        canvas.drawString(left + PAD, bottom + PAD, number)


def _draw_organisation(canvas: Canvas, name: str, x: float, y: float, width: float) -> None:
    """Up to four lines under the names, shrinking before cutting."""
    text, font, fell_back = _pick(name)
    logical = text if fell_back else name  # wrap the text as typed, draw it shaped
    max_lines, size = 4, 10.0
    lines = _wrap(logical, font, size, width)
    while len(lines) > max_lines and size > 7.5:
        size -= 0.5
        lines = _wrap(logical, font, size, width)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], _fit(rest, font, width, size, size)[0]]
    canvas.setFillColor("#222222")
    canvas.setFont(font, size)
    for index, line in enumerate(lines):
        canvas.drawString(x, y - (index + 1) * size * 1.15, visual(line))


def _draw_cut_lines(canvas: Canvas, used: int) -> None:
    """Thin grey lines along every edge and marks into the margin, for the guillotine."""
    canvas.setStrokeColor("#9A9A9A")
    canvas.setLineWidth(0.3)
    for slot in range(used):
        row, column = divmod(slot, COLUMNS)
        left = MARGIN_X + column * BADGE_W
        bottom = A4[1] - MARGIN_Y - (row + 1) * BADGE_H
        canvas.rect(left, bottom, BADGE_W, BADGE_H, stroke=1, fill=0)
    mark = 5 * mm
    for column in range(COLUMNS + 1):
        x = MARGIN_X + column * BADGE_W
        canvas.line(x, 0.5 * mm, x, mark)
        canvas.line(x, A4[1] - mark, x, A4[1] - 0.5 * mm)
    for row in range(ROWS + 1):
        y = A4[1] - MARGIN_Y - row * BADGE_H
        canvas.line(0.5 * mm, y, mark, y)
        canvas.line(A4[0] - mark, y, A4[0] - 0.5 * mm, y)


def write_badges(
    badges: Sequence[Badge],
    path: Path,
    *,
    layout: BadgeLayout = "sheet",
    compress: bool = True,
) -> int:
    """Write the sheets (or the cards); returns the number of badges. `compress=False`
    keeps the page content readable (for tests). No badges still gives one blank page."""
    from forumdesk.services.common.output_files import output_path

    if layout not in LAYOUTS:
        raise ValueError(f"unknown badge layout {layout!r}; expected one of {LAYOUTS}")
    with output_path(path) as temporary:  # never over a database; whole or not at all
        if layout == "card":
            _write_cards(badges, temporary, compress)
        else:
            _write_sheets(badges, temporary, compress)
    return len(badges)


def _canvas(
    badges: Sequence[Badge], path: Path, size: tuple[float, float], compress: bool
) -> Canvas:
    canvas = Canvas(str(path), pagesize=size, pageCompression=int(compress), invariant=1)
    canvas.setTitle(f"Badges — {badges[0].forum_title}" if badges else "Badges")
    canvas.setCreator("ForumDesk")
    return canvas


def _write_sheets(badges: Sequence[Badge], path: Path, compress: bool) -> None:
    canvas = _canvas(badges, path, A4, compress)
    for first in range(0, len(badges), PER_PAGE):
        sheet = badges[first : first + PER_PAGE]
        for slot, badge in enumerate(sheet):
            row, column = divmod(slot, COLUMNS)
            left = MARGIN_X + column * BADGE_W
            bottom = A4[1] - MARGIN_Y - (row + 1) * BADGE_H
            _draw_badge(canvas, badge, left, bottom)
        _draw_cut_lines(canvas, len(sheet))
        canvas.showPage()
    canvas.save()


def _write_cards(badges: Sequence[Badge], path: Path, compress: bool) -> None:
    """One badge a page, the page the badge's size: no cut lines, nothing to trim."""
    canvas = _canvas(badges, path, (BADGE_W, BADGE_H), compress)
    for badge in badges:
        _draw_badge(canvas, badge, 0, 0)
        canvas.showPage()
    canvas.save()


def write_badge_sheet(
    session: Session,
    forum_id: uuid.UUID,
    path: Path,
    registration_ids: Collection[uuid.UUID] | None = None,
    *,
    layout: BadgeLayout = "sheet",
) -> int:
    """Badges of a forum's accredited registrations (or of the ones given) to `path`."""
    return write_badges(badges_for(session, forum_id, registration_ids), path, layout=layout)

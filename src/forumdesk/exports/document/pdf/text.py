"""Text for reportlab paragraphs: each stretch in a registered font that has its
glyphs (fonts.py), right-to-left stretches shaped and reordered, markup escaped."""

from __future__ import annotations

import functools
import re
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from forumdesk.exports.document.fonts import face_name, font_for, oblique_font, visual


@functools.cache
def font_of(char: str, bold: bool) -> str | None:
    return font_for(char, bold)


@functools.cache
def _oblique() -> str | None:
    found = oblique_font()
    if found is None:
        return None
    pdfmetrics.registerFont(TTFont(face_name(found), str(found)))
    return face_name(found)


# A right-to-left stretch: from its first to its last RTL letter, spaces inside only.
RTL = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc](?:[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\s]*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])?"
)


def drawable(text: str) -> str:
    """Each RTL stretch shaped and reversed on its own (so the spaces around it stay
    put), its spaces made non-breaking so a wrapped line cannot reverse its words."""
    return RTL.sub(lambda m: visual(m.group()).replace(" ", "\u00a0"), text)


@functools.lru_cache(maxsize=4096)
def markup(text: str, bold: bool = False, italic: bool = False) -> str:
    """Paragraph markup for plain text: escaped, each stretch in a font that has it."""
    base = font_of("a", bold) or ("Helvetica-Bold" if bold else "Helvetica")
    if not bold and not italic and font_for(text) == base:  # the usual case: one font
        return escape(drawable(text))
    pieces: list[tuple[str, str]] = []
    for char in drawable(text):
        face = pieces[-1][0] if char.isspace() and pieces else (font_of(char, bold) or base)
        if pieces and pieces[-1][0] == face:
            pieces[-1] = (face, pieces[-1][1] + char)
        else:
            pieces.append((face, char))
    out = []
    for face, piece in pieces:
        if italic and face == base and not bold and _oblique():
            face = _oblique() or face
        plain = face == font_of("a", False) or face == "Helvetica"  # the styles' own font
        out.append(escape(piece) if plain else f"<font name='{face}'>{escape(piece)}</font>")
    return "".join(out)

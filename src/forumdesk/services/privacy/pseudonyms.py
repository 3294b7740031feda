"""The pseudonym that stands for an erased person, and putting it in place of their name.

A pseudonym names what the person represented, in the forum's language, and a number
that counts the erased people of that category ("Représentant·e d'une ONG (3)"). The
number is the tombstone's (`Erasure.number`): it never changes once given.

A name is replaced where `naming` finds it (given and family names side by side, in
either order, in their own script or their Latin form), in plain text or between the
tags of the minutes' HTML.
"""

from __future__ import annotations

import html
import re

from forumdesk.services.common.messages import N_, gettext_in
from forumdesk.services.search.names import normalise

#: What the person represented, by their organisation's category ("" without one).
CATEGORY_WORDS = {
    "member_state": N_("Representative of a Member State"),
    "observer_state": N_("Representative of an observer State"),
    "intergovernmental": N_("Representative of an intergovernmental organization"),
    "un_entity": N_("Representative of a United Nations entity"),
    "ngo_ecosoc": N_("Representative of an NGO"),
    "civil_society": N_("Representative of a civil society organization"),
    "trade_union": N_("Representative of a trade union"),
    "migrant_association": N_("Representative of a migrant association"),
    "private_sector": N_("Representative of the private sector"),
    "financial_institution": N_("Representative of a financial institution"),
    "research": N_("Representative of a research institution"),
    "youth": N_("Representative of a youth organization"),
    "": N_("Participant"),
}


def pseudonym(category: str, number: int, language: str) -> str:
    """ "Representative of an NGO (3)", in `language`."""
    words = gettext_in(language, CATEGORY_WORDS.get(category, CATEGORY_WORDS[""]))
    return f"{words} ({number})"


def replace_name(pattern: re.Pattern[str], text: str, replacement: str) -> str:
    """`text` with each place naming the person (`naming.name_pattern`) replaced."""
    if pattern.search(normalise(text)) is None:  # most texts: no need to map characters
        return text
    folded, origin = _folded_with_origin(text)
    spans = [
        (origin[match.start()], origin[match.end() - 1] + 1)
        for match in pattern.finditer(folded)
        if match.end() > match.start()
    ]
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text


def replace_name_in_html(pattern: re.Pattern[str], markup: str, replacement: str) -> str:
    """As `replace_name`, in the text between the tags of an HTML fragment."""
    parts = _TAG.split(markup)
    for index in range(0, len(parts), 2):  # the even parts are text, the odd ones tags
        text = html.unescape(parts[index])
        replaced = replace_name(pattern, text, replacement)
        if replaced != text:
            parts[index] = html.escape(replaced, quote=False)
    return "".join(parts)


_TAG = re.compile(r"(<[^>]*>)")


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """`text` normalised as the names are (character by character, so that each
    character of the result knows the character of `text` it came from)."""
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = normalise(char)
        pieces.append(folded)
        origin += [index] * len(folded)
    return "".join(pieces), origin

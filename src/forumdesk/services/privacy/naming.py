"""Whether a text names a person: the one rule subject access uses for notes and minutes.

A text *names* a person when it holds their given and family names side by side, in
either order, as whole words: in the script they were typed in, or in their Latin
form ("Peter Sutherland", "SUTHERLAND Peter", "Majed Belkacem", "ماجد بلقاسم"). Case,
accents, Arabic vowel marks and letter variants are ignored (the search index's
folding). A family name alone is not enough: "Mr. Traoré" could be any of several
people, and an export must not hand one person what was said of another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from forumdesk.services.search.names import normalise

# CJK names are written without a space ("王小明") and CJK text has no word breaks.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def name_pattern(pairs: Iterable[tuple[str | None, str | None]]) -> re.Pattern[str] | None:
    """A pattern finding any of these (given, family) names in a normalised text; None
    when no pair has both names."""
    variants: set[str] = set()
    for given, family in pairs:
        if not given or not family:
            continue
        first, last = _words(given), _words(family)
        for order in (f"{first} {last}", f"{last} {first}"):
            variants.add(_word_bounded(re.escape(order).replace(r"\ ", r"\s+")))
        if _CJK.search(first + last):
            variants.add(re.escape(last + first))
    if not variants:
        return None
    return re.compile("|".join(sorted(variants, key=len, reverse=True)))


def names_in(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` names the person `pattern` was made for."""
    return pattern.search(_words(text)) is not None


def _words(text: str) -> str:
    return " ".join(normalise(text).split())


def _word_bounded(expression: str) -> str:
    return rf"(?<!\w){expression}(?!\w)"

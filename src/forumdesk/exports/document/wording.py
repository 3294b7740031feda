"""What every document writer prints the same way, so that the five formats agree.

The few words the writers print (the contents' column heads, "Notes", the footer's
"Page 3 of 21") in the document's language, and a contents line's label and
paragraph range ("¶¶ 1–7"). A leaf: the format modules import it, it imports none.
"""

from __future__ import annotations

from forumdesk.exports.document.model import ContentsEntry

_WORDS = {
    "fr": {"paragraphs": "Paragraphes", "page": "Page", "notes": "Notes", "of": "sur"},
    "en": {"paragraphs": "Paragraphs", "page": "Page", "notes": "Notes", "of": "of"},
    "es": {"paragraphs": "Párrafos", "page": "Página", "notes": "Notas", "of": "de"},
}


def word(language: str, key: str) -> str:
    """A word the writers print, in the document's language (English otherwise)."""
    return _WORDS.get(language.split("-")[0], _WORDS["en"])[key]


def page_of(language: str, page: int | str, total: int | str) -> str:
    """The footer: "Page 3 sur 21", "Page 3 of 21"."""
    return f"{word(language, 'page')} {page} {word(language, 'of')} {total}"


def paragraph_range(entry: ContentsEntry) -> str:
    """ "¶¶ 1–7", "¶ 5", or "" when the part has no numbered paragraphs."""
    first, last = entry.first_paragraph, entry.last_paragraph
    if first is None:
        return ""
    if last is None or last == first:
        return f"¶ {first}"
    return f"¶¶ {first}–{last}"


def entry_label(entry: ContentsEntry) -> str:
    return f"{entry.label}. {entry.title}" if entry.label else entry.title

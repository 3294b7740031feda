"""What every document writer prints the same way, so that the five formats agree.

The few words the writers print (the contents' column heads, "Notes", the footer's
"Page 3 of 21") in the document's language, from the services' catalogue, and a
contents line's label and paragraph range ("¶¶ 1–7"). A leaf among the writers: the
format modules import it, it imports only the model and the catalogue.
"""

from __future__ import annotations

from forumdesk.exports.document.model import ContentsEntry
from forumdesk.services.common.messages import N_, gettext_in

_WORDS = {
    "paragraphs": N_("Paragraphs"),
    "notes": N_("Notes"),
    # The footers of DOCX and ODT put page-number fields between these two words.
    "page": N_("Page"),
    # TRANSLATORS: the footer's "Page 3 of 21", between the two numbers.
    "of": N_("of"),
}


def word(language: str, key: str) -> str:
    """A word the writers print, in the document's language (English otherwise)."""
    return gettext_in(language, _WORDS[key])


def page_of(language: str, page: int | str, total: int | str) -> str:
    """The footer: "Page 3 sur 21", "Page 3 of 21"."""
    return gettext_in(language, "Page {page} of {total}").format(page=page, total=total)


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

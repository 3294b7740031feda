"""The cover block of a UN document, worded in the document's language.

The stored fields (a summary's language version, or the minutes' own cover) become
the lines the writers print: "Distr. générale" / "Distr.: General", "27 juillet 2006",
the language in its own name ("Français"), "Original : anglais". Distribution is one
of `DISTRIBUTIONS` (services/minutes/cover.py); a summary imported from text keeps the
line it read ("Distr. générale"), which `distribution_key` recognises in either language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from forumdesk.exports.document.model import Cover
from forumdesk.services.common.messages import N_, gettext_in
from forumdesk.services.common.text_dates import long_date

__all__ = ["CoverFields", "cover_of", "distribution_key", "distribution_line"]

# The printed line, in the document's language from the services' catalogue.
_DISTRIBUTION = {
    "general": N_("Distr.: General"),
    "limited": N_("Distr.: Limited"),
    "restricted": N_("Distr.: Restricted"),
}
# What a distribution line may say, in any of those languages, for each value.
_DISTRIBUTION_WORDS = {
    "general": ("general", "générale", "generale"),
    "limited": ("limited", "limitée", "limitee", "limitada"),
    "restricted": ("restricted", "restreinte", "reservada"),
}
# Each language in its own name, as the cover's language line prints it.
_OWN_NAME = {
    "fr": "Français",
    "en": "English",
    "es": "Español",
    "ru": "Русский",
    "ar": "العربية",
    "zh": "中文",
}


def base_language(language: str) -> str:
    """ "fr-CH" → "fr"."""
    return (language or "en").split("-")[0].split("_")[0].lower()


def distribution_key(text: str | None) -> str | None:
    """ "general", "limited" or "restricted" from a value or a printed line; None when
    the text names none of them."""
    if not text:
        return None
    words = set(re.findall(r"\w+", text.casefold()))
    for key, spellings in _DISTRIBUTION_WORDS.items():
        if words & set(spellings):
            return key
    return None


def distribution_line(value: str | None, language: str) -> str | None:
    """The printed line for a distribution value; an unrecognised line as it is."""
    key = distribution_key(value)
    if key is None:
        return value.strip() or None if value else None
    return gettext_in(language, _DISTRIBUTION[key])


def language_line(language: str) -> str:
    code = base_language(language)
    return _OWN_NAME.get(code, code)


def language_name(code: str, language: str) -> str:
    """The name of language `code` as a sentence in `language` writes it ("anglais"):
    CLDR's, through Babel; the code itself for a language Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(base_language(language)).languages
    except (UnknownLocaleError, ValueError):
        names = Locale("en").languages
    return str(names.get(base_language(code), code))


def original_line(original: str | None, language: str) -> str | None:
    """ "Original : anglais": `original` as stored ("anglais", or a code such as "en")."""
    if not original or not original.strip():
        return None
    name = original.strip()
    if base_language(name) in _OWN_NAME and len(name) <= 5:  # a code: named in words
        name = language_name(name, language)
    return gettext_in(language, "Original: {name}").format(name=name)


@dataclass(frozen=True)
class CoverFields:
    """A cover's stored fields, before they are worded."""

    title: str
    language: str
    organ: str | None = None
    symbol: str | None = None
    distribution: str | None = None
    issued_on: date | None = None
    original_language: str | None = None
    session_label: str | None = None
    agenda_item: str | None = None
    subtitle: str | None = None
    preamble: str | None = None


def cover_of(fields: CoverFields) -> Cover:
    """The printed cover: the stamp in the document's language, the preamble split into
    the note's heading and its paragraphs (blank lines part them)."""
    language = base_language(fields.language)
    stamp = [
        distribution_line(fields.distribution, language),
        long_date(fields.issued_on, language, weekday=False) if fields.issued_on else None,
        language_line(language),
        original_line(fields.original_language, language),
    ]
    parts = [
        " ".join(part.split())
        for part in re.split(r"\n\s*\n", fields.preamble or "")
        if part.strip()
    ]
    # A short first part without a full stop is the note's heading ("Note du Président…").
    heading = parts.pop(0) if parts and len(parts[0]) < 160 and parts[0][-1] not in ".:;" else None
    return Cover(
        title=" ".join(fields.title.split()),
        organ=_text(fields.organ),
        symbol=_text(fields.symbol),
        stamp=tuple(line for line in stamp if line),
        session=_text(fields.session_label),
        agenda_item=_text(fields.agenda_item),
        subtitle=_text(fields.subtitle),
        note_heading=heading,
        note=tuple(parts),
    )


def _text(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None

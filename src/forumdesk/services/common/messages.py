"""The services' own sentences in the user's language, without Qt.

A refusal raised by a service reaches the user as it is: in the window or on the
command line. So the services mark what they say with `_()` (gettext style) and the
message is looked up in `forumdesk/locale/<language>/LC_MESSAGES/forumdesk.po` when
it is raised. The catalogues are read with Babel straight from the .po text: nothing
to compile. The window chooses the language from its interface language, the command
line from LC_ALL / LC_MESSAGES / LANG; anything without a catalogue stays English.

Format fields stay named (`{number}`), so a translation may put them in its own order:
`_("version {number} is a draft").format(number=3)`. A sentence with a count takes
`ngettext(singular, plural, count)`, which picks the form by the language's own plural
rules (CLDR, through Babel): French says "1 inscrit", Russian has three forms, Chinese
one. Words fixed at import time (tables of labels) are marked with `N_()` and looked up
where they are shown; a document's words come in its own language through `gettext_in`.
"""

from __future__ import annotations

import functools
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from forumdesk.paths import locale_dir

# Babel is imported where a catalogue is read: the window sets its language before its
# first paint, and reads no catalogue until a message is shown.
if TYPE_CHECKING:
    from babel.messages.catalog import Message
    from babel.plural import PluralRule

DOMAIN = "forumdesk"
SOURCE_LANGUAGE = "en"

_lock = threading.Lock()
_language = SOURCE_LANGUAGE


def base_language(code: str | None) -> str:
    """ "fr_CH.UTF-8", "fr-CH" or "fr" → "fr"; "C", "POSIX" or nothing → the source's."""
    text = (code or "").strip()
    for cut in (".", "@"):
        text = text.split(cut, 1)[0]
    text = text.replace("-", "_").split("_", 1)[0].lower()
    return text if text and text not in ("c", "posix") else SOURCE_LANGUAGE


def environment_language() -> str:
    """The language the POSIX environment asks messages in (what a terminal uses)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value:
            return base_language(value)
    return SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Say what follows in `code`'s language (its base: "fr_CH" is "fr"); returns the
    language used, the source's when there is no catalogue for it. The catalogue is read
    when a message is first looked up in it, not here."""
    global _language
    wanted = base_language(code)
    has_catalogue = wanted == SOURCE_LANGUAGE or _catalogue_file(wanted).is_file()
    chosen = wanted if has_catalogue else SOURCE_LANGUAGE
    with _lock:
        _language = chosen
    return chosen


def language() -> str:
    return _language


def document_language(code: str | None) -> str:
    """The language a document is written in: its base ("fr-CH" is "fr") when there is a
    catalogue for it, else the source's."""
    wanted = base_language(code)
    return wanted if wanted in available_languages() else SOURCE_LANGUAGE


def available_languages() -> list[str]:
    """The languages with a catalogue, besides the source's."""
    root = locale_dir()
    if not root.is_dir():
        return []
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.joinpath("LC_MESSAGES", f"{DOMAIN}.po").is_file()
    )


def _(message: str) -> str:
    """`message` in the current language; itself when it has no translation there."""
    return gettext_in(_language, message)


def N_(message: str) -> str:
    """Marks `message` for the catalogue without translating it yet (a table built at
    import time); whoever shows it passes it through `_()` or `gettext_in` then."""
    return message


def gettext_in(language_code: str, message: str) -> str:
    """`message` in a given language, whatever the current one (tests, documents)."""
    found = base_language(language_code)
    if found == SOURCE_LANGUAGE:
        return message
    return _catalogue(found).get(message) or message


def pgettext_in(language_code: str, context: str, message: str) -> str:
    """`message` in a given language, where the same English word is said differently
    by context ("Chair": "Présidence" on a programme, "Président(e)" in minutes)."""
    found = base_language(language_code)
    if found == SOURCE_LANGUAGE:
        return message
    return _catalogue(found).get(f"{context}\x04{message}") or message


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, as said in `context`."""
    return pgettext_in(_language, context, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted sentence that `count` takes in the current language:
    `ngettext("{count} person", "{count} people", n).format(count=n)`."""
    return ngettext_in(_language, singular, plural, count)


def ngettext_in(language_code: str, singular: str, plural: str, count: int) -> str:
    """`ngettext` in a given language, whatever the current one (documents)."""
    found = base_language(language_code)
    forms = _plural_catalogue(found).get(singular) if found != SOURCE_LANGUAGE else None
    if not forms:
        return singular if count == 1 else plural
    return forms[min(plural_index(found, count), len(forms) - 1)]


def plural_index(language_code: str, count: int) -> int:
    """Which msgstr[i] of a .po file `count` takes: the language's CLDR plural
    categories in Babel's order (zero, one, two, few, many, then other), as the
    catalogue's Plural-Forms header numbers them."""
    tags = plural_tags(language_code)
    return tags.index(_plural_rule(base_language(language_code))(count))


def plural_tags(language_code: str) -> list[str]:
    """The plural categories of a language in the order of its msgstr[i] forms."""
    rule = _plural_rule(base_language(language_code))
    return [tag for tag in ("zero", "one", "two", "few", "many") if tag in rule.tags] + ["other"]


@functools.cache
def _plural_rule(code: str) -> PluralRule:
    from babel import Locale

    return Locale.parse(code).plural_form


@functools.cache
def _catalogue(code: str) -> dict[str, str]:
    """The translated, non-fuzzy messages of one language (empty when it has none)."""
    return {
        f"{entry.context}\x04{entry.id}" if entry.context else str(entry.id): str(entry.string)
        for entry in _entries(code)
        if isinstance(entry.id, str) and entry.string and not entry.fuzzy
    }


@functools.cache
def _plural_catalogue(code: str) -> dict[str, tuple[str, ...]]:
    """The counted messages of one language, by their singular: every form translated."""
    return {
        str(entry.id[0]): tuple(str(form) for form in entry.string)
        for entry in _entries(code)
        if isinstance(entry.id, tuple)
        and isinstance(entry.string, tuple | list)
        and all(entry.string)
        and not entry.fuzzy
    }


def _catalogue_file(code: str) -> Path:
    return locale_dir() / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def _entries(code: str) -> list[Message]:
    from babel.messages.pofile import read_po

    source = _catalogue_file(code)
    if not source.is_file():
        return []
    with source.open("rb") as stream:
        catalogue = read_po(stream, locale=code, domain=DOMAIN)
    return [entry for entry in catalogue if entry.id]

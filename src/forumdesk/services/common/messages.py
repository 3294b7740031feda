"""The services' own sentences in the user's language, without Qt.

A refusal raised by a service reaches the user as it is: in the window or on the
command line. So the services mark what they say with `_()` (gettext style) and the
message is looked up in `forumdesk/locale/<language>/LC_MESSAGES/forumdesk.po` when
it is raised. The catalogues are read with Babel straight from the .po text: nothing
to compile. The window chooses the language from its interface language, the command
line from LC_ALL / LC_MESSAGES / LANG; anything without a catalogue stays English.

Format fields stay named (`{number}`), so a translation may put them in its own order:
`_("version {number} is a draft").format(number=3)`.
"""

from __future__ import annotations

import functools
import os
import threading
from importlib import resources

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
    language used, the source's when there is no catalogue for it."""
    global _language
    wanted = base_language(code)
    chosen = wanted if wanted == SOURCE_LANGUAGE or _catalogue(wanted) else SOURCE_LANGUAGE
    with _lock:
        _language = chosen
    return chosen


def language() -> str:
    return _language


def available_languages() -> list[str]:
    """The languages with a catalogue, besides the source's."""
    root = resources.files("forumdesk").joinpath("locale")
    if not root.is_dir():
        return []
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.joinpath("LC_MESSAGES", f"{DOMAIN}.po").is_file()
    )


def _(message: str) -> str:
    """`message` in the current language; itself when it has no translation there."""
    if _language == SOURCE_LANGUAGE:
        return message
    return _catalogue(_language).get(message) or message


def gettext_in(language_code: str, message: str) -> str:
    """`message` in a given language, whatever the current one (tests, documents)."""
    found = base_language(language_code)
    if found == SOURCE_LANGUAGE:
        return message
    return _catalogue(found).get(message) or message


@functools.cache
def _catalogue(code: str) -> dict[str, str]:
    """The translated, non-fuzzy messages of one language (empty when it has none)."""
    from babel.messages.pofile import read_po

    source = resources.files("forumdesk").joinpath("locale", code, "LC_MESSAGES", f"{DOMAIN}.po")
    if not source.is_file():
        return {}
    with source.open("rb") as stream:
        catalogue = read_po(stream, locale=code, domain=DOMAIN)
    return {
        str(entry.id): str(entry.string)
        for entry in catalogue
        if entry.id and isinstance(entry.id, str) and entry.string and not entry.fuzzy
    }

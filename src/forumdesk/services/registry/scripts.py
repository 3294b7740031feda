"""Which script a name is written in, and its Latin form where a standard gives a faithful one.

The Latin form is printed under the name on a badge and read aloud at the door, so
it must be one the person would recognise. A standard romanisation is proposed for
Cyrillic (ICAO Doc 9303, as in passports, through `iuliia`), Chinese (Hanyu pinyin,
through `pypinyin`) and Greek (ELOT 743, which Greek passports follow). Abjads
(Arabic, Persian, Urdu, Hebrew…) write few or no vowels: a letter-by-letter
transliteration gives consonant skeletons ("ftmh" for فاطمة), so nothing is proposed
and the person's own spelling is asked for. So for any script not named here.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache

from anyascii import anyascii


class Script(StrEnum):
    LATIN = "latin"
    CYRILLIC = "cyrillic"
    GREEK = "greek"
    HAN = "han"
    ARABIC = "arabic"
    HEBREW = "hebrew"
    OTHER = "other"


# The first word of a letter's Unicode name says its script.
_NAMED = {
    "LATIN": Script.LATIN,
    "CYRILLIC": Script.CYRILLIC,
    "GREEK": Script.GREEK,
    "CJK": Script.HAN,
    "ARABIC": Script.ARABIC,
    "HEBREW": Script.HEBREW,
}
#: Scripts written without (most) vowels: no faithful romanisation from the letters alone.
ABJADS = frozenset({Script.ARABIC, Script.HEBREW})


def _script_of_letter(char: str) -> Script:
    name = unicodedata.name(char, "")
    return _NAMED.get(name.split(" ", 1)[0], Script.OTHER)


def scripts_of(text: str | None) -> frozenset[Script]:
    """The scripts of the letters of `text` (marks, digits and punctuation aside)."""
    return frozenset(_script_of_letter(c) for c in text or "" if c.isalpha())


def script_of(text: str | None) -> Script | None:
    """The one script `text` is written in (Latin when only some letters are Latin and
    the rest one other script: the other); None without letters, OTHER when mixed."""
    found = scripts_of(text)
    if not found:
        return None
    others = found - {Script.LATIN}
    if not others:
        return Script.LATIN
    return next(iter(others)) if len(others) == 1 else Script.OTHER


def transliteration(text: str | None) -> str:
    """Letter by letter into ASCII (anyascii), one space between words: a key to sort
    and compare by, never a name to show (for Arabic it drops the vowels)."""
    return " ".join(anyascii(" ".join((text or "").split())).split())


def needs_latin_form(text: str | None) -> bool:
    """Whether a name in this script must be given its Latin form by a person."""
    script = script_of(text)
    return script is not None and script is not Script.LATIN and romanise(text) is None


@lru_cache(maxsize=4096)
def romanise(text: str | None) -> str | None:
    """The standard Latin form of a name, or None where no standard one is faithful.

    Latin names come back as typed (trimmed); a name with no letters gives None.
    """
    name = " ".join((text or "").split())
    script = script_of(name)
    if script is Script.LATIN:
        return name
    if script is Script.CYRILLIC:
        return _cyrillic(name)
    if script is Script.GREEK:
        return _greek(name)
    if script is Script.HAN:
        return _pinyin(name)
    return None


def made_up(latin: str | None, name: str | None) -> bool:
    """Whether `latin` is the letter-by-letter transliteration that earlier versions
    filled in for a name in an abjad ("ftmh" for فاطمة): never to be shown."""
    return bool(latin) and script_of(name) in ABJADS and latin == transliteration(name)


def latin_form(typed_latin: str | None, name: str | None) -> str | None:
    """The Latin form to store: the one typed, else the standard one, else none."""
    typed = " ".join((typed_latin or "").split())
    return typed or romanise(name) or None


# --- Cyrillic: ICAO Doc 9303 -----------------------------------------------------------

# Letters of Ukrainian and Belarusian that iuliia's (Russian) ICAO schema leaves alone,
# with their values in the same ICAO table.
_ICAO_EXTRA = str.maketrans(
    {"Ґ": "G", "ґ": "g", "Є": "Ie", "є": "ie", "І": "I", "і": "i", "Ї": "I", "ї": "i"}
    | {"Ў": "U", "ў": "u"}
)


def _cyrillic(name: str) -> str | None:
    import iuliia  # loaded on the first Cyrillic name, not at start-up

    result: str = iuliia.ICAO_DOC_9303.translate(name.translate(_ICAO_EXTRA))
    # A letter the table does not know (Serbian, Kazakh…): no half-romanised name.
    return None if Script.CYRILLIC in scripts_of(result) else result


# --- Chinese: Hanyu pinyin --------------------------------------------------------------

# Family names read otherwise than the same character in a word (曾经 céng, 曾 Zēng).
_SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "区": "ou",
    "仇": "qiu",
    "解": "xie",
    "查": "zha",
    "朴": "piao",
    "盖": "ge",
    "乐": "yue",
    "覃": "qin",
    "尉迟": "yuchi",
    "万俟": "moqi",
}


def _pinyin(name: str) -> str | None:
    """Each name one word with a capital, as Chinese names are written in pinyin
    ("王小明" → "Wang Xiaoming"); an apostrophe where a syllable starting with a, o or e
    would run into the one before ("Xi'an")."""
    words = []
    for word in name.split(" "):
        if Script.HAN not in scripts_of(word):
            words.append(word)
            continue
        reading = _SURNAME_READINGS.get(word)
        syllables = [reading] if reading else _syllables(word)
        joined = syllables[0]
        for syllable in syllables[1:]:
            joined += ("'" if syllable[:1] in ("a", "o", "e") else "") + syllable
        words.append(joined[:1].upper() + joined[1:])
    result = " ".join(words)
    return None if Script.HAN in scripts_of(result) else result


# --- Greek: ELOT 743 (ISO 843 transcription) ---------------------------------------------

_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "υι": "yi"}
_GREEK_PAIRS |= {"γγ": "ng", "γξ": "nx", "γχ": "nch", "μπ": "mp", "ντ": "nt", "γκ": "gk"}
_GREEK_LETTERS = dict(zip("αβγδεζικλμνξοπρστυφωςϊϋ", "avgdeziklmnxoprstyfosiy", strict=True))
_GREEK_LETTERS |= {"η": "i", "θ": "th", "χ": "ch", "ψ": "ps"}
# αυ, ευ, ηυ are av/ev/iv before a vowel or a voiced consonant, af/ef/if otherwise.
_VOICED_AFTER = set("αεηιουωβγδζλμνράέήίόύώϊϋ")


def _greek(name: str) -> str:
    return " ".join(_greek_word(word) for word in name.split(" "))


def _greek_word(word: str) -> str:
    # Accents go (not the diaeresis: it keeps two vowels apart, αϋ is a-y).
    bare = "".join(
        c
        for c in unicodedata.normalize("NFD", word.lower())
        if c not in ("\u0301", "\u0300", "\u0342")
    )
    bare = unicodedata.normalize("NFC", bare)
    out: list[str] = []
    i = 0
    while i < len(bare):
        pair = bare[i : i + 2]
        if pair in ("αυ", "ευ", "ηυ"):
            after = bare[i + 2 : i + 3]
            out.append(_GREEK_LETTERS[pair[0]] + ("v" if after in _VOICED_AFTER else "f"))
            i += 2
        elif pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        else:
            out.append(_GREEK_LETTERS.get(bare[i], bare[i]))
            i += 1
    latin = "".join(out)
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


# --- mixed directions ------------------------------------------------------------------


def isolated(text: str) -> str:
    """`text` between Unicode isolates (FSI … PDI): set inside a sentence of the other
    direction, an Arabic name keeps its order and leaves the sentence's alone."""
    return f"\u2068{text}\u2069"


def _syllables(word: str) -> list[str]:
    # pypinyin's dictionaries take a quarter of a second to load: on the first Chinese
    # name, never at start-up (the window's bidi delegate imports this module).
    from pypinyin import Style, lazy_pinyin

    return list(lazy_pinyin(word, style=Style.NORMAL, v_to_u=True))

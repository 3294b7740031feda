"""Dates and times as UN documents write them, in French and English."""

from __future__ import annotations

import re
from datetime import date, time

_MONTHS = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip

_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:er)?\s+([^\W\d_]+)\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\s+(\d{1,2}),?\s+(\d{4})$")

# "10 heures", "10 h 30", "13 heures", "10h30", "10:30"
CLOCK = r"(\d{1,2})\s*(?:heures?|h|:)\s*(\d{2})?"
_CLOCK_RE = re.compile(rf"^{CLOCK}$")


_MONTH_NAMES = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
_DAY_NAMES = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: The languages `long_date` writes in the UN's own style; others take CLDR's (Babel).
DATE_LANGUAGES = tuple(_MONTH_NAMES)


def long_date(value: date, language: str, *, weekday: bool = True) -> str:
    """ "Mercredi 12 juillet 2006" / "Wednesday 12 July 2006"; in another language
    (Spanish, Arabic, Chinese, Russian…) CLDR's full or long date; English for one
    Babel does not know."""
    if language not in _MONTH_NAMES:
        from babel.core import UnknownLocaleError
        from babel.dates import format_date

        try:
            return format_date(value, "full" if weekday else "long", locale=language)
        except (UnknownLocaleError, ValueError):
            language = "en"
    month = _MONTH_NAMES[language][value.month - 1]
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    text = f"{day} {month} {value.year}"
    if not weekday:
        return text
    name = _DAY_NAMES[language][value.weekday()]
    return f"{name.capitalize()} {text}" if language == "fr" else f"{name} {text}"


def parse_long_date(text: str) -> date | None:
    """'27 juillet 2006', '1er mars 2007' or 'July 27, 2006'; None when it is not a date."""
    cleaned = " ".join(text.strip().split()).lower()
    match = _DAY_MONTH_YEAR.match(cleaned)
    if match:
        day, month_name, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.match(cleaned)
        if not match:
            return None
        month_name, day, year = match.groups()
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    match = _CLOCK_RE.match(" ".join(text.strip().split()).lower())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)

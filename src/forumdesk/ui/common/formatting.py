"""Dates and times in the user's locale.

The C (or POSIX) locale, a machine with no language set, has no real short format:
Qt writes "12 07 2006". Dates are then written as ISO 8601 ("2006-07-12").
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat
    )


def _no_locale(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if _no_locale(locale):
        return value.isoformat()
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def short_time(value: time) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def time_range(start: time, end: time) -> str:
    return f"{short_time(start)}–{short_time(end)}"


def short_datetime(value: datetime | None) -> str:
    """A stored UTC moment, in the machine's time zone and the user's locale."""
    if value is None:
        return ""
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    if _no_locale(locale):
        return moment.toString("yyyy-MM-dd HH:mm")
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def venue_time(value: datetime | None) -> str:
    """An aware moment as its own clock read it (the venue's, in an answer of the
    services), in the user's locale: the time alone on that clock's today, else the
    date and the time."""
    if value is None:
        return ""
    clock = short_time(value.time())
    if value.date() == datetime.now(value.tzinfo).date():
        return clock
    return f"{short_date(value.date())} {clock}"

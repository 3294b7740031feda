"""Dates on screen follow the user's locale; a machine with no locale (C, POSIX) gets
ISO 8601 dates, never Qt's "12 07 2006"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from forumdesk.ui.common.formatting import short_date, short_datetime, venue_time


@pytest.fixture
def locale_of() -> Iterator[object]:
    before = QLocale()

    def use(language: QLocale.Language, country: QLocale.Country) -> None:
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(before)


def test_the_c_locale_writes_iso_dates(locale_of: object) -> None:
    locale_of(QLocale.Language.C, QLocale.Country.AnyCountry)  # type: ignore[operator]
    assert short_date(date(2006, 7, 12)) == "2006-07-12"
    moment = datetime(2006, 7, 12, 14, 32, tzinfo=UTC)
    assert short_datetime(moment)[:10] == "2006-07-12"  # the machine's zone sets the hour
    assert venue_time(moment) == "2006-07-12 14:32"
    assert "12 07 2006" not in short_datetime(moment)


def test_a_real_locale_keeps_its_own_short_format(locale_of: object) -> None:
    locale_of(QLocale.Language.French, QLocale.Country.France)  # type: ignore[operator]
    assert short_date(date(2006, 7, 12)) == "12/07/2006"
    locale_of(QLocale.Language.English, QLocale.Country.UnitedStates)  # type: ignore[operator]
    assert short_date(date(2006, 7, 12)) == "7/12/06"

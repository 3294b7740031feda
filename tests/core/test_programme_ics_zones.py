"""The programme's .ics reads the same in every common reader, in every kind of zone.

The file ForumDesk writes is read by icalendar (the writer), vobject and ics (ics.py).
Each must give every event the UTC instant and the UTC offset zoneinfo gives.
vobject reads the file's VTIMEZONE (with dateutil's tzical). ics.py 0.7 looks the
TZID up by name in dateutil's zone database (it parses VTIMEZONEs after the events),
and so does icalendar; icalendar is therefore also made to read the VTIMEZONE alone,
twice: with tzical, and with its own expansion of the rules (its pytz provider), as a
calendar without the IANA database, or with an older one, would.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import ics  # ics.py
import pytest
import vobject
import vobject.icalendar
from icalendar.timezone.tzp import TZP
from sqlalchemy import select

from forumdesk.exports.programme.ics import write_programme_ics
from forumdesk.exports.programme.ics_timezones import vtimezone
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.store.database import Database
from forumdesk.store.models import Day, Forum, ForumSession, Segment

H = timedelta(hours=1)
# name: (zone, the forum's days, UTC offsets of its first and last events).
CASES = {
    "new-york-july-2006": ("America/New_York", [date(2006, 7, 12)], (-4 * H, -4 * H)),
    "new-york-january-2007": ("America/New_York", [date(2007, 1, 12)], (-5 * H, -5 * H)),
    "new-york-july-2008": ("America/New_York", [date(2008, 7, 12)], (-4 * H, -4 * H)),
    "new-york-march-2008": (
        "America/New_York",  # summer time from 9 March 2008; it was 6 April in 2006
        [date(2008, 3, 7), date(2008, 3, 10)],
        (-5 * H, -4 * H),
    ),
    "geneva-july-2027": ("Europe/Zurich", [date(2027, 7, 12)], (2 * H, 2 * H)),
    "geneva-december-2027": ("Europe/Zurich", [date(2027, 12, 6)], (H, H)),
    "geneva-across-march": ("Europe/Zurich", [date(2027, 3, 27), date(2027, 3, 29)], (H, 2 * H)),
    "geneva-across-october": (
        "Europe/Zurich",
        [date(2027, 10, 30), date(2027, 11, 1)],
        (2 * H, H),
    ),
    "nairobi": ("Africa/Nairobi", [date(2027, 7, 12)], (3 * H, 3 * H)),
    "bangkok": ("Asia/Bangkok", [date(2027, 3, 27), date(2027, 10, 31)], (7 * H, 7 * H)),
    "santiago-across-april": (
        "America/Santiago",
        [date(2027, 4, 3), date(2027, 4, 5)],
        (-3 * H, -4 * H),
    ),
    "sydney-january": ("Australia/Sydney", [date(2027, 1, 12)], (11 * H, 11 * H)),
    "sydney-across-october": (
        "Australia/Sydney",
        [date(2027, 10, 2), date(2027, 10, 4)],
        (10 * H, 11 * H),
    ),
    "sydney-rule-change-2008": (
        "Australia/Sydney",  # last Sunday of March and October until 2007, then April/October
        [date(2007, 12, 10), date(2008, 4, 7)],
        (11 * H, 10 * H),
    ),
    "casablanca-across-ramadan": (
        "Africa/Casablanca",  # no weekday rule: the clocks follow the lunar calendar
        [date(2027, 2, 5), date(2027, 2, 8), date(2027, 3, 15)],
        (H, H),
    ),
    "utc": ("UTC", [date(2027, 7, 12)], (timedelta(0), timedelta(0))),
}
ORDINARY = {name for name in CASES if name.split("-")[0] in ("new", "geneva", "santiago", "sydney")}


@pytest.fixture(autouse=True)
def _vobject_reads_each_file_afresh() -> Iterator[None]:
    """vobject keeps the first VTIMEZONE it meets for a TZID, for the whole process."""
    registry: dict[str, Any] = vars(vobject.icalendar)["__tzidMap"]
    saved = dict(registry)
    registry.clear()
    registry["UTC"] = saved["UTC"]
    yield
    registry.clear()
    registry.update(saved)


def _forum_in(db: Database, zone: str, days: list[date]) -> uuid.UUID:
    """The demo forum moved to this zone and these days (more days: one segment each)."""
    with db.unit_of_work() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        forum = session.get(Forum, forum_id)
        assert forum is not None
        forum.timezone = zone
        first = session.scalars(select(Day).where(Day.forum_id == forum_id)).one()
        first.date = days[0]
        for position, when in enumerate(days[1:], start=1):
            day = Day(forum_id=forum_id, date=when, position=position)
            sitting = ForumSession(
                day=day,
                kind=first.sessions[0].kind,
                title="Séance du matin",
                starts_at=time(9, 0),
                ends_at=time(13, 0),
            )
            Segment(
                session=sitting,
                kind=first.sessions[0].segments[0].kind,
                title=f"Débat du {when.isoformat()}",
                starts_at=time(9, 30),
                ends_at=time(12, 45),
            )
            session.add(day)
    return forum_id


def _expected(db: Database, forum_id: uuid.UUID, zone: str) -> list[tuple[datetime, datetime]]:
    """Each segment's start and end, as zoneinfo places them, in time order."""
    tz = ZoneInfo(zone)
    with db.reading() as session:
        rows = session.execute(
            select(Day.date, Segment.starts_at, Segment.ends_at)
            .join(ForumSession, ForumSession.day_id == Day.id)
            .join(Segment, Segment.session_id == ForumSession.id)
            .where(Day.forum_id == forum_id)
        ).all()
    return sorted(
        (datetime.combine(day, starts, tz), datetime.combine(day, ends, tz))
        for day, starts, ends in rows
    )


def _read_by_vobject(text: str) -> list[tuple[datetime, datetime]]:
    calendar = vobject.readOne(text)
    return sorted((e.dtstart.value, e.dtend.value) for e in calendar.vevent_list)


def _read_by_ics(text: str) -> list[tuple[datetime, datetime]]:
    calendar = ics.Calendar(text)
    return sorted((e.begin.datetime, e.end.datetime) for e in calendar.events)


def _read_by_icalendar(text: str, vtimezone_by: str = "") -> list[tuple[datetime, datetime]]:
    """icalendar's reading; with `vtimezone_by` "zoneinfo" (tzical) or "pytz" (its own
    expansion of the rules), from the file's VTIMEZONE instead of the zone's name."""
    calendar = icalendar.Calendar.from_ical(text)
    provider = TZP(vtimezone_by or "zoneinfo")
    zones = {str(z["TZID"]): provider.create_timezone(z) for z in calendar.walk("VTIMEZONE")}
    read = []
    for event in calendar.walk("VEVENT"):
        ends = []
        for name in ("DTSTART", "DTEND"):
            value = event.decoded(name)
            tzid = event[name].params.get("TZID")
            if vtimezone_by and tzid:
                value = provider.localize(value.replace(tzinfo=None), zones[tzid])
            ends.append(value)
        read.append((ends[0], ends[1]))
    return sorted(read)


def _same(read: list[tuple[datetime, datetime]], wanted: list[tuple[datetime, datetime]]) -> None:
    assert len(read) == len(wanted)
    for got, want in zip(read, wanted, strict=True):
        for got_at, want_at in zip(got, want, strict=True):
            assert got_at.replace(tzinfo=None) == want_at.replace(tzinfo=None)  # wall clock
            assert got_at.astimezone(UTC) == want_at.astimezone(UTC)
            assert got_at.utcoffset() == want_at.utcoffset()


@pytest.mark.parametrize("case", list(CASES))
def test_every_reader_gives_every_event_the_zoneinfo_instant_and_offset(
    case: str, demo_db: Any, tmp_path: Path
) -> None:
    db: Database = demo_db
    zone, days, (first_offset, last_offset) = CASES[case]
    forum_id = _forum_in(db, zone, days)
    path = tmp_path / "programme.ics"
    with db.reading() as session:
        count = write_programme_ics(session, forum_id, path)
    wanted = _expected(db, forum_id, zone)
    assert count == len(wanted) == 5 + len(days)
    assert wanted[0][0].utcoffset() == first_offset
    assert wanted[-1][1].utcoffset() == last_offset
    text = path.read_text(encoding="utf-8")

    _same(_read_by_vobject(text), wanted)
    _same(_read_by_ics(text), wanted)
    _same(_read_by_icalendar(text), wanted)
    _same(_read_by_icalendar(text, vtimezone_by="zoneinfo"), wanted)
    _same(_read_by_icalendar(text, vtimezone_by="pytz"), wanted)


def _vtimezone_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    start, end = text.find("BEGIN:VTIMEZONE"), text.find("END:VTIMEZONE")
    assert 0 <= start < end
    return text[start:end]


def _observances(path: Path) -> list[tuple[str, str, str]]:
    """(kind, BYMONTH, BYDAY) of each observance with a rule."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    found = []
    for zone in calendar.walk("VTIMEZONE"):
        for part in zone.subcomponents:
            if "RRULE" in part:
                rule = part["RRULE"]
                found.append((part.name, str(rule["BYMONTH"][0]), str(rule["BYDAY"][0])))
    return sorted(found)


@pytest.mark.parametrize("case", sorted(ORDINARY))
def test_ordinary_zones_are_written_as_yearly_rules(
    case: str, demo_db: Any, tmp_path: Path
) -> None:
    db: Database = demo_db
    zone, days, _ = CASES[case]
    forum_id = _forum_in(db, zone, days)
    with db.reading() as session:
        write_programme_ics(session, forum_id, tmp_path / "p.ics")
    text = _vtimezone_text(tmp_path / "p.ics")
    assert f"TZID:{zone}" in text
    assert "RRULE:FREQ=YEARLY" in text
    assert "BEGIN:STANDARD" in text and "BEGIN:DAYLIGHT" in text
    assert "RDATE" not in text
    assert "TZOFFSETFROM" in text and "TZOFFSETTO" in text and "TZNAME" in text


def test_new_york_gets_the_rules_of_its_year(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    for year, rules in (
        (2006, [("DAYLIGHT", "4", "1SU"), ("STANDARD", "10", "-1SU")]),
        (2008, [("DAYLIGHT", "3", "2SU"), ("STANDARD", "11", "1SU")]),
    ):
        forum_id = _forum_in(db, "America/New_York", [date(year, 7, 12)])
        with db.reading() as session:
            write_programme_ics(session, forum_id, tmp_path / f"{year}.ics")
        assert _observances(tmp_path / f"{year}.ics") == rules
        assert f"DTSTART:{year}0" in _vtimezone_text(tmp_path / f"{year}.ics")


def test_a_forum_across_a_rule_change_has_a_rule_for_each_period(tmp_path: Path) -> None:
    new_york = ZoneInfo("America/New_York")
    text = vtimezone(
        "America/New_York",
        [datetime(2006, 12, 11, 10, tzinfo=new_york), datetime(2007, 1, 12, 10, tzinfo=new_york)],
    ).to_ical()
    calendar = icalendar.Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + text + b"END:VCALENDAR\r\n")
    parts = calendar.walk("VTIMEZONE")[0].subcomponents
    rules = sorted(
        (p.name, p["RRULE"]["BYMONTH"][0], p["RRULE"]["BYDAY"][0], "UNTIL" in p["RRULE"])
        for p in parts
    )
    assert rules == [
        ("DAYLIGHT", 3, "2SU", False),
        ("DAYLIGHT", 4, "1SU", True),  # 2006's rule ends with 2006
        ("STANDARD", 10, "-1SU", True),
        ("STANDARD", 11, "1SU", False),
    ]


@pytest.mark.parametrize("case", ["nairobi", "bangkok"])
def test_a_zone_without_summer_time_has_one_standard_observance(
    case: str, demo_db: Any, tmp_path: Path
) -> None:
    db: Database = demo_db
    zone, days, (offset, _) = CASES[case]
    forum_id = _forum_in(db, zone, days)
    with db.reading() as session:
        write_programme_ics(session, forum_id, tmp_path / "p.ics")
    text = _vtimezone_text(tmp_path / "p.ics")
    hours = int(offset / H)
    assert text.count("BEGIN:STANDARD") == 1
    assert "DAYLIGHT" not in text and "RRULE" not in text and "RDATE" not in text
    assert f"TZOFFSETFROM:+{hours:02d}00" in text and f"TZOFFSETTO:+{hours:02d}00" in text


def test_irregular_transitions_are_listed_for_the_covered_years_only(
    demo_db: Any, tmp_path: Path
) -> None:
    db: Database = demo_db
    zone, days, _ = CASES["casablanca-across-ramadan"]
    forum_id = _forum_in(db, zone, days)
    with db.reading() as session:
        write_programme_ics(session, forum_id, tmp_path / "p.ics")
    text = _vtimezone_text(tmp_path / "p.ics")
    assert "RRULE" not in text
    onsets = [line for line in text.splitlines() if line.startswith(("DTSTART", "RDATE"))]
    # Ramadan of 2026 (in force at the first day) and of 2027: start and end of each.
    years = sorted({v[:4] for line in onsets for v in line.split(":")[1].split(",")})
    assert years == ["2026", "2027"]
    assert "DTSTART:20270207T030000" in text or "RDATE:20270207T030000" in text


def test_a_forum_in_utc_writes_utc_times_without_a_vtimezone(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    forum_id = _forum_in(db, "UTC", [date(2027, 7, 12)])
    with db.reading() as session:
        write_programme_ics(session, forum_id, tmp_path / "p.ics")
    text = (tmp_path / "p.ics").read_text(encoding="utf-8")
    assert "VTIMEZONE" not in text and "TZID" not in text
    assert "DTSTART:20270712T100000Z" in text
    assert icalendar.Calendar.from_ical(text).walk("VEVENT")[0].decoded("DTSTART") == datetime(
        2027, 7, 12, 10, tzinfo=UTC
    )


@pytest.mark.parametrize("case", [c for c in CASES if c != "utc"])
def test_the_vtimezone_agrees_with_zoneinfo_at_every_hour_of_the_forum(case: str) -> None:
    """From the first event to the last, hour by hour, including the change itself."""
    zone, days, _ = CASES[case]
    tz = ZoneInfo(zone)
    first = datetime.combine(days[0], time(0), tz)
    last = datetime.combine(days[-1], time(23, 59), tz)
    text = vtimezone(zone, [first, last]).to_ical()
    from_file = (
        icalendar.Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + text + b"END:VCALENDAR\r\n")
        .walk("VTIMEZONE")[0]
        .to_tz(lookup_tzid=False)
    )
    instant = first.astimezone(UTC)
    while instant <= last:
        local = instant.astimezone(tz)
        read = local.replace(tzinfo=from_file)
        assert read.utcoffset() == local.utcoffset(), local
        instant += H


def test_the_vtimezone_text_reads_back_in_dateutil(tmp_path: Path) -> None:
    """vobject and ics.py build their zones with dateutil's tzical: one more reading."""
    from dateutil.tz import tzical

    sydney = ZoneInfo("Australia/Sydney")
    text = vtimezone("Australia/Sydney", [datetime(2027, 10, 3, 1, 59, tzinfo=sydney)]).to_ical()
    zone = tzical(io.StringIO(text.decode())).get()
    assert datetime(2027, 10, 3, 1, 59, tzinfo=zone).utcoffset() == 10 * H
    assert datetime(2027, 10, 3, 3, 0, tzinfo=zone).utcoffset() == 11 * H


@pytest.mark.parametrize(
    ("zone", "year", "month", "byday", "bymonthday"),
    [
        ("America/Santiago", 2027, 4, "SU", [2, 3, 4, 5, 6, 7, 8]),  # Sunday on or after the 2nd
        ("Asia/Jerusalem", 2024, 3, "FR", [23, 24, 25, 26, 27, 28, 29]),  # Friday on or after 23rd
    ],
)
def test_weekday_on_or_after_a_date_is_a_rule_too(
    zone: str, year: int, month: int, byday: str, bymonthday: list[int]
) -> None:
    tz = ZoneInfo(zone)
    text = vtimezone(zone, [datetime(year, 7, 1, tzinfo=tz)]).to_ical()
    parts = (
        icalendar.Calendar.from_ical(b"BEGIN:VCALENDAR\r\n" + text + b"END:VCALENDAR\r\n")
        .walk("VTIMEZONE")[0]
        .subcomponents
    )
    rules = [p["RRULE"] for p in parts if p["RRULE"]["BYMONTH"] == [month]]
    assert len(rules) == 1
    assert rules[0]["BYDAY"] == [byday] and rules[0]["BYMONTHDAY"] == bymonthday

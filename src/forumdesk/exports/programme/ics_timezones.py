"""VTIMEZONE components written as yearly rules, the way calendar services write them.

icalendar's own `Timezone.from_tzinfo` lists every transition since 1970 as RDATEs,
and some readers (vobject, through dateutil) then pick the wrong offset. Here the
zone's real transitions around the forum's dates are read from `zoneinfo`, each
kind of transition (to summer time, to winter time, …) is expressed as "the nth or
last weekday of a month at a local time", and the rule is kept only if it gives
every transition of the covered years. A rule that changes inside those years
(New York in 2007) ends with UNTIL and the next one starts; transitions that follow
no weekday rule (Ramadan in Morocco, the Persian calendar in Iran) are listed as
RDATEs, only those of the covered years. A zone without transitions gets a single
STANDARD observance.

RFC 5545 §3.6.5: each observance's DTSTART is the local time of its first onset,
read in the offset in force before it (TZOFFSETFROM).
"""

from __future__ import annotations

import calendar as gregorian
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

# How many years either side of the forum are read to tell a real yearly rule from a
# coincidence (one transition fits many rules; its neighbours pick the one in force).
_NEIGHBOUR_YEARS = 3
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The onset of the observance in force since before the first transition read.
_EPOCH = datetime(1970, 1, 1)


@dataclass(frozen=True)
class Transition:
    """One change of the zone's offset or name, as zoneinfo gives it."""

    at: datetime  # the UTC instant
    offset_from: timedelta
    offset_to: timedelta
    name: str  # the abbreviation from then on
    daylight: bool

    @property
    def onset(self) -> datetime:
        """The local time of the change, in the offset before it (naive)."""
        return (self.at + self.offset_from).replace(tzinfo=None)

    @property
    def observance(self) -> tuple[bool, timedelta, timedelta, str]:
        return (self.daylight, self.offset_from, self.offset_to, self.name)


@dataclass(frozen=True)
class YearlyRule:
    """A transition's place in its year: `ordinal` weekday of the month (-1: last),
    or the first `weekday` on or after `first_day`, or the fixed date `first_day`."""

    month: int
    clock: time
    weekday: int | None = None  # 0 = Monday
    ordinal: int | None = None
    first_day: int | None = None

    def day_in(self, year: int) -> int:
        length = gregorian.monthrange(year, self.month)[1]
        if self.weekday is None:
            assert self.first_day is not None
            return self.first_day
        if self.ordinal == -1:
            last = date(year, self.month, length)
            return length - (last.weekday() - self.weekday) % 7
        start = self.first_day if self.first_day is not None else 7 * (self.ordinal or 1) - 6
        return start + (self.weekday - date(year, self.month, start).weekday()) % 7

    def onset_in(self, year: int) -> datetime | None:
        day = self.day_in(year)
        if day > gregorian.monthrange(year, self.month)[1]:
            return None  # a fifth Sunday this month does not exist
        return datetime.combine(date(year, self.month, day), self.clock)

    def rrule(self, until: datetime | None) -> dict[str, object]:
        rule: dict[str, object] = {"freq": "YEARLY", "bymonth": self.month}
        if self.weekday is not None:
            code = _WEEKDAYS[self.weekday]
            rule["byday"] = f"{self.ordinal}{code}" if self.ordinal is not None else code
        if self.first_day is not None:
            span = 1 if self.weekday is None else 7
            rule["bymonthday"] = list(range(self.first_day, self.first_day + span))
        if until is not None:
            rule["until"] = until
        return rule


def rules_for(onset: datetime) -> list[YearlyRule]:
    """Every rule that puts a transition at this local time, most usual first."""
    month, clock, weekday, day = onset.month, onset.time(), onset.weekday(), onset.day
    length = gregorian.monthrange(onset.year, month)[1]
    rules = []
    ordinal = (day - 1) // 7 + 1
    if ordinal <= 4:
        rules.append(YearlyRule(month, clock, weekday, ordinal))
    if day + 7 > length:
        rules.append(YearlyRule(month, clock, weekday, -1))
    # "Sunday on or after the 2nd" (Chile), "Friday on or after the 23rd" (Israel): the
    # seven days must fit in the month every year (February has 28).
    latest = (28 if month == 2 else length) - 6
    for first in range(max(1, day - 6), min(day, latest) + 1):
        if first not in (1, 8, 15, 22):  # those are the nth weekday, already listed
            rules.append(YearlyRule(month, clock, weekday, first_day=first))
    rules.append(YearlyRule(month, clock, first_day=day))
    return rules


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """The zone's transitions between two UTC instants, to the second."""
    found = []
    step = timedelta(days=1)
    here, before = start, _state(zone, start)
    while here < end:
        there = min(here + step, end)
        after = _state(zone, there)
        if after != before:
            low, high = here, there  # the change is in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if _state(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            found.append(Transition(high, before[0], after[0], after[1], after[2]))
        here, before = there, after
    return found


def _state(zone: ZoneInfo, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(zone)
    offset, saving = local.utcoffset(), local.dst()
    assert offset is not None  # zoneinfo always knows both for an aware time
    return offset, local.tzname() or "", bool(saving)


def vtimezone(zone_id: str, instants: Iterable[datetime]) -> Timezone:
    """The VTIMEZONE for `zone_id` that holds for every one of these aware instants."""
    zone = ZoneInfo(zone_id)
    moments = sorted(i.astimezone(UTC) for i in instants)
    first, last = moments[0], moments[-1]
    first_year, last_year = first.astimezone(zone).year, last.astimezone(zone).year
    read = transitions(
        zone,
        datetime(first_year - 1 - _NEIGHBOUR_YEARS, 12, 31, tzinfo=UTC),
        datetime(last_year + 1 + _NEIGHBOUR_YEARS, 1, 2, tzinfo=UTC),
    )
    # The covered years start with the transition in force at the first event, so that
    # every event falls after some observance's onset.
    earlier = [t for t in read if t.at <= first and t.onset.year >= first_year - 1]
    start_year = earlier[-1].onset.year if earlier else first_year
    covered = [t for t in read if start_year <= t.onset.year <= last_year]

    timezone = Timezone()
    timezone.add("tzid", zone_id)
    if not covered or covered[0].at > first:
        offset, name, _ = _state(zone, first)
        timezone.add_component(_observance(False, offset, offset, name, _EPOCH))
    for group in _groups(covered):
        for component in _observances(group, read):
            timezone.add_component(component)
    return timezone


def _groups(covered: Sequence[Transition]) -> list[list[Transition]]:
    """The covered transitions by observance (same kind, offsets and name), in order."""
    groups: dict[tuple[bool, timedelta, timedelta, str], list[Transition]] = {}
    for transition in covered:
        groups.setdefault(transition.observance, []).append(transition)
    return list(groups.values())


def _observances(
    group: list[Transition], read: Sequence[Transition]
) -> list[TimezoneStandard | TimezoneDaylight]:
    """One component per run of years that follows one rule; RDATEs for the rest."""
    by_year: dict[int, list[Transition]] = {}
    for transition in read:
        if transition.observance == group[0].observance:
            by_year.setdefault(transition.onset.year, []).append(transition)
    components: list[TimezoneStandard | TimezoneDaylight] = []
    irregular: list[Transition] = []
    for run in _runs(group, by_year):
        rule = _best_rule(run, by_year)
        if rule is None:
            irregular += run
            continue
        # UNTIL must be in UTC (RFC 5545), and dateutil compares it with the local
        # onset as if both were naive: a day after the last onset satisfies both.
        after = rule.onset_in(run[-1].onset.year + 1)
        continues = after is not None and _matches(by_year, run[-1].onset.year + 1, after)
        until = None if continues else (run[-1].onset + timedelta(days=1)).replace(tzinfo=UTC)
        component = _observance(*run[0].observance, run[0].onset)
        component.add("rrule", rule.rrule(until))
        components.append(component)
    if irregular:
        component = _observance(*irregular[0].observance, irregular[0].onset)
        if len(irregular) > 1:
            component.add("rdate", [t.onset for t in irregular[1:]])
        components.append(component)
    return components


def _runs(group: list[Transition], by_year: dict[int, list[Transition]]) -> list[list[Transition]]:
    """Split the covered transitions into runs of consecutive years sharing a rule."""
    runs: list[list[Transition]] = []
    shared: set[YearlyRule] = set()
    for transition in group:
        year = transition.onset.year
        fits = set(rules_for(transition.onset)) if len(by_year[year]) == 1 else set()
        previous = runs[-1][-1].onset.year if runs else None
        if runs and previous == year - 1 and shared & fits:
            runs[-1].append(transition)
            shared &= fits
        else:
            runs.append([transition])
            shared = fits
    return runs


def _best_rule(run: list[Transition], by_year: dict[int, list[Transition]]) -> YearlyRule | None:
    """The rule that gives the whole run and holds the longest in the years around it,
    or None if no rule gives it or the run is a one-off."""
    if any(len(by_year[t.onset.year]) != 1 for t in run):
        return None  # two such changes a year: no yearly rule
    candidates = [
        rule
        for rule in rules_for(run[0].onset)
        if all(rule.onset_in(t.onset.year) == t.onset for t in run)
    ]
    best, best_span = None, 0 if len(run) > 1 else 1
    for rule in candidates:
        span = len(run)
        for direction, edge in ((-1, run[0].onset.year), (1, run[-1].onset.year)):
            year = edge + direction
            while abs(year - edge) <= _NEIGHBOUR_YEARS:
                onset = rule.onset_in(year)
                if onset is None or not _matches(by_year, year, onset):
                    break
                span += 1
                year += direction
        if span > best_span:
            best, best_span = rule, span
    return best


def _matches(by_year: dict[int, list[Transition]], year: int, onset: datetime) -> bool:
    return [t.onset for t in by_year.get(year, [])] == [onset]


def _observance(
    daylight: bool, offset_from: timedelta, offset_to: timedelta, name: str, onset: datetime
) -> TimezoneStandard | TimezoneDaylight:
    component = TimezoneDaylight() if daylight else TimezoneStandard()
    component.add("dtstart", onset)
    component.add("tzoffsetfrom", offset_from)
    component.add("tzoffsetto", offset_to)
    if name:
        component.add("tzname", name)
    return component

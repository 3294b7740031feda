"""Programme times as moments: a segment's start and end in its forum's time zone.

The store keeps a day's date and local clock times; a moment needs the forum's
IANA time zone (zoneinfo). ISO 8601 strings carry the offset, e.g.
"2027-07-12T10:00:00-04:00" for New York in summer.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound
from forumdesk.store.models import Day, Forum, ForumSession, Segment


class TimeZoneError(ValueError):
    """A time zone name that is not in the IANA database."""


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`, or a TimeZoneError naming it."""
    try:
        if not name or name != name.strip():
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise TimeZoneError(
            _("unknown time zone {name!r}: {hint}").format(name=name, hint=_hint(name))
        ) from None


def forum_day(moment: datetime, forum: Forum | None) -> date:
    """The day `moment` fell on at the forum's venue (an approval at 00:25 UTC in
    New York was still the day before), else its UTC day."""
    return venue_moment(moment, forum).date()


def venue_moment(moment: datetime, forum: Forum | None) -> datetime:
    """`moment` on the venue's clock (the forum's zone); as it is without a forum or
    with a zone the IANA database does not know."""
    if forum is not None:
        try:
            return moment.astimezone(time_zone(forum.timezone))
        except TimeZoneError:
            pass
    return moment


def _hint(name: str) -> str:
    """A zone for the place the wrong name names ("Europe/Geneva" → Europe/Zurich)."""
    from forumdesk.services.programme.venue_zones import venue_zone

    place = name.rsplit("/", 1)[-1].replace("_", " ")
    found = venue_zone(place) if len(place) < 100 else None
    if found is not None:
        return _("use the IANA name {zone}").format(zone=found)
    return _("use an IANA name such as Europe/Zurich or America/New_York")


def local_moment(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The aware moment at `clock` on `day` in `zone`."""
    return datetime.combine(day, clock, tzinfo=zone)


def span_moments(
    day: date, starts_at: time, ends_at: time, zone: ZoneInfo
) -> tuple[datetime, datetime]:
    """Start and end moments; an end at or before the start is on the next day."""
    start = local_moment(day, starts_at, zone)
    end_day = day + timedelta(days=1) if ends_at <= starts_at else day
    return start, local_moment(end_day, ends_at, zone)


def segment_moments(session: Session, segment_id: uuid.UUID) -> tuple[datetime, datetime]:
    """The aware start and end of a segment, in its forum's time zone."""
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFound(_("there is no segment {segment_id}").format(segment_id=segment_id))
    sitting: ForumSession = segment.session
    day: Day = sitting.day
    forum: Forum = day.forum
    return span_moments(day.date, segment.starts_at, segment.ends_at, time_zone(forum.timezone))


def iso(moment: datetime) -> str:
    """ISO 8601 with the offset, to the second: '2027-07-12T10:00:00-04:00'."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime has no offset")
    return moment.isoformat(timespec="seconds")

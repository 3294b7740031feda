"""The programme as an iCalendar file (RFC 5545), one event per segment.

Times are the forum's local times, written with a TZID in the forum's IANA zone and
the VTIMEZONE that defines it as yearly rules (exports/programme/ics_timezones.py), so a
calendar in any zone shows the right instant; a forum in UTC writes UTC times.
UIDs are the segment ids, so importing a newer export updates events instead of
duplicating them; SEQUENCE is the segment's version counter and DTSTAMP its last
change (RFC 5545 §3.8.7.2: without METHOD, DTSTAMP is the last modification).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.exports.programme.ics_timezones import vtimezone
from forumdesk.exports.programme.layout import (
    ProgrammeExportError,
    load_programme,
    segments_of_person,
)
from forumdesk.services.common.messages import _
from forumdesk.store.models import Segment

PRODID = "-//ForumDesk//Programme//EN"
UID_DOMAIN = "forumdesk"


def segment_uid(segment_id: uuid.UUID) -> str:
    return f"{segment_id}@{UID_DOMAIN}"


def write_programme_ics(
    session: Session,
    forum_id: uuid.UUID,
    path: Path | str,
    person_id: uuid.UUID | None = None,
) -> int:
    """Write the forum's programme (or one person's part of it); return the event count."""
    programme = load_programme(session, forum_id)
    try:
        zone = ZoneInfo(programme.timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ProgrammeExportError(
            _("unknown time zone {timezone!r}").format(timezone=programme.timezone)
        ) from error
    wanted = segments_of_person(session, forum_id, person_id) if person_id else None
    stamps = {
        row.id: (row.updated_at, row.version)
        for row in session.execute(
            select(Segment.id, Segment.updated_at, Segment.version).where(
                Segment.id.in_(
                    [g.id for d in programme.days for s in d.sessions for g in s.segments]
                )
            )
        ).all()
    }

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", programme.short_title or programme.title)
    calendar.add("x-wr-timezone", programme.timezone)
    count = 0
    instants: list[datetime] = []
    for day in programme.days:
        for sitting in day.sessions:
            for segment in sitting.segments:
                if wanted is not None and segment.id not in wanted:
                    continue
                updated, version = stamps.get(segment.id, (datetime.now(UTC), 1))
                event = Event()
                event.add("uid", segment_uid(segment.id))
                event.add("dtstamp", _utc(updated))
                event.add("sequence", max(version - 1, 0))
                starts = datetime.combine(day.date, segment.starts_at, zone)
                ends = datetime.combine(day.date, segment.ends_at, zone)
                event.add("dtstart", starts)
                event.add("dtend", ends)
                instants += [starts, ends]
                event.add("summary", segment.title)
                location = programme.location(segment)
                if location:
                    event.add("location", location)
                lines = [programme.segment_heading(segment)] if segment.theme else []
                lines.append(f"{sitting.title} ({programme.short_title or programme.title})")
                lines += [f"- {programme.role_line(role)}" for role in segment.roles]
                event.add("description", "\n".join(lines))
                event.add("categories", [segment.kind.value])
                calendar.add_component(event)
                count += 1
    # Before the events that name them, as readers expect; none for UTC times ("Z").
    for tzid in sorted(calendar.get_missing_tzids()):
        calendar.subcomponents.insert(0, vtimezone(tzid, instants))
    from forumdesk.services.common.output_files import output_binary

    with output_binary(path) as stream:  # never over a database; whole or not at all
        stream.write(calendar.to_ical())
    return count


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

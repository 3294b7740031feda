"""The cover block of a minutes document: what is stored, what is printed, and edits.

The minutes keep their own cover fields (organ, distribution, date, original
language, session, agenda item, symbol, preamble). An empty field is printed from
the forum and its summary document:

- organ, session and agenda item: the summary's (the meeting answers the same
  mandate), nothing when the forum has no summary;
- distribution: general;
- date: the day of approval, else the day the meeting was held;
- original language: the forum's language (the secretariat writes the minutes in it);
- symbol and the author's note: none. A symbol is given by the documents service,
  never made up; the note is the author's to write.

Edits come with what the form read (`ReadAt`) and merge or refuse like every other
edit (`edit_conflicts`).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, reconcile
from forumdesk.services.common.messages import _
from forumdesk.services.minutes.workflow import MinutesError
from forumdesk.services.programme.times import forum_day
from forumdesk.services.report.report import ReportError, report_version
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import Day, Forum, ForumSession, Minutes, Segment

DISTRIBUTIONS = ("general", "limited", "restricted")
DEFAULT_DISTRIBUTION = "general"
# Column lengths (revision 0010), checked before the database would truncate or refuse.
_LIMITS = {"organ": 200, "distribution": 80, "original_language": 40, "session_label": 200}
_LIMITS["symbol"] = 80


class CoverError(MinutesError):
    """A cover value the minutes cannot take; nothing was saved."""


@dataclass(frozen=True)
class CoverValues:
    """The minutes' cover fields; None: empty (printed from the defaults)."""

    organ: str | None = None
    distribution: str | None = None
    issued_on: date | None = None
    original_language: str | None = None
    session_label: str | None = None
    agenda_item: str | None = None
    symbol: str | None = None
    preamble: str | None = None


FIELDS = tuple(f.name for f in dataclasses.fields(CoverValues))


@dataclass(frozen=True)
class MinutesCover:
    """What the Cover dialog shows: the stored values (at the row's version), the
    values printed where those are empty, and the language they are printed in."""

    minutes_id: uuid.UUID
    version: int
    stored: CoverValues
    printed: CoverValues
    language: str


def minutes_cover(session: Session, minutes_id: uuid.UUID) -> MinutesCover:
    minutes = _minutes(session, minutes_id)
    stored = CoverValues(**{name: getattr(minutes, name) for name in FIELDS})
    forum = session.get(Forum, minutes.forum_id)
    language = forum.language if forum is not None else "en"
    return MinutesCover(
        minutes_id=minutes.id,
        version=minutes.version,
        stored=stored,
        printed=_with_defaults(session, minutes, stored, forum),
        language=language,
    )


def set_minutes_cover(
    session: Session,
    minutes_id: uuid.UUID,
    wanted: CoverValues,
    read: ReadAt[CoverValues] | None = None,
) -> CoverValues:
    """Store the cover (blank text as empty); returns what was stored. CoverError for a
    value out of bounds, EditConflict when someone changed the same field meanwhile."""
    minutes = _minutes(session, minutes_id)
    wanted = normalised(wanted)
    stored = CoverValues(**{name: getattr(minutes, name) for name in FIELDS})
    values = reconcile(
        session,
        table="minutes",
        record_id=minutes.id,
        version=minutes.version,
        read=dataclasses.replace(read, values=normalised(read.values)) if read else None,
        stored=lambda: stored,
        wanted=wanted,
    )
    for name in FIELDS:
        if getattr(minutes, name) != getattr(values, name):
            setattr(minutes, name, getattr(values, name))
    session.flush()
    return values


def normalised(values: CoverValues) -> CoverValues:
    """Blank text as None, spaces trimmed, the distribution as one of DISTRIBUTIONS;
    CoverError names the field that cannot be stored."""
    changes: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(values, name)
        if isinstance(value, str):
            value = value.strip() or None
            if name == "preamble" and value is not None:
                value = value.replace("\r\n", "\n")
            elif value is not None:
                value = " ".join(value.split())
        changes[name] = value
    distribution = changes["distribution"]
    if isinstance(distribution, str):
        distribution = distribution.casefold()
        if distribution not in DISTRIBUTIONS:
            raise CoverError(
                _("distribution {given!r}: expected one of {known}").format(
                    given=changes["distribution"], known=", ".join(DISTRIBUTIONS)
                )
            )
        changes["distribution"] = distribution
    for name, limit in _LIMITS.items():
        value = changes[name]
        if isinstance(value, str) and len(value) > limit:
            raise CoverError(
                _("{field}: at most {limit} characters").format(
                    field=name.replace("_", " "), limit=limit
                )
            )
    return CoverValues(**changes)  # type: ignore[arg-type]


def _with_defaults(
    session: Session, minutes: Minutes, stored: CoverValues, forum: Forum | None
) -> CoverValues:
    summary = None
    if forum is not None:
        try:
            summary = report_version(session, forum.id, _summary_language(session, forum))
        except ReportError:
            summary = None
    defaults = CoverValues(
        organ=summary.organ if summary else None,
        distribution=DEFAULT_DISTRIBUTION,
        issued_on=_issued_on(session, minutes),
        original_language=forum.language if forum is not None else None,
        session_label=summary.session_label if summary else None,
        agenda_item=summary.agenda_item if summary else None,
    )
    return CoverValues(
        **{
            name: getattr(stored, name) if getattr(stored, name) else getattr(defaults, name)
            for name in FIELDS
        }
    )


def _summary_language(session: Session, forum: Forum) -> str | None:
    """The summary's version in the forum's language when it has one, else None (its
    original)."""
    try:
        report_version(session, forum.id, forum.language)
    except ReportError:
        return None
    return forum.language


def _issued_on(session: Session, minutes: Minutes) -> date | None:
    if minutes.state == MinutesState.APPROVED and minutes.approved_at is not None:
        return forum_day(minutes.approved_at, session.get(Forum, minutes.forum_id))
    segment = session.get(Segment, minutes.segment_id) if minutes.segment_id else None
    session_id = segment.session_id if segment is not None else minutes.forum_session_id
    forum_session = session.get(ForumSession, session_id) if session_id else None
    day = session.get(Day, forum_session.day_id) if forum_session is not None else None
    return day.date if day is not None else None


def _minutes(session: Session, minutes_id: uuid.UUID) -> Minutes:
    minutes = session.get(Minutes, minutes_id)
    if minutes is None or minutes.deleted_at is not None:
        raise MinutesError(_("no such minutes"))
    return minutes

"""The check-in desk's answer to one scan: green (checked in now), amber (already in,
since when and where) or red (refused, and why).

A scan is what a badge's QR code says (the registration id) or a badge number typed by
hand. Anything else is not a ForumDesk badge and is refused before any lookup. A desk
set to a segment's door records attendance of that segment as well as of the forum.
A second scan of a person already in writes nothing; an undo tombstones what the scan
wrote. Times in an answer are on the venue's clock (the forum's time zone).

A red answer may offer the desk a way on (`Offer`): a request still waiting can be
accredited on the spot (`desk_actions.py`), and someone with no badge of ours can be
registered as a walk-in. A withdrawn or refused registration is not: that was the
accreditation office's decision, and the answer sends the person there.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TypeVarTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.programme.times import venue_moment
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import (
    CheckIn,
    Day,
    Device,
    Forum,
    ForumSession,
    Organisation,
    Registration,
    Representative,
    Segment,
)
from forumdesk.store.types import utcnow

#: Scanners type fast and may add a prefix or a suffix; a badge says far less than this.
MAX_SCAN_LENGTH = 200
_BADGE_NUMBER = re.compile(r"\d{1,12}")
MAX_DESK_LENGTH = 100
_Columns = TypeVarTuple("_Columns")


class ScanError(Refused):
    """A scan that is not a ForumDesk badge, or a desk set up wrongly."""


class Outcome(enum.StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"
    REFUSED = "refused"


class Offer(enum.StrEnum):
    """What the desk may do from a red answer."""

    ACCREDIT = "accredit"  # a request waiting for a decision: accredit it and check in
    WALK_IN = "walk_in"  # no badge of ours: register the person as a walk-in


@dataclass(frozen=True)
class ScannedPerson:
    representative_id: uuid.UUID
    registration_id: uuid.UUID
    given_name: str  # in the person's own script
    family_name: str
    organisation: str | None
    category: OrganisationCategory | None
    badge_number: str | None
    status: AccreditationStatus
    #: The registration's version when scanned: an accreditation on the spot is refused
    #: if it changed since.
    version: int


@dataclass(frozen=True)
class ScanAnswer:
    outcome: Outcome
    reason: str
    person: ScannedPerson | None = None
    #: When this scan checked the person in, or, for "already", the first scan's time;
    #: on the venue's clock.
    at: datetime | None = None
    #: For "already": the desk and the device of the first scan.
    desk: str | None = None
    device: str | None = None
    #: What this scan wrote (to undo it); empty when it wrote nothing.
    check_ins: tuple[uuid.UUID, ...] = ()
    #: For a red answer, what the desk may do about it.
    offer: Offer | None = None
    #: When the desk read this scan, on the venue's clock (for the list of last scans).
    scanned_at: datetime | None = None


@dataclass(frozen=True)
class Scan:
    registration_id: uuid.UUID | None = None
    badge_number: str | None = None


def read_scan(text: str) -> Scan:
    """What a scanner typed (or an operator), as a registration id or a badge number."""
    if len(text) > MAX_SCAN_LENGTH:
        raise ScanError(_("not a ForumDesk badge: the code is too long"))
    cleaned = "".join(ch for ch in text if ch.isprintable()).strip()
    if not cleaned:
        raise ScanError(_("nothing was scanned"))
    try:
        return Scan(registration_id=uuid.UUID(cleaned))
    except ValueError:
        pass
    if _BADGE_NUMBER.fullmatch(cleaned):
        return Scan(badge_number=cleaned)
    raise ScanError(_("not a ForumDesk badge: {code}").format(code=cleaned[:40]))


def clean_desk(desk: str) -> str:
    desk = " ".join(desk.split())
    if len(desk) > MAX_DESK_LENGTH:
        raise ScanError(
            _("the desk's name is longer than {limit} characters").format(limit=MAX_DESK_LENGTH)
        )
    return desk


def check_in(
    session: Session,
    forum_id: uuid.UUID,
    text: str,
    *,
    segment_id: uuid.UUID | None = None,
    desk: str = "",
    now: datetime | None = None,
) -> ScanAnswer:
    """Answer one scan at a desk of `forum_id` (at `segment_id`'s door, if given)."""
    desk = clean_desk(desk)
    if segment_id is not None:
        _check_segment(session, forum_id, segment_id)
    moment = now or utcnow()
    answer = _answer(session, forum_id, text, segment_id, desk, moment)
    venue = session.get(Forum, forum_id)
    return dataclasses.replace(
        answer,
        at=venue_moment(answer.at, venue) if answer.at is not None else None,
        scanned_at=venue_moment(moment, venue),
    )


def _answer(
    session: Session,
    forum_id: uuid.UUID,
    text: str,
    segment_id: uuid.UUID | None,
    desk: str,
    moment: datetime,
) -> ScanAnswer:
    try:
        scan = read_scan(text)
    except ScanError as error:
        return ScanAnswer(Outcome.REFUSED, str(error), offer=Offer.WALK_IN)
    registration = _registration(session, forum_id, scan)
    if registration is None:
        reason = _("unknown badge: no such registration")
        return ScanAnswer(Outcome.REFUSED, reason, offer=Offer.WALK_IN)
    person = _person(session, registration)
    if registration.forum_id != forum_id:
        forum = session.get(Forum, registration.forum_id)
        title = forum.short_title or forum.title if forum is not None else "?"
        reason = _("badge for another forum: {forum}").format(forum=title)
        return ScanAnswer(Outcome.REFUSED, reason, person)
    if registration.status is not AccreditationStatus.ACCREDITED:
        waiting = registration.status is AccreditationStatus.REQUESTED
        offer = Offer.ACCREDIT if waiting else None
        return ScanAnswer(Outcome.REFUSED, _refusal(registration.status), person, offer=offer)
    first = _first_check_in(session, registration.id, segment_id)
    if first is not None:
        device = session.get(Device, first.created_device_id) if first.created_device_id else None
        return ScanAnswer(
            Outcome.ALREADY,
            _("already checked in"),
            person,
            at=first.checked_in_at,
            desk=first.desk,
            device=device.name if device is not None else None,
        )
    written = []
    doors = [None] if segment_id is None else [None, segment_id]
    for door in doors:
        if door is None and segment_id is not None and _first_check_in(session, registration.id):
            continue  # in the forum already: only the segment's door is new
        row = CheckIn(
            forum_id=forum_id,
            registration_id=registration.id,
            representative_id=registration.representative_id,
            segment_id=door,
            desk=desk,
            checked_in_at=moment,
        )
        session.add(row)
        written.append(row)
    session.flush()
    return ScanAnswer(
        Outcome.CHECKED_IN,
        _("checked in"),
        person,
        at=moment,
        desk=desk,
        check_ins=tuple(row.id for row in written),
    )


def undo_check_in(session: Session, check_in_ids: tuple[uuid.UUID, ...]) -> None:
    """Take back what one scan wrote (the desk's Undo)."""
    for row in session.scalars(select(CheckIn).where(CheckIn.id.in_(check_in_ids))):
        if row.deleted_at is None:
            row.deleted_at = utcnow()
    session.flush()


def _forum_segments(forum_id: uuid.UUID, query: Select[*_Columns]) -> Select[*_Columns]:
    """`query` over the live segments of `forum_id` (a segment's forum is its day's)."""
    return (
        query.join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(Day.forum_id == forum_id, Segment.deleted_at.is_(None))
    )


def _check_segment(session: Session, forum_id: uuid.UUID, segment_id: uuid.UUID) -> None:
    query = _forum_segments(forum_id, select(Segment.id).where(Segment.id == segment_id))
    if session.scalar(query) is None:
        raise ScanError(_("no such segment in this forum: {id}").format(id=segment_id))


def _registration(session: Session, forum_id: uuid.UUID, scan: Scan) -> Registration | None:
    query = select(Registration).where(Registration.deleted_at.is_(None))
    if scan.registration_id is not None:
        return session.scalar(query.where(Registration.id == scan.registration_id))
    return session.scalar(
        query.where(
            Registration.forum_id == forum_id, Registration.badge_number == scan.badge_number
        )
    )


def _person(session: Session, registration: Registration) -> ScannedPerson:
    person = session.get(Representative, registration.representative_id)
    assert person is not None  # a foreign key
    organisation = (
        session.get(Organisation, person.organisation_id) if person.organisation_id else None
    )
    return ScannedPerson(
        representative_id=person.id,
        registration_id=registration.id,
        given_name=person.given_name,
        family_name=person.family_name,
        organisation=organisation.name if organisation is not None else None,
        category=organisation.category if organisation is not None else None,
        badge_number=registration.badge_number,
        status=registration.status,
        version=registration.version,
    )


def _first_check_in(
    session: Session, registration_id: uuid.UUID, segment_id: uuid.UUID | None = None
) -> CheckIn | None:
    door = CheckIn.segment_id.is_(None) if segment_id is None else CheckIn.segment_id == segment_id
    return session.scalar(
        select(CheckIn)
        .where(CheckIn.registration_id == registration_id, CheckIn.deleted_at.is_(None), door)
        .order_by(CheckIn.checked_in_at, CheckIn.id)
        .limit(1)
    )


def _refusal(status: AccreditationStatus) -> str:
    if status is AccreditationStatus.WITHDRAWN:
        return _(
            "not accredited: the registration was withdrawn; "
            "only the accreditation office can take it back"
        )
    if status is AccreditationStatus.REFUSED:
        return _(
            "not accredited: the accreditation was refused; "
            "only the accreditation office can reverse it"
        )
    return _("not accredited yet: the request is waiting for a decision")


@dataclass(frozen=True)
class Door:
    segment_id: uuid.UUID
    day: date
    starts_at: time
    title: str


def doors(session: Session, forum_id: uuid.UUID) -> list[Door]:
    """The segments a desk can be set to, in programme order (the forum's own entrance
    is no segment)."""
    query = _forum_segments(
        forum_id, select(Segment.id, Day.date, Segment.starts_at, Segment.title)
    )
    rows = session.execute(query.order_by(Day.date, Segment.starts_at, Segment.position)).all()
    return [Door(*row) for row in rows]

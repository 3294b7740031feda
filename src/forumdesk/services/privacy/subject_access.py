"""Everything held about one person, for their right of access (issue 19, UN Personal Data
Protection and Privacy Principles, 2018).

`subject_access(session, id)` gathers, read-only: the person's own fields and their
organisation; each registration; each check-in (door, desk, device, time); their roles
in the programme; their turns on speakers lists; the notes linked to their turns or
naming them; the minutes versions naming them (what "naming" means is
`services.privacy.naming`); the practices whose contact they are; and the audit log's
entries for all of these records, including those of duplicate records merged into
theirs. The writers are `exports.privacy`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.database.devices import HistoryEntry, history_of
from forumdesk.services.minutes.html import block_lines
from forumdesk.services.privacy.contacts import (
    PracticeContactRecord,
    contact_records,
    practices_with_contact,
)
from forumdesk.services.privacy.naming import name_pattern, names_in
from forumdesk.store.base import MergeReady
from forumdesk.store.models import (
    CheckIn,
    Day,
    Device,
    Forum,
    ForumSession,
    Intervention,
    Minutes,
    MinutesVersion,
    Note,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    Segment,
    SegmentRole,
)

T = TypeVar("T", bound=MergeReady)
S = TypeVar("S", SegmentRole, Intervention)

#: The person's own fields, in the order the export shows them.
PERSON_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "gender",
    "function",
    "languages",
    "email",
    "phone",
    "notes",
)
ORGANISATION_FIELDS = ("name", "acronym", "category", "country_code", "email", "phone", "website")


@dataclass(frozen=True)
class RegistrationRecord:
    forum: str
    status: str
    badge_number: str | None
    requested_at: datetime | None
    decided_by: str | None
    decided_at: datetime | None


@dataclass(frozen=True)
class CheckInRecord:
    forum: str
    door: str | None  # the segment at whose door; None at the forum's entrance
    desk: str
    device: str
    at: datetime


@dataclass(frozen=True)
class RoleRecord:
    forum: str
    segment: str
    role: str


@dataclass(frozen=True)
class InterventionRecord:
    forum: str
    segment: str
    state: str
    allotted_seconds: int | None
    used_seconds: int | None
    started_at: datetime | None
    ended_at: datetime | None
    summary: str | None


@dataclass(frozen=True)
class NoteRecord:
    author: str | None
    written_at: datetime
    text: str
    linked: bool  # linked to one of their turns (else found naming them)


@dataclass(frozen=True)
class MinutesRecord:
    title: str
    version: int
    state: str
    author: str | None
    saved_at: datetime
    lines: tuple[str, ...]  # the lines of the version that name them


@dataclass(frozen=True)
class SubjectAccess:
    """What ForumDesk holds about one person; `as_json` is the export's JSON."""

    id: uuid.UUID
    person: dict[str, str | None]
    organisation: dict[str, str | None] | None
    registrations: tuple[RegistrationRecord, ...]
    check_ins: tuple[CheckInRecord, ...]
    roles: tuple[RoleRecord, ...]
    interventions: tuple[InterventionRecord, ...]
    notes: tuple[NoteRecord, ...]
    minutes: tuple[MinutesRecord, ...]
    history: tuple[HistoryEntry, ...]
    exported_at: datetime
    #: Practices that give them as their contact.
    practices: tuple[PracticeContactRecord, ...] = ()

    @property
    def name(self) -> str:
        """The name as typed, in its own script."""
        return " ".join(p for p in (self.person["given_name"], self.person["family_name"]) if p)

    def as_json(self) -> dict[str, Any]:
        def records(items: tuple[Any, ...]) -> list[dict[str, Any]]:
            return [_plain(asdict(item)) for item in items]

        return {
            "id": str(self.id),
            "exported_at": self.exported_at.isoformat(),
            "person": self.person,
            "organisation": self.organisation,
            "registrations": records(self.registrations),
            "check_ins": records(self.check_ins),
            "roles": records(self.roles),
            "interventions": records(self.interventions),
            "notes": records(self.notes),
            "minutes": records(self.minutes),
            "practices": records(self.practices),
            "history": [_plain(entry.as_json()) for entry in self.history],
        }


def subject_access(session: Session, representative_id: uuid.UUID) -> SubjectAccess:
    """Everything held about the person `representative_id`; Refused for an unknown,
    deleted or merged record (a merged one names the record to ask for instead)."""
    person = _person(session, representative_id)
    merged = session.scalars(
        select(Representative.id).where(Representative.merged_into_id == person.id)
    ).all()
    registrations = _registrations(session, person.id)
    check_ins = _check_ins(session, person.id)
    roles = _roles(session, person.id)
    interventions = _interventions(session, person.id)
    pattern = name_pattern(
        [
            (person.given_name, person.family_name),
            (person.given_name_latin, person.family_name_latin),
        ]
    )
    contacts = practices_with_contact(
        session, [person, *(session.get_one(Representative, other) for other in merged)]
    )
    record_ids = [
        person.id,
        *merged,
        *(row.id for rows in (registrations, check_ins) for row in rows),
    ]
    record_ids += [role.id for role, _segment in roles] + [
        turn.id for turn, _segment in interventions
    ]
    history = sorted(
        (entry for record in record_ids for entry in history_of(session, record)),
        key=lambda entry: entry.at,
    )
    return SubjectAccess(
        id=person.id,
        person={field: _text(getattr(person, field)) for field in PERSON_FIELDS},
        organisation=_organisation(person.organisation),
        registrations=tuple(_registration_record(session, row) for row in registrations),
        check_ins=tuple(_check_in_record(session, row) for row in check_ins),
        roles=tuple(
            RoleRecord(_forum_title(session, segment), segment.title, role.role.value)
            for role, segment in roles
        ),
        interventions=tuple(_intervention_record(session, *pair) for pair in interventions),
        notes=tuple(_notes(session, [turn.id for turn, _segment in interventions], pattern)),
        minutes=tuple(_minutes(session, pattern)),
        history=tuple(history),
        exported_at=datetime.now().astimezone(),
        practices=tuple(contact_records(session, contacts)),
    )


def _person(session: Session, representative_id: uuid.UUID) -> Representative:
    person = session.get(Representative, representative_id)
    if person is None:
        raise Refused(_("no person in the registry has the id {id}").format(id=representative_id))
    if person.merged_into_id is not None:
        raise Refused(
            _("this record was merged into {id}; export that record instead").format(
                id=person.merged_into_id
            )
        )
    if person.deleted_at is not None:
        raise Refused(_("this person was deleted from the registry"))
    return person


def _registrations(session: Session, person_id: uuid.UUID) -> list[Registration]:
    query = select(Registration).where(Registration.representative_id == person_id)
    return _live(session, query.order_by(Registration.created_at), Registration)


def _check_ins(session: Session, person_id: uuid.UUID) -> list[CheckIn]:
    query = select(CheckIn).where(CheckIn.representative_id == person_id)
    return _live(session, query.order_by(CheckIn.checked_in_at), CheckIn)


def _live(session: Session, query: Select[T], model: type[T]) -> list[T]:
    return list(session.scalars(query.where(model.deleted_at.is_(None))))


def _roles(session: Session, person_id: uuid.UUID) -> list[tuple[SegmentRole, Segment]]:
    return _in_segments(session, SegmentRole, person_id)


def _interventions(session: Session, person_id: uuid.UUID) -> list[tuple[Intervention, Segment]]:
    return _in_segments(session, Intervention, person_id)


def _in_segments(session: Session, model: type[S], person_id: uuid.UUID) -> list[tuple[S, Segment]]:
    """The person's rows of a segment's table (roles, turns), in programme order."""
    rows = session.execute(
        select(model, Segment)
        .join(Segment, Segment.id == model.segment_id)
        .where(model.representative_id == person_id, model.deleted_at.is_(None))
        .order_by(Segment.starts_at, model.position)
    )
    return [(row, segment) for row, segment in rows]


def _organisation(organisation: Organisation | None) -> dict[str, str | None] | None:
    if organisation is None or organisation.deleted_at is not None:
        return None
    return {field: _text(getattr(organisation, field)) for field in ORGANISATION_FIELDS}


def _forum_title(session: Session, segment: Segment) -> str:
    forum_id = session.scalar(
        select(Day.forum_id)
        .join(ForumSession, ForumSession.day_id == Day.id)
        .where(ForumSession.id == segment.session_id)
    )
    return _forum_name(session, forum_id)


def _forum_name(session: Session, forum_id: uuid.UUID | None) -> str:
    """The forum's short title, which a table's column can hold; else its title."""
    forum = session.get(Forum, forum_id) if forum_id else None
    return (forum.short_title or forum.title) if forum else ""


def _registration_record(session: Session, row: Registration) -> RegistrationRecord:
    return RegistrationRecord(
        forum=_forum_name(session, row.forum_id),
        status=row.status.value,
        badge_number=row.badge_number,
        requested_at=row.requested_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
    )


def _check_in_record(session: Session, row: CheckIn) -> CheckInRecord:
    segment = session.get(Segment, row.segment_id) if row.segment_id else None
    device = session.get(Device, row.created_device_id) if row.created_device_id else None
    return CheckInRecord(
        forum=_forum_name(session, row.forum_id),
        door=segment.title if segment else None,
        desk=row.desk,
        device=device.name if device else "",
        at=row.checked_in_at,
    )


def _intervention_record(
    session: Session, turn: Intervention, segment: Segment
) -> InterventionRecord:
    return InterventionRecord(
        forum=_forum_title(session, segment),
        segment=segment.title,
        state=turn.status.value,
        allotted_seconds=turn.allotted_seconds,
        used_seconds=turn.used_seconds,
        started_at=turn.started_at,
        ended_at=turn.ended_at,
        summary=turn.summary,
    )


def _notes(
    session: Session, turn_ids: list[uuid.UUID], pattern: re.Pattern[str] | None
) -> list[NoteRecord]:
    linked = set(
        session.scalars(
            select(NoteLink.note_id).where(
                NoteLink.intervention_id.in_(turn_ids), NoteLink.deleted_at.is_(None)
            )
        )
    )
    found = []
    notes = session.scalars(select(Note).where(Note.deleted_at.is_(None)).order_by(Note.created_at))
    for note in notes:
        naming = pattern is not None and names_in(pattern, note.body_text)
        if note.id in linked or naming:
            found.append(
                NoteRecord(note.author, note.created_at, note.body_text, note.id in linked)
            )
    return found


def _minutes(session: Session, pattern: re.Pattern[str] | None) -> list[MinutesRecord]:
    if pattern is None:
        return []
    rows = session.execute(
        select(Minutes.title, MinutesVersion)
        .join(Minutes, Minutes.id == MinutesVersion.minutes_id)
        .where(MinutesVersion.deleted_at.is_(None), Minutes.deleted_at.is_(None))
        .order_by(Minutes.title, MinutesVersion.number)
    )
    found = []
    for title, version in rows:
        lines = tuple(line for line in block_lines(version.body_html) if names_in(pattern, line))
        if lines:
            found.append(
                MinutesRecord(
                    title,
                    version.number,
                    version.state.value,
                    version.author,
                    version.created_at,
                    lines,
                )
            )
    return found


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _plain(value: Any) -> Any:
    """JSON's own types: dates in ISO 8601, ids as strings."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value

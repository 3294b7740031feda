"""A segment's speakers list: who takes the floor, in what order, for how long,
and how balanced the floor is between categories of stakeholders and genders.

Every function is one user action in one transaction: the caller (a unit of work)
commits. Positions are 0-based ranks among the live (not deleted) interventions of
the segment; `move_speaker` renumbers them so they stay 0, 1, 2…
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import value_to_write
from forumdesk.services.common.field_names import FieldRefused
from forumdesk.services.common.messages import N_, _
from forumdesk.services.registry.stats import COUNTED_STATUSES
from forumdesk.store.enums import Gender, InterventionStatus, OrganisationCategory, SegmentKind
from forumdesk.store.models import (
    Day,
    ForumSession,
    Intervention,
    Organisation,
    Registration,
    Representative,
    Segment,
)
from forumdesk.store.types import utcnow

FALLBACK_SPEAKING_SECONDS = 180
MAX_SPEAKING_SECONDS = 4 * 3600
#: Segments where the whole range of stakeholders is expected to be heard.
THEMATIC_KINDS = frozenset({SegmentKind.THEMATIC, SegmentKind.PANEL, SegmentKind.INTERACTIVE})
#: A turn on the list counts in the balance unless withdrawn.
_COUNTED = (InterventionStatus.LISTED, InterventionStatus.SPEAKING, InterventionStatus.SPOKE)

# A group taking part in the forum with no speaker in a thematic segment.
_NOT_HEARD = N_("{count} registered for the forum from {group}, no speaker in this segment")
_NOT_HEARD_PRIORITY = N_(
    "{count} registered for the forum from {group}, no speaker in this segment "
    "(seed ¶75 asks for them to be heard)"
)


class SpeakerError(FieldRefused):
    """A speakers-list change that cannot be made; `field` names the input at fault."""


class CategoryGroup(StrEnum):
    """Organisation categories grouped as the seed speaks of them."""

    STATES = "states"
    CIVIL_SOCIETY = "civil_society"  # NGOs in consultative status and other civil society
    TRADE_UNIONS = "trade_unions"
    MIGRANT_ASSOCIATIONS = "migrant_associations"
    PRIVATE_SECTOR = "private_sector"  # business and financial institutions
    RESEARCH = "research"
    YOUTH = "youth"
    UN_IGO = "un_igo"  # UN entities and intergovernmental organisations
    NONE = "none"  # a speaker with no organisation


_GROUP_OF: dict[OrganisationCategory, CategoryGroup] = {
    OrganisationCategory.MEMBER_STATE: CategoryGroup.STATES,
    OrganisationCategory.OBSERVER_STATE: CategoryGroup.STATES,
    OrganisationCategory.NGO_ECOSOC: CategoryGroup.CIVIL_SOCIETY,
    OrganisationCategory.CIVIL_SOCIETY: CategoryGroup.CIVIL_SOCIETY,
    OrganisationCategory.TRADE_UNION: CategoryGroup.TRADE_UNIONS,
    OrganisationCategory.MIGRANT_ASSOCIATION: CategoryGroup.MIGRANT_ASSOCIATIONS,
    OrganisationCategory.PRIVATE_SECTOR: CategoryGroup.PRIVATE_SECTOR,
    OrganisationCategory.FINANCIAL_INSTITUTION: CategoryGroup.PRIVATE_SECTOR,
    OrganisationCategory.RESEARCH: CategoryGroup.RESEARCH,
    OrganisationCategory.YOUTH: CategoryGroup.YOUTH,
    OrganisationCategory.UN_ENTITY: CategoryGroup.UN_IGO,
    OrganisationCategory.INTERGOVERNMENTAL: CategoryGroup.UN_IGO,
}

#: Seed ¶75: unions, migrant associations and youth asked to be heard.
PRIORITY_GROUPS = frozenset(
    {CategoryGroup.TRADE_UNIONS, CategoryGroup.MIGRANT_ASSOCIATIONS, CategoryGroup.YOUTH}
)


def category_group(category: OrganisationCategory | None) -> CategoryGroup:
    return CategoryGroup.NONE if category is None else _GROUP_OF[category]


@dataclass(frozen=True)
class SpeakerLine:
    id: uuid.UUID
    position: int
    name: str  # as typed, any script
    representative_id: uuid.UUID | None
    organisation: str | None
    category: OrganisationCategory | None
    gender: Gender | None
    allotted_seconds: int | None
    used_seconds: int | None
    status: InterventionStatus

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "position": self.position,
            "name": self.name,
            "representative_id": str(self.representative_id) if self.representative_id else None,
            "organisation": self.organisation,
            "category": self.category.value if self.category else None,
            "gender": self.gender.value if self.gender else None,
            "allotted_seconds": self.allotted_seconds,
            "used_seconds": self.used_seconds,
            "status": self.status.value,
        }


@dataclass(frozen=True)
class PersonMatch:
    """A person offered by the "Add Speaker" search."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class Share:
    """One group's (or gender's) part of a segment's speakers and speaking time."""

    key: str  # a CategoryGroup or Gender value
    speakers: int
    seconds: int
    speaker_share: float  # 0..1
    time_share: float  # 0..1


@dataclass(frozen=True)
class BalanceWarning:
    """A category group taking part in the forum with no speaker in this segment."""

    group: CategoryGroup
    registered: int
    priority: bool  # one of the groups seed ¶75 asks to hear
    message: str


@dataclass(frozen=True)
class Balance:
    segment_id: uuid.UUID
    speakers: int
    seconds: int  # used where known, else allotted
    by_group: tuple[Share, ...]  # every CategoryGroup, in enum order
    by_gender: tuple[Share, ...]  # every Gender, in enum order
    warnings: tuple[BalanceWarning, ...]


# --- reading ---------------------------------------------------------------------------


def speakers_list(session: Session, segment_id: uuid.UUID) -> list[SpeakerLine]:
    """The segment's speakers in order, withdrawn ones included (deleted ones not)."""
    _segment(session, segment_id)
    rows = session.execute(
        select(Intervention, Representative, Organisation)
        .outerjoin(Representative, Representative.id == Intervention.representative_id)
        .outerjoin(Organisation, Organisation.id == Intervention.organisation_id)
        .where(Intervention.segment_id == segment_id, Intervention.deleted_at.is_(None))
        .order_by(Intervention.position)
    ).all()
    return [
        SpeakerLine(
            id=turn.id,
            position=turn.position,
            name=turn.speaker_label or (_name(person) if person else ""),
            representative_id=turn.representative_id,
            organisation=organisation.name if organisation else None,
            category=organisation.category if organisation else None,
            gender=person.gender if person else None,
            allotted_seconds=turn.allotted_seconds,
            used_seconds=turn.used_seconds,
            status=turn.status,
        )
        for turn, person, organisation in rows
    ]


def find_people(session: Session, text: str, limit: int = 20) -> list[PersonMatch]:
    """People whose name (as typed or in Latin form) contains `text`, for the search."""
    typed = " ".join(text.split())
    if len(typed) < 2:
        return []
    pattern = f"%{typed}%"
    full = Representative.given_name + " " + Representative.family_name
    rows = session.execute(
        select(Representative, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(
            Representative.deleted_at.is_(None),
            Representative.merged_into_id.is_(None),
            full.ilike(pattern)
            | Representative.sort_key.ilike(f"%{typed.casefold()}%")
            | (Representative.family_name + " " + Representative.given_name).ilike(pattern),
        )
        .order_by(Representative.sort_key, Representative.id)
        .limit(limit)
    ).all()
    return [
        PersonMatch(person.id, f"{_name(person)} — {name}" if name else _name(person))
        for person, name in rows
    ]


def balance(session: Session, segment_id: uuid.UUID) -> Balance:
    """Shares of speakers and of speaking time by category group and gender, with
    warnings for groups taking part in the forum but not heard in a thematic segment."""
    segment = _segment(session, segment_id)
    lines = [line for line in speakers_list(session, segment_id) if line.status in _COUNTED]
    people: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    genders: Counter[str] = Counter()
    gender_seconds: Counter[str] = Counter()
    for line in lines:
        spent = _spent(line)
        group = category_group(line.category).value
        gender = (line.gender or Gender.UNDISCLOSED).value
        people[group] += 1
        seconds[group] += spent
        genders[gender] += 1
        gender_seconds[gender] += spent
    total_people = len(lines)
    total_seconds = sum(seconds.values())

    def shares(keys: list[str], count: Counter[str], time: Counter[str]) -> tuple[Share, ...]:
        return tuple(
            Share(
                key,
                count[key],
                time[key],
                count[key] / total_people if total_people else 0.0,
                time[key] / total_seconds if total_seconds else 0.0,
            )
            for key in keys
        )

    warnings: list[BalanceWarning] = []
    if segment.kind in THEMATIC_KINDS:
        registered = _registered_by_group(session, _forum_id(session, segment))
        for group in CategoryGroup:
            if registered[group] and not people[group.value]:
                priority = group in PRIORITY_GROUPS
                said = _(_NOT_HEARD_PRIORITY if priority else _NOT_HEARD)
                message = said.format(count=registered[group], group=group.value)
                warnings.append(BalanceWarning(group, registered[group], priority, message))
    return Balance(
        segment_id=segment_id,
        speakers=total_people,
        seconds=total_seconds,
        by_group=shares([g.value for g in CategoryGroup], people, seconds),
        by_gender=shares([g.value for g in Gender], genders, gender_seconds),
        warnings=tuple(warnings),
    )


# --- changing --------------------------------------------------------------------------


def add_speaker(
    session: Session,
    segment_id: uuid.UUID,
    representative_id: uuid.UUID,
    allotted_seconds: int | None = None,
) -> SpeakerLine:
    """Put a person at the end of the list, with their organisation and a speaking time
    (given, else the segment's default, else three minutes)."""
    segment = _segment(session, segment_id)
    person = session.get(Representative, representative_id)
    if person is None or person.deleted_at is not None:
        raise SpeakerError("representative", _("no such person in the registry"))
    if person.merged_into_id is not None:
        raise SpeakerError("representative", _("this record was merged into another person"))
    if allotted_seconds is not None:
        _check_seconds("allotted_seconds", allotted_seconds)
    already = session.scalar(
        select(Intervention.id).where(
            Intervention.segment_id == segment_id,
            Intervention.representative_id == representative_id,
            Intervention.deleted_at.is_(None),
            Intervention.status.in_((InterventionStatus.LISTED, InterventionStatus.SPEAKING)),
        )
    )
    if already is not None:
        said = _("{name} is already on the speakers list").format(name=_name(person))
        raise SpeakerError("representative", said)
    last = session.scalar(
        select(func.max(Intervention.position)).where(Intervention.segment_id == segment_id)
    )
    turn = Intervention(
        segment_id=segment_id,
        representative_id=person.id,
        organisation_id=person.organisation_id,
        speaker_label=_name(person),
        position=0 if last is None else last + 1,
        allotted_seconds=allotted_seconds
        or segment.default_speaking_seconds
        or FALLBACK_SPEAKING_SECONDS,
        status=InterventionStatus.LISTED,
    )
    session.add(turn)
    session.flush()
    return next(line for line in speakers_list(session, segment_id) if line.id == turn.id)


def remove_speaker(session: Session, intervention_id: uuid.UUID) -> None:
    """Take a turn off the list altogether (a tombstone): the undo of `add_speaker`."""
    turn = _intervention(session, intervention_id)
    if turn.status == InterventionStatus.SPOKE:
        raise SpeakerError("intervention", _("this speaker has already spoken"))
    turn.deleted_at = utcnow()
    session.flush()


def restore_speaker(session: Session, intervention_id: uuid.UUID) -> None:
    """Bring a removed turn back at its old place: the redo of `add_speaker`."""
    turn = session.get(Intervention, intervention_id)
    if turn is None:
        raise SpeakerError("intervention", _("no such intervention"))
    turn.deleted_at = None
    session.flush()


def move_speaker(session: Session, intervention_id: uuid.UUID, new_position: int) -> int:
    """Move a turn to `new_position` (0-based, clamped to the list) and renumber the
    list 0, 1, 2…; returns the old position, for undo."""
    turn = _intervention(session, intervention_id)
    live = list(
        session.scalars(
            select(Intervention)
            .where(Intervention.segment_id == turn.segment_id, Intervention.deleted_at.is_(None))
            .order_by(Intervention.position)
        ).all()
    )
    old = live.index(turn)
    live.remove(turn)
    live.insert(max(0, min(new_position, len(live))), turn)
    gone = session.scalars(
        select(Intervention)
        .where(Intervention.segment_id == turn.segment_id, Intervention.deleted_at.is_not(None))
        .order_by(Intervention.position)
    ).all()
    ordered = [*live, *gone]  # tombstones keep their rows, after the live list
    # Two passes: the (segment, position) pair is unique at every statement.
    for index, row in enumerate(ordered):
        row.position = -1 - index
    session.flush()
    for index, row in enumerate(ordered):
        row.position = index
    session.flush()
    return old


def set_allotted(
    session: Session, intervention_id: uuid.UUID, seconds: int, *, read: int | None = -1
) -> int | None:
    """Give a turn its speaking time; returns the previous one, for undo. `read`: the
    time the list showed; another one stored meanwhile refuses (EditConflict)."""
    _check_seconds("allotted_seconds", seconds)
    turn = _intervention(session, intervention_id)
    previous = turn.allotted_seconds
    if read != -1:
        seconds = value_to_write(session, turn, "allotted_seconds", read, seconds) or seconds
    turn.allotted_seconds = seconds
    session.flush()
    return previous


def withdraw_speaker(session: Session, intervention_id: uuid.UUID) -> None:
    """The speaker gives up the turn; it stays on the list, marked withdrawn."""
    turn = _intervention(session, intervention_id)
    if turn.status == InterventionStatus.SPOKE:
        raise SpeakerError("intervention", _("this speaker has already spoken"))
    turn.status = InterventionStatus.WITHDRAWN
    session.flush()


def reinstate_speaker(session: Session, intervention_id: uuid.UUID) -> None:
    """Undo a withdrawal: the turn is listed again."""
    turn = _intervention(session, intervention_id)
    if turn.status == InterventionStatus.WITHDRAWN:
        turn.status = InterventionStatus.LISTED
        session.flush()


def set_default_speaking_time(
    session: Session, segment_id: uuid.UUID, seconds: int | None
) -> int | None:
    """The time new speakers of the segment get (None: three minutes); returns the old one."""
    if seconds is not None:
        _check_seconds("default_speaking_seconds", seconds)
    segment = _segment(session, segment_id)
    previous = segment.default_speaking_seconds
    segment.default_speaking_seconds = seconds
    session.flush()
    return previous


def record_speech(
    session: Session,
    intervention_id: uuid.UUID,
    started_at: datetime,
    ended_at: datetime,
    used_seconds: int,
) -> SpeakerLine:
    """The speaker has spoken: when, and for how long (the clock's time, pauses left out)."""
    if used_seconds < 0 or used_seconds > MAX_SPEAKING_SECONDS:
        said = _("must be between 0 and {limit}").format(limit=MAX_SPEAKING_SECONDS)
        raise SpeakerError("used_seconds", said)
    if started_at.tzinfo is None or ended_at.tzinfo is None:
        raise SpeakerError("started_at", _("times must be UTC instants, not naive"))
    if ended_at < started_at:
        raise SpeakerError("ended_at", _("the speech cannot end before it started"))
    turn = _intervention(session, intervention_id)
    if turn.status == InterventionStatus.WITHDRAWN:
        raise SpeakerError("intervention", _("this speaker has withdrawn"))
    turn.started_at = started_at
    turn.ended_at = ended_at
    turn.used_seconds = used_seconds
    turn.status = InterventionStatus.SPOKE
    session.flush()
    return next(line for line in speakers_list(session, turn.segment_id) if line.id == turn.id)


# --- helpers ---------------------------------------------------------------------------


def _name(person: Representative) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p)


def _spent(line: SpeakerLine) -> int:
    if line.used_seconds is not None:
        return line.used_seconds
    return line.allotted_seconds or 0


def _check_seconds(field: str, seconds: int) -> None:
    if not 1 <= seconds <= MAX_SPEAKING_SECONDS:
        said = _("must be between 1 and {limit} seconds").format(limit=MAX_SPEAKING_SECONDS)
        raise SpeakerError(field, said)


def _segment(session: Session, segment_id: uuid.UUID) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise SpeakerError("segment", _("no such segment"))
    return segment


def _intervention(session: Session, intervention_id: uuid.UUID) -> Intervention:
    turn = session.get(Intervention, intervention_id)
    if turn is None or turn.deleted_at is not None:
        raise SpeakerError("intervention", _("no such intervention on the speakers list"))
    return turn


def _forum_id(session: Session, segment: Segment) -> uuid.UUID:
    forum_id = session.scalar(
        select(Day.forum_id)
        .join(ForumSession, ForumSession.day_id == Day.id)
        .where(ForumSession.id == segment.session_id)
    )
    assert forum_id is not None
    return forum_id


def _registered_by_group(session: Session, forum_id: uuid.UUID) -> Counter[CategoryGroup]:
    """People registered (requested or accredited) for the forum, by category group."""
    rows = session.execute(
        select(Organisation.category, func.count(func.distinct(Representative.id)))
        .join(Representative, Representative.organisation_id == Organisation.id)
        .join(Registration, Registration.representative_id == Representative.id)
        .where(
            Registration.forum_id == forum_id,
            Registration.status.in_(COUNTED_STATUSES),
            Registration.deleted_at.is_(None),
            Representative.deleted_at.is_(None),
            Representative.merged_into_id.is_(None),
        )
        .group_by(Organisation.category)
    ).all()
    counts: Counter[CategoryGroup] = Counter()
    for category, count in rows:
        counts[category_group(OrganisationCategory(category))] += int(count)
    return counts

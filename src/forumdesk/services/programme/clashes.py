"""Clashes in a forum's programme: a read-only report, never a reason to refuse a save.

Five rules, each giving a `Clash` with a plain English sentence and the segments involved:

- `room_double_booked`: two segments of the same day in the same room overlap in time
  (touching ends, 16:20–17:30 then 17:30–18:00, do not overlap);
- `person_double_booked`: one representative holds a role or an intervention that is
  not withdrawn in two overlapping segments of the same day, whatever their rooms;
- `outside_day_hours`: a segment starts before or ends after its session (séance), or
  its day when the day has hours, or ends before it starts;
- `no_chair_or_moderator`: a segment that needs someone to run it has neither a chair
  nor a moderator filled (a representative or an organisation named, not just a label).
  Panels and interactive discussions always need one. A thematic part, an opening or a
  closing needs one only when the programme declares a chair or moderator slot for it.
  That is how the 2006 hearings were run: the President of the General Assembly
  presided over the whole meeting, and the annex names no chair per part, so the
  four thematic parts of the demo programme are not reported. A template that plans a
  moderator per part creates the slot, and the rule then reports it until it is filled;
- `speaker_not_accredited`: a representative with a role or an intervention (not
  withdrawn) whose registration to the forum is missing, tombstoned or not
  `accredited`; one clash per person, naming all their segments.

Everything is read with one query per table, whatever the number of segments.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, _, pgettext
from forumdesk.store.enums import (
    AccreditationStatus,
    InterventionStatus,
    SegmentKind,
    SegmentRoleKind,
)
from forumdesk.store.models import (
    Day,
    ForumSession,
    Intervention,
    Registration,
    Representative,
    Room,
    Segment,
    SegmentRole,
)

ClashKind = Literal[
    "room_double_booked",
    "person_double_booked",
    "outside_day_hours",
    "no_chair_or_moderator",
    "speaker_not_accredited",
]
CLASH_KINDS: tuple[ClashKind, ...] = (
    "room_double_booked",
    "person_double_booked",
    "outside_day_hours",
    "no_chair_or_moderator",
    "speaker_not_accredited",
)
# Kinds of segment that always need a chair or a moderator (see the module docstring).
NEEDS_CHAIR: frozenset[SegmentKind] = frozenset({SegmentKind.PANEL, SegmentKind.INTERACTIVE})
_NEEDS_ONE = {
    SegmentKind.PANEL: N_("a panel needs one"),
    SegmentKind.INTERACTIVE: N_("an interactive dialogue needs one"),
}
_REGISTRATION = {
    AccreditationStatus.REQUESTED: N_("registration requested"),
    AccreditationStatus.ACCREDITED: N_("registration accredited"),
    AccreditationStatus.REFUSED: N_("registration refused"),
    AccreditationStatus.WITHDRAWN: N_("registration withdrawn"),
}
_RUNNING_ROLES = (SegmentRoleKind.CHAIR, SegmentRoleKind.MODERATOR)


@dataclass(frozen=True)
class Clash:
    kind: ClashKind
    message: str
    segment_ids: tuple[uuid.UUID, ...]
    person_ids: tuple[uuid.UUID, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "segment_ids": [str(s) for s in self.segment_ids],
            "person_ids": [str(p) for p in self.person_ids],
        }


@dataclass(frozen=True)
class _Slot:
    """A segment with what the rules need to know of its day, session and room."""

    id: uuid.UUID
    title: str
    kind: SegmentKind
    starts_at: time
    ends_at: time
    room_id: uuid.UUID | None
    day_id: uuid.UUID
    day_date: date
    day_starts_at: time | None
    day_ends_at: time | None
    session_title: str
    session_starts_at: time
    session_ends_at: time
    order: tuple[int, int, int]

    @property
    def times(self) -> str:
        return f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"

    @property
    def label(self) -> str:
        return f'"{self.title}" ({self.day_date.isoformat()}, {self.times})'


def find_clashes(session: Session, forum_id: uuid.UUID) -> list[Clash]:
    """Every clash in the forum's live programme, in programme order."""
    slots = _slots(session, forum_id)
    if not slots:
        return []
    by_id = {slot.id: slot for slot in slots}
    rooms = dict(session.execute(select(Room.id, Room.name).where(Room.forum_id == forum_id)).all())
    people = _people(session, forum_id, by_id)
    names = _names(session, {p for seats in people.values() for p in seats})
    overlapping = _overlapping_pairs(slots)

    clashes: list[Clash] = []
    for first, second in overlapping:
        if first.room_id is not None and first.room_id == second.room_id:
            room = rooms.get(first.room_id, _("the same room"))
            clashes.append(
                Clash(
                    "room_double_booked",
                    _("Room {room} is double-booked: {first} overlaps {second}.").format(
                        room=room, first=first.label, second=second.label
                    ),
                    (first.id, second.id),
                )
            )
        shared = sorted(people[first.id].keys() & people[second.id].keys(), key=lambda p: names[p])
        clashes.extend(
            Clash(
                "person_double_booked",
                _(
                    "{name} is expected in two segments at once: {first} as {first_role} and "
                    "{second} as {second_role}."
                ).format(
                    name=names[person],
                    first=first.label,
                    first_role=people[first.id][person],
                    second=second.label,
                    second_role=people[second.id][person],
                ),
                (first.id, second.id),
                (person,),
            )
            for person in shared
        )
    clashes.extend(clash for slot in slots if (clash := _hours(slot)) is not None)
    clashes.extend(_unchaired(session, by_id))
    clashes.extend(_unaccredited(session, forum_id, slots, people, names))
    rank = {kind: n for n, kind in enumerate(CLASH_KINDS)}
    return sorted(
        clashes,
        key=lambda c: (min(by_id[s].order for s in c.segment_ids), rank[c.kind], c.message),
    )


def _slots(session: Session, forum_id: uuid.UUID) -> list[_Slot]:
    rows = session.execute(
        select(Segment, ForumSession, Day)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(
            Day.forum_id == forum_id,
            Day.deleted_at.is_(None),
            ForumSession.deleted_at.is_(None),
            Segment.deleted_at.is_(None),
        )
        .order_by(Day.position, Day.date, ForumSession.position, Segment.position)
    )
    return [
        _Slot(
            id=segment.id,
            title=segment.title,
            kind=segment.kind,
            starts_at=segment.starts_at,
            ends_at=segment.ends_at,
            room_id=segment.room_id,
            day_id=day.id,
            day_date=day.date,
            day_starts_at=day.starts_at,
            day_ends_at=day.ends_at,
            session_title=sitting.title,
            session_starts_at=sitting.starts_at,
            session_ends_at=sitting.ends_at,
            order=(day.position, sitting.position, segment.position),
        )
        for segment, sitting, day in rows
    ]


def _people(
    session: Session, forum_id: uuid.UUID, by_id: dict[uuid.UUID, _Slot]
) -> dict[uuid.UUID, dict[uuid.UUID, str]]:
    """segment id → {representative id: what they do there}: roles, then interventions."""
    seats: dict[uuid.UUID, dict[uuid.UUID, str]] = {slot_id: {} for slot_id in by_id}
    roles = session.execute(
        select(SegmentRole.segment_id, SegmentRole.representative_id, SegmentRole.role).where(
            SegmentRole.segment_id.in_(list(by_id)),
            SegmentRole.deleted_at.is_(None),
            SegmentRole.representative_id.is_not(None),
        )
    )
    for segment_id, person, role in roles:
        if person is not None:
            seats[segment_id].setdefault(person, _role_word(role))
    turns = session.execute(
        select(Intervention.segment_id, Intervention.representative_id).where(
            Intervention.segment_id.in_(list(by_id)),
            Intervention.deleted_at.is_(None),
            Intervention.representative_id.is_not(None),
            Intervention.status != InterventionStatus.WITHDRAWN,
        )
    )
    for segment_id, person in turns:
        if person is not None:
            seats[segment_id].setdefault(person, pgettext("clash role", "speaker"))
    return seats


def _role_word(role: SegmentRoleKind) -> str:
    """What someone does in a segment, as a clash says it ("… as chair and …")."""
    return {
        SegmentRoleKind.CHAIR: pgettext("clash role", "chair"),
        SegmentRoleKind.MODERATOR: pgettext("clash role", "moderator"),
        SegmentRoleKind.RAPPORTEUR: pgettext("clash role", "rapporteur"),
        SegmentRoleKind.PANELLIST: pgettext("clash role", "panellist"),
        SegmentRoleKind.ADDRESS: pgettext("clash role", "speaker of an address"),
        SegmentRoleKind.FLOOR_SPEAKER: pgettext("clash role", "speaker from the floor"),
        SegmentRoleKind.RESPONDENT: pgettext("clash role", "respondent"),
    }[role]


def _names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(
            Representative.id,
            Representative.title,
            Representative.given_name,
            Representative.family_name,
        ).where(Representative.id.in_(list(ids)))
    ).all()
    names = {
        row.id: " ".join(p for p in (row.title, row.given_name, row.family_name) if p)
        for row in rows
    }
    return {person: names.get(person) or f"representative {person}" for person in ids}


def _overlapping_pairs(slots: list[_Slot]) -> list[tuple[_Slot, _Slot]]:
    """Pairs of segments of the same day whose times overlap, by a sweep over start times."""
    by_day: dict[uuid.UUID, list[_Slot]] = defaultdict(list)
    for slot in slots:
        if slot.starts_at < slot.ends_at:  # a backwards segment is reported by _hours
            by_day[slot.day_id].append(slot)
    pairs: list[tuple[_Slot, _Slot]] = []
    for day_slots in by_day.values():
        ordered = sorted(day_slots, key=lambda s: (s.starts_at, s.order))
        active: list[_Slot] = []
        for slot in ordered:
            active = [a for a in active if a.ends_at > slot.starts_at]
            pairs.extend((a, slot) for a in active)
            active.append(slot)
    return pairs


def _hours(slot: _Slot) -> Clash | None:
    problems: list[str] = []
    if slot.ends_at <= slot.starts_at:
        problems.append(_("ends before it starts"))
    if slot.starts_at < slot.session_starts_at or slot.ends_at > slot.session_ends_at:
        problems.append(
            _('falls outside its session "{session}" ({starts:%H:%M}–{ends:%H:%M})').format(
                session=slot.session_title,
                starts=slot.session_starts_at,
                ends=slot.session_ends_at,
            )
        )
    early = slot.day_starts_at is not None and slot.starts_at < slot.day_starts_at
    late = slot.day_ends_at is not None and slot.ends_at > slot.day_ends_at
    if early or late:
        opens = f"{slot.day_starts_at:%H:%M}" if slot.day_starts_at else "…"
        closes = f"{slot.day_ends_at:%H:%M}" if slot.day_ends_at else "…"
        problems.append(
            _("falls outside the day's hours ({opens}–{closes})").format(opens=opens, closes=closes)
        )
    if not problems:
        return None
    said = _("Segment {segment} {problems}.").format(
        segment=slot.label, problems=_(" and ").join(problems)
    )
    return Clash("outside_day_hours", said, (slot.id,))


def _unchaired(session: Session, by_id: dict[uuid.UUID, _Slot]) -> Iterable[Clash]:
    slots_declared: set[uuid.UUID] = set()
    filled: set[uuid.UUID] = set()
    rows = session.execute(
        select(
            SegmentRole.segment_id, SegmentRole.representative_id, SegmentRole.organisation_id
        ).where(
            SegmentRole.segment_id.in_(list(by_id)),
            SegmentRole.deleted_at.is_(None),
            SegmentRole.role.in_(_RUNNING_ROLES),
        )
    )
    for segment_id, person, organisation in rows:
        slots_declared.add(segment_id)
        if person is not None or organisation is not None:
            filled.add(segment_id)
    for slot in by_id.values():
        if slot.id in filled or not (slot.kind in NEEDS_CHAIR or slot.id in slots_declared):
            continue
        why = (
            _(_NEEDS_ONE[slot.kind])
            if slot.kind in NEEDS_CHAIR
            else _("its chair or moderator slot is still empty")
        )
        yield Clash(
            "no_chair_or_moderator",
            _("Segment {segment} has neither a chair nor a moderator: {why}.").format(
                segment=slot.label, why=why
            ),
            (slot.id,),
        )


def _unaccredited(
    session: Session,
    forum_id: uuid.UUID,
    slots: list[_Slot],
    people: dict[uuid.UUID, dict[uuid.UUID, str]],
    names: dict[uuid.UUID, str],
) -> Iterable[Clash]:
    where: dict[uuid.UUID, list[_Slot]] = defaultdict(list)
    for slot in slots:  # programme order
        for person in people[slot.id]:
            where[person].append(slot)
    if not where:
        return
    statuses = dict(
        session.execute(
            select(Registration.representative_id, Registration.status).where(
                Registration.forum_id == forum_id,
                Registration.deleted_at.is_(None),
                Registration.representative_id.in_(list(where)),
            )
        ).all()
    )
    for person in sorted(where, key=lambda p: names[p]):
        status = statuses.get(person)
        if status == AccreditationStatus.ACCREDITED:
            continue
        state = _(_REGISTRATION[status]) if status is not None else _("not registered")
        segments = ", ".join(slot.label for slot in where[person])
        yield Clash(
            "speaker_not_accredited",
            _(
                "{name} is not accredited to this forum ({state}) but is on the programme in "
                "{segments}."
            ).format(name=names[person], state=state, segments=segments),
            tuple(slot.id for slot in where[person]),
            (person,),
        )

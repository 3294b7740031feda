"""Who was present: at the forum or at one segment, by category, regional group,
gender and hour of arrival, against who was accredited; and the seed's ¶4 sentence
written from it.

A person is present once however many desks or laptops scanned them: the counts are
of people, the scans stay as they were made.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import gettext_in
from forumdesk.services.programme.times import TimeZoneError, time_zone
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import CheckIn, Forum, Organisation, Registration, Representative

#: The categories the ¶4 sentence counts as "civil society and the private sector".
CIVIL_SOCIETY = frozenset(
    {
        OrganisationCategory.NGO_ECOSOC,
        OrganisationCategory.CIVIL_SOCIETY,
        OrganisationCategory.TRADE_UNION,
        OrganisationCategory.MIGRANT_ASSOCIATION,
        OrganisationCategory.PRIVATE_SECTOR,
        OrganisationCategory.RESEARCH,
        OrganisationCategory.YOUTH,
    }
)
NONE = "none"  # the key of people without an organisation, group or gender


@dataclass(frozen=True)
class Attendance:
    forum_id: uuid.UUID
    segment_id: uuid.UUID | None
    registered: int  # accredited to the forum
    present: int
    #: key → (accredited, present), keys being the enums' values (or NONE).
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_regional_group: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_gender: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: Arrivals (a person's first scan) by hour at the venue, "09" → count.
    by_hour: dict[str, int] = field(default_factory=dict)
    #: Member States with at least one representative present.
    member_states: int = 0
    #: People present from civil society and the private sector (¶4's "representatives").
    civil_society: int = 0
    scans: int = 0


@dataclass(frozen=True)
class Accredited:
    """Who is accredited, grouped: (gender, category, regional group, count) rows.
    It changes with the registry only, so a screen may keep it across check-ins."""

    forum_id: uuid.UUID
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Arrivals:
    """Who came through a door, grouped: (gender, category, regional group, the
    State's country, UTC hour of arrival, count) rows, and the scans made there."""

    forum_id: uuid.UUID
    segment_id: uuid.UUID | None
    rows: tuple[tuple[Any, ...], ...]
    scans: int


_DIMENSIONS = (Representative.gender, Organisation.category, Organisation.regional_group)


def accredited(session: Session, forum_id: uuid.UUID) -> Accredited:
    """Counted in SQL from indexes alone (revision 0012): a few dozen rows at 100k."""
    rows = session.execute(
        select(*_DIMENSIONS, func.count())
        .select_from(Registration)
        .join(Representative, Representative.id == Registration.representative_id)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(
            Registration.forum_id == forum_id,
            Registration.status == AccreditationStatus.ACCREDITED,
            Registration.deleted_at.is_(None),
        )
        .group_by(*_DIMENSIONS)
    ).all()
    return Accredited(forum_id, tuple(tuple(row) for row in rows))


def arrivals(
    session: Session, forum_id: uuid.UUID, segment_id: uuid.UUID | None = None
) -> Arrivals:
    """Each person once, at their first scan through the door: one pass over the
    door's index, then grouped (a few thousand rows at 50k people)."""
    door = CheckIn.segment_id.is_(None) if segment_id is None else CheckIn.segment_id == segment_id
    where = (CheckIn.forum_id == forum_id, door, CheckIn.deleted_at.is_(None))
    firsts = (
        select(
            CheckIn.representative_id,
            func.min(CheckIn.checked_in_at).label("first"),
            func.count().label("scans"),
        )
        .where(*where)
        .group_by(CheckIn.representative_id)
        .subquery()
    )
    state = case(
        (Organisation.category == OrganisationCategory.MEMBER_STATE, Organisation.country_code)
    ).label("state")
    hour = _hour_bucket(session, firsts.c.first)
    rows = session.execute(
        select(*_DIMENSIONS, state, hour, func.sum(firsts.c.scans), func.count())
        .select_from(firsts)
        .join(Representative, Representative.id == firsts.c.representative_id)
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .group_by(*_DIMENSIONS, state, hour)
    ).all()
    scans = sum(int(row[5]) for row in rows)
    grouped = tuple((*row[:5], row[6]) for row in rows)
    return Arrivals(forum_id, segment_id, grouped, scans)


def attendance(
    session: Session, forum_id: uuid.UUID, segment_id: uuid.UUID | None = None
) -> Attendance:
    """Who was accredited and who came, at the forum or at one segment's door."""
    came = arrivals(session, forum_id, segment_id)
    return combine(accredited(session, forum_id), came, session.get(Forum, forum_id))


def combine(registered: Accredited, came: Arrivals, forum: Forum | None) -> Attendance:
    """The counts from the two groupings; `forum` gives the venue's hours."""
    here: list[tuple[Any, ...]] = [(*row[:3], row[5]) for row in came.rows]
    listed = list(registered.rows)
    return Attendance(
        forum_id=came.forum_id,
        segment_id=came.segment_id,
        registered=sum(int(row[3]) for row in listed),
        present=sum(int(row[3]) for row in here),
        by_category=_pairs(listed, here, 1),
        by_regional_group=_pairs(listed, here, 2),
        by_gender=_pairs(listed, here, 0),
        by_hour=_by_hour([(row[4], row[5]) for row in came.rows], forum),
        member_states=len({row[3] for row in came.rows if row[3]}),
        civil_society=sum(int(row[3]) for row in here if row[1] in CIVIL_SOCIETY),
        scans=came.scans,
    )


def _hour_bucket(session: Session, column: Any) -> Any:
    """The UTC hour of `column` as "YYYY-MM-DD HH" text, in the database's own dialect."""
    if session.get_bind().dialect.name == "sqlite":
        # Stored as "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC: the first 13 characters are
        # the hour, read faster than strftime parses the whole moment.
        return func.substr(column, 1, 13).label("hour")
    return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24").label("hour")


def _key(value: object) -> str:
    return str(getattr(value, "value", value)) if value is not None else NONE


def _pairs(
    accredited: Sequence[Sequence[Any]], present: Sequence[Sequence[Any]], at: int
) -> dict[str, tuple[int, int]]:
    """(accredited, present) per value of column `at` of the grouped rows (count last)."""
    registered: Counter[str] = Counter()
    came: Counter[str] = Counter()
    for rows, counter in ((accredited, registered), (present, came)):
        for row in rows:
            counter[_key(row[at])] += int(row[-1])
    return {key: (registered[key], came[key]) for key in sorted(registered.keys() | came.keys())}


def _by_hour(arrivals: Sequence[Sequence[Any]], forum: Forum | None) -> dict[str, int]:
    zone = None
    if forum is not None:
        try:
            zone = time_zone(forum.timezone)
        except TimeZoneError:
            zone = None
    hours: Counter[str] = Counter()
    for bucket, count in arrivals:
        moment = datetime.strptime(str(bucket), "%Y-%m-%d %H").replace(tzinfo=UTC)
        local = moment.astimezone(zone) if zone is not None else moment
        hours[local.strftime("%H")] += int(count)
    return dict(sorted(hours.items()))


def participation_sentence(counts: Attendance, language: str) -> str:
    """The ¶4 sentence of the summary, from who was present, in `language`."""
    text = gettext_in(
        language,
        "About {people} representatives of non-governmental organisations in consultative "
        "status with the Economic and Social Council, of civil society organisations and "
        "of the private sector took part in the hearings; {states} Member States also "
        "attended.",
    )
    return text.format(people=counts.civil_society, states=counts.member_states)

"""Retention: a forum's personal data kept a chosen time after the forum, then erased
(issue 19; the UN principles' retention).

A forum's `retention_months` is how many months after its last day its people's
personal data is kept (None: kept). A person is due when every registration they
hold is in a forum past that date; one still registered for a forum whose time has
not come (a later one, or one that keeps its data) is kept. The due are erased
through `erasure`, as one person would be.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.store.models import Erasure, Forum, Registration, Representative

#: The longest retention that may be set: a hundred years.
MAX_MONTHS = 1200


@dataclass(frozen=True)
class DuePerson:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class RetentionPlan:
    """The people whose data has outlived every forum they came to, by name."""

    today: date
    people: tuple[DuePerson, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(),
            "count": len(self.people),
            "people": [{"id": str(p.id), "name": p.name} for p in self.people],
        }


def set_retention(session: Session, forum_id: uuid.UUID, months: int | None) -> None:
    """Keep the forum's personal data `months` months after it ends (None: keep it)."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise Refused(_("there is no forum {forum_id}").format(forum_id=forum_id))
    if months is not None and not 0 <= months <= MAX_MONTHS:
        raise Refused(_("a retention is between 0 and {most} months").format(most=MAX_MONTHS))
    if forum.retention_months != months:
        forum.retention_months = months


def retention_of(session: Session, forum_id: uuid.UUID) -> int | None:
    forum = session.get(Forum, forum_id)
    return forum.retention_months if forum is not None else None


def expires_on(forum: Forum) -> date | None:
    """The day after which the forum's personal data is due; None while it is kept."""
    last_day = forum.ends_on or forum.starts_on
    if forum.retention_months is None or last_day is None:
        return None
    return add_months(last_day, forum.retention_months)


def add_months(day: date, months: int) -> date:
    """`day` so many months later, on the month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_for_erasure(session: Session, today: date | None = None) -> RetentionPlan:
    """Who would be erased today: people, not yet erased, whose every live
    registration is in a forum past its retention."""
    today = today or date.today()
    expired = {
        forum.id: (expiry is not None and expiry < today)
        for forum in session.scalars(select(Forum))
        for expiry in (expires_on(forum),)
    }
    erased = set(session.scalars(select(Erasure.record_id)))
    verdicts: dict[uuid.UUID, bool] = {}
    rows = session.execute(
        select(Registration.representative_id, Registration.forum_id).where(
            Registration.deleted_at.is_(None)
        )
    )
    for person_id, forum_id in rows:
        verdicts[person_id] = verdicts.get(person_id, True) and expired.get(forum_id, False)
    due_ids = [pid for pid, due in verdicts.items() if due and pid not in erased]
    people = []
    for start in range(0, len(due_ids), 5000):
        chunk = due_ids[start : start + 5000]
        query = select(Representative).where(
            Representative.id.in_(chunk), Representative.merged_into_id.is_(None)
        )
        people += [
            DuePerson(person.id, f"{person.given_name} {person.family_name}".strip())
            for person in session.scalars(query)
        ]
    people.sort(key=lambda person: (person.name.casefold(), str(person.id)))
    return RetentionPlan(today, tuple(people))

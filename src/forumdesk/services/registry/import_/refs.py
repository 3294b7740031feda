"""What, from outside an import, refers to the rows it created: an undo must not take
back a person someone has since put on a speakers list, given a role, registered to
another forum, merged someone into or kept apart from a likely duplicate; nor tombstone
an organisation that later work names.

Each question is one query joined on the import's id (indexed), so it stays quick for
an import of 100k people.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from forumdesk.services.common.messages import N_, _
from forumdesk.store.models import (
    DuplicateDismissal,
    Forum,
    Intervention,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    Segment,
    SegmentRole,
)


def _created_people(import_id: uuid.UUID) -> Any:
    return and_(Representative.import_id == import_id, Representative.deleted_at.is_(None))


def _not_from(column: Any, import_id: uuid.UUID) -> Any:
    return or_(column.is_(None), column != import_id)


def outside_reference(session: Session, import_id: uuid.UUID) -> str | None:
    """The first live row from outside the import that refers to a person it created,
    said as "Amina DIALLO is on the speakers list of …"; None when there is none."""
    person = _created_people(import_id)
    name = (Representative.given_name, Representative.family_name)
    other = aliased(Representative)
    questions: list[tuple[Select[str, str, str], str]] = [
        (
            select(*name, Forum.title)
            .join(Registration, Registration.representative_id == Representative.id)
            .join(Forum, Forum.id == Registration.forum_id)
            .where(
                person,
                Registration.deleted_at.is_(None),
                _not_from(Registration.import_id, import_id),
            ),
            N_("{person} is registered to {what} since"),
        ),
        (
            select(*name, Segment.title)
            .join(Intervention, Intervention.representative_id == Representative.id)
            .join(Segment, Segment.id == Intervention.segment_id)
            .where(person, Intervention.deleted_at.is_(None)),
            N_("{person} is on the speakers list of {what}"),
        ),
        (
            select(*name, Segment.title)
            .join(SegmentRole, SegmentRole.representative_id == Representative.id)
            .join(Segment, Segment.id == SegmentRole.segment_id)
            .where(person, SegmentRole.deleted_at.is_(None)),
            N_("{person} has a role in {what}"),
        ),
        (
            select(*name, other.family_name)
            .join(other, other.merged_into_id == Representative.id)
            .where(person),
            N_("{person} took in the merged record of {what}"),
        ),
        (
            select(*name, other.family_name)
            .join(
                DuplicateDismissal,
                or_(
                    DuplicateDismissal.first_id == Representative.id,
                    DuplicateDismissal.second_id == Representative.id,
                ),
            )
            .join(
                other,
                or_(
                    and_(
                        other.id == DuplicateDismissal.first_id,
                        DuplicateDismissal.second_id == Representative.id,
                    ),
                    and_(
                        other.id == DuplicateDismissal.second_id,
                        DuplicateDismissal.first_id == Representative.id,
                    ),
                ),
            )
            .where(person, DuplicateDismissal.deleted_at.is_(None)),
            N_("{person} was decided not to be a duplicate of {what}"),
        ),
    ]
    for query, said in questions:
        found = session.execute(query.limit(1)).first()
        if found is not None:
            given, family, what = found
            label = f"{given} {family.upper()}".strip()
            return _(said).format(person=label, what=what)
    return None


def referenced_organisations(session: Session, import_id: uuid.UUID) -> set[Any]:
    """Live organisations the import created that later work names: a speaker's or a
    role's organisation, a note, an organisation merged into it."""
    created = and_(Organisation.import_id == import_id, Organisation.deleted_at.is_(None))
    other = aliased(Organisation)
    queries: list[Select[Any]] = [
        select(Organisation.id)
        .join(Intervention, Intervention.organisation_id == Organisation.id)
        .where(created, Intervention.deleted_at.is_(None)),
        select(Organisation.id)
        .join(SegmentRole, SegmentRole.organisation_id == Organisation.id)
        .where(created, SegmentRole.deleted_at.is_(None)),
        select(Organisation.id)
        .join(NoteLink, NoteLink.organisation_id == Organisation.id)
        .where(created, NoteLink.deleted_at.is_(None)),
        select(Organisation.id).join(other, other.merged_into_id == Organisation.id).where(created),
    ]
    found: set[Any] = set()
    for query in queries:
        found |= set(session.execute(query.distinct()).scalars())
    return found

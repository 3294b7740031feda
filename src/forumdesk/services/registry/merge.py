"""Merging duplicate representatives or organisations, field by field, history kept.

The record merged away is never deleted: it is tombstoned (`deleted_at`) and points at
the record it went into (`merged_into_id`), so its past stays readable and a merge
travels to other databases like any other change. What referred to it (registrations,
segment roles, interventions, note links) is moved to the kept record.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.registry.people import sort_key
from forumdesk.services.registry.scripts import latin_form
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.store.backup import backup_before
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import (
    Intervention,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    SegmentRole,
)
from forumdesk.store.types import utcnow

MERGEABLE_PERSON_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "title",
    "gender",
    "function",
    "languages",
    "email",
    "phone",
    "organisation_id",
    "notes",
)
MERGEABLE_ORGANISATION_FIELDS: tuple[str, ...] = (
    "name",
    "acronym",
    "category",
    "ecosoc_status",
    "ecosoc_year",
    "country_code",
    "regional_group",
    "website",
    "address",
    "email",
    "phone",
    "notes",
)
# Which of two registrations to the same forum wins: the further along the process.
_STATUS_RANK = {
    AccreditationStatus.ACCREDITED: 2,
    AccreditationStatus.REQUESTED: 1,
    AccreditationStatus.REFUSED: 0,
    AccreditationStatus.WITHDRAWN: 0,
}
# A name taken from the other record brings its Latin form, unless that is chosen too.
_LATIN_OF = {"given_name": "given_name_latin", "family_name": "family_name_latin"}

_Record = TypeVar("_Record", Representative, Organisation)

# Whole sentences for each record, so that a language agrees them as it must.
_KEPT = (
    N_("the record to keep does not exist"),
    N_("the record to keep was already merged into another"),
    N_("the record to keep is deleted"),
)
_OTHER = (
    N_("the other record does not exist"),
    N_("the other record was already merged into another"),
    N_("the other record is deleted"),
)


@dataclass(frozen=True)
class FieldChoice:
    """One field on which the two records differ, both values shown to the user."""

    field: str
    keep: object
    other: object


def _pair(
    session: Session,
    model: type[_Record],
    keep_id: uuid.UUID,
    other_id: uuid.UUID,
    fields: tuple[str, ...],
    take_from_other: Collection[str] = (),
) -> tuple[_Record, _Record]:
    """Both records, or ValueError (before any change) if this merge must not happen."""
    if keep_id == other_id:
        raise Refused(_("a record cannot be merged into itself"))
    unknown = set(take_from_other) - set(fields)
    if unknown:
        raise Refused(_("not mergeable fields: {fields}").format(fields=", ".join(sorted(unknown))))
    keep, other = session.get(model, keep_id), session.get(model, other_id)
    for record, (missing, merged, deleted) in ((keep, _KEPT), (other, _OTHER)):
        if record is None:
            raise Refused(_(missing))
        if record.merged_into_id is not None:
            raise Refused(_(merged))
        if record.deleted_at is not None:
            raise Refused(_(deleted))
    assert keep is not None and other is not None
    return keep, other


def _preview(keep: object, other: object, fields: tuple[str, ...]) -> list[FieldChoice]:
    return [
        FieldChoice(field, getattr(keep, field), getattr(other, field))
        for field in fields
        if getattr(keep, field) != getattr(other, field)
    ]


def merge_preview(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID) -> list[FieldChoice]:
    """The person fields on which the two records differ, in form order."""
    keep, other = _pair(session, Representative, keep_id, other_id, MERGEABLE_PERSON_FIELDS)
    return _preview(keep, other, MERGEABLE_PERSON_FIELDS)


def merge_representatives(
    session: Session,
    keep_id: uuid.UUID,
    other_id: uuid.UUID,
    take_from_other: Collection[str] = (),
) -> None:
    """Merge `other` into `keep`: chosen fields copied, references moved, `other` tombstoned.

    Taking `given_name` or `family_name` also takes its Latin form, unless the Latin
    field is named too (then the named choices stand as they are).
    """
    backup_before(session, "merge")
    keep, other = _pair(
        session, Representative, keep_id, other_id, MERGEABLE_PERSON_FIELDS, take_from_other
    )
    chosen = set(take_from_other)
    for field in MERGEABLE_PERSON_FIELDS:
        if field in chosen:
            setattr(keep, field, getattr(other, field))
    for name, latin_field in _LATIN_OF.items():
        if name in chosen and latin_field not in chosen:
            setattr(
                keep, latin_field, latin_form(getattr(other, latin_field), getattr(other, name))
            )
    if chosen & {*_LATIN_OF, *_LATIN_OF.values()}:
        keep.sort_key = sort_key(
            keep.family_name_latin or keep.family_name, keep.given_name_latin or keep.given_name
        )
    _move_registrations(session, keep, other)
    for model in (SegmentRole, Intervention):
        _repoint(session, model, "representative_id", other.id, keep.id)
    other.merged_into_id = keep.id
    other.deleted_at = utcnow()
    session.flush()
    refresh_registry_index(session, [keep.id])


def _move_registrations(session: Session, keep: Representative, other: Representative) -> None:
    """Move the other's live registrations; where both are registered to a forum, keep one.

    The kept registration takes the more advanced status (with its decision) and the
    other's badge number if it has none; the other registration is tombstoned.
    """
    mine = {
        r.forum_id: r
        for r in session.scalars(
            select(Registration).where(Registration.representative_id == keep.id)
        )
    }
    theirs = session.scalars(
        select(Registration).where(
            Registration.representative_id == other.id, Registration.deleted_at.is_(None)
        )
    ).all()
    for registration in theirs:
        kept = mine.get(registration.forum_id)
        if kept is None:
            registration.representative_id = keep.id
            continue
        # A tombstoned registration of the kept person still holds the (forum, person)
        # pair, so the other's live one is carried into it rather than moved.
        revive = kept.deleted_at is not None
        if revive or _STATUS_RANK[registration.status] > _STATUS_RANK[kept.status]:
            kept.status = registration.status
            kept.requested_at = registration.requested_at
            kept.decided_by = registration.decided_by
            kept.decided_at = registration.decided_at
        badge = registration.badge_number
        registration.deleted_at = utcnow()
        if badge and (revive or not kept.badge_number):
            # Badge numbers are unique per forum: free it before giving it on.
            registration.badge_number = None
            session.flush()
            kept.badge_number = badge
        kept.deleted_at = None


def _repoint(
    session: Session, model: Any, column: str, old: uuid.UUID, new: uuid.UUID
) -> list[Any]:
    """Point every row of `model` that refers to `old` at `new`, row by row so that
    each change is stamped (version, device, time) for the merge between databases."""
    rows = list(session.scalars(select(model).where(getattr(model, column) == old)))
    for row in rows:
        setattr(row, column, new)
    return rows


def merge_organisations(
    session: Session,
    keep_id: uuid.UUID,
    other_id: uuid.UUID,
    take_from_other: Collection[str] = (),
) -> None:
    """Merge organisation `other` into `keep`: its people, roles, interventions and the
    notes about it move over; `other` is tombstoned with `merged_into_id` set."""
    backup_before(session, "merge")
    keep, other = _pair(
        session, Organisation, keep_id, other_id, MERGEABLE_ORGANISATION_FIELDS, take_from_other
    )
    chosen = set(take_from_other)
    for field in MERGEABLE_ORGANISATION_FIELDS:
        if field in chosen:
            setattr(keep, field, getattr(other, field))
    if chosen & {"name", "acronym"}:
        keep.sort_key = sort_key(keep.name, keep.acronym)
    for model in (Representative, SegmentRole, Intervention):
        _repoint(session, model, "organisation_id", other.id, keep.id)
    _move_note_links(session, keep.id, other.id)
    other.merged_into_id = keep.id
    other.deleted_at = utcnow()
    session.flush()
    refresh_registry_index(session, [keep.id])


def _move_note_links(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID) -> None:
    """A note about both organisations ends with one live link, not two to the same one."""
    about_keep = set(
        session.scalars(
            select(NoteLink.note_id).where(
                NoteLink.organisation_id == keep_id, NoteLink.deleted_at.is_(None)
            )
        )
    )
    for link in _repoint(session, NoteLink, "organisation_id", other_id, keep_id):
        if link.deleted_at is None and link.note_id in about_keep:
            link.deleted_at = utcnow()

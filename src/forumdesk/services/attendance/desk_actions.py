"""What the check-in desk may do from a red answer, beyond the scan itself.

A request still waiting for a decision is accredited on the spot and checked in, in
one unit of work, through the registry's own workflow (its transitions, its next
badge number, its audit). The desk's Undo takes back both: the check-in is
tombstoned and the registration restored as it stood, unless it was decided again
since. Withdrawn and refused registrations are never accredited here (see checkin.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from forumdesk.services.attendance.checkin import ScanAnswer, ScanError, check_in, undo_check_in
from forumdesk.services.common.messages import _
from forumdesk.services.registry.undo import (
    AccreditationChange,
    accredit_undoably,
    restore_registrations,
)
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Registration


@dataclass(frozen=True)
class DoorAccreditation:
    """An accreditation on the spot: the green answer, and the registration's states
    before and after (to undo it)."""

    answer: ScanAnswer
    change: AccreditationChange


def accredit_and_check_in(
    session: Session,
    forum_id: uuid.UUID,
    registration_id: uuid.UUID,
    *,
    version: int,
    decided_by: str,
    segment_id: uuid.UUID | None = None,
    desk: str = "",
    now: datetime | None = None,
) -> DoorAccreditation:
    """Accredit the waiting request `registration_id` (as scanned at `version`) and
    check its person in at this desk."""
    registration = session.get(Registration, registration_id)
    if registration is None or registration.deleted_at is not None:
        raise ScanError(_("unknown badge: no such registration"))
    if registration.forum_id != forum_id:
        raise ScanError(_("only a registration to this forum can be accredited at its door"))
    if registration.version != version:
        raise ScanError(_("the registration changed since the scan: scan the badge again"))
    if registration.status is not AccreditationStatus.REQUESTED:
        raise ScanError(_("only a request waiting for a decision can be accredited at the door"))
    change = accredit_undoably(
        session, forum_id, [registration.representative_id], decided_by=decided_by
    )
    answer = check_in(
        session, forum_id, str(registration_id), segment_id=segment_id, desk=desk, now=now
    )
    return DoorAccreditation(answer, change)


def undo_door_accreditation(
    session: Session, forum_id: uuid.UUID, accreditation: DoorAccreditation
) -> None:
    """Take back the check-in and the accreditation; refused (nothing changed) when
    the registration was decided again since."""
    change = accreditation.change
    restore_registrations(session, forum_id, change.before, expect=change.after)
    undo_check_in(session, accreditation.answer.check_ins)

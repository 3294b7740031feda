"""Bulk accreditation of a selection of people to a forum, as one user action."""

from __future__ import annotations

import uuid
from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.registry.edit import decide, register
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Registration


def accredit_people(
    session: Session,
    forum_id: uuid.UUID,
    representative_ids: Collection[uuid.UUID],
    *,
    decided_by: str,
) -> int:
    """Register whoever is not yet registered, then accredit everyone not accredited.

    A withdrawn registration is first put back to "requested", the one way the
    workflow allows it back. Returns how many people were newly accredited.
    """
    for representative_id in representative_ids:
        register(session, forum_id, representative_id)
    session.flush()
    registrations = session.scalars(
        select(Registration).where(
            Registration.forum_id == forum_id,
            Registration.representative_id.in_(list(representative_ids)),
            Registration.deleted_at.is_(None),
        )
    ).all()
    withdrawn = [r.id for r in registrations if r.status is AccreditationStatus.WITHDRAWN]
    if withdrawn:
        decide(session, withdrawn, AccreditationStatus.REQUESTED, decided_by=decided_by)
    pending = [r.id for r in registrations if r.status is not AccreditationStatus.ACCREDITED]
    if not pending:
        return 0
    return decide(session, pending, AccreditationStatus.ACCREDITED, decided_by=decided_by)

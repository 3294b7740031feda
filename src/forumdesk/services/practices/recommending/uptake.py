"""Who took a recommendation up and what they committed to (an `Uptake`: a registered
organisation, its commitment and the date), and the practices that answer it.

An uptake's id is `link_uuid("uptake", recommendation, organisation)` and a practice's
link's `link_uuid("recommendation-practice", recommendation, practice)`: the same one
made on two laptops merges as one record, and one removed comes back when made again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, reconcile
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.practices.recommending.recommendations import live_recommendation
from forumdesk.store.models import Organisation, Practice, RecommendationPractice, Uptake
from forumdesk.store.types import link_uuid, utcnow


@dataclass(frozen=True)
class Commitment:
    """What a stakeholder committed to, and when."""

    commitment: str = ""
    committed_on: date | None = None


def uptake_id(recommendation_id: uuid.UUID, organisation_id: uuid.UUID) -> uuid.UUID:
    return link_uuid("uptake", recommendation_id, organisation_id)


def practice_link_id(recommendation_id: uuid.UUID, practice_id: uuid.UUID) -> uuid.UUID:
    return link_uuid("recommendation-practice", recommendation_id, practice_id)


def add_uptake(
    session: Session,
    recommendation_id: uuid.UUID,
    organisation_id: uuid.UUID,
    commitment: Commitment = Commitment(),
) -> uuid.UUID:
    """The organisation takes the recommendation up; refused if it already has."""
    recommendation = live_recommendation(session, recommendation_id)
    organisation = session.get(Organisation, organisation_id)
    if organisation is None or organisation.deleted_at is not None:
        raise NotFound(_("that organisation no longer exists"))
    ident = uptake_id(recommendation.id, organisation_id)
    uptake = session.get(Uptake, ident)
    if uptake is not None and uptake.deleted_at is None:
        raise Refused(
            _("{organisation} has already taken up {code}").format(
                organisation=organisation.name, code=recommendation.code
            )
        )
    if uptake is None:
        uptake = Uptake(
            id=ident, recommendation_id=recommendation.id, organisation_id=organisation_id
        )
        session.add(uptake)
    uptake.deleted_at = None
    uptake.commitment = commitment.commitment.strip()
    uptake.committed_on = commitment.committed_on
    session.flush()
    return ident


def edit_uptake(
    session: Session,
    ident: uuid.UUID,
    commitment: Commitment,
    read: ReadAt[Commitment] | None = None,
) -> None:
    """Change the commitment or its date, merged with a colleague's edit in between."""
    uptake = _live_uptake(session, ident, lock=True)
    wanted = Commitment(commitment.commitment.strip(), commitment.committed_on)
    merged = reconcile(
        session,
        table="recommendation_uptakes",
        record_id=uptake.id,
        version=uptake.version,
        read=read,
        stored=lambda: Commitment(uptake.commitment, uptake.committed_on),
        wanted=wanted,
    )
    uptake.commitment = merged.commitment
    uptake.committed_on = merged.committed_on
    session.flush()


def remove_uptake(session: Session, ident: uuid.UUID) -> None:
    _live_uptake(session, ident, lock=True).deleted_at = utcnow()
    session.flush()


def link_practice(
    session: Session, recommendation_id: uuid.UUID, practice_id: uuid.UUID
) -> uuid.UUID:
    """The practice answers the recommendation (linking it twice is linking it once)."""
    recommendation = live_recommendation(session, recommendation_id)
    practice = session.get(Practice, practice_id)
    if practice is None or practice.deleted_at is not None:
        raise NotFound(_("that practice no longer exists"))
    ident = practice_link_id(recommendation.id, practice_id)
    link = session.get(RecommendationPractice, ident)
    if link is None:
        session.add(
            RecommendationPractice(
                id=ident, recommendation_id=recommendation.id, practice_id=practice_id
            )
        )
    elif link.deleted_at is not None:
        link.deleted_at = None
    session.flush()
    return ident


def unlink_practice(session: Session, recommendation_id: uuid.UUID, practice_id: uuid.UUID) -> None:
    link = session.get(RecommendationPractice, practice_link_id(recommendation_id, practice_id))
    if link is None or link.deleted_at is not None:
        raise NotFound(_("that practice does not answer this recommendation"))
    link.deleted_at = utcnow()
    session.flush()


def _live_uptake(session: Session, ident: uuid.UUID, *, lock: bool = False) -> Uptake:
    uptake = locked(session, Uptake, ident) if lock else session.get(Uptake, ident)
    if uptake is None or uptake.deleted_at is not None:
        raise NotFound(_("that stakeholder's uptake no longer exists"))
    return uptake

"""Reading recommendations: a forum's list with its counts and latest status, and one
recommendation in full (uptakes, answering practices, a status per later forum)."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.practices.recommending.follow_up import ForumRef, later_forums
from forumdesk.services.practices.recommending.recommendations import (
    RecommendationInput,
    live_recommendation,
    recommendation_input,
)
from forumdesk.store.enums import FollowUpStatus, ReviewState
from forumdesk.store.models import (
    FollowUp,
    Forum,
    Organisation,
    Practice,
    Recommendation,
    RecommendationPractice,
    Theme,
    Uptake,
)


@dataclass(frozen=True)
class RecommendationRow:
    """A line of a forum's list of recommendations."""

    id: uuid.UUID
    code: str
    paragraph_number: int | None
    text: str
    theme: str | None
    uptakes: int
    practices: int
    #: The status at the latest forum that assessed it (or at the forum asked for).
    status: FollowUpStatus | None
    status_forum: str | None


@dataclass(frozen=True)
class UptakeView:
    id: uuid.UUID
    version: int
    organisation_id: uuid.UUID
    organisation: str
    commitment: str
    committed_on: date | None


@dataclass(frozen=True)
class AnsweringPractice:
    id: uuid.UUID
    title: str
    state: ReviewState
    fictional: bool


@dataclass(frozen=True)
class FollowUpView:
    """The status at one later forum; `status` None while nobody has assessed it."""

    forum: ForumRef
    status: FollowUpStatus | None = None
    evidence: str = ""
    assessed_by: str | None = None
    assessed_on: date | None = None
    version: int | None = None


@dataclass(frozen=True)
class RecommendationView:
    id: uuid.UUID
    version: int
    forum_id: uuid.UUID
    document_id: uuid.UUID | None
    paragraph_number: int | None
    values: RecommendationInput
    theme: str | None
    uptakes: tuple[UptakeView, ...]
    practices: tuple[AnsweringPractice, ...]
    #: One per later forum, the next first (and any recorded at a forum since moved).
    follow_ups: tuple[FollowUpView, ...]

    def follow_up_at(self, forum_id: uuid.UUID) -> FollowUpView | None:
        return next((f for f in self.follow_ups if f.forum.id == forum_id), None)


def recommendations_of(
    session: Session, forum_id: uuid.UUID, *, at_forum: uuid.UUID | None = None
) -> list[RecommendationRow]:
    """The forum's live recommendations in the summary's order, with how many
    stakeholders took each up, how many practices answer it and its latest status."""
    rows = session.execute(
        select(Recommendation, Theme.label)
        .outerjoin(Theme, Theme.id == Recommendation.theme_id)
        .where(Recommendation.forum_id == forum_id, Recommendation.deleted_at.is_(None))
        .order_by(
            Recommendation.paragraph_number.is_(None),
            Recommendation.paragraph_number,
            Recommendation.position,
        )
    ).all()
    ids = [recommendation.id for recommendation, _label in rows]
    uptakes = _counts(session, Uptake, ids)
    practices = _counts(session, RecommendationPractice, ids)
    statuses = _latest_statuses(session, ids, at_forum)
    return [
        RecommendationRow(
            id=r.id,
            code=r.code,
            paragraph_number=r.paragraph_number,
            text=r.text,
            theme=label,
            uptakes=uptakes[r.id],
            practices=practices[r.id],
            status=statuses.get(r.id, (None, None))[0],
            status_forum=statuses.get(r.id, (None, None))[1],
        )
        for r, label in rows
    ]


def recommendation_view(session: Session, recommendation_id: uuid.UUID) -> RecommendationView:
    recommendation = live_recommendation(session, recommendation_id)
    theme = session.get(Theme, recommendation.theme_id) if recommendation.theme_id else None
    uptakes = session.execute(
        select(Uptake, Organisation.name)
        .join(Organisation, Organisation.id == Uptake.organisation_id)
        .where(Uptake.recommendation_id == recommendation.id, Uptake.deleted_at.is_(None))
        .order_by(Uptake.committed_on.is_(None), Uptake.committed_on, Organisation.name)
    ).all()
    practices = session.scalars(
        select(Practice)
        .join(RecommendationPractice, RecommendationPractice.practice_id == Practice.id)
        .where(
            RecommendationPractice.recommendation_id == recommendation.id,
            RecommendationPractice.deleted_at.is_(None),
            Practice.deleted_at.is_(None),
        )
        .order_by(Practice.title)
    ).all()
    return RecommendationView(
        id=recommendation.id,
        version=recommendation.version,
        forum_id=recommendation.forum_id,
        document_id=recommendation.document_id,
        paragraph_number=recommendation.paragraph_number,
        values=recommendation_input(recommendation),
        theme=theme.label if theme is not None and theme.deleted_at is None else None,
        uptakes=tuple(
            UptakeView(u.id, u.version, u.organisation_id, name, u.commitment, u.committed_on)
            for u, name in uptakes
        ),
        practices=tuple(AnsweringPractice(p.id, p.title, p.state, p.fictional) for p in practices),
        follow_ups=_follow_ups(session, recommendation),
    )


def _follow_ups(session: Session, recommendation: Recommendation) -> tuple[FollowUpView, ...]:
    recorded = {
        f.forum_id: f
        for f in session.scalars(
            select(FollowUp).where(
                FollowUp.recommendation_id == recommendation.id, FollowUp.deleted_at.is_(None)
            )
        )
    }
    forums = later_forums(session, recommendation.forum_id)
    known = {forum.id for forum in forums}
    for forum_id in recorded.keys() - known:  # a forum whose dates changed since
        moved = session.get(Forum, forum_id)
        if moved is not None and moved.deleted_at is None:
            forums.append(ForumRef(moved.id, moved.short_title or moved.title, moved.starts_on))
    views = []
    for forum in forums:
        stored = recorded.get(forum.id)
        if stored is None:
            views.append(FollowUpView(forum))
        else:
            views.append(
                FollowUpView(
                    forum,
                    stored.status,
                    stored.evidence,
                    stored.assessed_by,
                    stored.assessed_on,
                    stored.version,
                )
            )
    return tuple(views)


def _counts(
    session: Session, model: type[Uptake] | type[RecommendationPractice], ids: list[uuid.UUID]
) -> Counter[uuid.UUID]:
    counts: Counter[uuid.UUID] = Counter()
    if not ids:
        return counts
    rows = session.execute(
        select(model.recommendation_id, func.count())
        .where(model.recommendation_id.in_(ids), model.deleted_at.is_(None))
        .group_by(model.recommendation_id)
    )
    for ident, count in rows:
        counts[ident] = count
    return counts


def _latest_statuses(
    session: Session, ids: list[uuid.UUID], at_forum: uuid.UUID | None
) -> dict[uuid.UUID, tuple[FollowUpStatus, str]]:
    """Recommendation → (status, forum's name) at `at_forum`, else at the latest forum
    that assessed it."""
    if not ids:
        return {}
    query = (
        select(FollowUp.recommendation_id, FollowUp.status, Forum.short_title, Forum.title)
        .join(Forum, Forum.id == FollowUp.forum_id)
        .where(FollowUp.recommendation_id.in_(ids), FollowUp.deleted_at.is_(None))
        .order_by(Forum.starts_on)
    )
    if at_forum is not None:
        query = query.where(FollowUp.forum_id == at_forum)
    latest: dict[uuid.UUID, tuple[FollowUpStatus, str]] = {}
    for ident, status, short, title in session.execute(query):
        latest[ident] = (status, short or title)  # the later forum overwrites
    return latest


def find_practices(session: Session, text: str, limit: int = 20) -> list[AnsweringPractice]:
    """Live practices (of any forum) whose title contains `text`, to choose one that
    answers a recommendation; declined ones left out."""
    rows = session.scalars(
        select(Practice)
        .where(
            Practice.deleted_at.is_(None),
            Practice.state != ReviewState.DECLINED,
            Practice.title.ilike(f"%{text.strip()}%"),
        )
        .order_by(Practice.title)
        .limit(limit)
    )
    return [AnsweringPractice(p.id, p.title, p.state, p.fictional) for p in rows]

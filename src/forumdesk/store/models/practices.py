"""What the forum is for (issue 20): practices and partnership offers submitted by
organisations, the recommendations taken from a summary, and their follow-up.

Every link two laptops may both make (a practice's theme, its submitter, a
recommendation's practice, a follow-up at one forum) has a `link_uuid` id, so it
merges as one record.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, enum_type, fk
from forumdesk.store.enums import FollowUpStatus, PracticeType, ReviewState, WorldRegion

_ONE_TARGET = (
    "(CASE WHEN paragraph_number IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class Theme(MergeReady, Base):
    """A forum's vocabulary of themes: the seed's three themes and their sub-themes.

    Its id is `link_uuid("theme", forum_id, code)`: the same theme added on two
    laptops is one record."""

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("forum_id", "code"),)

    forum_id: Mapped[uuid.UUID] = fk("forums.id", cascade=True)
    #: A stable short name ("remittances"), as imports and the open data write it.
    code: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(200))
    #: A sub-theme's theme; None for the top level.
    parent_id: Mapped[uuid.UUID | None] = fk("themes.id", nullable=True)
    position: Mapped[int] = mapped_column(default=0)


class Practice(MergeReady, Base):
    """A good practice, programme, policy, research or partnership offer, as submitted."""

    __tablename__ = "practices"

    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    title: Mapped[str] = mapped_column(String(400))
    summary: Mapped[str] = mapped_column(Text, default="")
    practice_type: Mapped[PracticeType] = mapped_column(enum_type(PracticeType), index=True)
    region: Mapped[WorldRegion | None] = mapped_column(enum_type(WorldRegion), index=True)
    #: ISO 3166-1 alpha-3 codes separated by spaces ("MEX USA").
    countries: Mapped[str] = mapped_column(String(400), default="")
    #: Partners that are not registered organisations, as the submitter wrote them.
    partners: Mapped[str] = mapped_column(Text, default="")
    period_from: Mapped[int | None]
    period_to: Mapped[int | None]
    results: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    #: Web addresses and documents, one per line.
    links: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[ReviewState] = mapped_column(enum_type(ReviewState), index=True)
    received_on: Mapped[date | None] = mapped_column(Date)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    review_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None]
    #: Sample data (the demo forum's), printed as such wherever the practice is shown.
    fictional: Mapped[bool] = mapped_column(default=False, server_default="0")
    #: The practice import that created this row, for its undo (as the registry's).
    import_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    submitters: Mapped[list[PracticeSubmitter]] = relationship(
        back_populates="practice", order_by="PracticeSubmitter.position"
    )


class PracticeSubmitter(MergeReady, Base):
    """A registered organisation that submitted the practice (the first is the lead)."""

    __tablename__ = "practice_submitters"
    __table_args__ = (UniqueConstraint("practice_id", "organisation_id"),)

    practice_id: Mapped[uuid.UUID] = fk("practices.id", cascade=True)
    organisation_id: Mapped[uuid.UUID] = fk("organisations.id")
    position: Mapped[int] = mapped_column(default=0)

    practice: Mapped[Practice] = relationship(back_populates="submitters")


class PracticeTheme(MergeReady, Base):
    __tablename__ = "practice_themes"
    __table_args__ = (UniqueConstraint("practice_id", "theme_id"),)

    practice_id: Mapped[uuid.UUID] = fk("practices.id", cascade=True)
    theme_id: Mapped[uuid.UUID] = fk("themes.id")


class PracticeLink(MergeReady, Base):
    """Where a practice was presented (a segment) or what it answers (a summary
    paragraph, held by (document, number) as a note's link is)."""

    __tablename__ = "practice_links"
    __table_args__ = (
        CheckConstraint(_ONE_TARGET, name="one_target"),
        CheckConstraint(
            "(paragraph_number IS NULL) = (document_id IS NULL)", name="paragraph_has_document"
        ),
    )

    practice_id: Mapped[uuid.UUID] = fk("practices.id", cascade=True)
    document_id: Mapped[uuid.UUID | None] = fk("documents.id", nullable=True)
    paragraph_number: Mapped[int | None]
    segment_id: Mapped[uuid.UUID | None] = fk("segments.id", nullable=True)


class Recommendation(MergeReady, Base):
    """A recommendation taken from a summary paragraph (or a sentence of it)."""

    __tablename__ = "recommendations"
    __table_args__ = (
        CheckConstraint(
            "(paragraph_number IS NULL) = (document_id IS NULL)", name="paragraph_has_document"
        ),
    )

    #: The forum whose summary made the recommendation.
    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    document_id: Mapped[uuid.UUID | None] = fk("documents.id", nullable=True)
    paragraph_number: Mapped[int | None]
    #: A short reference the secretariat gives it ("R12").
    code: Mapped[str] = mapped_column(String(20))
    #: The words recommended: the paragraph, or the sentence chosen from it.
    text: Mapped[str] = mapped_column(Text)
    theme_id: Mapped[uuid.UUID | None] = fk("themes.id", nullable=True)
    position: Mapped[int] = mapped_column(default=0)


class Uptake(MergeReady, Base):
    """A stakeholder that took a recommendation up, and what it committed to."""

    __tablename__ = "recommendation_uptakes"

    recommendation_id: Mapped[uuid.UUID] = fk("recommendations.id", cascade=True)
    organisation_id: Mapped[uuid.UUID] = fk("organisations.id")
    commitment: Mapped[str] = mapped_column(Text, default="")
    committed_on: Mapped[date | None] = mapped_column(Date)


class RecommendationPractice(MergeReady, Base):
    """A practice that answers a recommendation."""

    __tablename__ = "recommendation_practices"
    __table_args__ = (UniqueConstraint("recommendation_id", "practice_id"),)

    recommendation_id: Mapped[uuid.UUID] = fk("recommendations.id", cascade=True)
    practice_id: Mapped[uuid.UUID] = fk("practices.id", cascade=True)


class FollowUp(MergeReady, Base):
    """Where a recommendation stood at a later forum, with the evidence.

    Its id is `link_uuid("follow-up", recommendation_id, forum_id)`: one per forum."""

    __tablename__ = "follow_ups"
    __table_args__ = (UniqueConstraint("recommendation_id", "forum_id"),)

    recommendation_id: Mapped[uuid.UUID] = fk("recommendations.id", cascade=True)
    #: The later forum at which the status was assessed.
    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    status: Mapped[FollowUpStatus] = mapped_column(enum_type(FollowUpStatus))
    evidence: Mapped[str] = mapped_column(Text, default="")
    assessed_by: Mapped[str | None] = mapped_column(String(200))
    assessed_on: Mapped[date | None] = mapped_column(Date)

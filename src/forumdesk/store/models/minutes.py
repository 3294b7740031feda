"""Minutes (comptes rendus) of a segment or a session, with every version kept."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, enum_type, fk
from forumdesk.store.enums import MinutesState


class Minutes(MergeReady, Base):
    __tablename__ = "minutes"

    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    segment_id: Mapped[uuid.UUID | None] = fk("segments.id", nullable=True)
    forum_session_id: Mapped[uuid.UUID | None] = fk("forum_sessions.id", nullable=True)
    title: Mapped[str] = mapped_column(Text)
    state: Mapped[MinutesState] = mapped_column(enum_type(MinutesState), default=MinutesState.DRAFT)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]

    versions: Mapped[list[MinutesVersion]] = relationship(
        back_populates="minutes", order_by="MinutesVersion.number", cascade="all, delete-orphan"
    )


class MinutesVersion(MergeReady, Base):
    """A saved state of the minutes; approved versions are never edited again."""

    __tablename__ = "minutes_versions"
    __table_args__ = (UniqueConstraint("minutes_id", "number"),)

    minutes_id: Mapped[uuid.UUID] = fk("minutes.id", cascade=True)
    number: Mapped[int]
    state: Mapped[MinutesState] = mapped_column(enum_type(MinutesState))
    author: Mapped[str | None] = mapped_column(String(200))
    body_html: Mapped[str] = mapped_column(Text, default="")

    minutes: Mapped[Minutes] = relationship(back_populates="versions")

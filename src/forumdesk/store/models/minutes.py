"""Minutes (comptes rendus) of a segment or a session, with every version kept."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, String, Text, UniqueConstraint
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
    # True when the approver also composed or edited the approved version (allowed
    # only where the forum permits one-person approval).
    approved_alone: Mapped[bool] = mapped_column(default=False, server_default="0")

    # The cover block of the minutes as an official document (as on a summary's
    # language version): organ, distribution, date, language, session, agenda item,
    # symbol, and the author's note with its transmittal paragraph.
    organ: Mapped[str | None] = mapped_column(String(200))
    distribution: Mapped[str | None] = mapped_column(String(80))
    issued_on: Mapped[date | None] = mapped_column(Date)
    original_language: Mapped[str | None] = mapped_column(String(40))
    session_label: Mapped[str | None] = mapped_column(String(200))
    agenda_item: Mapped[str | None] = mapped_column(Text)
    symbol: Mapped[str | None] = mapped_column(String(80))
    preamble: Mapped[str | None] = mapped_column(Text)

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

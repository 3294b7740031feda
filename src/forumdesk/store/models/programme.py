"""Forums and their programme: days, rooms, sessions, segments, roles, interventions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Date, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, enum_type, fk
from forumdesk.store.enums import (
    InterventionStatus,
    SegmentKind,
    SegmentRoleKind,
    SessionKind,
)


class AgendaTemplate(MergeReady, Base):
    """A reusable programme shape; `body` holds days, sessions and segments relative to a day."""

    __tablename__ = "agenda_templates"

    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    body: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Forum(MergeReady, Base):
    """One meeting of the forum (an edition), e.g. the hearings of 12 July 2006."""

    __tablename__ = "forums"

    slug: Mapped[str | None] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str | None] = mapped_column(String(200))
    venue: Mapped[str | None] = mapped_column(String(300))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    language: Mapped[str] = mapped_column(String(12), default="en")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    template_id: Mapped[uuid.UUID | None] = fk("agenda_templates.id", nullable=True)
    # Small meetings may let the one who wrote the minutes approve them; the approval
    # line then says so.
    self_approval: Mapped[bool] = mapped_column(default=False, server_default="0")
    # Personal data of people who came only to this forum is erased this many months
    # after it ends (`forumdesk retention`); None keeps it.
    retention_months: Mapped[int | None]

    days: Mapped[list[Day]] = relationship(
        back_populates="forum", order_by="Day.position", cascade="all, delete-orphan"
    )
    rooms: Mapped[list[Room]] = relationship(
        back_populates="forum", order_by="Room.position", cascade="all, delete-orphan"
    )


class Day(MergeReady, Base):
    __tablename__ = "days"

    forum_id: Mapped[uuid.UUID] = fk("forums.id", cascade=True)
    date: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    position: Mapped[int] = mapped_column(default=0)

    forum: Mapped[Forum] = relationship(back_populates="days")
    sessions: Mapped[list[ForumSession]] = relationship(
        back_populates="day", order_by="ForumSession.position", cascade="all, delete-orphan"
    )


class Room(MergeReady, Base):
    __tablename__ = "rooms"

    forum_id: Mapped[uuid.UUID] = fk("forums.id", cascade=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)

    forum: Mapped[Forum] = relationship(back_populates="rooms")


class ForumSession(MergeReady, Base):
    """A séance: the morning or afternoon block of a day (not a database session)."""

    __tablename__ = "forum_sessions"

    day_id: Mapped[uuid.UUID] = fk("days.id", cascade=True)
    kind: Mapped[SessionKind] = mapped_column(enum_type(SessionKind))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)
    position: Mapped[int] = mapped_column(default=0)

    day: Mapped[Day] = relationship(back_populates="sessions")
    segments: Mapped[list[Segment]] = relationship(
        back_populates="session", order_by="Segment.position", cascade="all, delete-orphan"
    )


class Segment(MergeReady, Base):
    """A partie of a session: opening, thematic part, panel, closing…"""

    __tablename__ = "segments"

    session_id: Mapped[uuid.UUID] = fk("forum_sessions.id", cascade=True)
    room_id: Mapped[uuid.UUID | None] = fk("rooms.id", nullable=True)
    kind: Mapped[SegmentKind] = mapped_column(enum_type(SegmentKind))
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)
    position: Mapped[int] = mapped_column(default=0)
    default_speaking_seconds: Mapped[int | None]

    session: Mapped[ForumSession] = relationship(back_populates="segments")
    roles: Mapped[list[SegmentRole]] = relationship(
        back_populates="segment", order_by="SegmentRole.position", cascade="all, delete-orphan"
    )
    interventions: Mapped[list[Intervention]] = relationship(
        back_populates="segment", order_by="Intervention.position", cascade="all, delete-orphan"
    )


class SegmentRole(MergeReady, Base):
    """A role to fill in a segment; `label` describes an unfilled slot or an address."""

    __tablename__ = "segment_roles"

    segment_id: Mapped[uuid.UUID] = fk("segments.id", cascade=True)
    role: Mapped[SegmentRoleKind] = mapped_column(enum_type(SegmentRoleKind))
    representative_id: Mapped[uuid.UUID | None] = fk("representatives.id", nullable=True)
    organisation_id: Mapped[uuid.UUID | None] = fk("organisations.id", nullable=True)
    label: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    segment: Mapped[Segment] = relationship(back_populates="roles")


class Intervention(MergeReady, Base):
    """One turn on a segment's speakers list."""

    __tablename__ = "interventions"
    __table_args__ = (UniqueConstraint("segment_id", "position"),)

    segment_id: Mapped[uuid.UUID] = fk("segments.id", cascade=True)
    representative_id: Mapped[uuid.UUID | None] = fk("representatives.id", nullable=True)
    organisation_id: Mapped[uuid.UUID | None] = fk("organisations.id", nullable=True)
    speaker_label: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    allotted_seconds: Mapped[int | None]
    used_seconds: Mapped[int | None]
    status: Mapped[InterventionStatus] = mapped_column(
        enum_type(InterventionStatus), default=InterventionStatus.LISTED
    )
    summary: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]

    segment: Mapped[Segment] = relationship(back_populates="interventions")


class SegmentSection(MergeReady, Base):
    """A section of a summary document that a segment's theme is linked to."""

    __tablename__ = "segment_sections"
    __table_args__ = (UniqueConstraint("segment_id", "section_id"),)

    segment_id: Mapped[uuid.UUID] = fk("segments.id", cascade=True)
    section_id: Mapped[uuid.UUID] = fk("sections.id", cascade=True)
    position: Mapped[int] = mapped_column(default=0)


class SegmentDocument(MergeReady, Base):
    """A background document of a segment: a title and a file path or URL."""

    __tablename__ = "segment_documents"

    segment_id: Mapped[uuid.UUID] = fk("segments.id", cascade=True)
    title: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

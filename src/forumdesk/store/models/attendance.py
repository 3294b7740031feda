"""Attendance: each scan of a badge at a desk, for the forum and, at a segment's door,
for that segment."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from forumdesk.store.base import Base, MergeReady, fk


class CheckIn(MergeReady, Base):
    """One scan that let a person in. Several scans of one person (two desks, two
    laptops) are kept, each with its desk and device, and count as one attendance.
    An undone scan is tombstoned."""

    __tablename__ = "check_ins"
    __table_args__ = (
        # Who is present at a door and since when, from the index alone: the
        # attendance counts read each person's first scan without a sort.
        Index(
            "ix_check_ins_door",
            "forum_id",
            "segment_id",
            "deleted_at",
            "representative_id",
            "checked_in_at",
        ),
    )

    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    registration_id: Mapped[uuid.UUID] = fk("registrations.id")
    representative_id: Mapped[uuid.UUID] = fk("representatives.id")
    #: The segment whose door the desk was set to; None at the forum's entrance.
    segment_id: Mapped[uuid.UUID | None] = fk("segments.id", nullable=True)
    #: The desk as its operator named it ("Laptop B, side door").
    desk: Mapped[str] = mapped_column(String(100), default="")
    checked_in_at: Mapped[datetime] = mapped_column(index=True)

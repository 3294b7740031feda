"""Notes written by the secretariat, their links and their tags."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, fk
from forumdesk.store.types import UTCDateTime

_ONE_TARGET = (
    "(CASE WHEN paragraph_number IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN intervention_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class Note(MergeReady, Base):
    __tablename__ = "notes"

    forum_id: Mapped[uuid.UUID | None] = fk("forums.id", nullable=True)
    author: Mapped[str | None] = mapped_column(String(200))
    body_html: Mapped[str] = mapped_column(Text, default="")
    # Plain text of the body, for search and previews.
    body_text: Mapped[str] = mapped_column(Text, default="")
    # Notes are internal to the secretariat; only those marked for the record are
    # printed in minutes and the report.
    for_record: Mapped[bool] = mapped_column(default=False, server_default="0")

    links: Mapped[list[NoteLink]] = relationship(
        back_populates="note", cascade="all, delete-orphan"
    )
    tags: Mapped[list[NoteTag]] = relationship(back_populates="note", cascade="all, delete-orphan")


class NoteLink(MergeReady, Base):
    """What a note is about: exactly one paragraph, segment, intervention or organisation.

    A paragraph is held by (document, number), the anchor shared by every
    language version, so a note shows beside paragraph 23 in French and English alike.
    """

    __tablename__ = "note_links"
    __table_args__ = (
        CheckConstraint(_ONE_TARGET, name="one_target"),
        CheckConstraint(
            "(paragraph_number IS NULL) = (document_id IS NULL)", name="paragraph_has_document"
        ),
    )

    note_id: Mapped[uuid.UUID] = fk("notes.id", cascade=True)
    document_id: Mapped[uuid.UUID | None] = fk("documents.id", nullable=True)
    paragraph_number: Mapped[int | None]
    segment_id: Mapped[uuid.UUID | None] = fk("segments.id", nullable=True)
    intervention_id: Mapped[uuid.UUID | None] = fk("interventions.id", nullable=True)
    organisation_id: Mapped[uuid.UUID | None] = fk("organisations.id", nullable=True)
    # Set when a revised draft dropped the paragraph: the number then names the old
    # draft's paragraph, and the text it had is kept so the rapporteur can re-anchor.
    orphaned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    orphaned_text: Mapped[str | None] = mapped_column(Text)

    note: Mapped[Note] = relationship(back_populates="links")


class Tag(MergeReady, Base):
    """A theme: remittances, gender, children, trafficking…"""

    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    label: Mapped[str | None] = mapped_column(String(200))


class NoteTag(MergeReady, Base):
    __tablename__ = "note_tags"
    __table_args__ = (UniqueConstraint("note_id", "tag_id"),)

    note_id: Mapped[uuid.UUID] = fk("notes.id", cascade=True)
    tag_id: Mapped[uuid.UUID] = fk("tags.id")

    note: Mapped[Note] = relationship(back_populates="tags")
    tag: Mapped[Tag] = relationship()

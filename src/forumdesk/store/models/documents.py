"""Summary documents: language versions, sections, numbered paragraphs, footnotes.

Paragraph numbers are the same in every language version, so they are the
anchor that notes hold on to.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, enum_type, fk
from forumdesk.store.enums import SectionLevel


class Document(MergeReady, Base):
    __tablename__ = "documents"

    forum_id: Mapped[uuid.UUID | None] = fk("forums.id", nullable=True)
    kind: Mapped[str] = mapped_column(String(40), default="summary")
    symbol: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(Text)

    versions: Mapped[list[LanguageVersion]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )


class LanguageVersion(MergeReady, Base):
    """One language of a document, with the header read from it."""

    __tablename__ = "language_versions"

    document_id: Mapped[uuid.UUID] = fk("documents.id", cascade=True)
    language: Mapped[str] = mapped_column(String(12))
    is_original: Mapped[bool] = mapped_column(default=False)
    original_language: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    symbol: Mapped[str | None] = mapped_column(String(80))
    organ: Mapped[str | None] = mapped_column(String(200))
    distribution: Mapped[str | None] = mapped_column(String(80))
    issued_on: Mapped[date | None] = mapped_column(Date)
    session_label: Mapped[str | None] = mapped_column(String(200))
    agenda_item: Mapped[str | None] = mapped_column(Text)
    preamble: Mapped[str | None] = mapped_column(Text)
    source_name: Mapped[str | None] = mapped_column(String(400))

    document: Mapped[Document] = relationship(back_populates="versions")
    sections: Mapped[list[Section]] = relationship(
        back_populates="language_version", order_by="Section.position", cascade="all, delete-orphan"
    )
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="language_version",
        order_by="Paragraph.position",
        cascade="all, delete-orphan",
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        back_populates="language_version",
        order_by="Footnote.position",
        cascade="all, delete-orphan",
    )


class Section(MergeReady, Base):
    """A heading: I–V, A–E, 1–6, an un-numbered heading, or the annex (with its body)."""

    __tablename__ = "sections"

    language_version_id: Mapped[uuid.UUID] = fk("language_versions.id", cascade=True)
    parent_id: Mapped[uuid.UUID | None] = fk("sections.id", nullable=True, cascade=True)
    level: Mapped[SectionLevel] = mapped_column(enum_type(SectionLevel))
    label: Mapped[str | None] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)
    # What the table of contents claims; the body may disagree and the import says so.
    toc_first_paragraph: Mapped[int | None]
    toc_last_paragraph: Mapped[int | None]
    toc_page: Mapped[int | None]
    body: Mapped[str | None] = mapped_column(Text)

    language_version: Mapped[LanguageVersion] = relationship(back_populates="sections")


class Paragraph(MergeReady, Base):
    __tablename__ = "paragraphs"
    __table_args__ = (Index("ix_paragraphs_version_number", "language_version_id", "number"),)

    language_version_id: Mapped[uuid.UUID] = fk("language_versions.id", cascade=True)
    section_id: Mapped[uuid.UUID | None] = fk("sections.id", nullable=True, cascade=True)
    number: Mapped[int]
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)

    language_version: Mapped[LanguageVersion] = relationship(back_populates="paragraphs")


class Footnote(MergeReady, Base):
    __tablename__ = "footnotes"

    language_version_id: Mapped[uuid.UUID] = fk("language_versions.id", cascade=True)
    paragraph_id: Mapped[uuid.UUID | None] = fk("paragraphs.id", nullable=True, cascade=True)
    marker: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    language_version: Mapped[LanguageVersion] = relationship(back_populates="footnotes")

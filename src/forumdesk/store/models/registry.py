"""Stakeholders: organisations, their representatives, and registrations per forum."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, String, Text, UniqueConstraint, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forumdesk.store.base import Base, MergeReady, enum_type, fk
from forumdesk.store.enums import (
    AccreditationStatus,
    EcosocStatus,
    Gender,
    OrganisationCategory,
    RegionalGroup,
)


class Organisation(MergeReady, Base):
    """A partie prenante: a State, an NGO, a union, a company, a university…"""

    __tablename__ = "organisations"
    __table_args__ = (
        # What attendance counts by, read from the index alone when joined by id.
        Index("ix_organisations_dimensions", "id", "category", "regional_group", "country_code"),
    )

    name: Mapped[str] = mapped_column(String(400), index=True)
    # Folded Latin form of the name (and acronym): sorting and prefix look-ups in SQL.
    sort_key: Mapped[str | None] = mapped_column(String(400), index=True)
    acronym: Mapped[str | None] = mapped_column(String(40))
    category: Mapped[OrganisationCategory] = mapped_column(
        enum_type(OrganisationCategory), index=True
    )
    ecosoc_status: Mapped[EcosocStatus | None] = mapped_column(enum_type(EcosocStatus))
    ecosoc_year: Mapped[int | None]
    # ISO 3166-1 alpha-3; States also carry their UN regional group.
    country_code: Mapped[str | None] = mapped_column(String(3), index=True)
    regional_group: Mapped[RegionalGroup | None] = mapped_column(enum_type(RegionalGroup))
    website: Mapped[str | None] = mapped_column(String(400))
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when this record was merged into another as a duplicate; kept for history.
    merged_into_id: Mapped[uuid.UUID | None] = fk("organisations.id", nullable=True)
    # The registry import that created this row (registry_imports.id), for its undo.
    # No index: an undo's scan of the table takes milliseconds, an index costs every insert.
    import_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    representatives: Mapped[list[Representative]] = relationship(back_populates="organisation")


class Representative(MergeReady, Base):
    """A person; names as typed (any script) plus a Latin form for sorting and matching."""

    __tablename__ = "representatives"
    __table_args__ = (
        # The registry list: live people in name order, counted and paged from the
        # index alone (type-ahead at 100k people stays within a few milliseconds).
        Index(
            "ix_representatives_live_sort_key",
            "sort_key",
            "id",
            sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
        ),
        # Type-ahead's ways to match a name (the search index's ids, an e-mail prefix)
        # read live people's sort keys from these alone: the liveness columns make them
        # covering for SQLite, which reads the table otherwise (revision 0015).
        Index(
            "ix_representatives_live_id",
            "id",
            "sort_key",
            "deleted_at",
            "merged_into_id",
            sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
        ),
        Index(
            "ix_representatives_live_email",
            "email",
            "sort_key",
            "id",
            "deleted_at",
            "merged_into_id",
            sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
            postgresql_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
        ),
        # Duplicate look-ups match an e-mail whatever its case (revision 0019).
        Index("ix_representatives_email_folded", text("lower(email)")),
        # Attendance's join from a check-in or a registration to the person's gender
        # and organisation, answered from the index alone (half the time at 100k).
        Index("ix_representatives_dimensions", "id", "gender", "organisation_id"),
        # An organisation's people in name order: a merge's duplicate look-up reads
        # those whose names begin as a newcomer's from the index alone (revision 0021).
        Index("ix_representatives_organisation_id", "organisation_id", "sort_key"),
    )

    organisation_id: Mapped[uuid.UUID | None] = fk("organisations.id", nullable=True, index=False)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    given_name_latin: Mapped[str | None] = mapped_column(String(200))
    family_name_latin: Mapped[str | None] = mapped_column(String(200), index=True)
    # "family given", Latin, folded: the list's sort order and type-ahead prefix.
    sort_key: Mapped[str | None] = mapped_column(String(400), index=True)
    title: Mapped[str | None] = mapped_column(String(80))
    gender: Mapped[Gender] = mapped_column(
        enum_type(Gender), default=Gender.UNDISCLOSED, index=True
    )
    function: Mapped[str | None] = mapped_column(String(120))
    languages: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[uuid.UUID | None] = fk("representatives.id", nullable=True)
    import_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # as Organisation.import_id

    organisation: Mapped[Organisation | None] = relationship(back_populates="representatives")
    registrations: Mapped[list[Registration]] = relationship(back_populates="representative")


class Registration(MergeReady, Base):
    """A representative's accreditation to one forum."""

    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("forum_id", "representative_id"),
        UniqueConstraint("forum_id", "badge_number"),
        # A forum's accredited people, without reading the table.
        Index(
            "ix_registrations_forum_status", "forum_id", "status", "deleted_at", "representative_id"
        ),
    )

    forum_id: Mapped[uuid.UUID] = fk("forums.id")
    representative_id: Mapped[uuid.UUID] = fk("representatives.id")
    status: Mapped[AccreditationStatus] = mapped_column(
        enum_type(AccreditationStatus), default=AccreditationStatus.REQUESTED, index=True
    )
    badge_number: Mapped[str | None] = mapped_column(String(40))
    requested_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None]
    import_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # as Organisation.import_id

    representative: Mapped[Representative] = relationship(back_populates="registrations")


class DuplicateDismissal(MergeReady, Base):
    """A likely duplicate pair decided to be two different people ("Keep Both"),
    which the review list stops proposing.

    The pair is stored once, in a canonical order (the smaller id, as a UUID string,
    first), so that (a, b) and (b, a) are the same decision. Undone by a tombstone;
    deciding again revives the row.
    """

    __tablename__ = "duplicate_dismissals"
    __table_args__ = (
        UniqueConstraint("first_id", "second_id"),
        CheckConstraint("first_id < second_id", name="canonical_order"),
    )

    first_id: Mapped[uuid.UUID] = fk("representatives.id")
    second_id: Mapped[uuid.UUID] = fk("representatives.id")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime]


class ImportMapping(MergeReady, Base):
    """How the columns of a file with these headers map to registry fields, remembered.

    `header_key` is the file's headers, folded and joined, so the next file from the
    same office maps itself; `category_values` maps that office's words ("ONG",
    "Syndicat") to categories.
    """

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("kind", "header_key"),)

    kind: Mapped[str] = mapped_column(String(40), default="representatives")
    header_key: Mapped[str] = mapped_column(String(2000))
    columns: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    category_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

"""Declarative base and the merge-ready columns every table carries (docs/DESIGN.md §4)."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Enum, ForeignKey, MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from forumdesk.store.types import UTCDateTime, utcnow

# Stable constraint names: Alembic's batch mode on SQLite needs them to alter tables.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}  # noqa: RUF012


class MergeReady:
    """UUID key, UTC timestamps, the devices that made and last changed the row,
    an optimistic version counter and a tombstone.

    Rows are never hard-deleted by the application: `deleted_at` marks them so a
    deletion can travel to other databases in a merge.
    """

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    updated_device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    version: Mapped[int] = mapped_column(default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__.get("version") or cls.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


def enum_type(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum by its value as a plain string column."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


def fk(target: str, *, nullable: bool = False, cascade: bool = False, index: bool = True) -> Any:
    """A UUID foreign key column; `cascade` for rows that only exist inside their parent.
    Without `index`, the table declares an index that starts with it."""
    return mapped_column(
        Uuid,
        ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT"),
        nullable=nullable,
        index=index,
    )

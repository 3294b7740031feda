"""attendance indexes: the Overview's counts read from indexes alone

Revision ID: 0012_attendance_indexes
Revises: 0011_attendance
Create Date: 2026-12-06 05:15:00

Four covering indexes and no change to any table. At 100k people and 50k check-ins
the attendance counts join each check-in and each accredited registration to the
person's gender and organisation and to the organisation's category, regional group
and country; with these the joins stop reading the tables (about half the time).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_attendance_indexes"
down_revision: str | None = "0011_attendance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    (
        "check_ins",
        "ix_check_ins_door",
        ["forum_id", "segment_id", "deleted_at", "representative_id", "checked_in_at"],
    ),
    (
        "registrations",
        "ix_registrations_forum_status",
        ["forum_id", "status", "deleted_at", "representative_id"],
    ),
    ("representatives", "ix_representatives_dimensions", ["id", "gender", "organisation_id"]),
    (
        "organisations",
        "ix_organisations_dimensions",
        ["id", "category", "regional_group", "country_code"],
    ),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in INDEXES:
        op.drop_index(name, table_name=table)

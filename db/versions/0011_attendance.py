"""attendance: the check-ins of the venue day

Revision ID: 0011_attendance
Revises: 0010_official_documents
Create Date: 2026-12-06 04:00:00

One new table, `check_ins`: each scan of a badge that let a person in, with its desk,
its device (the merge columns) and, at a segment's door, the segment. Shared data:
audited and carried by a sync like any merge-ready table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_attendance"
down_revision: str | None = "0010_official_documents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_ins",
        sa.Column("forum_id", sa.Uuid(), nullable=False),
        sa.Column("registration_id", sa.Uuid(), nullable=False),
        sa.Column("representative_id", sa.Uuid(), nullable=False),
        sa.Column("segment_id", sa.Uuid(), nullable=True),
        sa.Column("desk", sa.String(length=100), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["forum_id"],
            ["forums.id"],
            name=op.f("fk_check_ins_forum_id_forums"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_check_ins_registration_id_registrations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["representative_id"],
            ["representatives.id"],
            name=op.f("fk_check_ins_representative_id_representatives"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_check_ins_segment_id_segments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
    )
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_ins_checked_in_at"), ["checked_in_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_check_ins_forum_id"), ["forum_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_check_ins_registration_id"), ["registration_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_check_ins_representative_id"), ["representative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_check_ins_segment_id"), ["segment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_ins_segment_id"))
        batch_op.drop_index(batch_op.f("ix_check_ins_representative_id"))
        batch_op.drop_index(batch_op.f("ix_check_ins_registration_id"))
        batch_op.drop_index(batch_op.f("ix_check_ins_forum_id"))
        batch_op.drop_index(batch_op.f("ix_check_ins_checked_in_at"))

    op.drop_table("check_ins")

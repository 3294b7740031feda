"""duplicate dismissals: likely duplicate pairs decided to be two different people

Revision ID: 0005_duplicate_dismissals
Revises: 0004_registry
Create Date: 2026-11-27 15:28:38.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_duplicate_dismissals"
down_revision: str | None = "0004_registry"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissals",
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "first_id < second_id", name=op.f("ck_duplicate_dismissals_canonical_order")
        ),
        sa.ForeignKeyConstraint(
            ["first_id"],
            ["representatives.id"],
            name=op.f("fk_duplicate_dismissals_first_id_representatives"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["second_id"],
            ["representatives.id"],
            name=op.f("fk_duplicate_dismissals_second_id_representatives"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissals")),
        sa.UniqueConstraint(
            "first_id", "second_id", name=op.f("uq_duplicate_dismissals_first_id_second_id")
        ),
    )
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_duplicate_dismissals_first_id"), ["first_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_duplicate_dismissals_second_id"), ["second_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("duplicate_dismissals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissals_second_id"))
        batch_op.drop_index(batch_op.f("ix_duplicate_dismissals_first_id"))

    op.drop_table("duplicate_dismissals")

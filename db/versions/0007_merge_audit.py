"""merge and audit: devices' location and audit head, merge runs and their conflicts

Revision ID: 0007_merge_audit
Revises: 0006_segment_links
Create Date: 2026-11-27 18:50:56.138235
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_merge_audit"
down_revision: str | None = "0006_segment_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # (device_id, sequence) is unique, so its index serves lookups by device too.
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_device_id")
    op.create_table(
        "merge_runs",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("other_device_id", sa.Uuid(), nullable=True),
        sa.Column("other_device_name", sa.String(length=200), nullable=True),
        sa.Column("other_location", sa.String(length=1000), nullable=True),
        sa.Column("known", sa.JSON(), nullable=False),
        sa.Column("inserted", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("duplicates", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_runs")),
    )
    op.create_table(
        "merge_conflicts",
        sa.Column("merge_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("ours", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("ours_actor", sa.String(length=200), nullable=True),
        sa.Column("ours_device", sa.String(length=200), nullable=True),
        sa.Column("ours_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("theirs_actor", sa.String(length=200), nullable=True),
        sa.Column("theirs_device", sa.String(length=200), nullable=True),
        sa.Column("theirs_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["merge_runs.id"],
            name=op.f("fk_merge_conflicts_merge_id_merge_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_conflicts")),
    )
    with op.batch_alter_table("merge_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_conflicts_merge_id"), ["merge_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_merge_conflicts_record_id"), ["record_id"], unique=False
        )

    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("location", sa.String(length=1000), nullable=True))
        batch_op.add_column(
            sa.Column("audit_sequence", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("audit_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entries_device_id", ["device_id"], unique=False)
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_column("audit_hash")
        batch_op.drop_column("audit_sequence")
        batch_op.drop_column("location")

    with op.batch_alter_table("merge_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_conflicts_record_id"))
        batch_op.drop_index(batch_op.f("ix_merge_conflicts_merge_id"))

    op.drop_table("merge_conflicts")
    op.drop_table("merge_runs")

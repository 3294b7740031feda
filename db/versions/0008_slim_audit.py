"""slim audit log: an entry is identified by (device, sequence) and keeps no merge columns;
merge runs record the forum a laptop copy was limited to

Revision ID: 0008_slim_audit
Revises: 0007_merge_audit
Create Date: 2026-11-27 21:20:00

An audit entry is written once and never edited, so the merge bookkeeping every
shared row carries (its own id, created/updated instants and devices, version,
tombstone) was a third of each entry's bytes and an index of its own. The chain's
hashes never covered those columns, so every entry keeps its hash.

A merge into a laptop copy limited to one forum keeps to that forum: the copy's
record of where it came from now says which forum.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_slim_audit"
down_revision: str | None = "0007_merge_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BOOKKEEPING = (
    "created_at",
    "updated_at",
    "created_device_id",
    "updated_device_id",
    "version",
    "deleted_at",
)


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None, recreate="auto") as batch_op:
        batch_op.drop_constraint("uq_audit_entries_device_id_sequence", type_="unique")
        batch_op.drop_constraint("pk_audit_entries", type_="primary")
        batch_op.drop_column("id")
        for name in _BOOKKEEPING:
            batch_op.drop_column(name)
        batch_op.create_primary_key("pk_audit_entries", ["device_id", "sequence"])
    with op.batch_alter_table("merge_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("forum_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("merge_runs", schema=None) as batch_op:
        batch_op.drop_column("forum_id")
    # Entries get fresh ids; the bookkeeping is filled from the entry itself.
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_constraint("pk_audit_entries", type_="primary")
        batch_op.add_column(sa.Column("id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("created_device_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("updated_device_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    entries = sa.table(
        "audit_entries",
        sa.column("device_id", sa.Uuid()),
        sa.column("sequence", sa.Integer()),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("id", sa.Uuid()),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("created_device_id", sa.Uuid()),
        sa.column("updated_device_id", sa.Uuid()),
    )
    connection = op.get_bind()
    for device_id, sequence, at in connection.execute(
        sa.select(entries.c.device_id, entries.c.sequence, entries.c.at)
    ).all():
        connection.execute(
            entries.update()
            .where(entries.c.device_id == device_id, entries.c.sequence == sequence)
            .values(
                id=uuid.uuid4(),
                created_at=at,
                updated_at=at,
                created_device_id=device_id,
                updated_device_id=device_id,
            )
        )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.alter_column("id", existing_type=sa.Uuid(), nullable=False)
        batch_op.alter_column(
            "created_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )
        batch_op.alter_column(
            "updated_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )
        batch_op.create_primary_key("pk_audit_entries", ["id"])
        batch_op.create_unique_constraint(
            "uq_audit_entries_device_id_sequence", ["device_id", "sequence"]
        )

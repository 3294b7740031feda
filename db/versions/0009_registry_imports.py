"""registry imports: each import recorded, and the rows it created marked with its id,
so that an import can be undone as a whole

Revision ID: 0009_registry_imports
Revises: 0008_slim_audit
Create Date: 2026-12-05 21:45:00

The `import_id` columns are plain nullable columns (no foreign key, no index): SQLite
adds them in place, without rebuilding the people's table, and an undo's scan for one
import's rows takes milliseconds even at 100k people.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_registry_imports"
down_revision: str | None = "0008_slim_audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_MARKED = ("organisations", "representatives", "registrations")


def upgrade() -> None:
    op.create_table(
        "registry_imports",
        sa.Column("forum_id", sa.Uuid(), nullable=True),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("updated", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_imports")),
    )
    for table in _MARKED:
        op.add_column(table, sa.Column("import_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    for table in _MARKED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("import_id")
    op.drop_table("registry_imports")

"""segment sections and documents: a segment's theme linked to sections of the summary
document, and its background documents (a title and a file path or URL)

Revision ID: 0006_segment_links
Revises: 0005_duplicate_dismissals
Create Date: 2026-11-27 16:51:53.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_segment_links"
down_revision: str | None = "0005_duplicate_dismissals"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "segment_documents",
        sa.Column("segment_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_segment_documents_segment_id_segments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_documents")),
    )
    with op.batch_alter_table("segment_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_segment_documents_segment_id"), ["segment_id"], unique=False
        )

    op.create_table(
        "segment_sections",
        sa.Column("segment_id", sa.Uuid(), nullable=False),
        sa.Column("section_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["sections.id"],
            name=op.f("fk_segment_sections_section_id_sections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_segment_sections_segment_id_segments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment_sections")),
        sa.UniqueConstraint(
            "segment_id", "section_id", name=op.f("uq_segment_sections_segment_id_section_id")
        ),
    )
    with op.batch_alter_table("segment_sections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_segment_sections_section_id"), ["section_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_segment_sections_segment_id"), ["segment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("segment_sections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_sections_segment_id"))
        batch_op.drop_index(batch_op.f("ix_segment_sections_section_id"))

    op.drop_table("segment_sections")
    with op.batch_alter_table("segment_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_documents_segment_id"))

    op.drop_table("segment_documents")

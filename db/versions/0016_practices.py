"""practices and recommendations: what the forum is for (issue 20)

Revision ID: 0016_practices
Revises: 0015_registry_name_index
Create Date: 2026-12-06 13:14:29

New tables only: a forum's themes; practices and partnership offers with their
submitting organisations, themes and links to segments and summary paragraphs;
recommendations taken from a summary, the stakeholders' uptake, the practices that
answer them and their follow-up at later forums.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_practices"
down_revision: str | None = "0015_registry_name_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "practices",
        sa.Column("forum_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=400), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("practice_type", sa.String(length=32), nullable=False),
        sa.Column("region", sa.String(length=32), nullable=True),
        sa.Column("countries", sa.String(length=400), nullable=False),
        sa.Column("partners", sa.Text(), nullable=False),
        sa.Column("period_from", sa.Integer(), nullable=True),
        sa.Column("period_to", sa.Integer(), nullable=True),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=True),
        sa.Column("contact_email", sa.String(length=320), nullable=True),
        sa.Column("links", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("reviewer", sa.String(length=200), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("fictional", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=True),
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
            name=op.f("fk_practices_forum_id_forums"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
    )
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practices_forum_id"), ["forum_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_practices_practice_type"), ["practice_type"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_practices_region"), ["region"], unique=False)
        batch_op.create_index(batch_op.f("ix_practices_state"), ["state"], unique=False)

    op.create_table(
        "themes",
        sa.Column("forum_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["forum_id"], ["forums.id"], name=op.f("fk_themes_forum_id_forums"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["themes.id"],
            name=op.f("fk_themes_parent_id_themes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("forum_id", "code", name=op.f("uq_themes_forum_id_code")),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_forum_id"), ["forum_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_themes_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "practice_submitters",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_practice_submitters_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_submitters_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_submitters")),
        sa.UniqueConstraint(
            "practice_id",
            "organisation_id",
            name=op.f("uq_practice_submitters_practice_id_organisation_id"),
        ),
    )
    with op.batch_alter_table("practice_submitters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_submitters_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_submitters_practice_id"), ["practice_id"], unique=False
        )

    op.create_table(
        "practice_themes",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_themes_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_practice_themes_theme_id_themes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_themes")),
        sa.UniqueConstraint(
            "practice_id", "theme_id", name=op.f("uq_practice_themes_practice_id_theme_id")
        ),
    )
    with op.batch_alter_table("practice_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_themes_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_practice_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "recommendations",
        sa.Column("forum_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("paragraph_number", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("theme_id", sa.Uuid(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(paragraph_number IS NULL) = (document_id IS NULL)",
            name=op.f("ck_recommendations_paragraph_has_document"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_recommendations_document_id_documents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["forum_id"],
            ["forums.id"],
            name=op.f("fk_recommendations_forum_id_forums"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_recommendations_theme_id_themes"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendations")),
    )
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendations_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_recommendations_forum_id"), ["forum_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendations_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "follow_ups",
        sa.Column("recommendation_id", sa.Uuid(), nullable=False),
        sa.Column("forum_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("assessed_by", sa.String(length=200), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
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
            name=op.f("fk_follow_ups_forum_id_forums"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_follow_ups_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
        sa.UniqueConstraint(
            "recommendation_id", "forum_id", name=op.f("uq_follow_ups_recommendation_id_forum_id")
        ),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_ups_forum_id"), ["forum_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_follow_ups_recommendation_id"), ["recommendation_id"], unique=False
        )

    op.create_table(
        "recommendation_practices",
        sa.Column("recommendation_id", sa.Uuid(), nullable=False),
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_recommendation_practices_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_practices_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_practices")),
        sa.UniqueConstraint(
            "recommendation_id",
            "practice_id",
            name=op.f("uq_recommendation_practices_recommendation_id_practice_id"),
        ),
    )
    with op.batch_alter_table("recommendation_practices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_practices_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_practices_recommendation_id"),
            ["recommendation_id"],
            unique=False,
        )

    op.create_table(
        "recommendation_uptakes",
        sa.Column("recommendation_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("commitment", sa.Text(), nullable=False),
        sa.Column("committed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_recommendation_uptakes_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendations.id"],
            name=op.f("fk_recommendation_uptakes_recommendation_id_recommendations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_uptakes")),
    )
    with op.batch_alter_table("recommendation_uptakes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_uptakes_organisation_id"),
            ["organisation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_uptakes_recommendation_id"),
            ["recommendation_id"],
            unique=False,
        )

    op.create_table(
        "practice_links",
        sa.Column("practice_id", sa.Uuid(), nullable=False),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("paragraph_number", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_device_id", sa.Uuid(), nullable=True),
        sa.Column("updated_device_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(CASE WHEN paragraph_number IS NULL THEN 0 ELSE 1 END) + (CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_practice_links_one_target"),
        ),
        sa.CheckConstraint(
            "(paragraph_number IS NULL) = (document_id IS NULL)",
            name=op.f("ck_practice_links_paragraph_has_document"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_practice_links_document_id_documents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_links_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_practice_links_segment_id_segments"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_links")),
    )
    with op.batch_alter_table("practice_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_links_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_links_practice_id"), ["practice_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_practice_links_segment_id"), ["segment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("practice_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_links_segment_id"))
        batch_op.drop_index(batch_op.f("ix_practice_links_practice_id"))
        batch_op.drop_index(batch_op.f("ix_practice_links_document_id"))

    op.drop_table("practice_links")
    with op.batch_alter_table("recommendation_uptakes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_uptakes_recommendation_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_uptakes_organisation_id"))

    op.drop_table("recommendation_uptakes")
    with op.batch_alter_table("recommendation_practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_practices_recommendation_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_practices_practice_id"))

    op.drop_table("recommendation_practices")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_ups_recommendation_id"))
        batch_op.drop_index(batch_op.f("ix_follow_ups_forum_id"))

    op.drop_table("follow_ups")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendations_theme_id"))
        batch_op.drop_index(batch_op.f("ix_recommendations_forum_id"))
        batch_op.drop_index(batch_op.f("ix_recommendations_document_id"))

    op.drop_table("recommendations")
    with op.batch_alter_table("practice_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_themes_theme_id"))
        batch_op.drop_index(batch_op.f("ix_practice_themes_practice_id"))

    op.drop_table("practice_themes")
    with op.batch_alter_table("practice_submitters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_submitters_practice_id"))
        batch_op.drop_index(batch_op.f("ix_practice_submitters_organisation_id"))

    op.drop_table("practice_submitters")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_parent_id"))
        batch_op.drop_index(batch_op.f("ix_themes_forum_id"))

    op.drop_table("themes")
    with op.batch_alter_table("practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practices_state"))
        batch_op.drop_index(batch_op.f("ix_practices_region"))
        batch_op.drop_index(batch_op.f("ix_practices_practice_type"))
        batch_op.drop_index(batch_op.f("ix_practices_forum_id"))

    op.drop_table("practices")

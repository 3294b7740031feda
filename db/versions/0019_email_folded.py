"""email folded: people found by their e-mail whatever its case, through an index

Revision ID: 0019_email_folded
Revises: 0018_search_partitions
Create Date: 2026-12-06 21:00:00

The duplicate look-ups (a merge's newcomers, the detail form, the walk-in desk)
match an e-mail whatever its case: `John@x.org` is the person `john@x.org`. Compared
with `lower(email)`, that read every person (a second at a million); an index on the
expression answers it. No change to any table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_email_folded"
down_revision: str | None = "0018_search_partitions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_representatives_email_folded"


def upgrade() -> None:
    op.create_index(NAME, "representatives", [sa.text("lower(email)")], unique=False)


def downgrade() -> None:
    op.drop_index(NAME, table_name="representatives")

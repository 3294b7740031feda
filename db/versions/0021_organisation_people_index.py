"""organisation people index: an organisation's people in name order, from the index

Revision ID: 0021_organisation_people_index
Revises: 0020_word_pairs
Create Date: 2026-12-07 15:00:00

A merge looks for each newcomer's likely duplicates among the people of its
organisation whose names begin as its name does. The index on `organisation_id` alone
found the organisation's people (36 on average at a million people in 28k
organisations), then read each one's row for its sort key: 88 µs a newcomer. With the
sort key in the index it reads only those in the name's block: 15 µs. The index keeps
its name and still serves the foreign key and the organisation's list of people.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021_organisation_people_index"
down_revision: str | None = "0020_word_pairs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_representatives_organisation_id"
TABLE = "representatives"


def upgrade() -> None:
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, ["organisation_id", "sort_key"], unique=False)
    _statistics()


def downgrade() -> None:
    op.drop_index(NAME, table_name=TABLE)
    op.create_index(NAME, TABLE, ["organisation_id"], unique=False)
    _statistics()


def _statistics() -> None:
    """SQLite drops an index's planner statistics with it: where the database has them,
    the new index gets its own (0.3 s at a million people), or the planner guesses."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL's autovacuum analyses the table
    held = bind.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).scalar_one()
    if held:
        bind.exec_driver_sql(f"ANALYZE {NAME}")

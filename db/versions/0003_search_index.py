"""search index over paragraphs and notes (FTS5 on SQLite, tsvector on PostgreSQL)

Revision ID: 0003_search_index
Revises: 0002_note_link_orphans
Create Date: 2026-12-02 10:00:00.000000

`search_index` holds one row per searchable thing: its original text and the
text folded to lower case without accents (same length, so offsets carry over
for snippets). It is a derived table, written only by forumdesk.services.search.query
and rebuilt from the source rows whenever it is found empty, which is why this
revision creates it empty: filling it needs the application's folding.

SQLite: `search_index` is the content table of an external-content FTS5 table,
`search_index_fts`. A plain table rather than one FTS5 table because replacing
one note's entry must find its rows by target_id through a B-tree index; FTS5
cannot index UNINDEXED columns and scans them all (about 60 ms at 100k notes).
The tokenizer keeps diacritics (`remove_diacritics 0`) because the text is folded
by the application already: the index then holds exactly the tokens the
application uses to highlight matches. `kind` and `forum_id` are indexed too so
that the filters of a search run inside the full-text index.

PostgreSQL: the same table with a generated tsvector and a GIN index. The
application writes `folded` with every separator already made a space, so that
the PostgreSQL parser splits words where SQLite's does (it would otherwise index
"socio-economique" as a compound plus its parts, shifting phrase positions), and
does so whatever the database's locale.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_search_index"
down_revision: str | None = "0002_note_link_orphans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS5_TABLE = (
    "CREATE VIRTUAL TABLE search_index_fts USING fts5("
    "folded, kind, forum_id, content='search_index', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')"
)
PG_TSVECTOR = "to_tsvector('simple'::regconfig, folded)"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    extra: list[sa.Column[object]] = []
    if dialect == "postgresql":
        extra.append(
            sa.Column("tsv", postgresql.TSVECTOR(), sa.Computed(PG_TSVECTOR, persisted=True))
        )
    op.create_table(
        "search_index",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("forum_id", sa.Uuid(), nullable=True),
        sa.Column("document_id", sa.Uuid(), nullable=True),
        sa.Column("language_version_id", sa.Uuid(), nullable=True),
        sa.Column("paragraph_number", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        *extra,
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_index")),
    )
    op.create_index("ix_search_index_target_id", "search_index", ["target_id"])
    op.create_index("ix_search_index_language_version_id", "search_index", ["language_version_id"])
    if dialect == "sqlite":
        op.execute(FTS5_TABLE)
    elif dialect == "postgresql":
        op.create_index("ix_search_index_tsv", "search_index", ["tsv"], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_index_fts")
    op.drop_table("search_index")

"""search partitions: texts, people and organisations in ranges of ids; the words

Revision ID: 0018_search_partitions
Revises: 0017_name_words
Create Date: 2026-12-06 20:00:00

The search index holds texts (paragraphs, notes, practices, recommendations) and the
registry's names in one FTS5 table. A search of texts had to filter out names with a
column filter on `kind`, and a search of names to look at every text matching the
words: at a million notes or people, FTS5 then reads (and bm25 scores) the whole list
of a kind's entries for every query. From now on, on SQLite, texts have ids above
zero, people below it and organisations below -2**40 (`services/search/index.py`), so
that each search runs over its own part of the index with a rowid range.

It also makes `search_index_terms`, the index's words (`services/search/vocabulary.py`),
filled from FTS5's own vocabulary: a prefix that begins a few words is searched as
those words, which FTS5 reads lazily, instead of merging every list the prefix
covers before the first match (50-100 ms for `migra*` at a million notes).

This revision moves the registry's existing entries into their ranges, in the content
table and in the FTS5 index (which must be told the old row's tokens to drop them). PostgreSQL searches the tsvector column and needs nothing.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_search_partitions"
down_revision: str | None = "0017_name_words"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REGISTRY = "kind IN ('organisation', 'representative')"
COLUMNS = "folded, kind, forum_id"
ORGANISATION_IDS = 1 << 40
# Either way: a person's id x and -x, an organisation's x and -x - 2**40.
MOVED = f"CASE kind WHEN 'organisation' THEN -id - {ORGANISATION_IDS} ELSE -id END"


def _flip(side: str, other_side: str) -> None:
    """The registry's entries on `side` of zero move to `other_side` (conditions on `id`)."""
    op.execute(
        f"INSERT INTO search_index_fts(search_index_fts, rowid, {COLUMNS}) "
        f"SELECT 'delete', id, {COLUMNS} FROM search_index WHERE {REGISTRY} AND {side}"
    )
    op.execute(f"UPDATE search_index SET id = {MOVED} WHERE {REGISTRY} AND {side}")
    op.execute(
        f"INSERT INTO search_index_fts(rowid, {COLUMNS}) "
        f"SELECT id, {COLUMNS} FROM search_index WHERE {REGISTRY} AND {other_side}"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _flip("id > 0", "id < 0")
    op.execute("CREATE TABLE search_index_terms (term TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute(
        "CREATE VIRTUAL TABLE temp.search_index_vocabulary "
        "USING fts5vocab(main, search_index_fts, row)"
    )
    op.execute(
        "INSERT INTO search_index_terms (term) SELECT term FROM temp.search_index_vocabulary"
    )
    op.execute("DROP TABLE temp.search_index_vocabulary")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_index_terms")
    _flip("id < 0", "id > 0")

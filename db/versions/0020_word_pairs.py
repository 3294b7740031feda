"""word pairs: the texts' neighbouring words as tokens, for phrases of common words

Revision ID: 0020_word_pairs
Revises: 0019_email_folded
Create Date: 2026-12-07 03:30:00

FTS5 finds a phrase by walking the lists of all its words, so a phrase of common
words ("dans leur appui") walks lists that hold most texts: 15 ms at a million notes,
whatever it finds. `search_index_pairs` holds each text's neighbouring words as one
token ("dans_leur leur_appui"), whose lists are short; a phrase is searched there as
the phrase of its pairs (`services/search/pairs.py`). A contentless FTS5 table: it
stores no text. This revision fills it from the texts already in `search_index` (about
5 s per 100k texts). PostgreSQL searches phrases in the tsvector and needs nothing.
"""

import itertools
import re
from collections.abc import Sequence

from alembic import op

revision: str = "0020_word_pairs"
down_revision: str | None = "0019_email_folded"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "search_index_pairs"
# As services/search/terms.py reads words, as unicode61 does ("L* N*").
WORD = re.compile(r"[^\W_]+")
BATCH = 5000


def _pairs(folded: str) -> str:
    words = WORD.findall(folded)
    return " ".join(f"{first}_{second}" for first, second in itertools.pairwise(words))


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(folded, kind, forum_id, content='', "
        "tokenize=\"unicode61 remove_diacritics 0 tokenchars '_'\")"
    )
    after = 0
    while True:
        rows = connection.exec_driver_sql(
            "SELECT id, folded, kind, forum_id FROM search_index WHERE id > ? ORDER BY id LIMIT ?",
            (after, BATCH),
        ).all()
        if not rows:
            return
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, folded, kind, forum_id) VALUES (?, ?, ?, ?)",
            [(ident, _pairs(folded), kind, forum) for ident, folded, kind, forum in rows],
        )
        after = rows[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP TABLE {TABLE}")

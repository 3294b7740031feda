"""name words: type-ahead's word matches in name order

Revision ID: 0017_name_words
Revises: 0016_practices
Create Date: 2026-12-06 19:50:00

Type-ahead finds a person by any word of their names through the search index, which
gives the matching people in no order: at a million people a prefix matched by a
hundred thousand of them was looked up one by one to sort them (p95 72-167 ms). This
table holds each word of a person's names with their sort key, in that order, so that
the first page of each word is read from its start (services/search/name_words.py).

Filled here from the search index's entries of people, batch by batch in id order, by
the rule `services/search/name_words.py` writes them with (a copy: a migration runs
as written whatever the code becomes): the entry's words but the ASCII ones the sort
key starts with, or one empty word when none is left. People without a sort key get no
row; people without an entry get theirs when the maintenance on opening writes it.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0017_name_words"
down_revision: str | None = "0016_practices"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000
_PEOPLE = (
    "SELECT r.id, r.sort_key, s.folded FROM representatives r "
    "JOIN search_index s ON s.target_id = r.id "
    "WHERE s.kind = 'representative' AND r.sort_key IS NOT NULL {after}"
    "ORDER BY r.id LIMIT {size}"
)


def _words(folded: str, key: str) -> list[str]:
    words = {
        word for word in folded.split(" ") if word and not (word.isascii() and key.startswith(word))
    }
    return sorted(words) or [""]


def _fill(bind: Any) -> None:
    mark = "?" if bind.dialect.paramstyle == "qmark" else "%s"
    insert = f"INSERT INTO name_words (word, sort_key, id) VALUES ({mark}, {mark}, {mark})"
    after = None
    while True:
        if after is None:
            rows = bind.exec_driver_sql(_PEOPLE.format(after="", size=BATCH)).all()
        else:
            statement = _PEOPLE.format(after=f"AND r.id > {mark} ", size=BATCH)
            rows = bind.exec_driver_sql(statement, (after,)).all()
        if not rows:
            return
        after = rows[-1][0]
        written = sorted(
            (word, key, person) for person, key, folded in rows for word in _words(folded, key)
        )
        bind.exec_driver_sql(insert, written)


def upgrade() -> None:
    op.create_table(
        "name_words",
        sa.Column(
            "word",
            sa.Text().with_variant(sa.Text(collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("sort_key", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("word", "sort_key", "id", name=op.f("pk_name_words")),
        sqlite_with_rowid=False,
    )
    _fill(op.get_bind())
    # After the rows: one sort instead of an index kept in step row by row.
    op.create_index("ix_name_words_id", "name_words", ["id", "sort_key"], unique=False)
    bind = op.get_bind()
    if (
        bind.dialect.name == "sqlite"
        and bind.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
        ).scalar()
    ):
        op.execute("ANALYZE name_words")


def downgrade() -> None:
    op.drop_index("ix_name_words_id", table_name="name_words")
    op.drop_table("name_words")

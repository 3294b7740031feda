"""The search index tables: made by revisions 0003 and 0017, described by no model.

Alembic's autogenerate (db/env.py) and the tests that compare models with the
migrated schema must leave them out.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, MetaData, String, Table, Text, Uuid

SEARCH_TABLE = "search_index"
NAME_WORDS = "name_words"

# Derived data, kept out of Base.metadata like the search index: no merge-ready
# columns, never audited, merged or copied to a laptop (rebuilt where it is missing).
_metadata = MetaData()
#: One row per word of a live person's names and that person (revision 0017): the
#: type-ahead walks each word's people in name order (services/search/name_words.py).
name_words_table = Table(
    NAME_WORDS,
    _metadata,
    # Compared byte by byte on PostgreSQL too, so that a range of words is a prefix.
    Column("word", Text().with_variant(Text(collation="C"), "postgresql"), primary_key=True),
    Column("sort_key", String(400), primary_key=True),
    Column("id", Uuid, primary_key=True),
    Index("ix_name_words_id", "id", "sort_key"),
    sqlite_with_rowid=False,
)


def is_search_table(name: str | None) -> bool:
    """The search index, one of the tables FTS5 keeps for it (search_index_fts_data…),
    or the words of people's names."""
    return name is not None and (
        name in (SEARCH_TABLE, NAME_WORDS) or name.startswith(f"{SEARCH_TABLE}_")
    )


def include_in_autogenerate(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's `include_name` hook."""
    return type_ != "table" or not is_search_table(name)

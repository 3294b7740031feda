"""The search index tables: made by revision 0003 with SQL, described by no model.

Alembic's autogenerate (db/env.py) and the tests that compare models with the
migrated schema must leave them out.
"""

from __future__ import annotations

SEARCH_TABLE = "search_index"


def is_search_table(name: str | None) -> bool:
    """The search index, or one of the tables FTS5 keeps for it (search_index_fts_data…)."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_"))


def include_in_autogenerate(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's `include_name` hook."""
    return type_ != "table" or not is_search_table(name)

"""Word pairs of the texts, on SQLite: a phrase of common words found at once.

FTS5 finds a phrase by walking the lists of all its words: "dans leur appui" walks
those of "dans" and "leur", which hold most texts, to find 289 texts of a million
(15 ms). `search_index_pairs` (revision 0020) holds each text's neighbouring words as
one token ("dans_leur leur_appui"), whose lists are short: a phrase of n words is the
phrase of its n - 1 pairs there, and matches exactly the texts the phrase matches
(about 1 ms), ranked by FTS5's bm25() over the pairs, whose IDF pass is as short.

Only the texts (ids above zero) have pairs: names are looked up word by word. The
table is contentless: it keeps no text, so a row is deleted by giving it the tokens
it holds again, made from the entry's `folded` by the same function (`drop_pairs`).
Its kind and forum columns are those of `search_index_fts`, so the same filters apply.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from forumdesk.services.search.terms import SearchQuery, Term, tokens
from forumdesk.store.search_tables import SEARCH_TABLE

PAIRS_TABLE = "search_index_pairs"
#: unicode61 with `tokenchars '_'` keeps "dans_leur" one token; folded text has no "_".
JOIN = "_"
#: An entry as the pairs table needs it: id, folded text, kind, forum id (driver values).
PairRow = tuple[int, str, Any, Any]
_COLUMNS = "rowid, folded, kind, forum_id"
_BATCH = 5000


def pair_text(folded: str) -> str:
    """The pairs of neighbouring words of a folded text, as the pairs table holds them."""
    words = tokens(folded)
    return " ".join(f"{first}{JOIN}{second}" for first, second in itertools.pairwise(words))


def pair_query(query: SearchQuery) -> SearchQuery | None:
    """`query` as phrases of pairs when every term is a phrase of whole words; None when
    one is a single word or ends with a prefix (the pairs cannot find those)."""
    terms = query.terms
    if not terms or any(term.prefix or len(term.tokens) < 2 for term in terms):
        return None
    return SearchQuery(
        tuple(
            tuple(Term(tuple(pair_text(" ".join(term.tokens)).split())) for term in group)
            for group in query.groups
        )
    )


def add_pairs(connection: Connection, rows: Iterable[PairRow]) -> None:
    """Index the pairs of these text entries (in rising ids: see `index.add_entries`)."""
    values = [(ident, pair_text(folded), kind, forum) for ident, folded, kind, forum in rows]
    if values:
        connection.exec_driver_sql(
            f"INSERT INTO {PAIRS_TABLE} ({_COLUMNS}) VALUES (?, ?, ?, ?)", values
        )


def drop_pairs(connection: Connection, rows: Sequence[PairRow]) -> None:
    """Take these text entries' pairs out, before the entries go."""
    values = [
        ("delete", ident, pair_text(folded), kind, forum) for ident, folded, kind, forum in rows
    ]
    if values:
        connection.exec_driver_sql(
            f"INSERT INTO {PAIRS_TABLE} ({PAIRS_TABLE}, {_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
            values,
        )


def refill_pairs(session: Session) -> None:
    """The pairs of every text entry, from scratch (after a rebuild of the texts)."""
    connection = session.connection()
    connection.exec_driver_sql(f"INSERT INTO {PAIRS_TABLE} ({PAIRS_TABLE}) VALUES ('delete-all')")
    statement = text(
        f"SELECT id, folded, kind, forum_id FROM {SEARCH_TABLE} "
        "WHERE id > :after ORDER BY id LIMIT :batch"
    )
    after = 0
    while True:
        found = connection.execute(statement, {"after": after, "batch": _BATCH})
        rows: list[PairRow] = [(int(row[0]), str(row[1]), row[2], row[3]) for row in found]
        if not rows:
            return
        add_pairs(connection, rows)
        after = rows[-1][0]


def optimize_pairs(session: Session) -> None:
    """Merge the pairs' segments, so that a removed text's words leave the file."""
    session.connection().exec_driver_sql(
        f"INSERT INTO {PAIRS_TABLE} ({PAIRS_TABLE}) VALUES ('optimize')"
    )

"""The words of the search index, so that a prefix can be read as the words it begins.

FTS5 answers `migra*` by merging the lists of every word that starts so into one, in
full, before it returns the first match: at a million notes that merge alone took
50-100 ms for a common prefix, whatever the LIMIT. The same query written as the few
words it stands for (`migrants OR migrations OR …`) is read lazily, newest first, and
stops at the LIMIT: under a millisecond. So SQLite databases keep the index's words in
`search_index_terms` (revision 0018), and a prefix of at most MAX_WORDS words is
searched as those words.

Words are added as entries are written (`index.replace_entries`) and never removed:
a word no entry holds any more only makes the OR longer. A rebuild starts the table
again from FTS5's own vocabulary.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from forumdesk.services.search import driver
from forumdesk.services.search.index import TERMS_TABLE
from forumdesk.services.search.terms import SearchQuery, Term

#: A prefix that begins more words than this is left to FTS5.
MAX_WORDS = 64
_STARTING = f"SELECT term FROM {TERMS_TABLE} WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"


def refill_words(session: Session) -> None:
    """The table made again from the FTS5 index's own vocabulary (SQLite only)."""
    connection = session.connection()
    connection.exec_driver_sql(f"DELETE FROM {TERMS_TABLE}")
    connection.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_vocabulary "
        "USING fts5vocab(main, search_index_fts, row)"
    )
    connection.exec_driver_sql(
        f"INSERT INTO {TERMS_TABLE} (term) SELECT term FROM temp.search_index_vocabulary"
    )


def _words_starting(session: Session, prefix: str) -> list[str]:
    if ord(prefix[-1]) >= 0x10FFFF:
        return []
    # Just past every word starting with `prefix`, in the byte order SQLite compares in.
    high = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found = driver.rows(session.connection(), _STARTING, (prefix, high, MAX_WORDS + 1))
    return [row[0] for row in found]


def expand_term(session: Session, term: Term) -> tuple[Term, ...]:
    """`term` as the words it begins when it is a one-word prefix of a few; else itself."""
    if not term.prefix or len(term.tokens) != 1:
        return (term,)
    words = _words_starting(session, term.tokens[0])
    if not words or len(words) > MAX_WORDS:
        return (term,)
    return tuple(Term((word,)) for word in words)


def expand_prefixes(session: Session, query: SearchQuery) -> SearchQuery:
    """`query` with each one-word prefix written as the words it begins, when there are
    a few; a prefix that begins none or too many is left as it is."""
    groups = (
        tuple(dict.fromkeys(word for term in group for word in expand_term(session, term)))
        for group in query.groups
    )
    return SearchQuery(tuple(groups))

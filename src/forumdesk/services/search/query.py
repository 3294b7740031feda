"""One search box over paragraphs, notes, practices and recommendations (docs/DESIGN.md §4),
and the registry's names (`people`): parse, match, rank, snippet.

Accents and case do not matter: the index holds the text folded by `fold`, and
the query is folded the same way. A query is words (all must match), "a phrase",
word* (a prefix), and OR between two terms. Every term is quoted when the FTS5
MATCH expression or the PostgreSQL tsquery is built, so no input is a syntax error.

Hits carry a snippet of the original text around the first match, with the
offsets of every matched word, found in Python on the folded text: folding keeps
the length, so those offsets are offsets in the original.

The index itself, and the functions other services call to keep it current,
are in `search_index`; they are re-exported here.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Collection, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import ColumnClause, ColumnElement, column, func, literal_column, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.search import driver
from forumdesk.services.search.index import (
    ID_RANGES,
    KINDS,
    NOTE,
    PARAGRAPH,
    PRACTICE,
    RECOMMENDATION,
    TEXT_KINDS,
    fold,
    index_language_version,
    index_note,
    normalise,
    search_table,
    unindex_note,
)
from forumdesk.services.search.pairs import PAIRS_TABLE, pair_query
from forumdesk.services.search.people import (
    REGISTRY_KINDS,
    find_in_registry,
    refresh_registry_index,
)
from forumdesk.services.search.ranking import rank
from forumdesk.services.search.rebuild import ensure_text_index, rebuild_search_index
from forumdesk.services.search.terms import (
    SearchHit,
    SearchQuery,
    Term,
    fts5_match,
    term_pattern,
    tokens,
    tsquery,
)
from forumdesk.services.search.vocabulary import expand_prefixes

__all__ = [
    "KINDS",
    "NOTE",
    "PARAGRAPH",
    "SearchHit",
    "SearchQuery",
    "Term",
    "ensure_search_index",
    "fold",
    "fts5_match",
    "index_language_version",
    "index_note",
    "match_pattern",
    "parse_query",
    "rebuild_search_index",
    "search",
    "tsquery",
    "unindex_note",
]

# Ranking every match is what costs: bm25 over the 70k matches of "migra*" takes
# over 100 ms at 100k notes. So a search first takes the first RANK_CAP + 1
# matches, unscored (FTS5 walks its lists in rowid order, so SQLite stops there),
# and ranks them by BM25 (`ranking`) only when there are at most RANK_CAP. Beyond
# that the query is too broad for relevance to mean much, and the most recently
# indexed entries (notes just written or edited, documents just imported) come first.
RANK_CAP = 1000
SNIPPET_CHARS = 180  # aim for a window this wide around the first match,
SNIPPET_MAX = 200  # but show a text up to this long whole,
CONTEXT_BEFORE = 60  # with about this much of it before the match.
ELLIPSIS = "…"


# ---------------------------------------------------------------------------------------
# Parsing


# French keyboards and word processors quote with these as often as with '"'.
_QUOTES = str.maketrans(dict.fromkeys("«»“”„", '"'))


def _lex(raw: str) -> list[tuple[str, str, bool]]:
    """(kind, body, prefix) items: kind is 'word', 'phrase' or 'or'."""
    raw = raw.translate(_QUOTES)
    items: list[tuple[str, str, bool]] = []
    i, n = 0, len(raw)
    while i < n:
        char = raw[i]
        if char.isspace():
            i += 1
        elif char == '"':
            close = raw.find('"', i + 1)
            end = n if close == -1 else close  # an unbalanced quote runs to the end
            body = raw[i + 1 : end]
            i = end + 1
            prefix = i < n and raw[i] == "*"
            i += 1 if prefix else 0
            items.append(("phrase", body, prefix))
        else:
            start = i
            while i < n and not raw[i].isspace() and raw[i] != '"':
                i += 1
            word = raw[start:i]
            if word == "OR":
                items.append(("or", word, False))
            elif word != "AND":  # AND is what words do anyway
                items.append(("word", word.rstrip("*"), word.endswith("*")))
    return items


def parse_query(query: str, *, prefix_last: bool = False) -> SearchQuery:
    """Read what was typed in the search box; never fails.

    `prefix_last` (type-ahead) makes the last bare word a prefix, unless the text
    ends with a space: then that word is finished.
    """
    raw = normalise(query)
    items = _lex(raw)
    if prefix_last and items and items[-1][0] == "word" and not raw[-1:].isspace():
        items[-1] = ("word", items[-1][1], True)
    groups: list[list[Term]] = []
    pending_or = False
    for kind, body, prefix in items:
        if kind == "or":
            pending_or = bool(groups)
            continue
        words = tuple(tokens(fold(body)))
        if not words:
            continue
        term = Term(words, prefix)
        if pending_or:
            if term not in groups[-1]:
                groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return SearchQuery(tuple(tuple(group) for group in groups))


# ---------------------------------------------------------------------------------------
# Searching

_COLUMNS = (
    search_table.c.id,
    search_table.c.kind,
    search_table.c.target_id,
    search_table.c.paragraph_number,
    search_table.c.document_id,
    search_table.c.language_version_id,
    search_table.c.text,
    search_table.c.folded,
)


class Row(NamedTuple):
    """An entry found, as `_hit` reads it (SQLAlchemy's rows of _COLUMNS read alike)."""

    id: int
    kind: str
    target_id: uuid.UUID
    paragraph_number: int | None
    document_id: uuid.UUID | None
    language_version_id: uuid.UUID | None
    text: str
    folded: str


_Rows = Sequence[Any]  # rows of _COLUMNS


def search(
    session: Session,
    query: str,
    *,
    forum_id: uuid.UUID | None = None,
    kinds: Collection[str] | None = None,
    limit: int = 50,
    prefix_last: bool = False,
) -> list[SearchHit]:
    """People, organisations, paragraphs, notes, practices and recommendations matching
    `query`; [] for a blank query.

    Texts come first, best first: bm25 (ts_rank on PostgreSQL), ties
    by paragraph number; when more than RANK_CAP entries match, the most recently
    indexed come first instead. People and organisations follow, found by their
    names in any script (`people`), in name order; they keep at least half of
    `limit` when texts are searched too. `forum_id` narrows the texts (the
    registry is shared by every forum), `kinds` the kinds; `prefix_last` is for
    type-ahead.
    """
    wanted = _check_kinds(kinds)
    if limit <= 0:
        return []
    texts = tuple(kind for kind in wanted if kind not in REGISTRY_KINDS)
    registry = [kind for kind in wanted if kind in REGISTRY_KINDS]
    hits = (
        find_in_registry(
            session,
            query,
            kinds=registry,
            limit=max(1, limit // 2) if texts else limit,
            prefix_last=prefix_last,
        )
        if registry
        else []
    )
    parsed = parse_query(query, prefix_last=prefix_last)
    if parsed.is_empty or not texts:
        return hits
    if session.get_bind().dialect.name == "postgresql":
        rows = _postgres_rows(session, parsed, texts, forum_id, limit - len(hits))
    else:
        rows = _sqlite_rows(session, parsed, texts, forum_id, limit - len(hits))
    pattern = match_pattern(parsed)
    return [_hit(row, pattern) for row in rows] + hits


def ensure_search_index(session: Session) -> bool:
    """Fill what the index lacks: the texts when a kind has none (see
    `rebuild.ensure_text_index`), people and organisations new or renamed since it
    was written. Returns whether it wrote anything."""
    rebuilt = ensure_text_index(session)
    return refresh_registry_index(session) > 0 or rebuilt


def _check_kinds(kinds: Collection[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return KINDS
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise Refused(
            _("unknown search kinds: {unknown}; known: {kinds}").format(
                unknown=sorted(unknown), kinds=KINDS
            )
        )
    return tuple(kind for kind in KINDS if kind in kinds)


# Texts have ids above zero, the registry's names below (see `index.ID_RANGES`): a
# search of texts runs inside their part of the FTS5 index.
# A query of phrases only runs in the texts' word pairs (`pairs`), the same texts found
# without walking the lists of the common words in them.
_TEXT_MATCH = "FROM {table} WHERE {table} MATCH ? AND " + ID_RANGES["text"]
# FTS5 reads its lists backwards at about half the speed: the matches are counted in
# rowid order, and only a broad query's few newest read backwards.
_MATCHES = "SELECT rowid " + _TEXT_MATCH + " ORDER BY rowid LIMIT ?"
_NEWEST = "SELECT rowid " + _TEXT_MATCH + " ORDER BY rowid DESC LIMIT ?"
# Weights: only the pairs count. Their bm25() needs no reading of the texts, and its
# count of each phrase's texts is as quick as the search.
_PAIRS_SCORED = f"SELECT rowid, bm25({PAIRS_TABLE}, 1.0, 0.0, 0.0) " + _TEXT_MATCH.format(
    table=PAIRS_TABLE
)
_BY_ID = f"SELECT {', '.join(c.name for c in _COLUMNS)} FROM {search_table.name} WHERE id IN "


def _sqlite_rows(
    session: Session,
    query: SearchQuery,
    kinds: tuple[str, ...],
    forum_id: uuid.UUID | None,
    limit: int,
) -> list[Row]:
    # Every text kind is what the range of ids selects; a column filter would cost a pass
    # over the whole list of each kind's entries.
    narrowed = None if set(TEXT_KINDS) <= set(kinds) else kinds
    pairs = pair_query(query)
    table = "search_index_fts" if pairs is None else PAIRS_TABLE
    searched = expand_prefixes(session, query) if pairs is None else pairs
    match = fts5_match(searched, kinds=narrowed, forum_id=forum_id)
    connection = session.connection()
    cap = max(RANK_CAP, limit)
    # The matches unscored first (FTS5 stops after cap + 1): a broad query is not ranked.
    started = time.perf_counter()
    matches = _MATCHES.format(table=table)
    found = [row[0] for row in driver.rows(connection, matches, (match, cap + 1))]
    if len(found) > cap:
        newest = driver.rows(connection, _NEWEST.format(table=table), (match, limit))
        return _rows_by_id(session, [row[0] for row in newest])
    if not found:
        return []
    filtered = forum_id is not None or narrowed is not None
    if pairs is not None and not filtered:
        scores = dict(driver.rows(connection, _PAIRS_SCORED, (match,)))
    else:
        scores = rank(session, query, found, filtered, time.perf_counter() - started)
    ranked = sorted(scores.items(), key=itemgetter(1))
    if len(ranked) > limit:  # the best, and those tied with the last of them
        last = ranked[limit - 1][1]
        ranked = [entry for entry in ranked if entry[1] <= last]
    rows = _rows_by_id(session, [entry_id for entry_id, _ in ranked])
    rows.sort(
        key=lambda r: (scores[r.id], r.paragraph_number is None, r.paragraph_number or 0, r.id)
    )
    return rows[:limit]


def _rows_by_id(session: Session, ids: list[int]) -> list[Row]:
    """The entries with these ids, in the order of `ids`, read without SQLAlchemy's
    per-value processing (SQLite holds a uuid as 32 hex digits)."""
    statement = _BY_ID + "(" + ",".join("?" * len(ids)) + ")"
    position = {entry_id: n for n, entry_id in enumerate(ids)}
    found = sorted(
        driver.rows(session.connection(), statement, ids),
        key=lambda r: position[r[0]],
    )
    return [
        Row(
            entry_id,
            kind,
            uuid.UUID(target),
            number,
            None if document is None else uuid.UUID(document),
            None if version is None else uuid.UUID(version),
            body,
            folded,
        )
        for entry_id, kind, target, number, document, version, body, folded in found
    ]


def _postgres_rows(
    session: Session,
    query: SearchQuery,
    kinds: tuple[str, ...] | None,
    forum_id: uuid.UUID | None,
    limit: int,
) -> _Rows:
    ts_query = func.to_tsquery(literal_column("'simple'"), tsquery(query))
    tsv: ColumnClause[Any] = column("tsv")  # the generated tsvector (PostgreSQL only)
    conditions: list[ColumnElement[bool]] = [tsv.op("@@")(ts_query)]
    if kinds is not None:
        conditions.append(search_table.c.kind.in_(kinds))
    if forum_id is not None:
        conditions.append(search_table.c.forum_id == forum_id)
    # The same cap as on SQLite, for the same reason (ts_rank reads every tsvector).
    cap = max(RANK_CAP, limit)
    capped = select(search_table.c.id).where(*conditions).limit(cap + 1)
    found = session.scalar(select(func.count()).select_from(capped.subquery())) or 0
    if found == 0:
        return []
    statement = select(*_COLUMNS).select_from(search_table).where(*conditions).limit(limit)
    if found > cap:
        statement = statement.order_by(search_table.c.id.desc())
    else:
        statement = statement.order_by(
            func.ts_rank(tsv, ts_query).desc(),
            search_table.c.paragraph_number.asc().nulls_last(),
            search_table.c.id,
        )
    return session.execute(statement).all()


# ---------------------------------------------------------------------------------------
# Hits and snippets


def _hit(row: Any, pattern: re.Pattern[str]) -> SearchHit:
    snippet, highlights = _snippet(row.text, row.folded, pattern)
    return SearchHit(
        kind=row.kind,
        target_id=row.target_id,
        paragraph=row.paragraph_number,
        document_id=row.document_id,
        language_version_id=row.language_version_id,
        snippet=snippet,
        highlights=highlights,
        label=_label(row.kind, row.text),
    )


def _label(kind: str, body: str) -> str:
    """A practice's title (its entry's first line), a recommendation's code (its first word)."""
    if kind == PRACTICE:
        title = body.split("\n", 1)[0]
        return title if len(title) <= 80 else title[:79] + ELLIPSIS
    if kind == RECOMMENDATION:
        return body.split(maxsplit=1)[0] if body.strip() else ""
    return ""


def match_pattern(query: SearchQuery) -> re.Pattern[str]:
    """A regular expression finding the terms of `query` in folded text, as FTS5 does.

    A term starts where a word starts; the words of a phrase are separated by
    anything but letters and digits; a prefix runs to the end of its word (so the
    whole word is highlighted). Longer terms come first, so that at one place the
    phrase wins over a word it starts with.
    """
    terms = sorted(query.terms, key=lambda t: -sum(map(len, t.tokens)))
    return re.compile("|".join(map(term_pattern, terms)))


def _snippet(
    original: str, folded: str, pattern: re.Pattern[str]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About SNIPPET_CHARS of `original` around the first match, cut between words.

    Matches are looked for in `folded`, which has the length of `original`, and
    only as far as the snippet goes: paragraphs can be long.
    """
    # Same length replacements: the offsets stay good.
    flat = original.replace("\n", " ").replace("\r", " ").replace("\t", " ")
    size = len(flat)
    start, end = 0, size
    if size > SNIPPET_MAX:
        first = pattern.search(folded)
        first_start, first_end = first.span() if first else (0, 0)
        start = max(0, min(first_start - CONTEXT_BEFORE, size - SNIPPET_CHARS))
        end = max(min(size, start + SNIPPET_CHARS), first_end)
        if start > 0 and flat[start - 1] != " ":  # move to the start of the next word
            space = flat.find(" ", start, first_start)
            start = space + 1 if space != -1 else start
        if end < size and flat[end] != " ":  # move back to the end of the previous word
            space = flat.rfind(" ", first_end, end)
            end = space if space != -1 else end
    while start < end and flat[start] == " ":
        start += 1
    while end > start and flat[end - 1] == " ":
        end -= 1
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < size else ""
    shift = len(lead) - start
    # A little past the end, to see (and cut) a phrase that runs over it.
    found = pattern.finditer(folded, start, min(size, end + SNIPPET_MAX))
    highlights = tuple(
        (max(m.start(), start) + shift, min(m.end(), end) + shift) for m in found if m.start() < end
    )
    return lead + flat[start:end] + tail, highlights

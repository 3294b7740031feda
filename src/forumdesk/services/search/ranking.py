"""Ranking the texts a search found, on SQLite: Okapi BM25 as FTS5's bm25() computes it.

bm25() starts by counting, for each term of the query, every entry of the whole index
that holds it (its IDF): a second pass over the lists of its words, as long as the
search itself for a phrase of common words ("toutes les pays"), over the whole list of
a common word of a query of several ("régionale migrants": every entry with
"migrants", 40 ms at a million notes), over every entry of the forum for a forum
filter. `rank` calls bm25() only where that count reads no more than the matches;
elsewhere `bm25_scores` ranks the matches (at most `query.RANK_CAP`) from their own
rows: how often each term occurs in the folded text, and the entry's length in tokens
as FTS5 recorded it (`search_index_fts_docsize`).

A query of one term needs no IDF (it scales every score alike): the order is bm25()'s.
With several terms each term's matches are counted up to IDF_EXACT per part of the
index (texts, people, organisations), so the score is bm25()'s; beyond that they are
estimated from SAMPLES windows of WINDOW ids spread over the part (a few per cent off).

The terms are those typed: a prefix is one term however many words it stands for
(`vocabulary.expand_term`), as FTS5 ranks `migra*`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from forumdesk.services.search import driver
from forumdesk.services.search.index import ID_RANGES, ORGANISATION_IDS
from forumdesk.services.search.terms import SearchQuery, Term, fts5_match
from forumdesk.services.search.vocabulary import expand_term
from forumdesk.store.search_tables import SEARCH_TABLE

# FTS5's bm25() constants (fts5_aux.c).
K1 = 1.2
B = 0.75
#: A term's matches are counted up to this many; beyond, their number is estimated from
#: SAMPLES windows of WINDOW ids spread over each part of the index.
IDF_EXACT = 2000
SAMPLES = 4
WINDOW = 576

#: Reading an entry here costs about this much more than bm25() does for it (2 µs):
#: a phrase that took longer than this per match to find is ranked here.
BM25_ROW_SECONDS = 4e-6
#: bm25() counts each term's entries at about 0.1 µs each; here a term's IDF costs
#: about as much as counting this many (2 ms), and an entry read this many more than
#: bm25()'s (9 µs a match at a million notes): a query of several terms is ranked by
#: bm25() while its terms' entries are fewer than these per term and per match.
BM25_TERM_ENTRIES = 22_000
BM25_MATCH_ENTRIES = 100

_FTS = "search_index_fts"
# Weights: only `folded` counts; kind and forum_id are there to filter.
_SCORED = (
    f"SELECT rowid, bm25({_FTS}, 1.0, 0.0, 0.0) FROM {_FTS} "
    f"WHERE {_FTS} MATCH ? AND {ID_RANGES['text']}"
)
# The averages record of FTS5's index: rows, then tokens per column (varints).
_AVERAGES = f"SELECT block FROM {_FTS}_data WHERE id = 1"
_ROWS = (
    f"SELECT e.id, e.folded, d.sz FROM {SEARCH_TABLE} AS e "
    f"JOIN {_FTS}_docsize AS d ON d.id = e.id WHERE e.id IN "
)
_COUNT = (
    f"(SELECT count(*) FROM (SELECT rowid FROM {_FTS} WHERE {_FTS} MATCH ? "
    f"AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT {IDF_EXACT + 1}))"
)
_WINDOW = f"(SELECT count(*) FROM {_FTS} WHERE {_FTS} MATCH ? AND rowid BETWEEN ? AND ?)"
# Each an end of an index on id.
_BOUNDS = (
    f"SELECT (SELECT min(id) FROM {SEARCH_TABLE}), (SELECT max(id) FROM {SEARCH_TABLE}), "
    f"(SELECT min(id) FROM {SEARCH_TABLE} WHERE id > -{ORGANISATION_IDS})"
)


def rank(
    session: Session, query: SearchQuery, ids: Sequence[int], filtered: bool, seconds: float
) -> dict[int, float]:
    """{entry id: score}, lower is better, for `ids`, the texts matching `query` (at most
    `query.RANK_CAP`), which took `seconds` to find, with a filter of the forum or the
    kinds or not.

    bm25() where its count of each term's matches costs less than reading the entries:
    for one word, or words of which any may match (their matches are the query's); for
    a phrase, when finding it took less than BM25_ROW_SECONDS per match (its count
    costs as much again); for several terms, when the entries holding them seem few
    enough (BM25_TERM_ENTRIES). Never with a filter: bm25() would count its column's
    entries too (every entry of the forum)."""
    terms = query.terms
    if not filtered:
        if len(query.groups) == 1 and all(len(term.tokens) == 1 for term in terms):
            use_bm25 = True
        elif len(terms) == 1:
            use_bm25 = seconds < BM25_ROW_SECONDS * len(ids)
        else:
            budget = BM25_TERM_ENTRIES * len(terms) + BM25_MATCH_ENTRIES * len(ids)
            use_bm25 = _entries(session, terms) <= budget
        if use_bm25:
            return dict(driver.rows(session.connection(), _SCORED, (fts5_match(query),)))
    return bm25_scores(session, query, ids)


def _entries(session: Session, terms: Sequence[Term]) -> float:
    """Roughly how many texts hold each of `terms`, added up, from one window of WINDOW
    ids in the middle of the texts' (a prefix left to FTS5 is in all of them)."""
    connection = session.connection()
    texts = [part for part in _parts(connection) if part[0] > 0]
    if not texts:
        return 0.0
    low, high = texts[0]
    total = 0.0
    for term in terms:
        expanded = expand_term(session, term)
        if term.prefix and expanded == (term,):
            total += high
        else:
            match = fts5_match(SearchQuery((expanded,)))
            total += _sampled(connection, match, low, high, samples=1)
    return total


def bm25_scores(session: Session, query: SearchQuery, ids: Sequence[int]) -> dict[int, float]:
    """{entry id: score} for these matches of `query`, lower is better (as bm25())."""
    connection = session.connection()
    terms = query.terms
    rows, average = _averages(connection)
    weights = [1.0]
    if len(terms) > 1:
        parts = _parts(connection)
        weights = [_idf(rows, _matches(session, connection, term, parts)) for term in terms]
    found = driver.rows(connection, _ROWS + "(" + ",".join("?" * len(ids)) + ")", ids)
    # Every text in one string, each after "\n ": one regex scan per term finds them all.
    texts = "\n " + "\n ".join(row[1] for row in found)
    starts = list(accumulate((len(row[1]) + 2 for row in found), initial=0))
    score = [0.0] * len(found)
    # bm25's denominator is frequency + K1 * (1 - B + B * length / average).
    base, per_token = K1 * (1 - B), K1 * B / average
    norms = [
        base + per_token * (sum(sz) if max(sz, default=0) < 0x80 else _length(sz))
        for _, _, sz in found
    ]
    for weight, term in zip(weights, terms, strict=True):
        frequencies = Counter(
            bisect(starts, hit.start()) - 1 for hit in _pattern(term).finditer(texts)
        )
        for n, frequency in frequencies.items():
            score[n] += weight * frequency / (frequency + norms[n])
    return {row[0]: -value * (K1 + 1) for row, value in zip(found, score, strict=True)}


def _averages(connection: Connection) -> tuple[int, float]:
    """(entries, their average length in tokens) from FTS5's own record."""
    found = driver.rows(connection, _AVERAGES)  # none in an index never written
    block = found[0][0] if found else None
    values = _varints(block) if isinstance(block, bytes) else []
    if len(values) < 2 or values[0] <= 0:
        return 1, 1.0  # an empty index: nothing to rank anyway
    return values[0], max(sum(values[1:]) / values[0], 1e-9)


def _idf(rows: int, matches: float) -> float:
    """bm25()'s IDF, floored as it floors it."""
    idf = math.log((rows - matches + 0.5) / (matches + 0.5))
    return idf if idf > 0 else 1e-6


def _matches(
    session: Session, connection: Connection, term: Term, parts: list[tuple[int, int]]
) -> float:
    """How many entries hold `term` in their text, part by part of the index (`_parts`):
    counted up to IDF_EXACT, estimated beyond. A prefix left to FTS5 (`vocabulary`: it
    begins too many words) is taken as in every entry: each FTS5 cursor on it would
    first merge the lists of all those words (50-100 ms at a million notes)."""
    expanded = expand_term(session, term)
    if term.prefix and expanded == (term,):
        return float(_averages(connection)[0])
    match = fts5_match(SearchQuery((expanded,)))
    counting = "SELECT " + ", ".join([_COUNT] * len(parts))
    values = tuple(value for part in parts for value in (match, *part))
    counts = driver.first(connection, counting, values) if parts else ()
    total = 0.0
    for counted, (low, high) in zip(counts, parts, strict=True):
        if counted > IDF_EXACT:
            total += max(float(counted), _sampled(connection, match, low, high))
        else:
            total += counted
    return total


def _parts(connection: Connection) -> list[tuple[int, int]]:
    """The lowest and highest id of each part of the index (`index.ID_RANGES`) that has any."""
    lowest, highest, lowest_person = driver.first(connection, _BOUNDS)
    parts = []
    if highest is not None and highest > 0:
        parts.append((1, highest))
    if lowest_person is not None and lowest_person < 0:
        parts.append((lowest_person, -1))
    if lowest is not None and lowest < -ORGANISATION_IDS:
        parts.append((lowest, -ORGANISATION_IDS - 1))
    return parts


def _sampled(
    connection: Connection, match: str, low: int, high: int, samples: int = SAMPLES
) -> float:
    """The matches between ids `low` and `high`, counted in `samples` windows of WINDOW ids
    spread evenly over them (all of them when that is as many), scaled to the whole.
    A window's FTS5 cursor costs 70-200 µs at a million entries, whatever it finds."""
    span = high - low + 1
    if span <= samples * WINDOW:
        windows = [(low, high)]
    else:
        step = span // samples  # a window in the middle of each stride
        starts = (low + n * step + (step - WINDOW) // 2 for n in range(samples))
        windows = [(start, start + WINDOW - 1) for start in starts]
    statement = "SELECT " + " + ".join([_WINDOW] * len(windows))
    values = tuple(value for window in windows for value in (match, *window))
    found = int(driver.first(connection, statement, values)[0] or 0)
    return found * span / sum(last - first + 1 for first, last in windows)


def _pattern(term: Term) -> re.Pattern[str]:
    """Finds the instances of `term`, as FTS5 counts a phrase's, in folded texts each after
    a space and before a line break.

    The texts' `folded` has a space for every character between words
    (`index.searchable`), so a term is its words with spaces between them, a space
    before and no word character after. Starting with a space and a word, the pattern
    keeps the regex engine's literal scan."""
    words = term.tokens
    pattern = " " + " +".join(map(re.escape, words)) + ("" if term.prefix else "(?![^ \n])")
    # A phrase that can overlap itself ("de la de") is found at every start.
    if any(words[k:] == words[: len(words) - k] for k in range(1, len(words))):
        pattern = f"(?={pattern})"
    return re.compile(pattern)


def _length(sizes: bytes) -> int:
    """An entry's length in tokens, every column, from its docsize record (one varint
    a column: below 0x80 each is its one byte, as it nearly always is)."""
    return sum(_varints(sizes))


def _varints(block: bytes) -> list[int]:
    """SQLite's varints (big-endian, 7 bits a byte, the ninth byte whole)."""
    values: list[int] = []
    i, n = 0, len(block)
    while i < n:
        value = 0
        for k in range(9):
            if i >= n:
                return values
            byte = block[i]
            i += 1
            if k == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        values.append(value)
    return values

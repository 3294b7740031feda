"""A parsed search query and its two query languages (FTS5 MATCH, PostgreSQL tsquery).

A leaf: the text search (`query`) and the search of names (`people`) both build
queries of these terms.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """Folded words that must follow one another (a phrase when more than one)."""

    tokens: tuple[str, ...]
    prefix: bool = False  # the last word is a prefix


@dataclass(frozen=True)
class SearchQuery:
    """All groups must match; a group matches when any of its terms does (OR)."""

    groups: tuple[tuple[Term, ...], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.groups

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    target_id: uuid.UUID
    paragraph: int | None
    document_id: uuid.UUID | None
    language_version_id: uuid.UUID | None
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # start/end offsets of matches within `snippet`
    #: What names the record whatever the snippet shows: a practice's title, a
    #: recommendation's code ("" for the other kinds).
    label: str = ""

    def marked(self, open: str = "[", close: str = "]") -> str:
        """The snippet with every match wrapped, e.g. 'les [envois de fonds] …'."""
        parts: list[str] = []
        position = 0
        for start, end in self.highlights:
            parts += [self.snippet[position:start], open, self.snippet[start:end], close]
            position = end
        parts.append(self.snippet[position:])
        return "".join(parts)


# Letters and digits, as SQLite's unicode61 tokenizer sees words ("L* N*"): the
# apostrophe, the hyphen and the underscore separate words.
_TOKEN = re.compile(r"[^\W_]+")


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


# ---------------------------------------------------------------------------------------
# Query languages


def _fts5_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def fts5_match(
    query: SearchQuery, *, kinds: Sequence[str] | None = None, forum_id: uuid.UUID | None = None
) -> str:
    """The FTS5 MATCH expression for `query`, with the filters as column filters."""
    groups = (
        " OR ".join(_fts5_string(" ".join(t.tokens)) + ("*" if t.prefix else "") for t in group)
        for group in query.groups
    )
    expression = "folded : (" + " AND ".join(f"({group})" for group in groups) + ")"
    if kinds is not None:
        expression += " AND kind : (" + " OR ".join(_fts5_string(k) for k in kinds) + ")"
    if forum_id is not None:
        # forum_id is stored as 32 hex digits on SQLite: one token.
        expression += f" AND forum_id : {_fts5_string(forum_id.hex)}"
    return expression


def _ts_lexeme(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(query: SearchQuery) -> str:
    """The PostgreSQL tsquery text (for to_tsquery('simple', …)) for `query`."""

    def term(t: Term) -> str:
        words = [_ts_lexeme(word) for word in t.tokens]
        if t.prefix:
            words[-1] += ":*"
        return "(" + " <-> ".join(words) + ")"

    return " & ".join("(" + " | ".join(term(t) for t in group) + ")" for group in query.groups)


def term_pattern(term: Term) -> str:
    """A regular expression finding `term` in folded text, as FTS5 does."""
    first, *others = term.tokens
    # "Starts a word" is checked after the first letter: a pattern that begins with a
    # look-behind loses the regex engine's literal scan (30 times slower here).
    pattern = re.escape(first[0]) + r"(?<![^\W_].)" + re.escape(first[1:])
    for token in others:
        pattern += r"[\W_]+" + re.escape(token)
    return pattern + (r"[^\W_]*" if term.prefix else r"(?![^\W_])")

"""Registry basics shared by the vocabulary modules: errors and Latin forms of names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from forumdesk.services.common.field_names import FieldRefused, field_refusal


class RegistryError(FieldRefused):
    """A value the registry cannot accept; `field` names the input field at fault."""


@dataclass(frozen=True)
class FieldProblem:
    field: str
    reason: str


class RegistryProblems(RegistryError):
    """Every problem of one record at once; `field`/`reason` are the first one's."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        first = problems[0]
        super().__init__(first.field, first.reason)
        self.problems = tuple(problems)
        self.args = ("; ".join(field_refusal(p.field, p.reason) for p in problems),)

    def __str__(self) -> str:
        return str(self.args[0])


# --- names ---------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def latin(text: str | None) -> str:
    """A Latin-alphabet rendering of any script, for sorting and matching ("王" → "Wang")."""
    if not text:
        return ""
    if text.isascii():
        return _collapse(text)
    # anyascii maps each character on its own, so word by word gives the same text;
    # organisation names share their words, and a list holds thousands of them.
    return _collapse(" ".join(map(_ascii_word, text.split(" "))))


@lru_cache(maxsize=65536)
def _ascii_word(word: str) -> str:
    return anyascii(word)


def sort_key(*parts: str | None) -> str:
    """Folded Latin form of the parts, joined by one space ("Иванова", "Анна" → "ivanova anna")."""
    folded = (latin(part).casefold() for part in parts)
    return " ".join(part for part in folded if part)[:400]


def record_sort_key(table_name: str, row: Any) -> str:
    """The sort key of an organisation or a person (a row or a record) from its names."""
    if table_name == "organisations":
        return sort_key(row.name, row.acronym)
    return sort_key(
        row.family_name_latin or row.family_name, row.given_name_latin or row.given_name
    )


def fold(text: str) -> str:
    """Case, accents and punctuation ignored: for matching words typed by an office."""
    return _collapse(re.sub(r"[^0-9a-z]+", " ", latin(text).casefold()))


def clean_text(text: str | None) -> str | None:
    """Stored as typed, only trimmed; empty becomes None."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None

"""The parts of the Overview, loaded apart. A leaf module: the Overview is the first page
painted at start-up, and naming its parts must not import the database layer."""

from __future__ import annotations

from enum import StrEnum


class Part(StrEnum):
    FORUM = "forum"  # figures, now and next, things to act on
    ACCREDITED = "accredited"  # who is accredited, by category, group and gender
    ARRIVALS = "arrivals"  # who came, and the ¶4 sentence
    DUPLICATES = "duplicates"  # counted apart: actions.likely_duplicates
    FACTS = "facts"  # the database file and its backups: database.info


EVERYTHING = frozenset(Part)

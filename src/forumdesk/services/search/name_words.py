"""The words of people's names, each with its people in name order (`name_words`).

The search index finds the people one word of whose names starts with what was typed,
in no order: at a million people a common prefix matches a hundred thousand of them,
and sorting them to show the first page took 100 ms. `name_words` (revision 0017)
holds one row per word of a person's search entry (the words of `names.name_tokens`)
with the person's sort key and id, its primary key in that order: the people of one
word are read in name order from its start, and the type-ahead merges a few words'
first pages (`registry/listing/query.py`).

A word the sort key itself starts with is left out ("garcia" of "garcia jose"): any
prefix of it is a prefix of the sort key, whose own index finds the person (ASCII
words only, as sort keys are: a word typed in another script never needs the key). A person
left with no word has the empty word, which no prefix matches, so that a row always
says which sort key their words were written with.

`refresh_registry_index` keeps the rows in step: it writes a person's rows with their
search entry, and takes as outdated a person whose rows carry another sort key
(`words_current`). People without a sort key have none (the type-ahead finds them
through the search index). Rows of people deleted or merged since are left, as their
entries are; erasing a person takes theirs out (`forget_name_words`).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, or_, select, text
from sqlalchemy.orm import Session

from forumdesk.store.models import Representative
from forumdesk.store.search_tables import name_words_table

#: Above any character a folded word can hold: "abc" ≤ word < "abc" + HIGH is a prefix.
HIGH = "\U0010ffff"
#: The most words a type-ahead merges; a prefix matching more is answered the slow way.
MAX_WORDS = 300

# Each next word of a range seeks the primary key once: the rows between two words
# (every person with the first) are skipped, not read.
_DISTINCT_WORDS = text(
    "WITH RECURSIVE found(word) AS ("
    " SELECT min(word) FROM name_words WHERE word >= :low AND word < :high"
    " UNION ALL"
    " SELECT (SELECT min(n.word) FROM name_words n WHERE n.word > found.word AND n.word < :high)"
    " FROM found WHERE found.word IS NOT NULL"
    ") SELECT word FROM found WHERE word IS NOT NULL LIMIT :most"
)


def words_of(folded: str, key: str) -> list[str]:
    """The rows' words for a person's search entry words (`folded`) and sort key."""
    words = {
        word for word in folded.split(" ") if word and not (word.isascii() and key.startswith(word))
    }
    return sorted(words) or [""]


def words_current() -> ColumnElement[bool]:
    """Whether a person's rows were written with their present sort key (or they have
    none and no sort key)."""
    rows = name_words_table
    written = exists().where(
        rows.c.id == Representative.id, rows.c.sort_key == Representative.sort_key
    )
    none = ~exists().where(rows.c.id == Representative.id)
    return or_(written, and_(Representative.sort_key.is_(None), none))


def replace_name_words(
    session: Session,
    entries: Sequence[Sequence[Any]],
    sort_keys: Mapping[Any, str | None] | None = None,
) -> None:
    """Write the rows of the people whose search entries are `entries` (as
    `people.refresh_registry_index` writes them: the id second, the words last).

    `sort_keys` (by the entries' ids) is given for people just inserted, who have no
    rows yet: theirs are then neither read nor taken out."""
    if not entries:
        return
    dialect = session.get_bind().dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    connection = session.connection()
    keys = sort_keys
    if keys is None:
        ids = tuple(entry[1] for entry in entries)
        marks = ", ".join([mark] * len(ids))
        keys = dict(
            connection.exec_driver_sql(
                f"SELECT id, sort_key FROM representatives WHERE id IN ({marks})", ids
            ).all()
        )
        connection.exec_driver_sql(f"DELETE FROM name_words WHERE id IN ({marks})", ids)
    rows = sorted(
        (word, key, person)
        for person, folded in ((entry[1], entry[-1]) for entry in entries)
        if (key := keys.get(person)) is not None
        for word in words_of(folded, key)
    )
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO name_words (word, sort_key, id) VALUES ({mark}, {mark}, {mark})", rows
        )


def forget_name_words(session: Session, ids: Collection[uuid.UUID]) -> None:
    """Take these people's words out (their names are being erased)."""
    session.execute(delete(name_words_table).where(name_words_table.c.id.in_(list(ids))))


def matching_words(session: Session, word: str, prefix: bool) -> list[str] | None:
    """The words in the table that `word` matches (starts, if `prefix`); None when
    there are more than `MAX_WORDS`."""
    if not prefix:
        return [word]
    found = session.scalars(
        _DISTINCT_WORDS, {"low": word, "high": word + HIGH, "most": MAX_WORDS + 1}
    ).all()
    return None if len(found) > MAX_WORDS else list(found)


def word_people(word: str) -> Any:
    """The sort keys and ids of the people with `word`, as a select to filter and order."""
    return (
        # Named, as a union ordered by name asks: both tables have these columns.
        select(name_words_table.c.sort_key.label("sort_key"), name_words_table.c.id.label("id"))
        .join_from(name_words_table, Representative, Representative.id == name_words_table.c.id)
        .where(
            name_words_table.c.word == word,
            # Rows written with another sort key wait for the next refresh: never a
            # person twice in the list, nor out of its order.
            Representative.sort_key == name_words_table.c.sort_key,
        )
    )

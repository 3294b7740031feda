"""A database limited to one forum (a laptop prepared for one event): which rows
belong to it.

Prepare a Laptop copies only that forum's rows, and a merge into such a copy brings
only that forum's rows: other forums' records, and the personal data of the people
registered only for them, never reach the laptop. The copy holds its own audit chain
only (the office's entries describe everyone).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, Table, select

from forumdesk.store.base import Base

#: How a forum's rows are found: table -> the column pointing at its (kept) parent.
SCOPE = {
    "days": "forum_id",
    "documents": "forum_id",
    "notes": "forum_id",
    "registrations": "forum_id",
    "check_ins": "forum_id",
    "rooms": "forum_id",
    "minutes": "forum_id",
    "forum_sessions": "day_id",
    "language_versions": "document_id",
    "sections": "language_version_id",
    "paragraphs": "language_version_id",
    "footnotes": "language_version_id",
    "segments": "session_id",
    "interventions": "segment_id",
    "segment_documents": "segment_id",
    "segment_roles": "segment_id",
    "segment_sections": "segment_id",
    "minutes_versions": "minutes_id",
    "note_links": "note_id",
    "note_tags": "note_id",
    "themes": "forum_id",
    "practices": "forum_id",
    "practice_submitters": "practice_id",
    "practice_themes": "practice_id",
    "practice_links": "practice_id",
    "recommendations": "forum_id",
    "recommendation_uptakes": "recommendation_id",
}
#: Rows that join two records a forum's copy may or may not hold: kept when it holds
#: both (a follow-up at a later forum of an earlier forum's recommendation; a practice
#: of one forum answering another's recommendation).
BOTH_ENDS = {
    "follow_ups": ("recommendation_id", "forum_id"),
    "recommendation_practices": ("recommendation_id", "practice_id"),
}
#: The copy's record of where it was made from (the office records "prepared").
COPIED = "copied"
_CHUNK = 5000


def parent_of(table: Table, column: str) -> Table:
    """The table `column` of `table` points at."""
    return next(iter(table.c[column].foreign_keys)).column.table


def scope_of(connection: Connection) -> uuid.UUID | None:
    """The forum this database was limited to when it was copied, if it was."""
    runs = Base.metadata.tables["merge_runs"]
    query = (
        select(runs.c.forum_id)
        .where(runs.c.kind == COPIED, runs.c.forum_id.is_not(None))
        .order_by(runs.c.at.desc())
    )
    return connection.execute(query).scalars().first()


def forum_people(source: Connection, forum_id: uuid.UUID | None) -> tuple[set[Any], int]:
    """The people a laptop for `forum_id` holds: registered for it, taking part in its
    programme, or registered for no forum at all; and how many stay behind."""
    tables = Base.metadata.tables
    people, registrations = tables["representatives"], tables["registrations"]
    everyone = set(source.execute(select(people.c.id)).scalars())
    if forum_id is None:
        return everyone, 0
    registered = set(source.execute(select(registrations.c.representative_id)).scalars())
    here = set(
        source.execute(
            select(registrations.c.representative_id).where(registrations.c.forum_id == forum_id)
        ).scalars()
    )
    segments, sessions, days = tables["segments"], tables["forum_sessions"], tables["days"]
    in_programme = (
        select(segments.c.id)
        .join(sessions, sessions.c.id == segments.c.session_id)
        .join(days, days.c.id == sessions.c.day_id)
        .where(days.c.forum_id == forum_id)
    )
    for name in ("interventions", "segment_roles"):
        table = tables[name]
        here |= set(
            source.execute(
                select(table.c.representative_id).where(
                    table.c.segment_id.in_(in_programme), table.c.representative_id.is_not(None)
                )
            ).scalars()
        )
    keep = (everyone - registered) | here
    # Whoever a kept record was merged into stays too, so the reference holds.
    merged = select(people.c.merged_into_id).where(
        people.c.id.in_(keep), people.c.merged_into_id.is_not(None)
    )
    keep |= set(source.execute(merged).scalars())
    return keep, len(everyone - keep)


class ForumScope:
    """Keeps a merge into a copy limited to one forum to that forum's rows."""

    def __init__(self, ours: Connection, theirs: Connection, forum_id: uuid.UUID) -> None:
        self.ours = ours
        self.forum_id = forum_id
        self.people, _ = forum_people(theirs, forum_id)

    def new_rows(self, table: Table, rows: list[Any]) -> list[Any]:
        """Those of `rows` (theirs, new to us) that belong to the forum."""
        if table.name == "forums":
            return [row for row in rows if row["id"] == self.forum_id]
        if table.name == "representatives":
            return [row for row in rows if row["id"] in self.people]
        column = SCOPE.get(table.name)
        if column is not None:
            # Parents come first (sorted tables): a parent we hold is in the forum.
            parent = next(iter(table.c[column].foreign_keys)).column.table
            held = self._held(parent, {row[column] for row in rows})
            return [row for row in rows if row[column] in held]
        ends = BOTH_ENDS.get(table.name)
        if ends is not None:
            held_ends = {
                end: self._held(parent_of(table, end), {r[end] for r in rows}) for end in ends
            }
            return [row for row in rows if all(row[end] in held_ends[end] for end in ends)]
        if table.name == "duplicate_dismissals":
            people = Base.metadata.tables["representatives"]
            held = self._held(people, {r[k] for r in rows for k in ("first_id", "second_id")})
            return [row for row in rows if row["first_id"] in held and row["second_id"] in held]
        if table.name == "registry_imports":  # they hold earlier values of the people
            return [row for row in rows if row["forum_id"] == self.forum_id]
        return rows

    def people_missing(self) -> set[Any]:
        """People of the forum we lack although the log shows nothing new of them: known
        here once but left out, then registered for the forum."""
        return self.people - self._held(Base.metadata.tables["representatives"], self.people)

    def _held(self, table: Table, ids: set[Any]) -> set[Any]:
        found: set[Any] = set()
        wanted = [i for i in ids if i is not None]
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            found |= set(
                self.ours.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )
        return found

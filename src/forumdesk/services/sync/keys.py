"""Keys two databases fill in independently, which a merge must not give twice: a
speaker's place in a list, a minutes version's number, a link made on both sides, and
any other rule of uniqueness (a tag's name, a person registered twice for a forum).

- A place in a sequence: the newcomer moves to the end (the caller audits that, so it
  travels back), as a badge number does.
- A link made on both sides means the same thing: theirs is not inserted again.
- Anything else would break a rule of the data: the merge stops with a message that
  names the record, before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Table, UniqueConstraint, and_, or_, select, update

from forumdesk.services.common.messages import _
from forumdesk.services.sync.source import SyncError
from forumdesk.services.sync.tables import record_label

#: table -> (the sequence's owner, the place in it)
ORDINALS = {
    "interventions": ("segment_id", "position"),
    "minutes_versions": ("minutes_id", "number"),
}
#: Links whose twin says the same thing.
TWINS = {
    "note_tags": ("note_id", "tag_id"),
    "segment_sections": ("segment_id", "section_id"),
    "duplicate_dismissals": ("first_id", "second_id"),
    # Issue 20's links carry link_uuid ids, so two laptops' links are one row anyway;
    # one made with another id (an import, an older copy) still says the same thing.
    "practice_submitters": ("practice_id", "organisation_id"),
    "practice_themes": ("practice_id", "theme_id"),
    "recommendation_practices": ("recommendation_id", "practice_id"),
}
#: Settled elsewhere: a badge number given twice is renumbered by the merge itself.
_SETTLED = {("registrations", ("forum_id", "badge_number"))}
_CHUNK = 200


def renumbered(
    connection: Connection, table: Table, rows: list[dict[str, Any]]
) -> Iterable[tuple[dict[str, Any], str, int, int]]:
    """(row, column, old place, new place) for each newcomer whose place is taken here;
    the rows are changed in place."""
    if table.name not in ORDINALS:
        return
    owner, place = ORDINALS[table.name]
    taken: dict[Any, set[int]] = {}
    for row in sorted(rows, key=lambda r: (str(r[owner]), r[place])):
        key = row[owner]
        if key not in taken:
            query = select(table.c[place]).where(table.c[owner] == key)
            taken[key] = set(connection.execute(query).scalars())
        used = taken[key]
        if row[place] in used:
            old, row[place] = row[place], max(used) + 1
            yield row, place, old, row[place]
        used.add(row[place])


_PARKING = 1_000_000  # far past any real place: parked rows keep their order


def park_places(
    connection: Connection, table: Table, pending: dict[tuple[str, ...], list[dict[str, Any]]]
) -> None:
    """Move the rows whose place the merge changes out of the way first: set one at a
    time, a row could land on a place another of them still holds."""
    if table.name not in ORDINALS:
        return
    place = ORDINALS[table.name][1]
    moving = [
        p["row_id"] for columns, params in pending.items() if place in columns for p in params
    ]
    for start in range(0, len(moving), _CHUNK):
        chunk = moving[start : start + _CHUNK]
        statement = update(table).where(table.c.id.in_(chunk))
        connection.execute(statement.values({place: table.c[place] + _PARKING}))


def without_twins(
    connection: Connection, table: Table, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """`rows` less the links this database already makes."""
    columns = TWINS.get(table.name)
    if columns is None or not rows:
        return rows
    held = _held(connection, table, columns, rows)
    kept, seen = [], set(held)
    for row in rows:
        key = tuple(row[c] for c in columns)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


def check_unique(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Raise SyncError, naming the record, if a newcomer would repeat a unique key."""
    for columns in _unique_keys(table):
        if (table.name, columns) in _SETTLED or TWINS.get(table.name) == columns:
            continue
        if ORDINALS.get(table.name) == columns:
            continue
        held = _held(connection, table, columns, rows)
        for row in rows:
            key = tuple(row[c] for c in columns)
            if None in key:
                continue  # NULLs never clash
            if key in held:
                same = ", ".join(c.removesuffix("_id").replace("_", " ") for c in columns)
                raise SyncError(
                    _(
                        "{row} was made on both sides as two different records (the same {same}); "
                        "nothing was merged. Remove or change one of the two, on either side, and "
                        "merge again."
                    ).format(row=_label(connection, table, row), same=same)
                )
            held.add(key)


def _label(connection: Connection, table: Table, row: dict[str, Any]) -> str:
    """ "The registration of Li Wei", "tags: remittances": what the user would look for."""
    person = row.get("representative_id")
    if person is not None:
        people = table.metadata.tables["representatives"]
        found = connection.execute(
            select(people.c.given_name, people.c.family_name).where(people.c.id == person)
        ).first()
        if found is not None:
            name = f"{found.given_name or ''} {found.family_name}".strip()
            return f"The {table.name.removesuffix('s').replace('_', ' ')} of {name}"
    return f"{table.name.replace('_', ' ').capitalize()}: {record_label(table, row)}"


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    keys = [
        tuple(column.name for column in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    keys += [(column.name,) for column in table.columns if column.unique]
    return keys


def _held(
    connection: Connection, table: Table, columns: tuple[str, ...], rows: list[dict[str, Any]]
) -> set[tuple[Any, ...]]:
    """The keys among `rows`' that this database already holds."""
    wanted = list({tuple(row[c] for c in columns) for row in rows})
    held: set[tuple[Any, ...]] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        match = or_(*(and_(*(table.c[c] == v for c, v in zip(columns, key, strict=True)))
                      for key in chunk))  # fmt: skip
        query = select(*(table.c[c] for c in columns)).where(match)
        held |= {tuple(row) for row in connection.execute(query)}
    return held

"""What a merge needs to know about particular tables: how to name a record, badge
numbers two laptops both gave, the people who may already be here, the search index."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session

from forumdesk.services.registry.duplicates.lookup import duplicates_of_newcomers
from forumdesk.services.registry.text import record_sort_key
from forumdesk.services.search.index import index_language_version, index_note
from forumdesk.services.search.people import refresh_registry_index
from forumdesk.services.search.practices import index_practice, index_recommendation
from forumdesk.services.sync.changes import ids_among
from forumdesk.store.models import NoteLink, NoteTag, Organisation, Paragraph, Representative

_LABEL_COLUMNS = ("name", "title", "body_text", "badge_number", "text")


@dataclass(frozen=True)
class DuplicateView:
    """A person who came in, and someone already here who is likely the same."""

    incoming_id: uuid.UUID
    incoming: str
    existing_id: uuid.UUID
    existing: str
    score: float
    reasons: tuple[str, ...]
    kind: str = "person"  # or "organisation"

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "incoming_id": str(self.incoming_id),
            "incoming": self.incoming,
            "existing_id": str(self.existing_id),
            "existing": self.existing,
            "score": round(self.score, 1),
            "reasons": list(self.reasons),
        }


#: Columns computed from others: never a conflict of their own, recomputed from the
#: merged values instead (else two laptops' keys could disagree with the names).
DERIVED = {
    "organisations": ("name", "acronym"),
    "representatives": ("family_name_latin", "family_name", "given_name_latin", "given_name"),
}


def is_derived(table: Table, column: str) -> bool:
    return column == "sort_key" and table.name in DERIVED


def renames(table: Table, columns: Iterable[str]) -> bool:
    """Whether writing these columns changes what the table's sort key is made of."""
    return not set(DERIVED.get(table.name, ())).isdisjoint(columns)


def reindexes(table: Table, columns: Iterable[str]) -> bool:
    """Whether writing these columns changes the record's entry in the registry's
    search index: its names, and whether it is live (`search.people._outdated`)."""
    return renames(table, columns) or not {"deleted_at", "merged_into_id"}.isdisjoint(columns)


def refresh_sort_keys(connection: Connection, table: Table, ids: Iterable[uuid.UUID]) -> None:
    """Recompute the sort key of these rows from their (merged) names."""
    sources = DERIVED.get(table.name)
    ids = list(ids)
    if sources is None or not ids:
        return
    columns = [table.c[name] for name in sources]
    stale = []
    for chosen in ids_among(connection, table.c.id, ids):
        query = select(table.c.id, table.c.sort_key, *columns).where(chosen)
        for row in connection.execute(query).all():
            key = record_sort_key(table.name, row)
            if key != row.sort_key:
                stale.append({"row_id": row.id, "key": key})
    if stale:
        statement = update(table).where(table.c.id == bindparam("row_id"))
        connection.execute(statement.values(sort_key=bindparam("key")), stale)


def record_label(table: Table, row: Any) -> str:
    """A few words that let the user recognise a record."""
    if table.name == "representatives":
        return f"{row['given_name']} {row['family_name']}".strip()
    for column in _LABEL_COLUMNS:
        if column in table.c and row[column]:
            text = str(row[column]).strip().splitlines()[0]
            return text if len(text) <= 80 else text[:79] + "…"
    return str(row["id"])


def clashing_badges(
    connection: Connection, table: Table, rows: list[dict[str, Any]]
) -> Iterable[tuple[dict[str, Any], str]]:
    """(row, free badge) for each incoming registration whose badge is taken here."""
    taken: dict[uuid.UUID, set[str]] = {}
    for row in rows:
        forum = row["forum_id"]
        if forum not in taken:
            query = select(table.c.badge_number).where(
                table.c.forum_id == forum, table.c.badge_number.is_not(None)
            )
            taken[forum] = set(connection.execute(query).scalars())
    for row in rows:
        badge = row["badge_number"]
        if not badge:
            continue
        used = taken[row["forum_id"]]
        if badge in used:
            free = _next_badge(used, len(badge))
            used.add(free)
            yield row, free
        else:
            used.add(badge)


def _next_badge(used: set[str], width: int) -> str:
    numbers = [int(b) for b in used if b.isdigit()]
    return str(max(numbers, default=0) + 1).zfill(max(width, 4))


def likely_duplicates_of(session: Session, people: list[uuid.UUID]) -> list[DuplicateView]:
    """Likely duplicates of each person who came in, each pair once."""
    if not people:
        return []
    session.flush()
    newcomers = _people(session, people)
    seen: set[frozenset[uuid.UUID]] = set()
    pairs: list[tuple[uuid.UUID, uuid.UUID, Any]] = []
    for person_id, matches in duplicates_of_newcomers(session, people).items():
        for match in matches:
            other = match.representative_id
            if other is None or frozenset((person_id, other)) in seen:
                continue
            seen.add(frozenset((person_id, other)))
            pairs.append((person_id, other, match))
    names = _people(session, [other for _, other, _ in pairs]) | newcomers
    return [
        DuplicateView(
            incoming_id=person_id,
            incoming=_name(names.get(person_id)) or str(person_id),
            existing_id=other,
            existing=_name(names.get(other)) or match.label,
            score=match.score,
            reasons=match.reasons,
        )
        for person_id, other, match in pairs
    ]


def same_name_organisations(session: Session, newcomers: list[uuid.UUID]) -> list[DuplicateView]:
    """Organisations that came in under a name (folded) one already here has: two
    laptops each created "Migrant Forum Asia"."""
    if not newcomers:
        return []
    found: list[DuplicateView] = []
    seen: set[frozenset[uuid.UUID]] = set()
    for start in range(0, len(newcomers), 5000):
        chunk = newcomers[start : start + 5000]
        mine = select(Organisation.id, Organisation.name, Organisation.sort_key).where(
            Organisation.id.in_(chunk)
        )
        for incoming, name, key in session.execute(mine).all():
            if not key:
                continue
            others = select(Organisation.id, Organisation.name).where(
                Organisation.sort_key == key,
                Organisation.id != incoming,
                Organisation.deleted_at.is_(None),
                Organisation.merged_into_id.is_(None),
            )
            for other, other_name in session.execute(others).all():
                if frozenset((incoming, other)) in seen:
                    continue
                seen.add(frozenset((incoming, other)))
                found.append(
                    DuplicateView(
                        incoming,
                        name,
                        other,
                        other_name,
                        100.0,
                        ("same name",),
                        kind="organisation",
                    )
                )
    return found


def _people(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[Any, ...]]:
    """id -> (given, family, Latin given, Latin family, e-mail, organisation name)."""
    found: dict[uuid.UUID, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 5000):
        query = (
            select(
                Representative.id,
                Representative.given_name,
                Representative.family_name,
                Representative.given_name_latin,
                Representative.family_name_latin,
                Representative.email,
                Organisation.name,
            )
            .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
            .where(Representative.id.in_(ids[start : start + 5000]))
        )
        for row in session.execute(query):
            found[row[0]] = tuple(row[1:])
    return found


def _name(person: tuple[Any, ...] | None) -> str:
    return f"{person[0]} {person[1]}".strip() if person else ""


def refresh_search(session: Session, touched: dict[str, set[uuid.UUID]]) -> None:
    """Re-index the notes, paragraphs, practices, recommendations, people and
    organisations the merge changed."""
    notes = set(touched.get("notes", set()))
    links = touched.get("note_links", set())
    if links:
        notes |= set(session.scalars(select(NoteLink.note_id).where(NoteLink.id.in_(links))))
    tags = touched.get("note_tags", set())
    if tags:
        notes |= set(session.scalars(select(NoteTag.note_id).where(NoteTag.id.in_(tags))))
    for note_id in notes:
        index_note(session, note_id)
    paragraphs = touched.get("paragraphs", set())
    versions = set(touched.get("language_versions", set()))
    if paragraphs:
        versions |= set(
            session.scalars(
                select(Paragraph.language_version_id).where(Paragraph.id.in_(list(paragraphs)))
            )
        )
    for version_id in versions:
        index_language_version(session, version_id)
    for practice_id in touched.get("practices", set()):
        index_practice(session, practice_id)
    for recommendation_id in touched.get("recommendations", set()):
        index_recommendation(session, recommendation_id)
    named = touched.get("representatives", set()) | touched.get("organisations", set())
    if named:
        refresh_registry_index(session, named)

"""Taking one person's personal data out of the database, wherever it lies.

Their records (the person and the duplicates merged into them) keep their place, their
registrations, check-ins, roles and turns (the forum's figures stay right), but every
field about them is emptied and their name becomes the pseudonym. Texts that name them
(notes, minutes of every version, the summary report, speakers' labels and summaries,
the programme) say the pseudonym instead, in the language of the text; a practice whose
contact they are loses its contact; approved minutes and the report then say that this
was done. The search index, the import records and the merge conflicts let go of them
too, and so do the audit entries of every record changed (`audit_values`).

Used by `erasure` (a person erased here) and `arrival` (a person erased elsewhere,
brought back by a merge).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from forumdesk.services.privacy.contacts import practices_with_contact
from forumdesk.services.privacy.naming import name_pattern
from forumdesk.services.privacy.pseudonyms import pseudonym
from forumdesk.services.privacy.texts import replace_in_texts
from forumdesk.services.registry.text import sort_key
from forumdesk.services.search.index import (
    index_language_version,
    index_note,
    replace_entries,
    search_table,
)
from forumdesk.services.search.name_words import forget_name_words
from forumdesk.services.search.pairs import optimize_pairs
from forumdesk.services.search.people import REPRESENTATIVE, refresh_registry_index
from forumdesk.services.search.vocabulary import refill_words
from forumdesk.store.enums import Gender
from forumdesk.store.models import (
    Erasure,
    Forum,
    Intervention,
    MergeConflict,
    Registration,
    RegistryImport,
    Representative,
    SegmentRole,
)

#: The person's own fields emptied (the names become the pseudonym).
EMPTIED = (
    "given_name_latin",
    "family_name_latin",
    "title",
    "function",
    "languages",
    "email",
    "phone",
    "notes",
)


@dataclass
class Scrubbed:
    """What one scrub changed: record ids by table (their audit entries follow)."""

    records: dict[str, set[uuid.UUID]] = field(default_factory=dict)
    #: Language versions of documents whose text changed: their index entries follow.
    language_versions: set[uuid.UUID] = field(default_factory=set)

    def add(self, table: str, ids: Iterable[uuid.UUID]) -> None:
        self.records.setdefault(table, set()).update(ids)

    def merge(self, other: Scrubbed) -> None:
        for table, ids in other.records.items():
            self.add(table, ids)
        self.language_versions |= other.language_versions

    @property
    def texts(self) -> int:
        """How many texts (notes, minutes versions, paragraphs…) now say the pseudonym."""
        return sum(
            len(ids)
            for table, ids in self.records.items()
            if table not in ("representatives", "registry_imports", "practices")
        )


def names_of(people: Iterable[Representative]) -> list[tuple[str | None, str | None]]:
    """The (given, family) pairs a text may name the person by: as typed and in Latin."""
    pairs: list[tuple[str | None, str | None]] = []
    for person in people:
        pairs += [
            (person.given_name, person.family_name),
            (person.given_name_latin, person.family_name_latin),
        ]
    return pairs


def scrub(
    session: Session,
    tombstone: Erasure,
    people: list[Representative],
    names: list[tuple[str | None, str | None]],
    at: datetime,
) -> Scrubbed:
    """Take the personal data of `people` (one person: their record and its merged
    duplicates) out of the database, `names` being how texts may name them."""
    done = Scrubbed()
    ids = [person.id for person in people]
    language = person_language(session, ids)
    stand_in = pseudonym(tombstone.category, tombstone.number, language)
    pattern = name_pattern(names)
    if pattern is not None:
        texts = replace_in_texts(session, pattern, tombstone, language, at)
        for table, changed in texts.records.items():
            done.add(table, changed)
        done.language_versions |= texts.language_versions
    done.merge(_own_labels(session, ids, stand_in))
    done.add("practices", _forget_contacts(session, people, names))
    for person in people:
        _empty(person, stand_in)
    done.add("representatives", ids)
    done.add("registry_imports", _forget_import_values(session, ids))
    _forget_conflicts(session, ids)
    _reindex(session, ids, done)
    return done


def forget_index_tokens(session: Session) -> None:
    """SQLite's full-text index keeps the words of a removed entry until its segments
    are merged: merge them all now, so that the person's words leave the file (and the
    index's list of words, which keeps every word ever written)."""
    if session.get_bind().dialect.name == "sqlite":
        session.flush()
        session.execute(text("INSERT INTO search_index_fts(search_index_fts) VALUES ('optimize')"))
        optimize_pairs(session)
        refill_words(session)


def person_language(session: Session, ids: list[uuid.UUID]) -> str:
    """The language of the forum the person last registered for (English without one):
    the pseudonym's language in the registry and on their own rows."""
    language = session.scalar(
        select(Forum.language)
        .join(Registration, Registration.forum_id == Forum.id)
        .where(Registration.representative_id.in_(ids))
        .order_by(Registration.created_at.desc())
        .limit(1)
    )
    return language or "en"


def _empty(person: Representative, stand_in: str) -> None:
    person.given_name = ""
    person.family_name = stand_in
    for name in EMPTIED:
        setattr(person, name, None)
    person.gender = Gender.UNDISCLOSED
    person.sort_key = sort_key(stand_in)


def _own_labels(session: Session, ids: list[uuid.UUID], stand_in: str) -> Scrubbed:
    """Their own turns and roles: a label written for them is the pseudonym (it may
    hold their name in a form no pattern finds: "Mr. Sutherland, UN")."""
    done = Scrubbed()
    for turn in session.scalars(
        select(Intervention).where(Intervention.representative_id.in_(ids))
    ):
        if turn.speaker_label:
            turn.speaker_label = stand_in
            done.add("interventions", [turn.id])
    for role in session.scalars(select(SegmentRole).where(SegmentRole.representative_id.in_(ids))):
        if role.label:
            role.label = stand_in
            done.add("segment_roles", [role.id])
    return done


def _forget_contacts(
    session: Session, people: list[Representative], names: list[tuple[str | None, str | None]]
) -> list[uuid.UUID]:
    """A practice that gives them as its contact loses the contact's name and e-mail."""
    changed = []
    for practice in practices_with_contact(session, people, names):
        practice.contact_name = None
        practice.contact_email = None
        changed.append(practice.id)
    return changed


def _forget_import_values(session: Session, ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """An import that updated them kept their fields' values before it, for its undo:
    those go (the undo then leaves the pseudonym)."""
    keys = {str(person_id) for person_id in ids}
    changed = []
    for record in session.scalars(select(RegistryImport)):
        updated: dict[str, Any] = record.updated or {}
        if keys & set(updated):
            record.updated = {key: value for key, value in updated.items() if key not in keys}
            changed.append(record.id)
    return changed


def _forget_conflicts(session: Session, ids: list[uuid.UUID]) -> None:
    """A merge conflict over their record holds both sides' values: it is no one's to
    settle any more (local bookkeeping, not audited, so removed)."""
    for conflict in session.scalars(select(MergeConflict).where(MergeConflict.record_id.in_(ids))):
        session.delete(conflict)


def _reindex(session: Session, ids: list[uuid.UUID], done: Scrubbed) -> None:
    session.flush()
    where = (search_table.c.kind == REPRESENTATIVE) & search_table.c.target_id.in_(ids)
    replace_entries(session, where, [])
    forget_name_words(session, ids)
    refresh_registry_index(session, ids)
    for note_id in done.records.get("notes", ()):
        index_note(session, note_id)
    for version_id in done.language_versions:
        index_language_version(session, version_id)

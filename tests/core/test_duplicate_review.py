"""The registry-wide duplicate review: pairs kept apart stay apart, until undone."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from forumdesk.services.registry.duplicates.review import (
    ReviewPair,
    canonical,
    dismissed_pairs,
    is_kept_apart,
    keep_both,
    review_pairs,
    undo_keep_both,
)
from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.merge import merge_representatives
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import DuplicateDismissal, Representative
from forumdesk.store.types import utcnow


@dataclass(frozen=True)
class People:
    smith: uuid.UUID
    smith_again: uuid.UUID
    ivanova: uuid.UUID
    ivanova_latin: uuid.UUID
    mensah: uuid.UUID


@pytest.fixture
def db(empty_db_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def _add(session: Session, given: str, family: str, email: str | None = None) -> uuid.UUID:
    return create_representative(session, RepresentativeInput(given, family, email=email))


@pytest.fixture
def people(db: Database) -> People:
    with db.unit_of_work() as session:
        return People(
            smith=_add(session, "John", "Smith", "j.smith@example.org"),
            smith_again=_add(session, "Jon", "Smith", "j.smith@example.org"),
            ivanova=_add(session, "Мария", "Иванова"),
            ivanova_latin=_add(session, "Maria", "Ivanova"),
            mensah=_add(session, "Kwame", "Mensah"),
        )


def _pairs(db: Database, limit: int = 200) -> list[ReviewPair]:
    with db.reading() as session:
        return review_pairs(session, limit)


def _keys(db: Database) -> set[frozenset[uuid.UUID]]:
    return {frozenset((p.first_id, p.second_id)) for p in _pairs(db)}


def _smiths(people: People) -> frozenset[uuid.UUID]:
    return frozenset((people.smith, people.smith_again))


def _ivanovas(people: People) -> frozenset[uuid.UUID]:
    return frozenset((people.ivanova, people.ivanova_latin))


def test_pairs_carry_both_people_a_score_and_reasons(db: Database, people: People) -> None:
    pairs = _pairs(db)
    assert {frozenset((p.first_id, p.second_id)) for p in pairs} == {
        _smiths(people),
        _ivanovas(people),
    }
    smiths = next(p for p in pairs if frozenset((p.first_id, p.second_id)) == _smiths(people))
    assert {smiths.first_label, smiths.second_label} == {"SMITH, John", "SMITH, Jon"}
    assert smiths.score >= 90
    assert smiths.reasons[0] == "same email"
    assert pairs == sorted(pairs, key=lambda p: -p.score), "best first"
    with pytest.raises(AttributeError):
        smiths.score = 0  # type: ignore[misc]


def test_a_pair_kept_apart_is_not_proposed_again(db: Database, people: People) -> None:
    with db.unit_of_work() as session:
        keep_both(session, people.smith, people.smith_again, decided_by="registrar")
    assert _keys(db) == {_ivanovas(people)}
    with db.reading() as session:
        row = session.scalars(select(DuplicateDismissal)).one()
        assert row.decided_by == "registrar"
        assert row.decided_at is not None and row.deleted_at is None
        assert is_kept_apart(session, people.smith_again, people.smith)


def test_the_pair_is_stored_once_in_canonical_order(db: Database, people: People) -> None:
    a, b = people.smith, people.smith_again
    assert canonical(a, b) == canonical(b, a)
    assert str(canonical(a, b)[0]) < str(canonical(a, b)[1])
    with db.unit_of_work() as session:
        keep_both(session, b, a, decided_by="registrar")
        keep_both(session, a, b, decided_by="someone else")
    with db.reading() as session:
        row = session.scalars(select(DuplicateDismissal)).one()
        assert (row.first_id, row.second_id) == canonical(a, b)
        assert row.decided_by == "registrar", "deciding again changes nothing"
        assert dismissed_pairs(session) == {canonical(a, b)}
    # Undone from the other side all the same.
    with db.unit_of_work() as session:
        undo_keep_both(session, b, a)
    assert _smiths(people) in _keys(db)


def test_keep_both_is_idempotent(db: Database, people: People) -> None:
    for _ in range(3):
        with db.unit_of_work() as session:
            keep_both(session, people.ivanova, people.ivanova_latin, decided_by="registrar")
    with db.reading() as session:
        [row] = session.scalars(select(DuplicateDismissal)).all()
        assert row.version == 1, "a repeated decision does not touch the row"
    assert _keys(db) == {_smiths(people)}


def test_undo_brings_the_pair_back_and_keeps_the_row(db: Database, people: People) -> None:
    with db.unit_of_work() as session:
        keep_both(session, people.smith, people.smith_again, decided_by="registrar")
    with db.unit_of_work() as session:
        undo_keep_both(session, people.smith, people.smith_again)
        undo_keep_both(session, people.smith, people.smith_again)  # nothing more to undo
        undo_keep_both(session, people.smith, people.mensah)  # never kept apart: no-op
    assert _keys(db) == {_smiths(people), _ivanovas(people)}
    with db.reading() as session:
        [row] = session.scalars(select(DuplicateDismissal)).all()
        assert row.deleted_at is not None, "tombstoned, never deleted"
        assert not is_kept_apart(session, people.smith, people.smith_again)
        assert dismissed_pairs(session) == set()


def test_keeping_apart_again_revives_the_same_row(db: Database, people: People) -> None:
    with db.unit_of_work() as session:
        keep_both(session, people.smith, people.smith_again, decided_by="registrar")
        undo_keep_both(session, people.smith, people.smith_again)
    with db.unit_of_work() as session:
        keep_both(session, people.smith_again, people.smith, decided_by="head of secretariat")
    with db.unit_of_work() as session:
        undo_keep_both(session, people.smith, people.smith_again)
        keep_both(session, people.smith, people.smith_again, decided_by="")  # a redo
    with db.reading() as session:
        [row] = session.scalars(select(DuplicateDismissal)).all()
        assert row.deleted_at is None
        assert row.decided_by == "head of secretariat", "a redo keeps who decided"
    assert _keys(db) == {_ivanovas(people)}


def test_the_list_is_filled_up_to_its_limit_after_filtering(db: Database, people: People) -> None:
    [best] = _pairs(db, limit=1)
    with db.unit_of_work() as session:
        keep_both(session, best.second_id, best.first_id, decided_by="registrar")
    [next_best] = _pairs(db, limit=1)
    assert next_best.key != best.key
    assert _pairs(db, limit=0) == []


def test_merged_or_deleted_people_are_not_proposed(db: Database, people: People) -> None:
    with db.unit_of_work() as session:
        merge_representatives(session, people.smith, people.smith_again)
        session.get_one(Representative, people.ivanova).deleted_at = utcnow()
    assert _pairs(db) == []


def test_nonsense_pairs_are_refused(db: Database, people: People) -> None:
    with db.unit_of_work() as session, pytest.raises(ValueError, match="itself"):
        keep_both(session, people.smith, people.smith, decided_by="registrar")
    with db.unit_of_work() as session, pytest.raises(ValueError, match="does not exist"):
        keep_both(session, people.smith, uuid.uuid4(), decided_by="registrar")
    with db.reading() as session:
        assert session.scalars(select(DuplicateDismissal)).all() == []


def test_the_database_holds_one_row_per_pair_in_order(db: Database, people: People) -> None:
    first, second = canonical(people.smith, people.mensah)
    with db.unit_of_work() as session:
        keep_both(session, first, second, decided_by="registrar")
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(DuplicateDismissal(first_id=first, second_id=second, decided_at=utcnow()))
    with pytest.raises(IntegrityError), db.unit_of_work() as session:
        session.add(DuplicateDismissal(first_id=second, second_id=first, decided_at=utcnow()))

"""Undo and redo of bulk accreditation and walk-ins: exact states back, badges kept."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.registry.accreditation import accredit_people
from forumdesk.services.registry.edit import create_organisation, create_representative, register
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.services.registry.undo import (
    accredit_undoably,
    restore_registrations,
    restore_walk_in,
    withdraw_walk_in,
)
from forumdesk.services.registry.walk_in import WalkIn, register_walk_in
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum, Organisation, Registration, Representative

S = AccreditationStatus


@pytest.fixture
def db(empty_db_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def _setup(db: Database, people: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    with db.unit_of_work() as session:
        forum = Forum(title="Hearings 2006")
        session.add(forum)
        session.flush()
        ids = [
            create_representative(session, RepresentativeInput(f"Given{n}", f"Family{n}"))
            for n in range(people)
        ]
        return forum.id, ids


def _states(db: Database, forum_id: uuid.UUID) -> dict[uuid.UUID, tuple[object, ...]]:
    with db.reading() as session:
        return {
            r.representative_id: (r.status, r.badge_number, r.deleted_at is None)
            for r in session.scalars(select(Registration).where(Registration.forum_id == forum_id))
        }


def test_undo_puts_back_the_states_and_redo_the_same_badges(db: Database) -> None:
    forum_id, (first, second, third) = _setup(db, 3)
    with db.unit_of_work() as session:
        register(session, forum_id, first)  # requested before the bulk action
    with db.unit_of_work() as session:
        change = accredit_undoably(session, forum_id, [first, second, third], decided_by="desk")
    assert change.accredited == 3
    accredited = _states(db, forum_id)
    assert {v[0] for v in accredited.values()} == {S.ACCREDITED}

    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.before)
    undone = _states(db, forum_id)
    assert undone[first] == (S.REQUESTED, None, True)
    # Registrations the action made are taken back, not deleted; their badge stays reserved.
    assert undone[second][2] is False and undone[third][2] is False

    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.after)
    assert _states(db, forum_id) == accredited


def test_redo_gives_a_new_badge_when_the_number_was_given_meanwhile(db: Database) -> None:
    forum_id, (first, second) = _setup(db, 2)
    with db.unit_of_work() as session:
        register(session, forum_id, first)
        register(session, forum_id, second)
    with db.unit_of_work() as session:
        change = accredit_undoably(session, forum_id, [first], decided_by="desk")
    assert _states(db, forum_id)[first][1] == "0001"
    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.before)
    with db.unit_of_work() as session:
        accredit_people(session, forum_id, [second], decided_by="desk")
    assert _states(db, forum_id)[second][1] == "0001"
    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.after)
    states = _states(db, forum_id)
    assert states[first][0] is S.ACCREDITED and states[first][1] == "0002"
    assert states[second][1] == "0001"


def test_undo_is_refused_when_a_registration_was_decided_again_since(db: Database) -> None:
    """Amina was accredited in bulk, then withdrawn at the desk: undoing the bulk
    action would silently make her "requested" again, so it is refused whole."""
    from forumdesk.services.common.refusals import Refused
    from forumdesk.services.registry.edit import decide

    forum_id, (first, second) = _setup(db, 2)
    with db.unit_of_work() as session:
        change = accredit_undoably(session, forum_id, [first, second], decided_by="desk")
    with db.unit_of_work() as session:
        row = session.scalars(
            select(Registration).where(Registration.representative_id == first)
        ).one()
        decide(session, [row.id], S.WITHDRAWN, decided_by="Head of secretariat")
    before = _states(db, forum_id)
    with (
        pytest.raises(Refused, match="Given0 Family0 was decided again since"),
        db.unit_of_work() as session,
    ):
        restore_registrations(session, forum_id, change.before, expect=change.after)
    assert _states(db, forum_id) == before
    with db.unit_of_work() as session:  # the same undo, nothing decided since: it goes
        change = accredit_undoably(session, forum_id, [second], decided_by="desk")
    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.before, expect=change.after)


def test_accrediting_after_an_undone_registration_revives_it(db: Database) -> None:
    forum_id, (person,) = _setup(db, 1)
    with db.unit_of_work() as session:
        change = accredit_undoably(session, forum_id, [person], decided_by="desk")
    with db.unit_of_work() as session:
        restore_registrations(session, forum_id, change.before)
    assert _states(db, forum_id)[person][2] is False
    with db.unit_of_work() as session:
        assert accredit_people(session, forum_id, [person], decided_by="desk") == 1
    # The same row comes back, with the badge number it was given first.
    assert _states(db, forum_id)[person] == (S.ACCREDITED, "0001", True)


def test_walk_in_undo_takes_back_the_person_and_the_new_organisation(db: Database) -> None:
    forum_id, _ = _setup(db, 0)
    with db.unit_of_work() as session:
        result = register_walk_in(
            session,
            forum_id,
            WalkIn(
                "Amina",
                "Diallo",
                organisation_name="Réseau des migrantes",
                category=OrganisationCategory.MIGRANT_ASSOCIATION,
            ),
            decided_by="desk",
        )
    assert result.created_organisation and result.badge_number == "0001"
    with db.unit_of_work() as session:
        withdraw_walk_in(session, result, created_organisation=True)
    with db.reading() as session:
        assert session.get_one(Representative, result.representative_id).deleted_at is not None
        assert session.get_one(Registration, result.registration_id).deleted_at is not None
        assert result.organisation_id is not None
        assert session.get_one(Organisation, result.organisation_id).deleted_at is not None
    with db.unit_of_work() as session:
        restore_walk_in(session, result, created_organisation=True)
    with db.reading() as session:
        assert session.get_one(Representative, result.representative_id).deleted_at is None
        registration = session.get_one(Registration, result.registration_id)
        assert registration.deleted_at is None and registration.badge_number == "0001"


def test_walk_in_with_a_known_organisation_leaves_it_alone(db: Database) -> None:
    forum_id, _ = _setup(db, 0)
    with db.unit_of_work() as session:
        union = create_organisation(
            session, OrganisationInput("CSI", OrganisationCategory.TRADE_UNION)
        )
        result = register_walk_in(
            session, forum_id, WalkIn("Li", "Wei", organisation_id=union), decided_by="desk"
        )
    assert not result.created_organisation
    with db.unit_of_work() as session:
        withdraw_walk_in(session, result, created_organisation=result.created_organisation)
    with db.reading() as session:
        assert session.get_one(Organisation, union).deleted_at is None

"""Registry writes: text kept as typed, normalisation, accreditation workflow, sort keys."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from forumdesk.services.registry.edit import (
    RegistryProblems,
    create_organisation,
    create_representative,
    decide,
    ensure_sort_keys,
    register,
    update_organisation,
    update_representative,
)
from forumdesk.services.registry.people import (
    OrganisationInput,
    RegistryError,
    RepresentativeInput,
)
from forumdesk.services.registry.scripts import Script, script_of
from forumdesk.store.database import Database
from forumdesk.store.enums import (
    AccreditationStatus,
    EcosocStatus,
    Gender,
    OrganisationCategory,
    RegionalGroup,
)
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum, Organisation, Registration, Representative

S = AccreditationStatus


@pytest.fixture
def db(empty_db_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def _forum(db: Database, title: str = "Hearings 2006") -> uuid.UUID:
    with db.unit_of_work() as session:
        forum = Forum(title=title)
        session.add(forum)
        session.flush()
        return forum.id


def test_organisation_is_normalised(db: Database) -> None:
    with db.unit_of_work() as session:
        ident = create_organisation(
            session,
            OrganisationInput(
                "  République du Sénégal ",
                OrganisationCategory.MEMBER_STATE,
                country="Sénégal",
                email="Mission@Example.SN",
                phone="33 889 10 00",
                website="",
            ),
        )
    with db.reading() as session:
        org = session.get(Organisation, ident)
        assert org is not None
        assert org.name == "République du Sénégal"
        assert org.country_code == "SEN"
        assert org.regional_group is RegionalGroup.AFRICAN
        assert org.email == "Mission@example.sn"
        assert org.phone == "+221338891000"
        assert org.website is None
        assert org.sort_key == "republique du senegal"


def test_ngo_has_no_regional_group_and_acronym_in_key(db: Database) -> None:
    with db.unit_of_work() as session:
        ident = create_organisation(
            session,
            OrganisationInput(
                "Migrant Forum in Asia",
                OrganisationCategory.NGO_ECOSOC,
                acronym="MFA",
                country="Philippines",
                ecosoc_status=EcosocStatus.SPECIAL,
                ecosoc_year=2011,
            ),
        )
        org = session.get(Organisation, ident)
        assert org is not None
        assert (org.country_code, org.regional_group) == ("PHL", None)
        assert org.sort_key == "migrant forum in asia mfa"


def test_invalid_organisation_raises_all_problems_and_writes_nothing(db: Database) -> None:
    with pytest.raises(RegistryProblems) as caught, db.unit_of_work() as session:
        create_organisation(
            session, OrganisationInput("", OrganisationCategory.CIVIL_SOCIETY, email="bad")
        )
    assert [p.field for p in caught.value.problems] == ["name", "email"]
    assert caught.value.field == "name"
    assert isinstance(caught.value, RegistryError)
    with db.reading() as session:
        assert session.scalars(select(Organisation)).all() == []


def test_update_organisation(db: Database) -> None:
    with db.unit_of_work() as session:
        ident = create_organisation(
            session, OrganisationInput("ILO", OrganisationCategory.UN_ENTITY)
        )
    with db.unit_of_work() as session:
        update_organisation(
            session,
            ident,
            OrganisationInput(
                "Organisation internationale du Travail",
                OrganisationCategory.UN_ENTITY,
                acronym="OIT",
                country="CH",
            ),
        )
    with db.reading() as session:
        org = session.get(Organisation, ident)
        assert org is not None
        assert (org.name, org.country_code, org.version) == (
            "Organisation internationale du Travail",
            "CHE",
            2,
        )
        assert org.sort_key == "organisation internationale du travail oit"
    with pytest.raises(RegistryError) as missing, db.unit_of_work() as session:
        update_organisation(
            session, uuid.uuid4(), OrganisationInput("x", OrganisationCategory.YOUTH)
        )
    assert missing.value.field == "organisation"


@pytest.mark.parametrize(
    ("given", "family", "key"),
    [
        ("Анна", "Иванова", "ivanova anna"),
        ("小明", "王", "wang xiaoming"),
        ("", "محمد", None),
        ("Robert'); DROP TABLE representatives;--", "O'Brien", None),
    ],
)
def test_names_stored_as_typed(db: Database, given: str, family: str, key: str | None) -> None:
    with db.unit_of_work() as session:
        ident = create_representative(
            session, RepresentativeInput(f" {given} ", f"{family}  ", gender=Gender.FEMALE)
        )
    with db.reading() as session:
        person = session.get(Representative, ident)
        assert person is not None
        assert (person.given_name, person.family_name) == (given, family)
        assert person.sort_key is not None and person.sort_key.isascii()
        if script_of(family) is Script.ARABIC:
            # No consonant skeleton: the Latin form is the person's own, asked for.
            assert person.family_name_latin is None and person.sort_key
        else:
            assert person.family_name_latin is not None and person.family_name_latin.isascii()
        if key:
            assert person.sort_key == key
        assert session.scalars(select(Representative)).all() == [person]


def test_representative_latin_forms_and_phone_region(db: Database) -> None:
    with db.unit_of_work() as session:
        org = create_organisation(
            session,
            OrganisationInput(
                "Mission of Mexico", OrganisationCategory.MEMBER_STATE, country="Mexique"
            ),
        )
        ident = create_representative(
            session,
            RepresentativeInput(
                "Сергей",
                "Лавров",
                organisation_id=org,
                family_name_latin="Lavrov",
                given_name_latin="Sergey",
                phone="55 5555 1234",
                email="s.lavrov@example.org",
            ),
        )
        person = session.get(Representative, ident)
        assert person is not None
        assert person.sort_key == "lavrov sergey"
        assert person.phone == "+525555551234"
    with db.unit_of_work() as session:
        update_representative(
            session, ident, RepresentativeInput("Sergei", "Lavrov", title="H.E. Mr.")
        )
    with db.reading() as session:
        person = session.get(Representative, ident)
        assert person is not None
        assert (person.organisation_id, person.given_name_latin, person.title) == (
            None,
            "Sergei",
            "H.E. Mr.",
        )
    with pytest.raises(RegistryError) as caught, db.unit_of_work() as session:
        create_representative(session, RepresentativeInput("A", "B", organisation_id=uuid.uuid4()))
    assert caught.value.field == "organisation_id"


def _people(db: Database, forum: uuid.UUID, count: int) -> list[uuid.UUID]:
    with db.unit_of_work() as session:
        people = [
            create_representative(session, RepresentativeInput("P", f"Person {i}"))
            for i in range(count)
        ]
        return [register(session, forum, person) for person in people]


def test_register_is_idempotent(db: Database) -> None:
    forum = _forum(db)
    with db.unit_of_work() as session:
        person = create_representative(session, RepresentativeInput("Ana", "Silva"))
        first = register(session, forum, person)
        assert register(session, forum, person, status=S.ACCREDITED) == first
        row = session.get(Registration, first)
        assert row is not None
        assert (row.status, row.badge_number) == (S.REQUESTED, None)
        assert row.requested_at is not None
        with pytest.raises(RegistryError):
            register(session, uuid.uuid4(), person)


def test_accreditation_assigns_badges_in_order(db: Database) -> None:
    forum = _forum(db)
    other = _forum(db, "Other forum")
    ids = _people(db, forum, 3)
    elsewhere = _people(db, other, 1)
    with db.unit_of_work() as session:
        assert decide(session, ids[:2], S.ACCREDITED, decided_by="secretariat") == 2
        assert decide(session, elsewhere, S.ACCREDITED, decided_by="secretariat") == 1
    with db.unit_of_work() as session:
        # Already accredited: unchanged and not counted.
        assert decide(session, ids, S.ACCREDITED, decided_by="chief") == 1
    with db.reading() as session:
        rows = [session.get(Registration, i) for i in ids]
        assert [r.badge_number for r in rows if r] == ["0001", "0002", "0003"]
        assert [r.decided_by for r in rows if r] == ["secretariat", "secretariat", "chief"]
        assert all(r.decided_at is not None for r in rows if r)
        away = session.get(Registration, elsewhere[0])
        assert away is not None and away.badge_number == "0001"


def test_withdrawn_keeps_badge_and_numbers_are_not_reused(db: Database) -> None:
    forum = _forum(db)
    ids = _people(db, forum, 2)
    with db.unit_of_work() as session:
        decide(session, ids[:1], S.ACCREDITED, decided_by="a")
        decide(session, ids[:1], S.WITHDRAWN, decided_by="a")
        decide(session, ids[:1], S.REQUESTED, decided_by="a")
        decide(session, ids, S.ACCREDITED, decided_by="a")
    with db.reading() as session:
        badges = [session.get(Registration, i).badge_number for i in ids]  # type: ignore[union-attr]
        assert badges == ["0001", "0002"]


def test_refused_can_be_reconsidered(db: Database) -> None:
    forum = _forum(db)
    ids = _people(db, forum, 1)
    with db.unit_of_work() as session:
        assert decide(session, ids, S.REFUSED, decided_by="a") == 1
        row = session.get(Registration, ids[0])
        assert row is not None and row.badge_number is None
        assert decide(session, ids, S.ACCREDITED, decided_by="b") == 1
        assert row.badge_number == "0001"


def test_disallowed_transition_changes_nothing(db: Database) -> None:
    forum = _forum(db)
    ids = _people(db, forum, 2)
    with db.unit_of_work() as session:
        decide(session, ids[1:], S.REFUSED, decided_by="a")
    with pytest.raises(RegistryError) as caught, db.unit_of_work() as session:
        # The first would be allowed (requested → withdrawn), the second not.
        decide(session, ids, S.WITHDRAWN, decided_by="b")
    assert caught.value.field == "status"
    with db.reading() as session:
        rows = [session.get(Registration, i) for i in ids]
        assert [(r.status, r.decided_by) for r in rows if r] == [
            (S.REQUESTED, None),
            (S.REFUSED, "a"),
        ]
    with pytest.raises(RegistryError) as unknown, db.unit_of_work() as session:
        decide(session, [uuid.uuid4()], S.ACCREDITED, decided_by="a")
    assert unknown.value.field == "registration"


def test_ensure_sort_keys_fills_old_rows(db: Database) -> None:
    with db.unit_of_work() as session:
        org = create_organisation(
            session,
            OrganisationInput("Église réformée", OrganisationCategory.CIVIL_SOCIETY, acronym="ÉR"),
        )
        person = create_representative(session, RepresentativeInput("Анна", "Петрова"))
        assert ensure_sort_keys(session) == 0
    with db.unit_of_work() as session:
        session.execute(update(Organisation).values(sort_key=None))
        session.execute(update(Representative).values(sort_key=None, family_name_latin=None))
    with db.unit_of_work() as session:
        assert ensure_sort_keys(session) == 2
        assert ensure_sort_keys(session) == 0
    with db.reading() as session:
        assert session.get(Organisation, org).sort_key == "eglise reformee er"  # type: ignore[union-attr]
        assert session.get(Representative, person).sort_key == "petrova anna"  # type: ignore[union-attr]

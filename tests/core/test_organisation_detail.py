"""One organisation as its detail form sees it: values, live people, figures, errors."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.registry import organisation_detail as module
from forumdesk.services.registry.edit import (
    create_organisation,
    create_representative,
    register,
    update_organisation,
)
from forumdesk.services.registry.merge import merge_organisations
from forumdesk.services.registry.organisation_detail import country_choices, organisation_detail
from forumdesk.services.registry.people import OrganisationInput, RegistryError, RepresentativeInput
from forumdesk.store.database import Database
from forumdesk.store.enums import (
    AccreditationStatus,
    EcosocStatus,
    OrganisationCategory,
    RegionalGroup,
)
from forumdesk.store.migrate import open_database
from forumdesk.store.models import (
    Forum,
    Intervention,
    Note,
    NoteLink,
    Organisation,
    Registration,
    Representative,
    Segment,
    SegmentRole,
)
from forumdesk.store.types import utcnow

S = AccreditationStatus
SWITZERLAND = OrganisationInput(
    name="Mission permanente de la Suisse",
    category=OrganisationCategory.MEMBER_STATE,
    acronym="CH",
    country="Suisse",
    website="https://www.eda.admin.ch",
    address="Rue de Varembé 9-11\n1202 Genève",
    email="gen.vertretung@eda.admin.ch",
    phone="022 749 24 24",
    notes="Co-facilitator, 2006",
)


@pytest.fixture
def db(empty_db_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def _create(db: Database, data: OrganisationInput = SWITZERLAND) -> uuid.UUID:
    with db.unit_of_work() as session:
        return create_organisation(session, data)


def _person(
    db: Database, organisation_id: uuid.UUID, given: str, family: str, **extra: str
) -> uuid.UUID:
    with db.unit_of_work() as session:
        return create_representative(
            session,
            RepresentativeInput(
                given_name=given, family_name=family, organisation_id=organisation_id, **extra
            ),
        )


def test_values_are_the_stored_ones_and_save_back_unchanged(db: Database) -> None:
    ident = _create(db)
    with db.reading() as session:
        detail = organisation_detail(session, ident)
    data = detail.data
    assert detail.id == ident
    assert data.name == "Mission permanente de la Suisse"
    assert data.category is OrganisationCategory.MEMBER_STATE
    assert data.acronym == "CH"
    assert data.country == "CHE"  # the stored code, whatever was typed
    assert detail.regional_group is RegionalGroup.WESTERN_EUROPEAN_OTHER
    assert data.website == "https://www.eda.admin.ch"
    assert data.address == "Rue de Varembé 9-11\n1202 Genève"
    assert data.email == "gen.vertretung@eda.admin.ch"
    assert data.phone == "+41227492424"  # normalised on the way in
    assert data.notes == "Co-facilitator, 2006"
    assert data.ecosoc_status is None and data.ecosoc_year is None
    assert detail.representatives == () and detail.representative_count == 0
    assert detail.shown_all_representatives
    assert detail.registrations == ()
    assert (detail.interventions, detail.programme_roles, detail.notes) == (0, 0, 0)
    assert detail.updated_at is not None

    # The form's values, saved as they are, change nothing: undo can rely on that.
    with db.unit_of_work() as session:
        update_organisation(session, ident, data)
    with db.reading() as session:
        assert organisation_detail(session, ident).data == data


def test_ecosoc_status_and_year(db: Database) -> None:
    ident = _create(
        db,
        OrganisationInput(
            name="Migrants Rights International",
            category=OrganisationCategory.NGO_ECOSOC,
            ecosoc_status=EcosocStatus.SPECIAL,
            ecosoc_year=1999,
            country="CHE",
        ),
    )
    with db.reading() as session:
        detail = organisation_detail(session, ident)
    assert detail.data.ecosoc_status is EcosocStatus.SPECIAL
    assert detail.data.ecosoc_year == 1999
    assert detail.data.country == "CHE"
    assert detail.regional_group is None  # an NGO based in Geneva is in no regional group


def test_only_live_representatives_are_listed_by_name_as_typed(db: Database) -> None:
    ident = _create(db)
    other = _create(db, OrganisationInput(name="Other", category=OrganisationCategory.YOUTH))
    ivanova = _person(
        db, ident, "Анна", "Иванова", function="Attachée", email="anna.ivanova@example.org"
    )
    mononym = _person(db, ident, "", "Suharto")
    abebe = _person(db, ident, "Bekele", "Abebe")
    gone = _person(db, ident, "Gone", "Deleted")
    merged = _person(db, ident, "Merged", "Away")
    _person(db, other, "Not", "Here")
    with db.unit_of_work() as session:
        session.get_one(Representative, gone).deleted_at = utcnow()
        session.get_one(Representative, merged).merged_into_id = abebe
    with db.reading() as session:
        detail = organisation_detail(session, ident)
    # Sorted on the Latin form ("Abebe", "Ivanova", "Suharto"), shown as typed.
    assert [(line.id, line.name) for line in detail.representatives] == [
        (abebe, "Abebe, Bekele"),
        (ivanova, "Иванова, Анна"),
        (mononym, "Suharto"),
    ]
    assert detail.representatives[1].function == "Attachée"
    assert detail.representatives[1].email == "anna.ivanova@example.org"
    assert detail.representative_count == 3


def test_a_long_list_is_capped_but_counted(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "REPRESENTATIVES_SHOWN", 3)
    ident = _create(db)
    for number in range(5):
        _person(db, ident, "Personne", f"Délégué{number}")
    with db.reading() as session:
        detail = organisation_detail(session, ident)
    assert [line.name for line in detail.representatives] == [
        "Délégué0, Personne",
        "Délégué1, Personne",
        "Délégué2, Personne",
    ]
    assert detail.representative_count == 5
    assert not detail.shown_all_representatives


def test_registrations_are_counted_per_forum_by_status(db: Database) -> None:
    ident = _create(db)
    people = [_person(db, ident, "P", f"Person{n}") for n in range(4)]
    stranger = _create(db, OrganisationInput(name="Other", category=OrganisationCategory.YOUTH))
    outsider = _person(db, stranger, "Out", "Sider")
    with db.unit_of_work() as session:
        later = Forum(title="Forum 2008", starts_on=date(2008, 10, 27))
        earlier = Forum(title="Hearings 2006", starts_on=date(2006, 7, 12))
        undated = Forum(title="Some day")
        session.add_all([later, earlier, undated])
        session.flush()
        ids = later.id, earlier.id, undated.id
        register(session, earlier.id, people[0], status=S.ACCREDITED)
        register(session, earlier.id, people[1], status=S.ACCREDITED)
        register(session, earlier.id, people[2])
        withdrawn = register(session, earlier.id, people[3])
        session.get_one(Registration, withdrawn).status = S.WITHDRAWN
        register(session, earlier.id, outsider, status=S.ACCREDITED)  # another organisation
        register(session, later.id, people[0])
        cancelled = register(session, later.id, people[1])
        session.get_one(Registration, cancelled).deleted_at = utcnow()
        register(session, undated.id, people[2], status=S.REFUSED)
    with db.reading() as session:
        tallies = organisation_detail(session, ident).registrations
    assert [(t.forum_id, t.forum) for t in tallies] == [
        (ids[1], "Hearings 2006"),
        (ids[0], "Forum 2008"),
        (ids[2], "Some day"),  # no date: last
    ]
    hearings, forum_2008, some_day = tallies
    assert (hearings.requested, hearings.accredited, hearings.refused, hearings.withdrawn) == (
        1,
        2,
        0,
        1,
    )
    assert hearings.total == 4 and hearings.starts_on == date(2006, 7, 12)
    assert (forum_2008.requested, forum_2008.total) == (1, 1)
    assert (some_day.refused, some_day.total) == (1, 1)


def test_programme_roles_interventions_and_notes_are_counted(demo_db: Database) -> None:
    demo = demo_db
    with demo.unit_of_work() as session:
        secretariat = session.scalars(
            select(Organisation.id).where(Organisation.acronym == "ONU")
        ).one()
        segment = session.scalars(select(Segment).order_by(Segment.position)).first()
        assert segment is not None
        session.add_all(
            [
                Intervention(segment_id=segment.id, organisation_id=secretariat, position=90),
                Intervention(segment_id=segment.id, organisation_id=secretariat, position=91),
                Intervention(
                    segment_id=segment.id,
                    organisation_id=secretariat,
                    position=92,
                    deleted_at=utcnow(),
                ),
            ]
        )
        note = Note(body_text="Remittances")
        note.links = [NoteLink(organisation_id=secretariat)]
        dropped = Note(body_text="Dropped", deleted_at=utcnow())
        dropped.links = [NoteLink(organisation_id=secretariat)]
        session.add_all([note, dropped])
    with demo.reading() as session:
        detail = organisation_detail(session, secretariat)
        roles = session.scalars(
            select(SegmentRole).where(SegmentRole.organisation_id == secretariat)
        ).all()
    assert detail.programme_roles == len(roles) == 1  # the demo's address by the Secretariat
    assert detail.interventions == 3  # these two, and the demo's opening address
    assert detail.notes == 1
    assert [line.name for line in detail.representatives] == ["Sutherland, Peter"]
    (tally,) = detail.registrations
    assert tally.accredited == 1 and tally.starts_on == date(2006, 7, 12)


def test_a_missing_deleted_or_merged_organisation_is_an_error(db: Database) -> None:
    deleted = _create(db)
    merged = _create(
        db,
        OrganisationInput(name="Suisse", category=OrganisationCategory.MEMBER_STATE, country="CHE"),
    )
    with db.unit_of_work() as session:
        session.get_one(Organisation, deleted).deleted_at = utcnow()
        keep = create_organisation(
            session,
            OrganisationInput(
                name="Swiss", category=OrganisationCategory.MEMBER_STATE, country="CHE"
            ),
        )
        merge_organisations(session, keep, merged)
    for ident in (uuid.uuid4(), deleted, merged):
        with db.reading() as session, pytest.raises(RegistryError) as error:
            organisation_detail(session, ident)
        assert error.value.field == "organisation"


def test_country_choices_are_named_in_the_language_asked(db: Database) -> None:
    with db.reading() as session:
        french = organisation_detail(session, _create(db), language="fr_CH").countries
    by_code = {choice.code: choice for choice in french}
    assert by_code["CHE"].name == "Suisse"
    assert by_code["CHE"].regional_group is RegionalGroup.WESTERN_EUROPEAN_OTHER
    assert by_code["KEN"].regional_group is RegionalGroup.AFRICAN
    assert by_code["PSE"].regional_group is None  # an observer State: no regional group
    names = [choice.name for choice in french]
    assert names.index("Afrique du Sud") < names.index("Allemagne")  # in name order
    english = {choice.code: choice.name for choice in country_choices("en")}
    assert english["CHE"] == "Switzerland"
    assert len(english) == len(by_code) > 240

"""Participation figures of a small generated forum, computed in SQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from forumdesk.services.registry.edit import (
    create_organisation,
    create_representative,
    decide,
    register,
)
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.services.registry.stats import participation
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum, Representative

C = OrganisationCategory
S = AccreditationStatus


@pytest.fixture
def db(empty_db_path: Path) -> Iterator[Database]:
    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def _build(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """Five States (one only refused), an observer, two NGOs, a union; one other forum."""
    with db.unit_of_work() as session:
        forum = Forum(title="Hearings 2006")
        other = Forum(title="Hearings 2008")
        session.add_all([forum, other])
        session.flush()
        orgs: dict[str, uuid.UUID] = {}
        for country in ("Sénégal", "Mexique", "Philippines", "France", "Estonie", "Chine"):
            orgs[country] = create_organisation(
                session, OrganisationInput(f"Mission: {country}", C.MEMBER_STATE, country=country)
            )
        orgs["holy see"] = create_organisation(
            session, OrganisationInput("Holy See", C.OBSERVER_STATE, country="VAT")
        )
        orgs["mfa"] = create_organisation(session, OrganisationInput("MFA", C.CIVIL_SOCIETY))
        orgs["dec"] = create_organisation(session, OrganisationInput("DEC", C.CIVIL_SOCIETY))
        orgs["ituc"] = create_organisation(session, OrganisationInput("ITUC", C.TRADE_UNION))

        def person(org: str | None, gender: Gender, status: S = S.REQUESTED) -> uuid.UUID:
            ident = create_representative(
                session,
                RepresentativeInput(
                    "X",
                    f"Person {len(orgs)}-{uuid.uuid4().hex[:6]}",
                    organisation_id=orgs[org] if org else None,
                    gender=gender,
                ),
            )
            reg = register(session, forum.id, ident, requested_at=datetime(2006, 6, 1, tzinfo=UTC))
            if status is not S.REQUESTED:
                decide(session, [reg], status, decided_by="test")
            return ident

        person("Sénégal", Gender.FEMALE, S.ACCREDITED)
        person("Sénégal", Gender.MALE)
        person("Mexique", Gender.FEMALE, S.ACCREDITED)
        person("Philippines", Gender.MALE)
        person("France", Gender.UNDISCLOSED, S.ACCREDITED)
        person("Estonie", Gender.FEMALE)
        person("Chine", Gender.MALE, S.REFUSED)  # not counted: China is not among the States
        person("holy see", Gender.MALE, S.ACCREDITED)
        person("mfa", Gender.FEMALE, S.ACCREDITED)
        person("mfa", Gender.OTHER)
        person("dec", Gender.FEMALE, S.WITHDRAWN)  # not counted: DEC has nobody left
        person("ituc", Gender.MALE, S.ACCREDITED)
        person(None, Gender.FEMALE)  # no organisation: counted in totals and gender only
        merged = person("mfa", Gender.MALE)
        session.get_one(Representative, merged).merged_into_id = merged  # merged away
        elsewhere = create_representative(
            session, RepresentativeInput("Y", "Elsewhere", organisation_id=orgs["ituc"])
        )
        register(session, other.id, elsewhere)
        session.flush()
        return forum.id, other.id


def test_participation_figures(db: Database) -> None:
    forum, other = _build(db)
    with db.reading() as session:
        figures = participation(session, forum)
        assert figures.forum_id == forum
        assert figures.representatives == 11
        assert figures.states == ("EST", "FRA", "MEX", "PHL", "SEN")
        assert {k: v for k, v in figures.by_category.items() if v} == {
            C.MEMBER_STATE: 6,
            C.OBSERVER_STATE: 1,
            C.CIVIL_SOCIETY: 2,
            C.TRADE_UNION: 1,
        }
        assert {k: v for k, v in figures.organisations_by_category.items() if v} == {
            C.MEMBER_STATE: 5,
            C.OBSERVER_STATE: 1,
            C.CIVIL_SOCIETY: 1,
            C.TRADE_UNION: 1,
        }
        assert figures.by_category[C.YOUTH] == 0
        assert figures.by_gender == {
            Gender.FEMALE: 5,
            Gender.MALE: 4,
            Gender.OTHER: 1,
            Gender.UNDISCLOSED: 1,
        }
        elsewhere = participation(session, other)
        assert elsewhere.representatives == 1
        assert elsewhere.organisations_by_category[C.TRADE_UNION] == 1
        assert elsewhere.states == ()


def test_empty_forum(db: Database) -> None:
    with db.unit_of_work() as session:
        forum = Forum(title="Nobody yet")
        session.add(forum)
        session.flush()
        figures = participation(session, forum.id)
        assert figures.representatives == 0
        assert figures.states == ()
        assert set(figures.by_gender.values()) == {0}
        assert len(figures.by_category) == len(C)

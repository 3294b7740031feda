"""Roles at the shared office, on a real PostgreSQL server (marked `postgres`).

Each test has a database of its own with the demo forum and the roles set up by the
owner of its tables; the accounts are made for it (named after the database) and
dropped afterwards. The role that runs the tests needs CREATEROLE (`.ci/run` gives it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError
from tests.core.postgres_db import drop_roles, empty_database, marks

from forumdesk.services.access.guard import AccessRefused, enforce_roles
from forumdesk.services.access.management import (
    create_account,
    grant_role,
    set_up_roles,
    users_and_roles,
)
from forumdesk.services.access.roles import Role
from forumdesk.services.database.demo import load_demo
from forumdesk.services.minutes.review import set_self_approval
from forumdesk.services.minutes.workflow import approve, save_draft, start_minutes
from forumdesk.services.registry.edit import organisation_values, update_organisation
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Organisation, Segment

pytestmark = marks


@dataclass
class Office:
    url: str
    name: str
    forum_id: uuid.UUID

    def account(self, who: str) -> str:
        return f"{self.name}_{who}"

    def open_as(self, who: str, signer: str) -> Database:
        """The database as `who` signs in to it, with their own account and password."""
        url = make_url(self.url).set(username=self.account(who), password=f"pw-{who}")
        database, _ = open_database(url.render_as_string(hide_password=False))
        database.actor = signer
        return database


@pytest.fixture
def office() -> Iterator[Office]:
    enforce_roles()
    with empty_database("forumdesk_test") as url:
        name = str(make_url(url).database)
        owner, _ = open_database(url)
        try:
            with owner.unit_of_work() as session:
                forum_id = load_demo(session).forum_id
                set_up_roles(session)
            place = Office(url, name, forum_id)
            with owner.unit_of_work() as session:
                for who, roles in {
                    "ana": [Role.MINUTE_WRITER],
                    "bo": [Role.APPROVER],
                    "rita": [Role.REGISTRAR],
                    "pat": [Role.PROGRAMME_OFFICER],
                    "ro": [Role.READ_ONLY],
                    "admin": [Role.ADMINISTRATOR],
                }.items():
                    create_account(session, place.account(who), f"pw-{who}", roles)
        finally:
            owner.dispose()
        try:
            yield place
        finally:
            pass
    drop_roles(f"{name}_")


def _some_organisation(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(select(Organisation.id).order_by(Organisation.name)).first()  # type: ignore[return-value]


def _rename(database: Database, organisation_id: uuid.UUID, name: str) -> None:
    with database.unit_of_work() as session:
        values = organisation_values(session.get_one(Organisation, organisation_id))
        update_organisation(
            session, organisation_id, values.__class__(**{**vars(values), "name": name})
        )


def test_a_read_only_edit_is_refused_by_the_application_and_by_the_server(office: Office) -> None:
    reader = office.open_as("ro", "Rui Reis")
    try:
        organisation_id = _some_organisation(reader)
        with pytest.raises(AccessRefused) as refused:
            _rename(reader, organisation_id, "Renamed")
        with pytest.raises(AccessRefused) as refused_forum, reader.unit_of_work() as session:
            set_self_approval(session, office.forum_id, True)
    finally:
        reader.dispose()
    assert str(refused.value) == (
        "Changing the registry needs the registrar role; you are signed in as "
        f"'{office.account('ro')}' with: read-only"
    )
    assert "programme officer role" in str(refused_forum.value)
    direct = create_engine(
        make_url(office.url).set(username=office.account("ro"), password="pw-ro")
    )
    try:
        denied = "permission denied for table organisations"
        with pytest.raises(DBAPIError, match=denied), direct.begin() as connection:
            connection.execute(text("UPDATE organisations SET name = 'Renamed'"))
    finally:
        direct.dispose()


def test_the_audit_log_names_each_user(office: Office) -> None:
    rita = office.open_as("rita", "Rita Alves")
    pat = office.open_as("pat", "Pat Chen")
    try:
        _rename(rita, _some_organisation(rita), "Association des Amis")
        with pat.unit_of_work() as session:
            set_self_approval(session, office.forum_id, True)
        with rita.reading() as session:
            actors = {
                (row.table_name, row.actor)
                for row in session.execute(select(AuditEntry.table_name, AuditEntry.actor))
            }
    finally:
        rita.dispose()
        pat.dispose()
    assert ("organisations", f"Rita Alves ({office.account('rita')})") in actors
    assert ("forums", f"Pat Chen ({office.account('pat')})") in actors


def test_a_minute_writer_cannot_approve_and_an_approver_can(office: Office) -> None:
    ana = office.open_as("ana", "Ana Lima")
    bo = office.open_as("bo", "Bo Berg")
    try:
        with ana.unit_of_work() as session:
            segment_id = session.scalars(select(Segment.id).order_by(Segment.position)).first()
            assert segment_id is not None
            minutes_id = start_minutes(session, segment_id, None)
        refused = r"^Approving minutes needs the approver role"
        with pytest.raises(AccessRefused, match=refused), ana.unit_of_work() as session:
            approve(session, minutes_id, None)
        direct = create_engine(
            make_url(office.url).set(username=office.account("ana"), password="pw-ana")
        )
        try:
            with pytest.raises(DBAPIError, match="row-level security"), direct.begin() as c:
                c.execute(text("UPDATE minutes SET state = 'approved'"))
        finally:
            direct.dispose()
        with bo.unit_of_work() as session:
            assert approve(session, minutes_id, None) == 1
        refused = r"^Changing approved minutes needs the approver"
        with pytest.raises(AccessRefused, match=refused), ana.unit_of_work() as session:
            save_draft(session, minutes_id, "<p>Changed after approval.</p>", None)
    finally:
        ana.dispose()
        bo.dispose()


def test_an_administrator_grants_a_role_and_it_takes_effect(office: Office) -> None:
    admin = office.open_as("admin", "Ada Admin")
    reader = office.open_as("ro", "Rui Reis")
    try:
        organisation_id = _some_organisation(reader)
        with pytest.raises(AccessRefused):
            _rename(reader, organisation_id, "Before")
        with admin.unit_of_work() as session:
            grant_role(session, office.account("ro"), Role.REGISTRAR)
        _rename(reader, organisation_id, "After")
        with admin.reading() as session:
            held = {user.account: user.roles for user in users_and_roles(session)}
            assert session.get_one(Organisation, organisation_id).name == "After"
    finally:
        admin.dispose()
        reader.dispose()
    assert held[office.account("ro")] == (Role.REGISTRAR, Role.READ_ONLY)

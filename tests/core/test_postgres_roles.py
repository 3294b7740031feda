"""Roles at the shared office, on a real PostgreSQL server (marked `postgres`): the
application refuses what the user's roles do not allow, and so does the server."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError
from tests.core.postgres_db import marks
from tests.core.postgres_office import Office, office

from forumdesk.services.access.guard import AccessRefused
from forumdesk.services.access.management import grant_role, set_up_roles, users_and_roles
from forumdesk.services.access.roles import Role
from forumdesk.services.minutes.review import set_self_approval
from forumdesk.services.minutes.workflow import approve, save_draft, start_minutes
from forumdesk.services.registry.edit import organisation_values, update_organisation
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Organisation, Segment

pytestmark = marks
__all__ = ["office"]  # the fixture


def _some_organisation(database: Database) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(select(Organisation.id).order_by(Organisation.name)).first()  # type: ignore[return-value]


def _rename(database: Database, organisation_id: uuid.UUID, name: str) -> None:
    with database.unit_of_work() as session:
        values = organisation_values(session.get_one(Organisation, organisation_id))
        update_organisation(
            session, organisation_id, values.__class__(**{**vars(values), "name": name})
        )


def _server_refuses(office: Office, who: str, statement: str, match: str) -> None:
    """`statement` run with `who`'s account straight on the server, around ForumDesk."""
    direct = create_engine(
        make_url(office.url).set(username=office.account(who), password=f"pw-{who}")
    )
    try:
        with pytest.raises(DBAPIError, match=match), direct.begin() as connection:
            connection.execute(text(statement))
    finally:
        direct.dispose()


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
    denied = "permission denied for table organisations"
    _server_refuses(office, "ro", "UPDATE organisations SET name = 'Renamed'", denied)


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
        _server_refuses(office, "ana", "UPDATE minutes SET state = 'approved'", "row-level")
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


def test_setting_up_again_keeps_the_rules(office: Office) -> None:
    owner, _ = open_database(office.url)
    try:
        with owner.unit_of_work() as session:
            set_up_roles(session)
            held = {user.account: user.roles for user in users_and_roles(session)}
    finally:
        owner.dispose()
    assert held[office.account("ana")] == (Role.MINUTE_WRITER,)
    _server_refuses(office, "ro", "UPDATE forums SET self_approval = true", "permission denied")


def test_the_audit_log_is_append_only_on_the_server_and_check_passes(office: Office) -> None:
    """Office workstations share one device and sign nothing: the server's grants keep
    the log whole, so a registrar may add entries but not edit or delete them."""
    from forumdesk.services.database.integrity import run_check

    rita = office.open_as("rita", "Rita Alves")
    try:
        _rename(rita, _some_organisation(rita), "Association des Amis")
        with rita.reading() as session:
            signatures = set(session.scalars(select(AuditEntry.signature)))
    finally:
        rita.dispose()
    report = run_check(office.url)
    assert signatures == {None}
    assert report.audit_problems == [] and report.ok, report.problems
    _server_refuses(office, "rita", "UPDATE audit_entries SET actor = 'x'", "permission denied")
    _server_refuses(office, "rita", "DELETE FROM audit_entries", "permission denied")

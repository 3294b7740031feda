"""A shared office on a real PostgreSQL server, for the roles tests (marked `postgres`):
a database of its own with the demo forum and the roles set up by the owner of its
tables, and one account per colleague (named after the database, dropped afterwards).
The role that runs the tests needs CREATEROLE (`.ci/run` gives it)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import make_url, text
from tests.core.postgres_db import drop_roles, empty_database

from forumdesk.services.access.guard import enforce_roles
from forumdesk.services.access.management import create_account, set_up_roles
from forumdesk.services.access.roles import Role
from forumdesk.services.database.demo import load_demo
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database

#: Each colleague's roles; their password is "pw-" and their short name.
COLLEAGUES = {
    "ana": [Role.MINUTE_WRITER],
    "bo": [Role.APPROVER],
    "rita": [Role.REGISTRAR],
    "pat": [Role.PROGRAMME_OFFICER],
    "ro": [Role.READ_ONLY],
    "admin": [Role.ADMINISTRATOR],
}


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
                if not session.scalar(
                    text("SELECT rolcreaterole FROM pg_roles WHERE rolname = current_user")
                ):
                    pytest.skip("the test role may not create roles (CREATEROLE)")
                forum_id = load_demo(session).forum_id
                set_up_roles(session)
            place = Office(url, name, forum_id)
            with owner.unit_of_work() as session:
                for who, roles in COLLEAGUES.items():
                    create_account(session, place.account(who), f"pw-{who}", roles)
        finally:
            owner.dispose()
        yield place
    drop_roles(f"{name}_")

"""The roles' table (services/access/roles.py), and what they mean on a SQLite file:
nothing, said once. The server's side is in test_postgres_roles.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from forumdesk.services.access.guard import enforce_roles
from forumdesk.services.access.management import (
    RolesNotApplicable,
    grant_role,
    signed_in,
    users_and_roles,
)
from forumdesk.services.access.roles import (
    BOOKKEEPING,
    WRITES,
    Role,
    may_write,
    parse_role,
    writers,
)
from forumdesk.services.access.server import group_name
from forumdesk.services.minutes.review import set_self_approval
from forumdesk.store.audit import NOT_AUDITED
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Base, Forum

#: Shared tables that only the administrator writes: merging another database, and
#: erasing a person (it rewrites approved minutes too, which only an approver may touch).
ADMINISTRATOR_ONLY = {"merge_runs", "merge_conflicts", "recorded_logins", "erasures"}


def test_every_table_has_a_role_that_writes_it() -> None:
    named = set().union(*WRITES.values()) | BOOKKEEPING | ADMINISTRATOR_ONLY
    assert set(Base.metadata.tables) - named == set()
    assert not (set().union(*WRITES.values()) & NOT_AUDITED - {"import_mappings"})


def test_each_role_writes_its_own_tables_and_reads_the_rest() -> None:
    assert may_write([Role.REGISTRAR], "registrations")
    assert not may_write([Role.REGISTRAR], "minutes")
    assert may_write([Role.REGISTRAR], "audit_entries")  # its changes are audited
    assert not may_write([Role.READ_ONLY], "audit_entries")
    assert not may_write([Role.READ_ONLY], "organisations")
    assert may_write([Role.ADMINISTRATOR], "merge_runs")
    assert writers("minutes") == [Role.MINUTE_WRITER, Role.APPROVER, Role.ADMINISTRATOR]
    assert writers("merge_runs") == [Role.ADMINISTRATOR]


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("minute-writer", Role.MINUTE_WRITER),
        ("minute_writer", Role.MINUTE_WRITER),
        ("Programme Officer", Role.PROGRAMME_OFFICER),
        ("read-only", Role.READ_ONLY),
    ],
)
def test_a_role_is_found_by_its_code_or_its_name(typed: str, role: Role) -> None:
    assert parse_role(typed) == role


def test_an_unknown_role_lists_the_roles() -> None:
    with pytest.raises(ValueError, match="registrar, programme officer"):
        parse_role("boss")


def test_on_a_sqlite_file_roles_do_not_apply(empty_db_path: Path) -> None:
    enforce_roles()
    database, _ = open_database(str(empty_db_path))
    try:
        with database.reading() as session:
            me = signed_in(session)
            with pytest.raises(RolesNotApplicable, match="single-user SQLite file"):
                users_and_roles(session)
            with pytest.raises(RolesNotApplicable):
                grant_role(session, "ana", Role.REGISTRAR)
    finally:
        database.dispose()
    assert not me.on_server and not me.may_assign
    assert database.account is None


def test_the_guard_leaves_a_sqlite_file_alone(demo_db_path: Path) -> None:
    enforce_roles()
    database, _ = open_database(str(demo_db_path))
    try:
        with database.unit_of_work() as session:
            forum = session.query(Forum).first()
            assert forum is not None
            set_self_approval(session, forum.id, True)
    finally:
        database.dispose()


def test_each_database_has_roles_of_its_own() -> None:
    assert group_name("forum2026", Role.REGISTRAR) == "forum2026_registrar"
    assert group_name("forum2027", Role.REGISTRAR) != group_name("forum2026", Role.REGISTRAR)
    long = group_name("x" * 63, Role.PROGRAMME_OFFICER)
    assert len(long) == 63 and long.endswith("_programme_officer")


PRACTICE_TABLES = ("themes", "practices", "practice_submitters", "practice_themes",
                   "practice_links")  # fmt: skip
RECOMMENDATION_TABLES = ("recommendations", "recommendation_uptakes",
                         "recommendation_practices", "follow_ups")  # fmt: skip


def test_practices_are_the_programme_officers_and_recommendations_the_minute_writers_too() -> None:
    for table in PRACTICE_TABLES + RECOMMENDATION_TABLES:
        assert may_write([Role.PROGRAMME_OFFICER], table), table
        assert not may_write([Role.REGISTRAR], table), table
        assert not may_write([Role.READ_ONLY], table), table
    for table in PRACTICE_TABLES:
        assert not may_write([Role.MINUTE_WRITER], table), table
    for table in RECOMMENDATION_TABLES:
        assert may_write([Role.MINUTE_WRITER], table), table

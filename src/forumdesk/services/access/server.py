"""The roles in PostgreSQL: the one module that speaks SQL about them.

Each role is a NOLOGIN group role named after the database ("forum2026_registrar"), so
that two ForumDesk databases on one server keep their roles apart; a user's own LOGIN
role is made a member of the groups they hold. GRANTs give each group the tables of
`roles.WRITES`; row-level security on the minutes lets a minute-writer write them only
while they are not approved. Whoever owns the tables (who ran the migrations) is the
administrator the server knows anyway: it bypasses grants and row security.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from forumdesk.services.access.roles import (
    APPROVED,
    BOOKKEEPING,
    MINUTES_TABLES,
    WRITES,
    Role,
)
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused

if TYPE_CHECKING:
    # psycopg weighs 20 MB: imported by the functions that compose roles' SQL, on a
    # server only, so that a SQLite user's process never loads it.
    from psycopg import sql

MAX_NAME = 63  # PostgreSQL's identifier length
#: Tables no role but the administrator (who erases a person's values) may change or
#: delete from: on a server the grants, not a device's key, keep the audit log whole.
APPEND_ONLY = frozenset({"audit_entries"})
# An account name as people type one: no quoting surprises, no pg_ system names.
_ACCOUNT = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")
_MARKER = "forumdesk"  # the prefix of this module's row-security policies


@dataclass(frozen=True)
class Access:
    """Who is signed in to the server, and what they hold there."""

    account: str
    roles: frozenset[Role]
    #: Whether this database's roles are set up (`forumdesk roles setup`).
    enforced: bool
    #: Owns the tables: the server lets them do everything.
    owner: bool

    @property
    def held(self) -> frozenset[Role]:
        """The roles that count: an owner is an administrator."""
        return self.roles | {Role.ADMINISTRATOR} if self.owner else self.roles


@dataclass(frozen=True)
class Member:
    account: str
    roles: frozenset[Role]
    owner: bool


def group_name(database: str, role: Role) -> str:
    """The group role of `role` for the database named `database`."""
    suffix = f"_{role.value}"
    return database[: MAX_NAME - len(suffix)] + suffix


def _groups(connection: Connection) -> dict[Role, str]:
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return {role: group_name(database, role) for role in Role}


def current_access(connection: Connection) -> Access:
    """The signed-in account's roles on this database."""
    groups = _groups(connection)
    account, owner = connection.execute(
        text(
            "SELECT current_user, coalesce((SELECT pg_has_role(current_user, t.tableowner, "
            "'MEMBER') FROM pg_tables t WHERE t.tablename = 'alembic_version' "
            "AND t.schemaname = current_schema()), false) OR (SELECT rolsuper FROM pg_roles "
            "WHERE rolname = current_user)"
        )
    ).one()
    rows = connection.execute(
        text(
            "SELECT rolname, pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
            "WHERE rolname = ANY(:names)"
        ),
        {"names": list(groups.values())},
    ).all()
    held = {name for name, member in rows if member}
    enforced = groups[Role.ADMINISTRATOR] in {name for name, _member in rows}
    roles = frozenset(role for role, name in groups.items() if name in held)
    if Role.ADMINISTRATOR in roles:  # its group is in every other: that says nothing more
        roles = frozenset({Role.ADMINISTRATOR})
    return Access(str(account), roles, enforced, bool(owner))


def members(connection: Connection) -> list[Member]:
    """Every account that holds a role here, with the owner of the tables first."""
    groups = _groups(connection)
    by_name = {name: role for role, name in groups.items()}
    rows = connection.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:groups) AND NOT (m.rolname = ANY(:groups))"
        ),
        {"groups": list(by_name)},
    ).all()
    owner = connection.execute(
        text(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'alembic_version' "
            "AND schemaname = current_schema()"
        )
    ).scalar()
    held: dict[str, set[Role]] = {str(owner): set()} if owner else {}
    for account, group in rows:
        held.setdefault(str(account), set()).add(by_name[group])
    return [
        Member(account, frozenset(roles), account == owner)
        for account, roles in sorted(held.items(), key=lambda item: (item[0] != owner, item[0]))
    ]


def set_up(connection: Connection) -> None:
    """Create this database's group roles (if missing) and give each exactly the
    privileges and row rules of `roles.py`. Run again after an upgrade: it starts over
    from no privileges, so a table a role no longer writes is taken back."""
    from psycopg import sql

    groups = _groups(connection)
    tables = _tables(connection)
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(groups.values())},
        ).scalars()
    )
    run = _runner(connection)
    for role, name in groups.items():
        group = sql.Identifier(name)
        if name not in existing:
            run(sql.SQL("CREATE ROLE {} NOLOGIN").format(group))
        run(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(group))
        run(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(group))
        run(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(group))
        written = tables if role == Role.ADMINISTRATOR else WRITES[role] & tables
        run(sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {}").format(group))
        if role != Role.READ_ONLY:
            written = written | (BOOKKEEPING & tables)
            # the search index numbers its rows from a sequence
            run(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(group))
        for table in sorted(written):
            appended = table in APPEND_ONLY and role != Role.ADMINISTRATOR
            verbs = sql.SQL("INSERT" if appended else "INSERT, UPDATE, DELETE")
            run(sql.SQL("GRANT {} ON {} TO {}").format(verbs, sql.Identifier(table), group))
    administrators = sql.Identifier(groups[Role.ADMINISTRATOR])
    # Tables a later migration adds (run by this owner) are read by every role at once;
    # who writes them is given by running this again with the version that knows them.
    everyone = sql.SQL(", ").join(sql.Identifier(name) for name in groups.values())
    run(
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {}").format(
            everyone
        )
    )
    run(
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(administrators)
    )
    for role, name in groups.items():
        if role != Role.ADMINISTRATOR:  # an administrator assigns every other role
            run(
                sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(
                    sql.Identifier(name), administrators
                )
            )
    for table in sorted(MINUTES_TABLES & tables):
        _minutes_rows(run, table, groups)


def _minutes_rows(run: Any, table: str, groups: dict[Role, str]) -> None:
    """Row security on a minutes table: everyone reads; a minute-writer writes a row
    only while it is not approved; an approver (or administrator) writes any."""
    from psycopg import sql

    target = sql.Identifier(table)
    run(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(target))
    policies = {
        "read": sql.SQL("FOR SELECT USING (true)"),
        "approver": sql.SQL("FOR ALL TO {}, {} USING (true) WITH CHECK (true)").format(
            sql.Identifier(groups[Role.APPROVER]), sql.Identifier(groups[Role.ADMINISTRATOR])
        ),
        "minute_writer": sql.SQL(
            "FOR ALL TO {} USING (state <> {approved}) WITH CHECK (state <> {approved})"
        ).format(sql.Identifier(groups[Role.MINUTE_WRITER]), approved=sql.Literal(APPROVED)),
    }
    for name, body in policies.items():
        policy = sql.Identifier(f"{_MARKER}_{name}")
        run(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(policy, target))
        run(sql.SQL("CREATE POLICY {} ON {} ").format(policy, target) + body)


def grant(connection: Connection, account: str, role: Role) -> None:
    """Make `account` hold `role` here (an administrator may pass it on)."""
    from psycopg import sql

    login = _login(connection, account)
    group = sql.Identifier(_groups(connection)[role])
    statement = sql.SQL("GRANT {} TO {}").format(group, login)
    if role == Role.ADMINISTRATOR:
        statement += sql.SQL(" WITH ADMIN OPTION")
    _runner(connection)(statement)


def revoke(connection: Connection, account: str, role: Role) -> None:
    from psycopg import sql

    login = _login(connection, account)
    group = sql.Identifier(_groups(connection)[role])
    _runner(connection)(sql.SQL("REVOKE {} FROM {}").format(group, login))


def create_login(connection: Connection, account: str, password: str) -> None:
    """A new database account that may sign in with `password`. The password is hashed
    here (SCRAM, as psql's \\password does): the server, its log and any error see
    only the hash."""
    from psycopg import sql

    check_account_name(account)
    may_create = connection.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not may_create:
        raise Refused(
            _(
                "creating a database account needs the CREATEROLE privilege on the server, "
                "which your account does not have; ask whoever runs the server"
            )
        )
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": account}
    ).first()
    if exists:
        raise Refused(_("the database account {account} already exists").format(account=account))
    raw = connection.connection.dbapi_connection
    assert raw is not None
    hashed = raw.pgconn.encrypt_password(password.encode(), account.encode())
    _runner(connection)(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
            sql.Identifier(account), sql.Literal(hashed.decode("ascii"))
        )
    )


def check_account_name(account: str) -> None:
    if not _ACCOUNT.match(account) or account.lower().startswith("pg_"):
        raise Refused(
            _(
                "{account!r} is not a database account name: letters, digits and _ . @ -, "
                "at most 63, not starting with a digit or pg_"
            ).format(account=account)
        )


def _login(connection: Connection, account: str) -> sql.Identifier:
    """The account's role, which must be a login and not one of the groups."""
    from psycopg import sql

    check_account_name(account)
    can_login = connection.execute(
        text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :name"), {"name": account}
    ).scalar()
    if can_login is None:
        raise Refused(
            _("there is no database account {account} on this server").format(account=account)
        )
    if not can_login:
        raise Refused(
            _("{account} is a group, not a person's database account").format(account=account)
        )
    return sql.Identifier(account)


def _tables(connection: Connection) -> frozenset[str]:
    """The database's tables, the search index and Alembic's among them."""
    names = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    ).scalars()
    return frozenset(str(name) for name in names)


def _runner(connection: Connection) -> Any:
    """Run composed SQL on the driver's own cursor, inside the unit of work's
    transaction: identifiers quoted by psycopg, and no statement text in SQLAlchemy's
    errors or logs."""
    raw = connection.connection.dbapi_connection
    assert raw is not None

    def run(statement: sql.Composable) -> None:
        cursor = raw.cursor()
        try:
            cursor.execute(statement)
        finally:
            cursor.close()

    return run

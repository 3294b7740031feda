"""Assigning roles: the use cases behind `forumdesk roles` and Tools → Users and Roles.

Each takes the unit of work's session; the server checks again what the application
checks here (only an administrator assigns roles, only the tables' owner sets them up).
A password given for a new account is handed to the server hashed and kept nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.access import server
from forumdesk.services.access.guard import require, session_access
from forumdesk.services.access.roles import Role, label
from forumdesk.services.access.server import Access
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused


class RolesNotApplicable(Refused):
    """The database is a SQLite file: one user, no roles."""

    def __init__(self) -> None:
        super().__init__(
            _("Roles apply to a shared PostgreSQL database; this is a single-user SQLite file")
        )


@dataclass(frozen=True)
class SignedIn:
    """Who is signed in and what they may do, for the window and `roles list`."""

    on_server: bool
    account: str
    roles: tuple[Role, ...]
    #: Whether `forumdesk roles setup` has been run on this database.
    set_up: bool
    may_assign: bool


@dataclass(frozen=True)
class UserRoles:
    account: str
    roles: tuple[Role, ...]
    #: Owns the tables: an administrator whatever groups it is in.
    owner: bool


def signed_in(session: Session) -> SignedIn:
    access = session_access(session)
    if access is None:
        return SignedIn(False, "", (), False, False)
    held = tuple(role for role in Role if role in access.held)
    return SignedIn(True, access.account, held, access.enforced, _may_assign(access))


def set_up_roles(session: Session) -> None:
    """Create (or bring up to date) this database's roles and their privileges."""
    access = _on_server(session)
    if not access.owner:
        raise Refused(
            _(
                "the owner of this database's tables sets up its roles; you are signed in "
                "as '{account}'"
            ).format(account=access.account)
        )
    server.set_up(session.connection())


def users_and_roles(session: Session) -> list[UserRoles]:
    _set_up(_on_server(session))
    admin = Role.ADMINISTRATOR
    return [
        UserRoles(
            m.account, tuple(r for r in Role if r in m.roles or (m.owner and r == admin)), m.owner
        )
        for m in server.members(session.connection())
    ]


def grant_role(session: Session, account: str, role: Role) -> None:
    _assigning(session)
    server.grant(session.connection(), account, role)


def revoke_role(session: Session, account: str, role: Role) -> None:
    access = _assigning(session)
    if account == access.account and role == Role.ADMINISTRATOR and not access.owner:
        raise Refused(_("you cannot take the administrator role from yourself"))
    held = {m.account: m.roles for m in server.members(session.connection())}
    if role not in held.get(account, frozenset()):
        raise Refused(
            _("{account} does not hold the {role} role").format(account=account, role=label(role))
        )
    server.revoke(session.connection(), account, role)


def create_account(session: Session, account: str, password: str, roles: list[Role]) -> None:
    """A database account for a new colleague, holding `roles`."""
    _assigning(session)
    if not password:
        raise Refused(_("a new database account needs a password"))
    server.create_login(session.connection(), account, password)
    for role in roles:
        server.grant(session.connection(), account, role)


def _on_server(session: Session) -> Access:
    access = session_access(session)
    if access is None:
        raise RolesNotApplicable
    return access


def _set_up(access: Access) -> None:
    if not access.enforced:
        raise Refused(
            _(
                "the roles are not set up on this database yet: the owner of its tables "
                "runs `forumdesk roles setup`"
            )
        )


def _assigning(session: Session) -> Access:
    access = _on_server(session)
    _set_up(access)
    require(session, Role.ADMINISTRATOR, _("Assigning roles"))
    return access


def _may_assign(access: Access) -> bool:
    return access.enforced and Role.ADMINISTRATOR in access.held

"""The application's check of the roles, in one place for every service: before a
flush, each row about to be written must be of a table the user's roles write (and a
minutes row must pass the approval rule); before a statement that writes, or that locks
rows to write them (`SELECT … FOR UPDATE`, how an edit reads what it will save), its
table must be one they write. The refusal names the role needed, the account and the
roles it holds, and nothing has been written.

Only on PostgreSQL with the roles set up (`forumdesk roles setup`); on a SQLite file,
and on a server database whose roles were never set up, everyone may do everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session

from forumdesk.services.access.roles import (
    APPROVED,
    MINUTES_TABLES,
    WRITES,
    Role,
    label,
    labels,
    may_write,
    writers,
)
from forumdesk.services.access.server import Access, current_access
from forumdesk.services.common.messages import N_, _
from forumdesk.services.common.refusals import Refused

_KEY = "forumdesk_access"

# What a refusal says the user tried to change, by the role that writes it.
_AREAS = {
    Role.REGISTRAR: N_("Changing the registry"),
    Role.PROGRAMME_OFFICER: N_("Changing the programme"),
    Role.MINUTE_WRITER: N_("Changing notes and minutes"),
    Role.APPROVER: N_("Changing notes and minutes"),
    Role.ADMINISTRATOR: N_("Changing this part of the database"),
}


class AccessRefused(Refused):
    """A change the signed-in account's roles do not allow."""


def enforce_roles() -> None:
    """Check every session's changes against the roles from now on (both front doors
    call this when they open a database; calling it again changes nothing)."""
    if not event.contains(Session, "before_flush", _check_flush):
        event.listen(Session, "before_flush", _check_flush)
        event.listen(Session, "do_orm_execute", _check_statement)


def session_access(session: Session) -> Access | None:
    """The signed-in account and its roles, asked once per unit of work; None on SQLite."""
    if _KEY not in session.info:
        on_server = session.get_bind().dialect.name == "postgresql"
        session.info[_KEY] = current_access(session.connection()) if on_server else None
    access: Access | None = session.info[_KEY]
    return access


def require(session: Session, role: Role, action: str) -> None:
    """Refuse `action` (a sentence's subject: "Assigning roles") unless the account holds
    `role` or is an administrator."""
    access = session_access(session)
    if access is None or not access.enforced:
        return
    if role in access.held or Role.ADMINISTRATOR in access.held:
        return
    raise refusal(access, action, role)


def refusal(access: Access, action: str, role: Role) -> AccessRefused:
    return AccessRefused(
        _("{action} needs the {role} role; you are signed in as '{account}' with: {roles}").format(
            action=action, role=label(role), account=access.account, roles=labels(access.held)
        )
    )


def _check_flush(session: Session, _context: Any, _instances: Any) -> None:
    if not (session.new or session.dirty or session.deleted):
        return
    access = _enforced(session)
    if access is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if table is None or (obj in session.dirty and not session.is_modified(obj)):
            continue
        _check_table(access, table)
        if table in MINUTES_TABLES:
            _check_minutes_row(session, access, obj)


def _check_statement(state: ORMExecuteState) -> None:
    statement: Any = state.statement
    if state.is_insert or state.is_update or state.is_delete:
        tables: Iterable[Any] = [statement.table]
    elif state.is_select and getattr(statement, "_for_update_arg", None) is not None:
        tables = statement.get_final_froms()
    else:
        return
    access = _enforced(state.session)
    if access is None:
        return
    for table in tables:
        if isinstance(table, Table):
            _check_table(access, table.name)


def _enforced(session: Session) -> Access | None:
    access = session_access(session)
    if access is None or not access.enforced or Role.ADMINISTRATOR in access.held:
        return None
    return access


def _check_table(access: Access, table: str) -> None:
    if may_write(access.held, table):
        return
    needed = writers(table)[0]
    area = next((role for role in Role if table in WRITES[role]), Role.ADMINISTRATOR)
    raise refusal(access, _(_AREAS[area]), needed)


def _check_minutes_row(session: Session, access: Access, obj: object) -> None:
    """Approved minutes are an approver's: approving them, and changing them after."""
    if Role.APPROVER in access.held:
        return
    history = inspect(obj).attrs.state.history
    old = history.deleted[0] if history.deleted else None
    if obj not in session.new and not history.has_changes():
        old = getattr(obj, "state", None)
    new = getattr(obj, "state", None)
    if new == APPROVED and old != APPROVED:
        raise refusal(access, _("Approving minutes"), Role.APPROVER)
    if APPROVED in (old, new):
        raise refusal(access, _("Changing approved minutes"), Role.APPROVER)

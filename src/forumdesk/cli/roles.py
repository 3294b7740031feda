"""`forumdesk roles setup|list|grant|revoke|add-account`: who may change what in a shared
PostgreSQL database. On a SQLite file roles do not apply, and the command says so.

A new account's password is typed at a prompt (twice) or, without a terminal, read
from the first line of standard input: never an argument, never printed.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    opened,
    print_result,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import _


def add_commands(commands: Any) -> None:
    actions = subcommands(
        commands, "roles", "who may change what in a shared PostgreSQL database", "roles_command"
    )
    actions.add_parser(
        "setup", help="create this database's roles and their privileges (its owner runs it)"
    )
    listing = actions.add_parser("list", help="the accounts that hold a role, and yours")
    listing.add_argument("--json", action="store_true", help="print JSON")
    for name, help in (("grant", "give an account a role"), ("revoke", "take a role back")):
        action = actions.add_parser(name, help=help)
        action.add_argument("user", metavar="USER", help="the database account")
        action.add_argument("role", metavar="ROLE", help=_role_names())
    account = actions.add_parser(
        "add-account", help="create a database account for a colleague (asks its password)"
    )
    account.add_argument("user", metavar="USER", help="the new account's name")
    account.add_argument(
        "--role", action="append", default=[], metavar="ROLE", help="a role to give it (repeat)"
    )


def _role_names() -> str:
    from forumdesk.services.access.roles import Role, label

    return ", ".join(label(role) for role in Role)


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.refusals import Refused

    try:
        return _run(args)
    except (Refused, CommandError) as error:
        return problem(error)


def _run(args: argparse.Namespace) -> int:
    from forumdesk.services.access import management
    from forumdesk.services.access.roles import label, labels

    with opened(args) as database:
        if args.roles_command == "list":
            with database.reading() as session:
                me = management.signed_in(session)
                users = management.users_and_roles(session) if me.set_up else []
            if not me.on_server:
                raise management.RolesNotApplicable
            _print_users(args, me, users)
            return EXIT_OK
        with database.unit_of_work() as session:
            if args.roles_command == "setup":
                management.set_up_roles(session)
                message = _("the roles of this database are set up")
            elif args.roles_command == "add-account":
                roles = [_role(text) for text in args.role]
                management.create_account(session, args.user, _new_password(args.user), roles)
                message = _("database account {user} created, with: {roles}").format(
                    user=args.user, roles=labels(roles)
                )
            elif args.roles_command == "grant":
                role = _role(args.role)
                management.grant_role(session, args.user, role)
                message = _("{user} now holds the {role} role").format(
                    user=args.user, role=label(role)
                )
            else:
                role = _role(args.role)
                management.revoke_role(session, args.user, role)
                message = _("{user} no longer holds the {role} role").format(
                    user=args.user, role=label(role)
                )
    print(message)
    return EXIT_OK


def _role(text: str) -> Any:
    from forumdesk.services.access.roles import parse_role

    try:
        return parse_role(text)
    except ValueError as error:
        raise CommandError(str(error)) from None


def _print_users(args: argparse.Namespace, me: Any, users: list[Any]) -> None:
    from forumdesk.services.access.roles import labels

    lines = [
        _("signed in as {account}, with: {roles}").format(
            account=me.account, roles=labels(me.roles)
        )
    ]
    if not me.set_up:
        lines.append(
            _("the roles are not set up on this database yet: run `forumdesk roles setup`")
        )
    for user in users:
        held = labels(user.roles)
        if user.owner:
            held = _("{roles} (owns the tables: may do everything)").format(roles=held)
        lines.append(f"  {user.account}: {held}")
    value = {
        "account": me.account,
        "roles": [role.value for role in me.roles],
        "set_up": me.set_up,
        "users": [
            {"account": u.account, "roles": [r.value for r in u.roles], "owner": u.owner}
            for u in users
        ],
    }
    print_result(args, value, "\n".join(lines))


def _new_password(user: str) -> str:
    """Typed twice, unseen; without a terminal, the first line of standard input."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(_("Password for the new account {user}: ").format(user=user))
    if getpass.getpass(_("The same password again: ")) != password:
        raise CommandError(_("the two passwords differ; nothing was changed"))
    return password

"""`forumdesk forum set`: a forum's own settings, headless (one unit of work)."""

from __future__ import annotations

import argparse
from typing import Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    bounded_int,
    only_forum,
    opened,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import N_, _, ngettext

SWITCH = {"on": True, "off": False}
#: As services.privacy.retention.MAX_MONTHS (not imported: the parser stays light).
MAX_RETENTION_MONTHS = 1200


def add_commands(commands: Any) -> None:
    actions = subcommands(commands, "forum", "a forum's settings", "forum_command")
    change = actions.add_parser("set", help="change a forum's settings")
    add_forum_option(change, "the forum (default: the only one in the database)")
    change.add_argument(
        "--self-approval",
        choices=tuple(SWITCH),
        help="on: one person may compose and approve the same minutes (small meetings); "
        "the approval line then says so. off (the default): someone else approves",
    )
    change.add_argument(
        "--retention-months",
        type=_retention,
        metavar="N|off",
        default=argparse.SUPPRESS,
        help="erase the personal data of the forum's people N months after it ends "
        "(forumdesk retention); off keeps it",
    )


def _retention(text: str) -> int | None:
    return None if text.strip().lower() == "off" else bounded_int(0, MAX_RETENTION_MONTHS)(text)


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.refusals import Refused
    from forumdesk.services.minutes.review import set_self_approval
    from forumdesk.services.minutes.workflow import MinutesError
    from forumdesk.services.privacy.retention import set_retention

    retention_given = hasattr(args, "retention_months")
    if args.self_approval is None and not retention_given:
        return problem(_("say what to set: --self-approval or --retention-months"), 2)
    try:
        with opened(args) as database, database.unit_of_work() as session:
            # A forum given is checked by the service, in the terminal's language.
            forum_id = args.forum or only_forum(session, none=N_("no forum yet"))
            if args.self_approval is not None:
                set_self_approval(session, forum_id, SWITCH[args.self_approval])
            if retention_given:
                set_retention(session, forum_id, args.retention_months)
    except (CommandError, MinutesError, Refused) as error:
        return problem(error)
    if args.self_approval is not None:
        print(
            _("one-person approval is {self_approval} for forum {forum_id}").format(
                self_approval=args.self_approval, forum_id=forum_id
            )
        )
    if retention_given:
        print(_retention_text(args.retention_months, forum_id))
    return EXIT_OK


def _retention_text(months: int | None, forum_id: object) -> str:
    if months is None:
        return _("personal data of forum {forum_id} is kept").format(forum_id=forum_id)
    return ngettext(
        "personal data of forum {forum_id} is erased {count} month after it ends",
        "personal data of forum {forum_id} is erased {count} months after it ends",
        months,
    ).format(forum_id=forum_id, count=months)

"""`forumdesk forum set`: a forum's own settings, headless (one unit of work)."""

from __future__ import annotations

import argparse
from typing import Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    only_forum,
    opened,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import N_, _

SWITCH = {"on": True, "off": False}


def add_commands(commands: Any) -> None:
    actions = subcommands(commands, "forum", "a forum's settings", "forum_command")
    change = actions.add_parser("set", help="change a forum's settings")
    add_forum_option(change, "the forum (default: the only one in the database)")
    change.add_argument(
        "--self-approval",
        choices=tuple(SWITCH),
        required=True,
        help="on: one person may compose and approve the same minutes (small meetings); "
        "the approval line then says so. off (the default): someone else approves",
    )


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.minutes.review import set_self_approval
    from forumdesk.services.minutes.workflow import MinutesError

    try:
        with opened(args) as database, database.unit_of_work() as session:
            # A forum given is checked by the service, in the terminal's language.
            forum_id = args.forum or only_forum(session, none=N_("no forum yet"))
            set_self_approval(session, forum_id, SWITCH[args.self_approval])
    except (CommandError, MinutesError) as error:
        return problem(error)
    print(
        _("one-person approval is {self_approval} for forum {forum_id}").format(
            self_approval=args.self_approval, forum_id=forum_id
        )
    )
    return EXIT_OK

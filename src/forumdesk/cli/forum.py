"""`forumdesk forum set`: a forum's own settings, headless (one unit of work)."""

from __future__ import annotations

import argparse
import sys
import uuid
from typing import Any

EXIT_OK, EXIT_PROBLEM = 0, 1
SWITCH = {"on": True, "off": False}


def add_commands(commands: Any) -> None:
    forum = commands.add_parser("forum", help="a forum's settings")
    actions = forum.add_subparsers(dest="forum_command", metavar="ACTION", required=True)
    change = actions.add_parser("set", help="change a forum's settings")
    change.add_argument(
        "--forum", type=uuid.UUID, help="the forum (default: the only one in the database)"
    )
    change.add_argument(
        "--self-approval",
        choices=tuple(SWITCH),
        required=True,
        help="on: one person may compose and approve the same minutes (small meetings); "
        "the approval line then says so. off (the default): someone else approves",
    )


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from forumdesk.services.minutes.review import set_self_approval
    from forumdesk.services.minutes.workflow import MinutesError
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Forum

    database, _report = open_database(args.database)
    try:
        with database.unit_of_work() as session:
            forum_id = args.forum
            if forum_id is None:
                forums = session.scalars(select(Forum.id).where(Forum.deleted_at.is_(None))).all()
                if len(forums) != 1:
                    print(
                        "forumdesk: "
                        + ("no forum yet" if not forums else "several forums: pass --forum ID"),
                        file=sys.stderr,
                    )
                    return EXIT_PROBLEM
                forum_id = forums[0]
            allowed = SWITCH[args.self_approval]
            set_self_approval(session, forum_id, allowed)
    except MinutesError as error:
        print(f"forumdesk: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        database.dispose()
    print(f"one-person approval is {args.self_approval} for forum {forum_id}")
    return EXIT_OK

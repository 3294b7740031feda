"""`forumdesk retention [--dry-run] [--yes] [--json]`: erase the personal data of the
people whose every forum is past its retention (`forumdesk forum set
--retention-months N`). `--dry-run` only lists them; otherwise it asks first unless
`--yes`, takes a backup, and erases them as `forumdesk person erase` would."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from forumdesk.cli.common import EXIT_OK, confirmed, opened, print_json, problem
from forumdesk.services.common.messages import _, ngettext


def add_commands(commands: Any) -> None:
    retention = commands.add_parser(
        "retention",
        help="erase the personal data of people whose forums are past their retention",
    )
    retention.add_argument(
        "--dry-run", action="store_true", help="list who would be erased, change nothing"
    )
    retention.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retention.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.refusals import Refused
    from forumdesk.services.privacy.erasure import erase_people
    from forumdesk.services.privacy.retention import due_for_erasure
    from forumdesk.store.backup import BackupError

    try:
        with opened(args) as database:
            with database.reading() as session:
                plan = due_for_erasure(session)
            count = len(plan.people)
            listing = ngettext(
                "{count} person is past retention", "{count} people are past retention", count
            ).format(count=count)
            if args.dry_run or not plan.people:
                if args.json:
                    print_json(plan.as_json() | {"dry_run": args.dry_run})
                else:
                    print("\n".join([listing, *(f"  {p.name}  ({p.id})" for p in plan.people)]))
                return EXIT_OK
            if not args.json:
                print(listing, file=sys.stderr)
            question = ngettext(
                "Erase the personal data of {count} person? This cannot be undone. [y/N] ",
                "Erase the personal data of {count} people? This cannot be undone. [y/N] ",
                count,
            ).format(count=count)
            if not args.yes and not confirmed(question):
                return problem(_("nothing was erased (answer y, or pass --yes)."))
            result = erase_people(
                database, [person.id for person in plan.people], reason="retention"
            )
    except (Refused, BackupError) as error:
        return problem(error)
    if args.json:
        print_json(plan.as_json() | result.as_json() | {"dry_run": False})
    else:
        print(
            ngettext(
                "personal data of {count} person erased",
                "personal data of {count} people erased",
                count,
            ).format(count=count)
        )
    return EXIT_OK

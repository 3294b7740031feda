"""`forumdesk compendium export`: the compendium of the forum's published practices.

The same composer as the Practices page's Export Compendium…: contents by theme, the
practices numbered, the indexes of countries and of organisations.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    find_forum,
    opened,
    problem,
    subcommands,
)
from forumdesk.exports.document.writers import FORMATS
from forumdesk.services.common.messages import _, ngettext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_commands(commands: Any) -> None:
    """Register `compendium` and its action on the main parser's subparsers object."""
    actions = subcommands(
        commands, "compendium", "the published compendium of practices", "compendium_command"
    )
    export = actions.add_parser(
        "export", help="write the compendium of published practices (PDF, DOCX, ODT…)"
    )
    add_forum_option(export)
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--format", choices=FORMATS, help="default: from the file name")
    export.add_argument(
        "--include-fictional",
        action="store_true",
        help="include the sample practices, each marked as a fictional example",
    )
    export.add_argument("--language", help="the document's language (default: the forum's)")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.output_files import OutputPathError, check_output_path
    from forumdesk.services.common.refusals import NotFound, Refused

    try:
        form = args.format or args.output.suffix.lower().lstrip(".")
        if form not in FORMATS:
            raise CommandError(
                _("cannot tell the format from {name!r}: pass --format {formats}").format(
                    name=args.output.name, formats="|".join(FORMATS)
                )
            )
        with opened(args) as database:
            check_output_path(args.output, database.path)  # never over the database
            with database.reading() as session:
                return _export(args, session, find_forum(session, args.forum), form)
    except (CommandError, NotFound, Refused, OutputPathError) as error:
        return problem(error)


def _export(args: argparse.Namespace, session: Session, forum_id: uuid.UUID, form: str) -> int:
    from forumdesk.exports.practices.compendium import write_compendium

    count = write_compendium(
        session,
        forum_id,
        args.output,
        form,
        language=args.language,
        include_fictional=args.include_fictional,
    )
    print(
        ngettext(
            "Compendium written to {output} ({form}, {count} practice).",
            "Compendium written to {output} ({form}, {count} practices).",
            count,
        ).format(output=args.output, form=form, count=count)
    )
    return EXIT_OK

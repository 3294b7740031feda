"""`forumdesk person export ID -o FILE`: everything held about one person, for their
right of access, as JSON or a readable PDF (the format from the file's extension or
`--format`). Read-only: the database is left as it was."""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from forumdesk.cli.common import EXIT_OK, opened, problem, subcommands
from forumdesk.services.common.messages import _


def add_commands(commands: Any) -> None:
    actions = subcommands(commands, "person", "one person's data", "person_command")
    export = actions.add_parser(
        "export", help="write everything held about a person (subject access), JSON or PDF"
    )
    export.add_argument("id", metavar="ID", type=uuid.UUID, help="the person's record id")
    export.add_argument("-o", "--output", required=True, help="the file to write (.json, .pdf)")
    export.add_argument(
        "--format", choices=("json", "pdf"), help="the file's format (else its extension)"
    )


def run(args: argparse.Namespace) -> int:
    from forumdesk.exports.privacy.files import export_format, write_subject_access
    from forumdesk.services.common.output_files import OutputPathError, check_output_path
    from forumdesk.services.common.refusals import Refused
    from forumdesk.services.privacy.subject_access import subject_access

    try:
        form = export_format(args.output, args.format)
        with opened(args) as database:
            check_output_path(args.output, database.path)  # before any work
            with database.reading() as session:
                access = subject_access(session, args.id)
            write_subject_access(access, args.output, form, database_path=database.path)
    except (Refused, OutputPathError, OSError) as error:
        return problem(error)
    print(_("personal data of {name} written to {path}").format(name=access.name, path=args.output))
    return EXIT_OK

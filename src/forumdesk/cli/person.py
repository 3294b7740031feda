"""`forumdesk person export ID -o FILE`: everything held about one person, for their
right of access, as JSON or a readable PDF (the format from the file's extension or
`--format`). Read-only: the database is left as it was.

`forumdesk person erase ID [--yes] [--json]`: their personal data erased everywhere,
for their right to be forgotten; a pseudonym stands for them in approved minutes and
the report. Asks first unless `--yes`; a backup is taken before, and it cannot be
undone otherwise.
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

from forumdesk.cli.common import EXIT_OK, confirmed, opened, print_result, problem, subcommands
from forumdesk.services.common.messages import _, ngettext


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
    erase = actions.add_parser(
        "erase",
        help="erase a person's personal data everywhere (right to be forgotten); "
        "approved minutes and the report keep a pseudonym",
    )
    erase.add_argument("id", metavar="ID", type=uuid.UUID, help="the person's record id")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    if args.person_command == "erase":
        return _erase(args)
    return _export(args)


def _export(args: argparse.Namespace) -> int:
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


def _erase(args: argparse.Namespace) -> int:
    from forumdesk.services.common.refusals import Refused
    from forumdesk.services.privacy.erasure import erase_people, erasure_plan
    from forumdesk.store.backup import BackupError

    try:
        with opened(args) as database:
            with database.reading() as session:
                plan = erasure_plan(session, args.id)  # refused before anything is asked
            question = _(
                "Erase the personal data of {name}? Their records, the texts naming them and "
                "the audit log will say {pseudonym} instead; this cannot be undone. [y/N] "
            ).format(name=plan.name, pseudonym=plan.pseudonym)
            if not args.yes and not confirmed(question):
                return problem(_("nothing was erased (answer y, or pass --yes)."))
            run = erase_people(database, [args.id])
    except (Refused, BackupError) as error:
        return problem(error)
    [erased] = run.erased
    texts = ngettext(
        "{count} text now says the pseudonym", "{count} texts now say the pseudonym", erased.texts
    ).format(count=erased.texts)
    print_result(
        args,
        run.as_json(),
        _("personal data of {name} erased: they are now {pseudonym}; {texts}.").format(
            name=plan.name, pseudonym=erased.pseudonym, texts=texts
        ),
    )
    return EXIT_OK

"""`forumdesk minutes compose|approve|cover|export|export-all`: the minutes, headless.

Same services as the Minutes page; each command is one unit of work.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_OK, EXIT_PROBLEM = 0, 1
FORMATS = ("pdf", "docx", "odt", "html", "md")


_INTERNAL_HELP = (
    "the internal version: internal notes included, every page marked not for distribution"
)


class CommandError(Exception):
    """A command that cannot run as asked; printed as one line, exit status 1."""


def add_commands(commands: Any) -> None:
    minutes = commands.add_parser("minutes", help="compose, approve and export minutes")
    actions = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)

    compose = actions.add_parser(
        "compose", help="start (or recompose) a segment's minutes and print them"
    )
    compose.add_argument("--segment", type=uuid.UUID, required=True)
    compose.add_argument(
        "--author", help="who composes (default: the global --by, $FORUMDESK_USER or your name)"
    )
    compose.add_argument(
        "--replace-edits", action="store_true", help="recompose even over hand edits"
    )
    compose.add_argument("--json", action="store_true")

    approve = actions.add_parser(
        "approve", help="approve the latest version of a segment's minutes"
    )
    approve.add_argument("--segment", type=uuid.UUID, required=True)
    approve.add_argument(
        "--by",
        dest="approve_by",
        metavar="NAME",
        help="who approves (default: the global --by, $FORUMDESK_USER or your name); "
        "not whoever composed or last edited the version, unless the forum allows it",
    )

    export = actions.add_parser("export", help="write a segment's minutes to a file")
    export.add_argument("--segment", type=uuid.UUID, required=True)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--internal", action="store_true", help=_INTERNAL_HELP)

    from forumdesk.cli.minutes_cover import add_command as add_cover_command

    add_cover_command(actions)

    every = actions.add_parser("export-all", help="write every minutes of a forum")
    every.add_argument("--forum", type=uuid.UUID, required=True)
    every.add_argument("--format", choices=FORMATS, required=True)
    every.add_argument("-o", "--output", type=Path, required=True, help="a folder or a .zip")
    every.add_argument("--internal", action="store_true", help=_INTERNAL_HELP)


def run(args: argparse.Namespace) -> int:
    from forumdesk.cli.minutes_cover import CoverCommandError, run_cover
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.common.signer import UnnamedSigner
    from forumdesk.services.minutes.compose import ComposeError
    from forumdesk.services.minutes.workflow import MinutesError
    from forumdesk.store.migrate import open_database

    try:
        database, _report = open_database(args.database)
        try:
            command = args.minutes_command
            if command == "cover":
                with database.unit_of_work() as session:
                    return run_cover(args, session)
            if command in ("compose", "approve"):
                with database.unit_of_work() as session:
                    return (
                        _compose(args, session) if command == "compose" else _approve(args, session)
                    )
            export = _export if command == "export" else _export_all
            with database.reading() as session:
                return export(args, session, database.path)
        finally:
            database.dispose()
    except (
        CommandError,
        CoverCommandError,
        MinutesError,
        ComposeError,
        OutputPathError,
        UnnamedSigner,
        OSError,
    ) as error:
        print(f"forumdesk: {error}", file=sys.stderr)
        return EXIT_PROBLEM


def _compose(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.minutes import workflow as flow
    from forumdesk.services.minutes.notes import notes_taken

    author = args.author or getattr(args, "signer", "")
    minutes_id = flow.minutes_of_segment(session, args.segment)
    if minutes_id is None:
        minutes_id = flow.start_minutes(session, args.segment, author)
        number = 1
    else:
        number = flow.recompose(session, minutes_id, author, replace_edits=args.replace_edits)
    html = flow.version_html(session, minutes_id, number)
    taken = notes_taken(session, args.segment)
    if args.json:
        value = {"minutes_id": str(minutes_id), "version": number, "html": html}
        value["notes"] = {"for_record": taken.for_record, "internal": taken.internal}
        print(json.dumps(value, indent=2, ensure_ascii=False))
    else:
        print(html)
        # Which notes the minutes publish, beside the text (stdout stays the HTML).
        print(
            f"{taken.for_record} note(s) for the record taken, {taken.internal} internal "
            "note(s) left out (minutes export --internal prints them)",
            file=sys.stderr,
        )
    return EXIT_OK


def _approve(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.common.signer import require_signer
    from forumdesk.services.minutes import workflow as flow

    minutes_id = _existing(session, args.segment)
    approver = require_signer(args.approve_by or getattr(args, "signer", ""))
    number = flow.approve(session, minutes_id, approver)
    print(f"version {number} approved by {approver}")
    return EXIT_OK


def _existing(session: Session, segment_id: uuid.UUID) -> uuid.UUID:
    from forumdesk.services.minutes.workflow import minutes_of_segment

    minutes_id = minutes_of_segment(session, segment_id)
    if minutes_id is None:
        raise CommandError("this segment has no minutes yet; run `minutes compose` first")
    return minutes_id


def _export(args: argparse.Namespace, session: Session, database_path: Path | None) -> int:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.services.common.output_files import check_output_path

    check_output_path(args.output, database_path)  # before any work: never over a database
    document = minutes_document(session, _existing(session, args.segment), internal=args.internal)
    write_document(document, args.output, args.format)
    print(f"wrote {args.output}" + (" (internal version)" if args.internal else ""))
    return EXIT_OK


def _export_all(args: argparse.Namespace, session: Session, database_path: Path | None) -> int:
    from forumdesk.exports.minutes.files import export_all

    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} minutes", end="", file=sys.stderr, flush=True)

    result = export_all(
        session,
        args.forum,
        args.output,
        args.format,
        internal=args.internal,
        database_path=database_path,
        progress=progress if show_progress else None,
    )
    if show_progress:
        print(file=sys.stderr)
    print(f"wrote {result.written} minutes to {args.output}")
    return EXIT_OK

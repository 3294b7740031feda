"""`forumdesk minutes compose|approve|export|export-all`: the minutes, headless.

Same services as the Minutes page; each command is one unit of work.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_OK, EXIT_PROBLEM = 0, 1
FORMATS = ("pdf", "docx", "odt", "html", "md")


class CommandError(Exception):
    """A command that cannot run as asked; printed as one line, exit status 1."""


def add_commands(commands: Any) -> None:
    minutes = commands.add_parser("minutes", help="compose, approve and export minutes")
    actions = minutes.add_subparsers(dest="minutes_command", metavar="ACTION", required=True)

    compose = actions.add_parser(
        "compose", help="start (or recompose) a segment's minutes and print them"
    )
    compose.add_argument("--segment", type=uuid.UUID, required=True)
    compose.add_argument("--author", help="who composes (default: nobody named)")
    compose.add_argument(
        "--replace-edits", action="store_true", help="recompose even over hand edits"
    )
    compose.add_argument("--json", action="store_true")

    approve = actions.add_parser("approve", help="approve the latest version of a segment's")
    approve.add_argument("--segment", type=uuid.UUID, required=True)
    approve.add_argument("--by", default="Head of secretariat", help="who approves")

    export = actions.add_parser("export", help="write a segment's minutes to a file")
    export.add_argument("--segment", type=uuid.UUID, required=True)
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("-o", "--output", type=Path, required=True)

    every = actions.add_parser("export-all", help="write every minutes of a forum")
    every.add_argument("--forum", type=uuid.UUID, required=True)
    every.add_argument("--format", choices=FORMATS, required=True)
    every.add_argument("-o", "--output", type=Path, required=True, help="a folder or a .zip")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.minutes_compose import ComposeError
    from forumdesk.services.minutes_workflow import MinutesError
    from forumdesk.store.migrate import open_database

    try:
        database, _report = open_database(args.database)
        try:
            command = args.minutes_command
            if command in ("compose", "approve"):
                with database.unit_of_work() as session:
                    return (
                        _compose(args, session) if command == "compose" else _approve(args, session)
                    )
            with database.reading() as session:
                return _export(args, session) if command == "export" else _export_all(args, session)
        finally:
            database.dispose()
    except (CommandError, MinutesError, ComposeError, OSError) as error:
        print(f"forumdesk: {error}", file=sys.stderr)
        return EXIT_PROBLEM


def _compose(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services import minutes_workflow as flow

    minutes_id = flow.minutes_of_segment(session, args.segment)
    if minutes_id is None:
        minutes_id = flow.start_minutes(session, args.segment, args.author)
        number = 1
    else:
        number = flow.recompose(session, minutes_id, args.author, replace_edits=args.replace_edits)
    html = flow.version_html(session, minutes_id, number)
    if args.json:
        value = {"minutes_id": str(minutes_id), "version": number, "html": html}
        print(json.dumps(value, indent=2, ensure_ascii=False))
    else:
        print(html)
    return EXIT_OK


def _approve(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services import minutes_workflow as flow

    minutes_id = _existing(session, args.segment)
    number = flow.approve(session, minutes_id, args.by)
    print(f"version {number} approved by {args.by}")
    return EXIT_OK


def _existing(session: Session, segment_id: uuid.UUID) -> uuid.UUID:
    from forumdesk.services.minutes_workflow import minutes_of_segment

    minutes_id = minutes_of_segment(session, segment_id)
    if minutes_id is None:
        raise CommandError("this segment has no minutes yet; run `minutes compose` first")
    return minutes_id


def _export(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.exports.document_writers import write_document
    from forumdesk.exports.minutes_document import minutes_document

    document = minutes_document(session, _existing(session, args.segment))
    write_document(document, args.output, args.format)
    print(f"wrote {args.output}")
    return EXIT_OK


def _export_all(args: argparse.Namespace, session: Session) -> int:
    import tempfile

    from forumdesk.exports.document_writers import write_document
    from forumdesk.exports.minutes_document import minutes_document
    from forumdesk.services.minutes import minutes_overview
    from forumdesk.services.minutes_workflow import minutes_of_segment

    rows = [row for row in minutes_overview(session, args.forum) if row.state is not None]
    if not rows:
        raise CommandError("no minutes in this forum yet")
    as_zip = args.output.suffix.lower() == ".zip"
    progress = sys.stderr.isatty()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) if as_zip else args.output
        folder.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        for index, row in enumerate(rows, start=1):
            minutes_id = minutes_of_segment(session, row.segment_id)
            assert minutes_id is not None
            name = (
                f"{row.day.isoformat()}-{row.starts_at.strftime('%H%M')}-{_slug(row.segment_title)}"
            )
            path = folder / f"{name}.{args.format}"
            write_document(minutes_document(session, minutes_id), path, args.format)
            written.append(path)
            if progress:
                print(f"\r{index}/{len(rows)} minutes", end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)
        if as_zip:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(args.output, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in written:
                    archive.write(path, path.name)
    print(f"wrote {len(written)} minutes to {args.output}")
    return EXIT_OK


def _slug(text: str) -> str:
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "segment"

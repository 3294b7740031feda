"""`forumdesk programme conflicts|ics|pdf|docx`: the programme's checks and exports, headless.

`add_export_commands` registers the actions on the `programme` command's subparsers;
`run_export_command` runs one on an open database. Errors are one line on stderr and
exit status 1; `conflicts` also exits 1 when it finds clashes, so a script can test it.
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

    from forumdesk.store.database import Database

EXIT_OK, EXIT_PROBLEM = 0, 1
EXPORT_COMMANDS = ("conflicts", "ics", "pdf", "docx")


class ExportCommandError(Exception):
    """A command that cannot run as asked; printed as one line, exit status 1."""


def add_export_commands(actions: Any) -> None:
    """Register conflicts, ics, pdf and docx on the `programme` subparsers object."""
    conflicts = actions.add_parser(
        "conflicts", help="list clashes in the programme (exit status 1 when there are any)"
    )
    conflicts.add_argument("--forum", type=uuid.UUID, help="default: the only forum")
    conflicts.add_argument("--json", action="store_true", help="print the clashes as JSON")

    ics = actions.add_parser("ics", help="export the programme as an iCalendar (.ics) file")
    ics.add_argument("file", type=Path)
    ics.add_argument("--forum", type=uuid.UUID, help="default: the only forum")
    ics.add_argument(
        "--person", type=uuid.UUID, help="only the segments where this representative takes part"
    )

    pdf = actions.add_parser("pdf", help="print the programme to an A4 PDF")
    pdf.add_argument("file", type=Path)
    pdf.add_argument("--forum", type=uuid.UUID, help="default: the only forum")

    docx = actions.add_parser("docx", help="write the programme as a Word (.docx) document")
    docx.add_argument("file", type=Path)
    docx.add_argument("--forum", type=uuid.UUID, help="default: the only forum")


def run_export_command(args: argparse.Namespace, database: Database) -> int:
    """Run the action named by `args.programme_command`; return the exit status."""
    from forumdesk.exports.programme.layout import ProgrammeExportError
    from forumdesk.services.common.output_files import OutputPathError

    try:
        with database.reading() as session:
            forum_id = _forum(session, getattr(args, "forum", None))
            command = args.programme_command
            if command == "conflicts":
                return _conflicts(args, session, forum_id)
            if command == "ics":
                return _ics(args, session, forum_id)
            if command in ("pdf", "docx"):
                return _document(args, session, forum_id, command)
            raise ExportCommandError(f"unknown programme action {command!r}")
    except (ExportCommandError, ProgrammeExportError, OutputPathError) as error:
        print(f"forumdesk: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as error:
        print(
            f"forumdesk: cannot write {error.filename or 'the file'}: {error.strerror or error}",
            file=sys.stderr,
        )
        return EXIT_PROBLEM


def _forum(session: Session, forum_id: uuid.UUID | None) -> uuid.UUID:
    from sqlalchemy import select

    from forumdesk.store.models import Forum

    if forum_id is not None:
        forum = session.get(Forum, forum_id)
        if forum is None or forum.deleted_at is not None:
            raise ExportCommandError(f"there is no forum {forum_id}")
        return forum_id
    forums = session.scalars(select(Forum.id).where(Forum.deleted_at.is_(None))).all()
    if len(forums) != 1:
        raise ExportCommandError(
            "the database holds no forum" if not forums else "several forums: pass --forum ID"
        )
    return forums[0]


def _conflicts(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.programme.clashes import find_clashes

    clashes = find_clashes(session, forum_id)
    if args.json:
        print(json.dumps([c.as_json() for c in clashes], indent=2, ensure_ascii=False))
    elif clashes:
        print("\n".join(f"{c.kind}: {c.message}" for c in clashes))
        print(f"{len(clashes)} clash(es).")
    else:
        print("No clashes in the programme.")
    return EXIT_PROBLEM if clashes else EXIT_OK


def _ics(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.exports.programme.ics import write_programme_ics
    from forumdesk.store.models import Representative

    if args.person is not None:
        person = session.get(Representative, args.person)
        if person is None or person.deleted_at is not None:
            raise ExportCommandError(f"there is no representative {args.person}")
    count = write_programme_ics(session, forum_id, args.file, person_id=args.person)
    print(f"Wrote {count} event(s) to {args.file}.")
    return EXIT_OK


def _document(args: argparse.Namespace, session: Session, forum_id: uuid.UUID, kind: str) -> int:
    if kind == "pdf":
        from forumdesk.exports.programme.pdf import write_programme_pdf as write
    else:
        from forumdesk.exports.programme.docx import write_programme_docx as write
    count = write(session, forum_id, args.file)
    print(f"Wrote the programme ({count} segment(s)) to {args.file}.")
    return EXIT_OK

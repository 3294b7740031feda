"""`forumdesk report export|outline`: the forum's summary report, headless.

Same composer as the desktop: the summary document with its table of contents,
numbered paragraphs and footnotes, and the programme as annex.
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
FORMATS = ("pdf", "docx", "odt", "html", "md")


class CommandError(Exception):
    """A command that cannot run as asked; printed as one line, exit status 1."""


def add_commands(commands: Any) -> None:
    """Register `report` and its actions on the main parser's subparsers object."""
    report = commands.add_parser("report", help="the forum's summary report")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write the summary report (PDF, DOCX, ODT…)")
    export.add_argument("--forum", type=uuid.UUID, help="default: the only forum")
    export.add_argument("--format", choices=FORMATS, help="default: from the file name")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--language", help="the language version (default: the original)")

    outline = actions.add_parser("outline", help="sections and their paragraph ranges")
    outline.add_argument("--forum", type=uuid.UUID, help="default: the only forum")
    outline.add_argument("--language", help="the language version (default: the original)")
    outline.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.report.report import ReportError
    from forumdesk.store.migrate import open_database

    try:
        form = _format(args) if args.report_command == "export" else None
        database, _report = open_database(args.database)
        try:
            return _dispatch(args, database, form)
        finally:
            database.dispose()
    except (CommandError, ReportError, OutputPathError) as error:
        print(f"forumdesk: {error}", file=sys.stderr)
        return EXIT_PROBLEM


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    suffix = {"markdown": "md", "htm": "html"}.get(suffix, suffix)
    if suffix not in FORMATS:
        raise CommandError(
            f"cannot tell the format from {args.output.name!r}: pass --format " + "|".join(FORMATS)
        )
    return suffix


def _dispatch(args: argparse.Namespace, database: Database, form: str | None) -> int:
    from forumdesk.services.common.output_files import check_output_path

    if form is not None:  # never over the database, nor a backup
        check_output_path(args.output, database.path)
    with database.reading() as session:
        forum_id = args.forum or _only_forum(session)
        if form is not None:
            return _export(args, session, forum_id, form)
        return _outline(args, session, forum_id)


def _only_forum(session: Session) -> uuid.UUID:
    from sqlalchemy import select

    from forumdesk.store.models import Forum

    forums = session.scalars(select(Forum.id).where(Forum.deleted_at.is_(None))).all()
    if len(forums) > 1:
        raise CommandError("the database holds several forums: pass --forum ID")
    if not forums:
        raise CommandError("the database holds no forum")
    return forums[0]


def _export(args: argparse.Namespace, session: Session, forum_id: uuid.UUID, form: str) -> int:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.report.summary import report_document

    document = report_document(session, forum_id, language=args.language)
    write_document(document, args.output, form)
    numbered = sum(1 for block in document.blocks if getattr(block, "number", None))
    print(f"Report written to {args.output} ({form}, {numbered} paragraph(s)).")
    return EXIT_OK


def _outline(args: argparse.Namespace, session: Session, forum_id: uuid.UUID) -> int:
    from forumdesk.services.report.report import report_outline

    outline = report_outline(session, forum_id, language=args.language)
    if args.json:
        value = {
            "document_id": str(outline.document_id),
            "language_version_id": str(outline.language_version_id),
            "language": outline.language,
            "title": outline.title,
            "paragraphs": outline.paragraphs,
            "sections": [
                {
                    "id": str(s.id),
                    "parent_id": str(s.parent_id) if s.parent_id else None,
                    "depth": s.depth,
                    "label": s.label,
                    "title": s.title,
                    "first_paragraph": s.first_paragraph,
                    "last_paragraph": s.last_paragraph,
                }
                for s in outline.sections
            ],
        }
        json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{outline.title} ({outline.language}, {outline.paragraphs} paragraphs)")
    for s in outline.sections:
        indent = "  " * (s.depth - 1)
        label = f"{s.label}. " if s.label else ""
        if s.first_paragraph is None:
            span = "—"
        elif s.first_paragraph == s.last_paragraph:
            span = f"¶{s.first_paragraph}"
        else:
            span = f"¶¶{s.first_paragraph}–{s.last_paragraph}"
        print(f"{indent}{label}{s.title}  {span}")
    return EXIT_OK

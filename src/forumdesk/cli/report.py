"""`forumdesk report export|outline`: the forum's summary report, headless.

Same composer as the desktop: the summary document with its table of contents,
numbered paragraphs and footnotes, and the programme as annex.
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    HOLDS_SEVERAL_FORUMS,
    CommandError,
    add_forum_option,
    document_format,
    only_forum,
    opened,
    print_json,
    problem,
    subcommands,
)
from forumdesk.exports.document.writers import FORMATS
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.store.database import Database


def add_commands(commands: Any) -> None:
    """Register `report` and its actions on the main parser's subparsers object."""
    actions = subcommands(commands, "report", "the forum's summary report", "report_command")

    export = actions.add_parser("export", help="write the summary report (PDF, DOCX, ODT…)")
    add_forum_option(export)
    export.add_argument("--format", choices=FORMATS, help="default: from the file name")
    export.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    export.add_argument("--language", help="the language version (default: the original)")

    outline = actions.add_parser("outline", help="sections and their paragraph ranges")
    add_forum_option(outline)
    outline.add_argument("--language", help="the language version (default: the original)")
    outline.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.report.report import ReportError

    try:
        form = (
            document_format(args.output, args.format) if args.report_command == "export" else None
        )
        with opened(args) as database:
            return _dispatch(args, database, form)
    except (CommandError, ReportError, OutputPathError) as error:
        return problem(error)


def _dispatch(args: argparse.Namespace, database: Database, form: str | None) -> int:
    from forumdesk.services.common.output_files import check_output_path

    if form is not None:  # never over the database, nor a backup
        check_output_path(args.output, database.path)
    with database.reading() as session:
        # A forum given is checked by the report service.
        forum_id = args.forum or only_forum(session, several=HOLDS_SEVERAL_FORUMS)
        if form is not None:
            return _export(args, session, forum_id, form)
        return _outline(args, session, forum_id)


def _export(args: argparse.Namespace, session: Session, forum_id: uuid.UUID, form: str) -> int:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.report.summary import report_document

    document = report_document(session, forum_id, language=args.language)
    write_document(document, args.output, form)
    numbered = sum(1 for block in document.blocks if getattr(block, "number", None))
    print(
        _("Report written to {output} ({form}, {numbered} paragraph(s)).").format(
            output=args.output, form=form, numbered=numbered
        )
    )
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
        print_json(value)
        return EXIT_OK
    print(
        _("{title} ({language}, {paragraphs} paragraphs)").format(
            title=outline.title, language=outline.language, paragraphs=outline.paragraphs
        )
    )
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

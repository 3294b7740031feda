"""`forumdesk document …`, `forumdesk note add|mark` and `forumdesk search`: the document
commands, over the same services as the Document & notes page.
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
    bounded_int,
    live_forums,
    only_forum,
    opened,
    print_result,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.documents.parser import ParsedDocument
    from forumdesk.store.database import Database


def add_commands(commands: Any) -> None:
    """Register the subcommands on the main parser's subparsers object."""
    actions = subcommands(
        commands, "document", "import and read summary documents", "document_command"
    )
    imp = actions.add_parser("import", help="import a summary document (.txt, .docx, .odt)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--language", help="language code of the file, e.g. fr (default: guessed)")
    add_forum_option(imp, "forum id (default: the only forum)")
    imp.add_argument(
        "--document", type=uuid.UUID, help="add the file as another language of this document"
    )
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    show = actions.add_parser("show", help="print a numbered paragraph and its section path")
    show.add_argument("--paragraph", type=bounded_int(1, 100_000), required=True)
    show.add_argument("--document", type=uuid.UUID)
    show.add_argument("--language")
    show.add_argument("--json", action="store_true")

    note_actions = subcommands(commands, "note", "write notes on paragraphs", "note_command")
    add = note_actions.add_parser("add", help="add a note citing paragraphs")
    add.add_argument("--paragraphs", required=True, help='e.g. "23-25,29"')
    add.add_argument("--text", required=True)
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--document", type=uuid.UUID, help="default: the only document")
    add.add_argument("--author", help="default: the global --by, $FORUMDESK_USER or your name")
    add.add_argument("--json", action="store_true")
    add.add_argument(
        "--for-record", action="store_true", help="print it in the minutes (default: internal)"
    )
    mark = note_actions.add_parser(
        "mark", help="mark a note for the record (printed in minutes) or internal"
    )
    mark.add_argument("note_id", metavar="ID", type=uuid.UUID)
    marks = mark.add_mutually_exclusive_group(required=True)
    marks.add_argument("--for-record", dest="for_record", action="store_true")
    marks.add_argument("--internal", dest="for_record", action="store_false")
    mark.add_argument("--json", action="store_true")

    search = commands.add_parser(
        "search", help="search paragraphs, notes, and people and organisations by name"
    )
    search.add_argument("query")
    add_forum_option(search, None)
    search.add_argument("--limit", type=bounded_int(1, 10_000), default=50)
    search.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "document" and args.document_command == "import":
            parsed = _load_file(args.file)  # before opening: bad files never touch the database
        else:
            parsed = None
        with opened(args) as database:
            _ensure_index(database)
            return _dispatch(args, database, parsed)
    except CommandError as error:
        return problem(error)


def _dispatch(args: argparse.Namespace, database: Database, parsed: ParsedDocument | None) -> int:
    from forumdesk.services.documents.documents import DocumentError
    from forumdesk.services.documents.paragraph_refs import ParagraphRefError
    from forumdesk.services.notes.note_input import NoteError

    try:
        if parsed is not None:
            with database.unit_of_work() as session:
                return _import(args, session, parsed)
        if args.command == "document":
            with database.reading() as session:
                return _show(args, session)
        if args.command == "note":
            with database.unit_of_work() as session:
                if args.note_command == "mark":
                    return _mark_note(args, session)
                return _add_note(args, session)
        with database.reading() as session:
            return _search(args, session)
    except (DocumentError, NoteError, ParagraphRefError) as error:
        raise CommandError(str(error)) from error


def _ensure_index(database: Database) -> None:
    """Fill the derived data of a database just migrated to it, before anything writes."""
    from forumdesk.services.database.maintenance import prepare_database

    with database.unit_of_work() as session:
        prepare_database(session)


def _load_file(path: Path) -> ParsedDocument:
    from forumdesk.services.documents.files import DocumentImportError, load_summary

    try:
        return load_summary(path)
    except DocumentImportError as error:
        raise CommandError(str(error)) from error


def _import(args: argparse.Namespace, session: Session, parsed: ParsedDocument) -> int:
    from forumdesk.services.documents.documents import import_summary

    # No forum yet: the document is imported without one.
    forum_id = args.forum or (
        only_forum(session, several=HOLDS_SEVERAL_FORUMS) if live_forums(session) else None
    )
    language = args.language or _guess_language(parsed)
    report = import_summary(
        session,
        parsed,
        language=language,
        forum_id=forum_id,
        source_name=args.file.name,
        document_id=args.document,
    )
    result = {
        "document_id": str(report.document_id),
        "language_version_id": str(report.language_version_id),
        "language": language,
        "paragraphs": report.paragraphs,
        "sections": _section_tree(parsed),
        "footnotes": report.footnotes,
        "warnings": list(report.warnings),
    }
    lines = [
        f"Imported {args.file.name} ({language}): {report.paragraphs} paragraphs, "
        f"{report.sections} headings, {report.footnotes} footnote(s).",
        f"Document {report.document_id}",
        *(f"warning: {warning}" for warning in report.warnings),
    ]
    print_result(args, result, "\n".join(lines))
    return EXIT_OK


def _section_tree(parsed: ParsedDocument) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = [
        {
            "number": section.label,
            "title": section.title,
            "first": section.first_paragraph,
            "last": section.last_paragraph,
            "children": [],
        }
        for section in parsed.sections
    ]
    roots: list[dict[str, Any]] = []
    for section, node in zip(parsed.sections, nodes, strict=True):
        (roots if section.parent is None else nodes[section.parent]["children"]).append(node)
    return roots


def _guess_language(parsed: ParsedDocument) -> str:
    from forumdesk.services.documents.documents import guess_language

    return guess_language(parsed.header.language)


def _show(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.documents.documents import paragraph_detail

    detail = paragraph_detail(
        session, args.paragraph, document_id=args.document, language=args.language
    )
    result = {
        "document_id": str(detail.document_id),
        "language": detail.language,
        "paragraph": detail.number,
        "section_path": list(detail.section_path),
        "text": detail.text,
        "footnotes": [{"marker": f.marker, "text": f.text} for f in detail.footnotes],
    }
    text = "\n".join(
        [
            " › ".join(detail.section_path),
            "",
            f"{detail.number}. {detail.text}",
            *(f"\n{f.marker} {f.text}" for f in detail.footnotes),
        ]
    )
    print_result(args, result, text)
    return EXIT_OK


def _add_note(args: argparse.Namespace, session: Session) -> int:
    from sqlalchemy import select

    from forumdesk.services.documents.paragraph_refs import parse_paragraph_refs
    from forumdesk.services.notes.note_input import NoteInput
    from forumdesk.services.notes.notes import create_note, html_from_plain
    from forumdesk.store.models import Document

    numbers = parse_paragraph_refs(args.paragraphs)
    document_id = args.document
    if document_id is None:
        documents = session.scalars(select(Document.id).where(Document.deleted_at.is_(None))).all()
        if len(documents) != 1:
            raise CommandError(
                _("no document to note on: import one first")
                if not documents
                else _("several documents exist: pass --document ID")
            )
        document_id = documents[0]
    document = session.get(Document, document_id)
    if document is None or document.deleted_at is not None:
        raise CommandError(_("there is no document {document_id}").format(document_id=document_id))
    note_id = create_note(
        session,
        document.forum_id,
        NoteInput(
            for_record=args.for_record,
            body_html=html_from_plain(args.text),
            body_text=args.text,
            document_id=document_id,
            paragraphs=numbers,
            tags=tuple(args.tag),
            author=args.author or getattr(args, "signer", "") or None,
        ),
    )
    print_result(args, {"id": str(note_id), "paragraphs": list(numbers)}, str(note_id))
    return EXIT_OK


def _mark_note(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.notes.notes import mark_note

    mark_note(session, args.note_id, args.for_record)
    marked = _("note for the record") if args.for_record else _("note internal")
    print_result(args, {"id": str(args.note_id), "for_record": args.for_record}, marked)
    return EXIT_OK


def _hit_title(kind: str, paragraph: int | None, label: str) -> str:
    if kind == "paragraph":
        return f"¶{paragraph}"
    if kind == "practice":
        return _("practice “{title}”").format(title=label)
    if kind == "recommendation":
        return _("recommendation {code}").format(code=label)
    if kind in ("representative", "organisation"):
        return _("person") if kind == "representative" else _("organisation")
    return _("note") if paragraph is None else _("note on ¶{paragraph}").format(paragraph=paragraph)


def _search(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.search.query import search

    hits = search(session, args.query, forum_id=args.forum, limit=args.limit)
    result = [
        {
            "kind": hit.kind,
            "paragraph": hit.paragraph,
            "id": str(hit.target_id),
            "document_id": str(hit.document_id) if hit.document_id else None,
            "snippet": hit.snippet,
            "highlights": [list(span) for span in hit.highlights],
            "label": hit.label,
        }
        for hit in hits
    ]
    lines = [f"{_hit_title(hit.kind, hit.paragraph, hit.label)}: {hit.marked()}" for hit in hits]
    print_result(args, result, "\n".join(lines) or _("No match."))
    return EXIT_OK

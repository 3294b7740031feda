"""`forumdesk minutes compose|approve|cover|export|export-all`: the minutes, headless.

Same services as the Minutes page; each command is one unit of work.

`minutes cover ID [--symbol …] [--distribution general|limited|restricted] …` shows
the cover block of a minutes document (what is stored, and what is printed where a
field is empty), or sets some of its fields. ID is the minutes' id or their
segment's. An empty value ("") empties a field, which is then printed from the
forum and its summary again. `--expect-version N` refuses to write over minutes
changed since version N was read.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    opened,
    print_json,
    problem,
    subcommands,
)
from forumdesk.exports.document.writers import FORMATS
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes.cover import CoverValues


_INTERNAL_HELP = (
    "the internal version: internal notes included, every page marked not for distribution"
)

# `minutes cover` option → cover field
COVER_OPTIONS = {
    "organ": "organ",
    "distribution": "distribution",
    "date": "issued_on",
    "original_language": "original_language",
    "session": "session_label",
    "agenda_item": "agenda_item",
    "symbol": "symbol",
    "preamble": "preamble",
}


def add_commands(commands: Any) -> None:
    actions = subcommands(
        commands, "minutes", "compose, approve and export minutes", "minutes_command"
    )

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

    _add_cover_command(actions)

    every = actions.add_parser("export-all", help="write every minutes of a forum")
    add_forum_option(every, None, required=True)
    every.add_argument("--format", choices=FORMATS, required=True)
    every.add_argument("-o", "--output", type=Path, required=True, help="a folder or a .zip")
    every.add_argument("--internal", action="store_true", help=_INTERNAL_HELP)


def _add_cover_command(actions: Any) -> None:
    cover = actions.add_parser(
        "cover", help="show or set the cover block of minutes (organ, symbol, distribution…)"
    )
    cover.add_argument("minutes", type=uuid.UUID, metavar="ID", help="the minutes or their segment")
    cover.add_argument("--organ", help='e.g. "Assemblée générale"')
    cover.add_argument("--distribution", help="general, limited or restricted")
    cover.add_argument("--date", help="the date printed on the cover, YYYY-MM-DD")
    cover.add_argument("--original-language", help='e.g. "anglais" or "en"')
    cover.add_argument("--session", help='e.g. "Soixante et unième session"')
    cover.add_argument("--agenda-item", help='e.g. "Point 54 b) de l\'ordre du jour provisoire"')
    cover.add_argument("--symbol", help='e.g. "A/61/187"')
    cover.add_argument(
        "--preamble", help="the author's note: its heading, a blank line, its paragraphs"
    )
    cover.add_argument("--expect-version", type=int, help="refuse if the minutes changed since")
    cover.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.common.signer import UnnamedSigner
    from forumdesk.services.minutes.compose import ComposeError
    from forumdesk.services.minutes.workflow import MinutesError

    try:
        with opened(args) as database:
            command = args.minutes_command
            if command in ("compose", "approve", "cover"):
                run_one = {"compose": _compose, "approve": _approve, "cover": _cover}[command]
                with database.unit_of_work() as session:
                    return run_one(args, session)
            export = _export if command == "export" else _export_all
            with database.reading() as session:
                return export(args, session, database.path)
    except (
        CommandError,
        MinutesError,
        ComposeError,
        OutputPathError,
        UnnamedSigner,
        OSError,
    ) as error:
        return problem(error)


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
        print_json(value)
    else:
        print(html)
        # Which notes the minutes publish, beside the text (stdout stays the HTML).
        print(
            _(
                "{for_record} note(s) for the record taken, {internal} internal note(s) left out "
                "(minutes export --internal prints them)"
            ).format(for_record=taken.for_record, internal=taken.internal),
            file=sys.stderr,
        )
    return EXIT_OK


def _approve(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.common.signer import require_signer
    from forumdesk.services.minutes import workflow as flow

    minutes_id = _existing(session, args.segment)
    approver = require_signer(args.approve_by or getattr(args, "signer", ""))
    number = flow.approve(session, minutes_id, approver)
    print(_("version {number} approved by {approver}").format(number=number, approver=approver))
    return EXIT_OK


def _existing(session: Session, segment_id: uuid.UUID) -> uuid.UUID:
    from forumdesk.services.minutes.workflow import minutes_of_segment

    minutes_id = minutes_of_segment(session, segment_id)
    if minutes_id is None:
        raise CommandError(_("this segment has no minutes yet; run `minutes compose` first"))
    return minutes_id


def _export(args: argparse.Namespace, session: Session, database_path: Path | None) -> int:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.services.common.output_files import check_output_path

    check_output_path(args.output, database_path)  # before any work: never over a database
    document = minutes_document(session, _existing(session, args.segment), internal=args.internal)
    write_document(document, args.output, args.format)
    print(
        _("wrote {file} (internal version)").format(file=args.output)
        if args.internal
        else _("wrote {file}").format(file=args.output)
    )
    return EXIT_OK


def _export_all(args: argparse.Namespace, session: Session, database_path: Path | None) -> int:
    from forumdesk.exports.minutes.files import export_all

    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        print(
            "\r" + _("{done}/{total} minutes").format(done=done, total=total),
            end="",
            file=sys.stderr,
            flush=True,
        )

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
    print(
        _("wrote {written} minutes to {output}").format(written=result.written, output=args.output)
    )
    return EXIT_OK


def _cover(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.minutes.cover import (
        CoverError,
        CoverValues,
        minutes_cover,
        normalised,
        set_minutes_cover,
    )

    given: dict[str, Any] = {
        field: getattr(args, option) for option, field in COVER_OPTIONS.items()
    }
    given = {field: value for field, value in given.items() if value is not None}
    if "issued_on" in given:
        given["issued_on"] = _date(given["issued_on"])
    normalised(CoverValues(**given))  # the arguments first: a bad value names itself
    minutes_id = _minutes_or_segment(session, args.minutes)
    if given:
        current = minutes_cover(session, minutes_id)
        if args.expect_version is not None and args.expect_version != current.version:
            raise CoverError(
                _(
                    "the minutes changed since version {expect_version} (now {version}); nothing "
                    "was saved"
                ).format(expect_version=args.expect_version, version=current.version)
            )
        wanted = dataclasses.replace(current.stored, **given)
        set_minutes_cover(session, minutes_id, wanted)
    _print_cover(minutes_cover(session, minutes_id), as_json=args.json)
    return EXIT_OK


def _minutes_or_segment(session: Session, identifier: uuid.UUID) -> uuid.UUID:
    from forumdesk.services.minutes.workflow import minutes_of_segment
    from forumdesk.store.models import Minutes

    minutes = session.get(Minutes, identifier)
    if minutes is not None and minutes.deleted_at is None:
        return identifier
    found = minutes_of_segment(session, identifier)
    if found is None:
        raise CommandError(
            _("{identifier} is neither minutes nor a segment with minutes").format(
                identifier=identifier
            )
        )
    return found


def _date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            _("--date {text!r}: expected a date as YYYY-MM-DD").format(text=text)
        ) from None


def _print_cover(cover: Any, *, as_json: bool) -> None:
    def values(found: CoverValues) -> dict[str, Any]:
        return {
            name: value.isoformat() if isinstance(value, date) else value
            for name, value in dataclasses.asdict(found).items()
        }

    if as_json:
        value = {
            "minutes_id": str(cover.minutes_id),
            "version": cover.version,
            "stored": values(cover.stored),
            "printed": values(cover.printed),
        }
        print_json(value)
        return
    for name, printed in values(cover.printed).items():
        stored = getattr(cover.stored, name)
        origin = "" if stored else "  " + _("(default)")
        print(f"{name}: {printed if printed is not None else '—'}{origin}")
    print(_("version: {version}").format(version=cover.version))

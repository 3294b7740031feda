"""The `practice` commands' parser, and `list`, `show`, `review` and `export`; the
import and its undo are in `importing.py`."""

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
    interrupted,
    opened,
    print_json,
    print_result,
    problem,
    subcommands,
)
from forumdesk.cli.practices.importing import import_practices, undo_import
from forumdesk.services.common.messages import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.store.database import Database

_STATES = ("received", "under_review", "published", "declined")  # store.enums.ReviewState
_TYPES = ("policy", "programme", "partnership_offer", "research", "data_tool")
_REGIONS = ("africa", "americas", "asia", "europe", "oceania", "global")


def add_commands(commands: Any) -> None:
    actions = subcommands(
        commands, "practice", "import, list, review and export practices", "practice_command"
    )
    imp = actions.add_parser(
        "import", help="import practices from a CSV or XLSX file (all rows or none)"
    )
    imp.add_argument("file", type=Path)
    add_forum_option(imp)
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="import this column (its header or 0-based number) as FIELD (title, summary, "
        "type, region, countries, themes, submitters, partners, period_from, period_to, "
        "results, contact_name, contact_email, links, paragraphs, ignore); repeatable. "
        "Other columns: the mapping remembered for these headers, else guessed",
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")

    undo = actions.add_parser("undo-import", help="take an import of practices back")
    undo.add_argument("id", type=uuid.UUID, help="the import's id, as `practice import` printed")

    listing = actions.add_parser("list", help="list the forum's practices")
    add_forum_option(listing)
    listing.add_argument("--theme", metavar="CODE", help="a theme's code, e.g. remittances")
    listing.add_argument("--region", choices=_REGIONS)
    listing.add_argument("--type", choices=_TYPES)
    listing.add_argument("--state", choices=_STATES)
    listing.add_argument("--search", metavar="TEXT", help="words of the title or the text")
    listing.add_argument("--json", action="store_true")

    show = actions.add_parser("show", help="one practice in full")
    show.add_argument("id", help="the practice's id (or the start of it, as `list` prints)")
    show.add_argument("--json", action="store_true")

    review = actions.add_parser("review", help="move a practice along its review")
    review.add_argument("id", help="the practice's id (or the start of it)")
    review.add_argument("--to", required=True, choices=("under_review", "published", "declined"))
    review.add_argument("--reason", help="why (needed to decline, or to withdraw a published one)")

    export = actions.add_parser("export", help="the open data of the practices, CSV or JSON")
    export.add_argument("-o", "--output", required=True, type=Path, help="the file to write")
    export.add_argument("--format", choices=("csv", "json"), help="default: from the file name")
    export.add_argument("--all", action="store_true", help="every practice, not only published")
    add_forum_option(export)


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.common.refusals import NotFound, Refused
    from forumdesk.services.registry.import_.columns import MappingError
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.files import ImportFileError

    try:
        headers: list[str] = []
        if args.practice_command == "import":
            headers = _headers(args.file)  # a bad file never opens the database
        with opened(args) as database:
            return _dispatch(args, database, headers)
    except (CommandError, ImportFileError, MappingError, Refused, NotFound) as error:
        return problem(shown(str(error)))
    except KeyboardInterrupt:
        return interrupted()


def _dispatch(args: argparse.Namespace, database: Database, headers: list[str]) -> int:
    from forumdesk.services.common.output_files import check_output_path

    command = args.practice_command
    if command == "import":
        return import_practices(args, database, headers)
    if command == "export":
        check_output_path(args.output, database.path)  # never over the database
        with database.reading() as session:
            return _export(args, session)
    if command in ("review", "undo-import"):
        with database.unit_of_work() as session:
            return _review(args, session) if command == "review" else undo_import(args, session)
    with database.reading() as session:
        return _list(args, session) if command == "list" else _show(args, session)


def _headers(path: Path) -> list[str]:
    from forumdesk.services.registry.import_.files import read_rows

    headers, _rows = read_rows(path)
    return headers


def _practice_id(session: Session, text: str) -> uuid.UUID:
    from forumdesk.services.practices.listing import find_practice
    from forumdesk.services.registry.import_.encoding import shown

    found = find_practice(session, text)
    if found is None:
        raise CommandError(
            _("there is no practice {id} (see `practice list`)").format(id=shown(text)[:60])
        )
    return found


def _list(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.practices.listing import PracticeFilter, list_practices
    from forumdesk.services.practices.review import state_label
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion

    wanted = PracticeFilter(
        theme=args.theme,
        region=WorldRegion(args.region) if args.region else None,
        practice_type=PracticeType(args.type) if args.type else None,
        state=ReviewState(args.state) if args.state else None,
        search=args.search,
    )
    lines = list_practices(session, find_forum(session, args.forum), wanted)
    text = "\n".join(
        shown(
            f"{line.id}  {state_label(line.state):<14} {line.practice_type.value:<18} "
            f"{line.title}" + (f" — {'; '.join(line.submitters)}" if line.submitters else "")
        )
        for line in lines
    )
    print_result(args, [line.as_json() for line in lines], text or _("No practices."))
    return EXIT_OK


_SHOWN = (
    ("type", N_("Type")),
    ("state", N_("State")),
    ("region", N_("Region")),
    ("countries", N_("Countries")),
    ("period", N_("Period")),
    ("submitters", N_("Submitted by")),
    ("partners", N_("Partners")),
    ("themes", N_("Themes")),
    ("paragraphs", N_("Paragraphs")),
    ("contact", N_("Contact")),
    ("links", N_("Links")),
    ("reviewer", N_("Reviewer")),
    ("reason", N_("Reason")),
    ("summary", N_("Summary")),
    ("results", N_("Results")),
)


def _show(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
    from forumdesk.services.practices.practices import practice_view
    from forumdesk.services.practices.review import state_label
    from forumdesk.services.registry.import_.encoding import shown

    view = practice_view(session, _practice_id(session, args.id))
    data = view.values
    period = "–".join(str(y) for y in (data.period_from, data.period_to) if y)
    contact = " ".join(filter(None, (data.contact_name, data.contact_email)))
    values: dict[str, Any] = {
        "id": str(view.id),
        "title": data.title,
        "type": data.practice_type.value,
        "state": view.state.value,
        "region": data.region.value if data.region else None,
        "countries": list(data.countries),
        "period": period,
        "submitters": list(view.submitter_names),
        "partners": data.partners,
        "themes": list(view.theme_labels),
        "paragraphs": format_paragraph_refs(p.number for p in data.paragraphs),
        "contact": contact,
        "links": list(data.links),
        "reviewer": view.reviewer,
        "reason": view.review_reason,
        "summary": data.summary,
        "results": data.results,
        "fictional": data.fictional,
    }
    if args.json:
        print_json(values)
        return EXIT_OK
    shown_values = dict(values, state=state_label(view.state))
    lines = [data.title, ""]
    for key, label in _SHOWN:
        value = shown_values[key]
        if isinstance(value, list):
            value = "; ".join(value)
        if value:
            lines.append(f"{_(label)}: {value}")
    # Each line of a long text on its own, escaped: a summary may hold line breaks.
    print("\n".join(shown(part) for line in lines for part in line.splitlines() or [""]))
    return EXIT_OK


def _review(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.practices.review import review_practice, state_label
    from forumdesk.store.enums import ReviewState

    step = review_practice(
        session, _practice_id(session, args.id), ReviewState(args.to), reason=args.reason
    )
    print(
        _("Practice {id}: {before} → {after} (by {reviewer}).").format(
            id=step.practice_id,
            before=state_label(step.before),
            after=state_label(step.after),
            reviewer=step.reviewer,
        )
    )
    return EXIT_OK


def _export(args: argparse.Namespace, session: Session) -> int:
    # Written by another part of issue 20; the ignore goes once it has landed.
    from forumdesk.services.practices.open_data import (  # type: ignore[import-untyped,unused-ignore]
        write_open_data,
    )

    form = args.format or ("json" if args.output.suffix.lower() == ".json" else "csv")
    count = write_open_data(
        session, find_forum(session, args.forum), args.output, form, published_only=not args.all
    )
    print(_("Wrote {count} practice(s) to {file}.").format(count=count, file=args.output))
    return EXIT_OK

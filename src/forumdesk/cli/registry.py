"""`forumdesk registry import|imports|undo-import|export|badges|stats`: the registry, headless.

Same services as the Registry page. An import runs in one unit of work: invalid
rows are reported and left out, a dry run writes nothing, and Ctrl-C rolls back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    find_forum,
    interrupted,
    opened,
    print_result,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.import_.columns import ColumnMapping
    from forumdesk.services.registry.import_.importer import ImportReport
    from forumdesk.store.database import Database


def add_commands(commands: Any) -> None:
    """Register `registry` and its actions on the main parser's subparsers object."""
    actions = subcommands(
        commands, "registry", "import, export and count representatives", "registry_command"
    )

    imp = actions.add_parser("import", help="import representatives from a CSV or XLSX list")
    imp.add_argument("file", type=Path)
    add_forum_option(imp, "also register everyone to this forum")
    imp.add_argument(
        "--mapping",
        type=Path,
        help='JSON column mapping, e.g. {"columns": {"Nom": "family_name"}} '
        "(default: the remembered one for these headers, else guessed)",
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    imp.add_argument(
        "--likely",
        choices=("skip", "update", "new"),
        default="skip",
        help="a row that looks like a listed person: skip it (default), update that "
        "person's empty or changed fields, or import it as a new person. A row that "
        "matches a listed person exactly (name, organisation, email) is always skipped",
    )
    imp.add_argument("--report", type=Path, help="save the per-row report as CSV")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")

    listing = actions.add_parser("imports", help="list the imports, newest first")
    listing.add_argument("--json", action="store_true")

    undo = actions.add_parser(
        "undo-import", help="take an import back: what it created, what it updated"
    )
    undo.add_argument("id", help="the import's id, as `registry imports` lists it")

    exp = actions.add_parser("export", help="export representatives to CSV or XLSX")
    exp.add_argument("file", type=Path)
    exp.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file name")
    add_forum_option(exp, "only the people registered to this forum")
    exp.add_argument("--columns", help="comma-separated column keys (default: the usual ones)")

    badges = actions.add_parser("badges", help="print the accredited people's badges to a PDF")
    badges.add_argument("file", type=Path)
    add_forum_option(badges)
    badges.add_argument(
        "--layout",
        choices=("sheet", "card"),  # exports.registry.badges.LAYOUTS, without loading reportlab
        default="sheet",
        help="sheet: A4 sheets of 8 to cut (default); card: one 95 x 70 mm badge a page",
    )

    stats = actions.add_parser("stats", help="who takes part: categories, States, gender")
    add_forum_option(stats)
    stats.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.registry.export import ExportError
    from forumdesk.services.registry.import_.columns import MappingError
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.files import ImportFileError
    from forumdesk.services.registry.people import RegistryError

    try:
        headers: list[str] = []
        if args.registry_command == "import":
            headers = _headers(args.file)  # a bad file never opens the database
        with opened(args) as database:
            return _dispatch(args, database, headers)
    except (CommandError, ImportFileError, MappingError, ExportError, RegistryError) as error:
        return problem(shown(str(error)))  # no control character
    except KeyboardInterrupt:
        return interrupted()


def _dispatch(args: argparse.Namespace, database: Database, headers: list[str]) -> int:
    from forumdesk.services.common.output_files import check_output_path

    command = args.registry_command
    output = args.file if command in ("export", "badges") else getattr(args, "report", None)
    if output is not None:  # before any work: never over the database, nor a backup
        check_output_path(output, database.path)
    if command == "import":
        with database.unit_of_work() as session:
            return _import(args, session, headers)
    if command == "undo-import":
        with database.unit_of_work() as session:
            return _undo_import(args, session)
    if command == "imports":
        with database.reading() as session:
            return _imports(args, session)
    if command == "badges":
        with database.reading() as session:
            return _badges(args, session)
    with database.reading() as session:
        return _export(args, session) if command == "export" else _stats(args, session)


def _headers(path: Path) -> list[str]:
    from forumdesk.services.registry.import_.files import read_rows

    headers, _rows = read_rows(path)
    return headers


def _mapping(args: argparse.Namespace, session: Session, headers: list[str]) -> ColumnMapping:
    from forumdesk.services.registry.import_.columns import guess_mapping, load_mapping_file

    mapping = (
        load_mapping_file(args.mapping, headers)
        if args.mapping
        else guess_mapping(headers, session)
    )
    named = set(mapping.fields.values())
    if not named & {"family_name", "full_name"}:
        raise CommandError(
            _(
                "no column of {file} holds the family name (headers: {headers}); pass --mapping"
            ).format(file=args.file.name, headers=", ".join(headers))
        )
    return mapping


def _import(args: argparse.Namespace, session: Session, headers: list[str]) -> int:
    from forumdesk.services.registry.import_.importer import (
        LikelyPolicy,
        run_import,
        save_report_csv,
    )

    mapping = _mapping(args, session, headers)
    show_progress = not args.json and sys.stderr.isatty()
    report = run_import(
        session,
        args.file,
        mapping,
        forum_id=args.forum,
        dry_run=args.dry_run,
        likely=LikelyPolicy(args.likely),
        progress=_progress if show_progress else None,
    )
    if show_progress:
        print(file=sys.stderr)
    if args.report:
        save_report_csv(report, args.report)
    if args.json:
        report.write_json(sys.stdout)
    else:
        print(_import_text(args, report))
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} rows", end="", file=sys.stderr, flush=True)


def _import_text(args: argparse.Namespace, report: ImportReport) -> str:
    from forumdesk.services.registry.import_.encoding import shown

    verb = "would import" if report.dry_run else "imported"
    listed = sum(1 for o in report.skipped if o.reason == "already listed")
    likely = [o for o in report.skipped if o.reason == "likely match"]
    lines = [
        f"{args.file.name}: {verb} {report.representatives_created} row(s), "
        f"{report.invalid} invalid; "
        f"{report.organisations_created} new organisation(s), "
        f"{report.registrations_created} registration(s).",
        *(p.message() for p in report.errors),
        *(f"row {p.row}, {p.column} (warning): {p.reason}" for p in report.warnings),
        *(
            f"row {d.row}: {d.label} may be "
            + "; ".join(
                f"{m.label} ({'row ' + str(m.row) if m.row else 'in the registry'}, {m.score:.0f})"
                for m in d.matches
            )
            for d in report.duplicates
        ),
        *(f"row {o.row}: {o.label} looks like {o.match}: skipped" for o in likely),
        *(
            f"row {o.row}: {o.label} {'would update' if report.dry_run else 'updated'} "
            f"{o.match}" + (f" ({', '.join(o.fields)})" if o.fields else " (nothing new)")
            for o in report.updated
        ),
    ]
    if listed:
        lines.append(f"{listed} row(s) already listed: skipped.")
    if likely:
        lines.append(
            f"{len(likely)} row(s) look like listed people and were skipped; "
            "--likely update or --likely new to take them."
        )
    if report.import_id is not None:
        lines.append(f"Import {report.import_id} (undo: forumdesk registry undo-import ID).")
    elif not report.dry_run:
        lines.append("Nothing changed.")
    if args.report:
        lines.append(f"Report saved to {args.report}.")
    return "\n".join(shown(line) for line in lines)


def _imports(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.history import list_imports

    imports = list_imports(session)
    lines = []
    for item in imports:
        counts = item.counts
        state = (
            f"undone {item.undone_at:%Y-%m-%d %H:%M} by {item.undone_by}"
            if item.undone_at
            else "live"
        )
        lines.append(
            shown(
                f"{item.id}  {item.imported_at:%Y-%m-%d %H:%M}  {item.file_name}  "
                f"by {item.imported_by or '?'}: {counts.get('representatives', 0)} new, "
                f"{counts.get('updated', 0)} updated, {counts.get('skipped', 0)} skipped; "
                f"{state}"
            )
        )
    print_result(args, [i.as_json() for i in imports], "\n".join(lines) or "No imports.")
    return EXIT_OK


def _undo_import(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.history import find_import, undo_import

    record = find_import(session, args.id)
    actor = str(session.info.get("actor") or "")
    result = undo_import(session, record.id, by=actor)
    kept = (
        f"; {result.kept_organisations} organisation(s) kept: others joined them since"
        if result.kept_organisations
        else ""
    )
    print(
        shown(
            f"Undid the import of {result.file_name}: {result.representatives} person(s), "
            f"{result.organisations} organisation(s), {result.registrations} registration(s) "
            f"removed; {result.restored} person(s) restored{kept}."
        )
    )
    return EXIT_OK


def _export(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.export import DEFAULT_COLUMNS, export_representatives
    from forumdesk.services.registry.query import RepresentativeQuery

    form = args.format or ("xlsx" if args.file.suffix.lower() == ".xlsx" else "csv")
    columns = (
        [c.strip() for c in args.columns.split(",") if c.strip()]
        if args.columns
        else list(DEFAULT_COLUMNS)
    )
    if args.forum and not any(c in columns for c in ("status", "badge_number")):
        columns += ["status", "badge_number"]
    count = export_representatives(
        session,
        args.file,
        form,
        columns,
        RepresentativeQuery(forum_id=args.forum),
        registered_only=args.forum is not None,
    )
    print(f"Exported {count} representative(s) to {args.file}.")
    return EXIT_OK


def _badges(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.exports.registry.badges import write_badge_sheet

    forum_id = find_forum(session, args.forum)
    count = write_badge_sheet(session, forum_id, args.file, layout=args.layout)
    print(f"Wrote {count} badge(s) to {args.file}.")
    return EXIT_OK


def _stats(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.people import category_label
    from forumdesk.services.registry.stats import participation

    figures = participation(session, find_forum(session, args.forum))
    result = {
        "forum_id": str(figures.forum_id),
        "representatives": figures.representatives,
        "by_category": {c.value: n for c, n in figures.by_category.items()},
        "organisations_by_category": {
            c.value: n for c, n in figures.organisations_by_category.items()
        },
        "states": {"count": len(figures.states), "codes": list(figures.states)},
        "by_gender": {g.value: n for g, n in figures.by_gender.items()},
    }
    total = figures.representatives
    lines = [f"Representatives: {total}", "By category:"]
    bodies = figures.organisations_by_category
    lines += [
        f"  {category_label(category):<42} {count:>6}  ({bodies[category]} org.)"
        for category, count in figures.by_category.items()
        if count
    ]
    lines.append(f"States represented: {len(figures.states)} {' '.join(figures.states)}".rstrip())
    lines.append("Gender:")
    lines += [
        f"  {gender.value:<12} {count:>6}  {count / total:6.1%}"
        if total
        else f"  {gender.value}: 0"
        for gender, count in figures.by_gender.items()
    ]
    print_result(args, result, "\n".join(lines))
    return EXIT_OK

"""`forumdesk registry import|imports|undo-import|export|badges|stats`: the registry, headless.

Same services as the Registry page. An import runs in one unit of work: invalid
rows are reported and left out, a dry run writes nothing, and Ctrl-C rolls back.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    find_forum,
    interrupted,
    opened,
    print_progress,
    print_result,
    problem,
    subcommands,
)
from forumdesk.services.common.messages import _, language

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.duplicates.finder import DuplicateMatch
    from forumdesk.services.registry.import_.columns import ColumnMapping
    from forumdesk.services.registry.import_.importer import ImportReport
    from forumdesk.services.registry.import_.listed import RowOutcome
    from forumdesk.store.database import Database

#: Per-row lines an import prints at most: a million-row list can propose a million
#: duplicates (--report and --json give them all).
LISTED = 1000


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
    from forumdesk.services.registry.import_.columns import MappingError
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.files import ImportFileError
    from forumdesk.services.registry.listing.export import ExportError
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
        progress=print_progress if show_progress else None,
        stage=_print_stage if show_progress else None,
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


def _print_stage(stage: str) -> None:
    """What a written import does after its rows, on the progress line."""
    texts = {
        "indexes": _("building the indexes…"),
        "statistics": _("updating the statistics…"),
        "saving": _("saving…"),
    }
    print(f" · {texts.get(stage, stage)}", end="", file=sys.stderr, flush=True)


def _import_text(args: argparse.Namespace, report: ImportReport) -> str:
    from forumdesk.services.registry.import_.encoding import shown

    listed = sum(1 for o in report.skipped if o.reason == "already listed")
    likely = len(report.skipped) - listed
    summary = (
        _(
            "{file}: would import {rows} row(s), {invalid} invalid; {organisations} new "
            "organisation(s), {registrations} registration(s)."
        )
        if report.dry_run
        else _(
            "{file}: imported {rows} row(s), {invalid} invalid; {organisations} new "
            "organisation(s), {registrations} registration(s)."
        )
    )
    rows = chain(
        (p.message() for p in report.errors),
        (
            _("row {row}, {column} (warning): {reason}").format(
                row=p.row, column=p.column, reason=p.reason
            )
            for p in report.warnings
        ),
        (
            _("row {row}: {label} may be {matches}").format(
                row=d.row, label=d.label, matches="; ".join(map(_match_text, d.matches))
            )
            for d in report.duplicates
        ),
        (
            _("row {row}: {label} looks like {match}: skipped").format(
                row=o.row, label=o.label, match=o.match
            )
            for o in report.skipped
            if o.reason == "likely match"
        ),
        map(partial(_updated_text, dry_run=report.dry_run), report.updated),
    )
    lines = [
        summary.format(
            file=args.file.name,
            rows=report.representatives_created,
            invalid=report.invalid,
            organisations=report.organisations_created,
            registrations=report.registrations_created,
        ),
        *islice(rows, LISTED),
    ]
    # A long list's report: its first lines here, all of them in --report or --json.
    unlisted = len(report.errors) + len(report.warnings) + len(report.duplicates)
    unlisted += likely + len(report.updated) - (len(lines) - 1)
    if unlisted > 0:
        lines.append(_("… and {count} more problem(s) not listed.").format(count=unlisted))
    if listed:
        lines.append(_("{count} row(s) already listed: skipped.").format(count=listed))
    if likely:
        lines.append(
            _(
                "{count} row(s) look like listed people and were skipped; "
                "--likely update or --likely new to take them."
            ).format(count=likely)
        )
    if report.import_id is not None:
        lines.append(
            _("Import {id} (undo: forumdesk registry undo-import ID).").format(id=report.import_id)
        )
    elif not report.dry_run:
        lines.append(_("Nothing changed."))
    if args.report:
        lines.append(_("Report saved to {file}.").format(file=args.report))
    return "\n".join(shown(line) for line in lines)


def _match_text(match: DuplicateMatch) -> str:
    where = _("row {row}").format(row=match.row) if match.row else _("in the registry")
    return f"{match.label} ({where}, {match.score:.0f})"


def _updated_text(outcome: RowOutcome, *, dry_run: bool) -> str:
    said = (
        _("row {row}: {label} would update {match}")
        if dry_run
        else _("row {row}: {label} updated {match}")
    ).format(row=outcome.row, label=outcome.label, match=outcome.match)
    if outcome.fields:
        return f"{said} ({', '.join(outcome.fields)})"
    return said + " " + _("(nothing new)")


def _imports(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.history import list_imports

    imports = list_imports(session)
    lines = []
    for item in imports:
        counts = item.counts
        state = (
            _("undone {moment} by {name}").format(
                moment=f"{item.undone_at:%Y-%m-%d %H:%M}", name=item.undone_by
            )
            if item.undone_at
            else _("live")
        )
        said = _(
            "{id}  {moment}  {file}  by {name}: {new} new, {updated} updated, "
            "{skipped} skipped; {state}"
        ).format(
            id=item.id,
            moment=f"{item.imported_at:%Y-%m-%d %H:%M}",
            file=item.file_name,
            name=item.imported_by or "?",
            new=counts.get("representatives", 0),
            updated=counts.get("updated", 0),
            skipped=counts.get("skipped", 0),
            state=state,
        )
        lines.append(shown(said))
    print_result(args, [i.as_json() for i in imports], "\n".join(lines) or _("No imports."))
    return EXIT_OK


def _undo_import(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.import_.encoding import shown
    from forumdesk.services.registry.import_.history import find_import, undo_import

    record = find_import(session, args.id)
    actor = str(session.info.get("actor") or "")
    result = undo_import(session, record.id, by=actor)
    kept = (
        "; "
        + _("{count} organisation(s) kept: others joined them since").format(
            count=result.kept_organisations
        )
        if result.kept_organisations
        else ""
    )
    said = _(
        "Undid the import of {file}: {people} person(s), {organisations} organisation(s), "
        "{registrations} registration(s) removed; {restored} person(s) restored{kept}."
    ).format(
        file=result.file_name,
        people=result.representatives,
        organisations=result.organisations,
        registrations=result.registrations,
        restored=result.restored,
        kept=kept,
    )
    print(shown(said))
    return EXIT_OK


def _export(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.registry.listing.export import DEFAULT_COLUMNS, export_representatives
    from forumdesk.services.registry.listing.query import RepresentativeQuery

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
    print(_("Exported {count} representative(s) to {file}.").format(count=count, file=args.file))
    return EXIT_OK


def _badges(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.exports.registry.badges import write_badge_sheet

    forum_id = find_forum(session, args.forum)
    count = write_badge_sheet(session, forum_id, args.file, layout=args.layout)
    print(_("Wrote {count} badge(s) to {file}.").format(count=count, file=args.file))
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
    lines = [_("Representatives: {count}").format(count=total), _("By category:")]
    bodies = figures.organisations_by_category
    lines += [
        f"  {category_label(category, language()):<42} {count:>6}  "
        + _("({count} org.)").format(count=bodies[category])
        for category, count in figures.by_category.items()
        if count
    ]
    lines.append(
        _("States represented: {count} {codes}")
        .format(count=len(figures.states), codes=" ".join(figures.states))
        .rstrip()
    )
    lines.append(_("Gender:"))
    lines += [
        f"  {gender.value:<12} {count:>6}  {count / total:6.1%}"
        if total
        else f"  {gender.value}: 0"
        for gender, count in figures.by_gender.items()
    ]
    print_result(args, result, "\n".join(lines))
    return EXIT_OK

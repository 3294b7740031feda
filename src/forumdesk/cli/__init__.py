"""The `forumdesk` command: the GUI by default, and headless commands over the same services.

Heavy imports (SQLAlchemy, Qt) happen inside the command that needs them, so
`--version` and the no-display message are instant. A GUI start is parsed by the
GUI's arguments alone, so it does not load the headless commands' modules either.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from forumdesk import __version__

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def _parser(*, headless: bool = True) -> argparse.ArgumentParser:
    """Every command; without `headless`, only the GUI's, raising instead of exiting on a
    mistake (and with no --help or --version), so anything else goes to the full parser."""
    parser = argparse.ArgumentParser(
        prog="forumdesk",
        description="ForumDesk: the secretariat's workbench for a consultative forum.",
        add_help=headless,
        exit_on_error=headless,
    )
    if headless:
        parser.add_argument("--version", action="version", version=f"forumdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: $FORUMDESK_DATABASE, else the file in "
        "your user data directory)",
    )
    parser.add_argument(
        "--by",
        dest="signer",
        metavar="NAME",
        help="who you are, for what the command signs and the history records (default: "
        "$FORUMDESK_USER, else the name set in Preferences)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser(
        "gui",
        help="open the main window (the default)",
        add_help=headless,
        exit_on_error=headless,
    )
    gui.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    gui.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    gui.add_argument("--page", metavar="OBJECT_NAME", help="open on this page, e.g. documents_page")
    if not headless:
        return parser
    from forumdesk.cli.database import add_commands as add_backup_commands
    from forumdesk.cli.documents import add_commands as add_document_commands
    from forumdesk.cli.forum import add_commands as add_forum_commands
    from forumdesk.cli.minutes import add_commands as add_minutes_commands
    from forumdesk.cli.programme import add_commands as add_programme_commands
    from forumdesk.cli.registry import add_commands as add_registry_commands
    from forumdesk.cli.report import add_commands as add_report_commands
    from forumdesk.cli.sync import add_commands as add_merge_commands

    init = commands.add_parser("init", help="create or migrate the database")
    init.add_argument("--demo", action="store_true", help="load the 2006 hearings as a demo forum")
    init.add_argument("--json", action="store_true", help="print the result as JSON")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys and schema revision; exit 1 on a problem"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    add_document_commands(commands)
    add_registry_commands(commands)
    add_programme_commands(commands)
    add_minutes_commands(commands)
    add_forum_commands(commands)
    add_report_commands(commands)
    add_merge_commands(commands)
    add_backup_commands(commands)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args, rest = _parser(headless=False).parse_known_args(arguments)
        if not rest:
            return args
    except argparse.ArgumentError:
        pass
    return _parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    import os

    started = time.time()
    # Databases, backups, laptop copies, exports and logs: the user's alone (0600/0700).
    os.umask(0o077)
    args = _parse(argv)
    command = args.command or "gui"
    if command == "gui":
        return _gui(args, started)
    import contextlib
    import shutil
    import tempfile

    # What a command prints is held until it returns, that is after its transaction
    # committed: a reader that goes away (`| head`) must not roll the work back.
    # Spooled to a file past 1 MB: an import's JSON report can run to tens of MB.
    with tempfile.SpooledTemporaryFile(
        max_size=1 << 20, mode="w+", encoding="utf-8", newline=""
    ) as output:
        with contextlib.redirect_stdout(output):  # type: ignore[type-var]
            status = _guarded(args, command)
        output.seek(0)
        try:
            shutil.copyfileobj(output, sys.stdout)  # type: ignore[misc]
            sys.stdout.flush()
        except BrokenPipeError:
            # Python would complain again at exit, writing to the closed pipe.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


def _guarded(args: argparse.Namespace, command: str) -> int:
    """Run a command; whatever fails, the user reads one line (details go to a log)."""
    try:
        return _command(args, command)
    except KeyboardInterrupt:
        print("forumdesk: interrupted; what the command was doing was not saved.", file=sys.stderr)
        return 130
    except Exception as exc:
        from forumdesk.services.common.failures import failure_line

        line, _details = failure_line(exc)
        print(f"forumdesk: {line}", file=sys.stderr)
        return EXIT_PROBLEM


def _command(args: argparse.Namespace, command: str) -> int:
    from forumdesk.services.common.messages import environment_language, language, set_language
    from forumdesk.services.common.signer import signer_name
    from forumdesk.store.database import acting_as

    before = language()
    set_language(environment_language())  # refusals read in the terminal's language
    # `minutes approve --by NAME`, `minutes compose --author NAME` and `note add
    # --author NAME` name who acts, for the history too (else it would record the
    # global name, or none, for what the minutes or the note say NAME did).
    given = getattr(args, "approve_by", None) or getattr(args, "author", None)
    args.signer = signer_name(given or getattr(args, "signer", None))
    try:
        with acting_as(args.signer):
            return _signed_command(args, command)
    finally:
        set_language(before)


def _signed_command(args: argparse.Namespace, command: str) -> int:
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.common.signer import UnnamedSigner
    from forumdesk.store.migrate import DatabaseError

    try:
        if command in ("document", "note", "search"):
            from forumdesk.cli.documents import run as run_document_command

            return run_document_command(args)
        if command == "registry":
            from forumdesk.cli.registry import run as run_registry_command

            return run_registry_command(args)
        if command == "programme":
            from forumdesk.cli.programme import run as run_programme_command

            return run_programme_command(args)
        if command == "minutes":
            from forumdesk.cli.minutes import run as run_minutes_command

            return run_minutes_command(args)
        if command == "forum":
            from forumdesk.cli.forum import run as run_forum_command

            return run_forum_command(args)
        if command == "report":
            from forumdesk.cli.report import run as run_report_command

            return run_report_command(args)
        if command in ("merge", "conflicts", "resolve", "device", "prepare-laptop", "history"):
            from forumdesk.cli.sync import run as run_merge_command

            return run_merge_command(args)
        if command == "backup":
            from forumdesk.cli.database import run as run_backup_command

            return run_backup_command(args)
        if command == "init":
            return _init(args)
        return _check(args)
    except (DatabaseError, OutputPathError, UnnamedSigner) as exc:
        from forumdesk.services.common.failures import one_line

        print(f"forumdesk: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEM


def _gui(args: argparse.Namespace, started: float) -> int:
    from forumdesk.preflight import display_problem

    screenshot = getattr(args, "screenshot", None)
    if screenshot:  # refused before any window opens: never over the database
        from forumdesk.services.common.output_files import OutputPathError, check_output_path

        database = args.database if args.database and "://" not in args.database else None
        try:
            check_output_path(screenshot, database)
        except OutputPathError as error:
            print(f"forumdesk: {error}", file=sys.stderr)
            return 1
    problem = display_problem()
    if problem:
        print(f"forumdesk: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from forumdesk.ui.shell.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            database=args.database,
            screenshot=screenshot,
            quit_after_paint=getattr(args, "quit_after_paint", False),
            page=getattr(args, "page", None),
            process_started=started,
        )
    )


def _init(args: argparse.Namespace) -> int:
    from forumdesk.services.database.demo import load_demo
    from forumdesk.services.programme.forums import forum_figures
    from forumdesk.store.migrate import open_database

    database, report = open_database(args.database, create=True)
    try:
        result: dict[str, object] = {
            "database": database.display_name,
            "schema": report.to_revision,
            "migrated_from": report.from_revision,
            "backup": str(report.backup) if report.backup else None,
        }
        with database.unit_of_work() as session:
            from forumdesk.services.database.maintenance import prepare_database

            prepare_database(session)
        if args.demo:
            with database.unit_of_work() as session:
                demo = load_demo(session)
                figures = forum_figures(session, demo.forum_id)
            result["demo"] = {
                "forum_id": str(demo.forum_id),
                "created": demo.created,
                "segments": figures.segments,
                "paragraphs": figures.paragraphs,
                "warnings": list(demo.document.warnings) if demo.document else [],
            }
    finally:
        database.dispose()
    if args.json:
        import json

        print(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"Database {result['database']} is at schema {report.to_revision}.")
    if report.from_revision and report.from_revision != report.to_revision:
        print(f"Migrated from {report.from_revision}; backup at {report.backup}.")
    demo_result = result.get("demo")
    if isinstance(demo_result, dict):
        verb = "loaded" if demo_result["created"] else "already present"
        print(
            f"Demo forum {verb}: {demo_result['segments']} segments, "
            f"{demo_result['paragraphs']} numbered paragraphs."
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from forumdesk.services.database.integrity import run_check

    report = run_check(args.database)
    if args.json:
        import json

        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        print(f"Database:    {report.database}")
        print(f"Schema:      {report.schema} (this ForumDesk: {report.head})")
        print(f"Integrity:   {report.integrity}")
        print(f"Foreign keys: {len(report.foreign_key_problems)} problem(s)")
        for name, count in report.counts.items():
            print(f"  {name:<18} {count}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
    return EXIT_OK if report.ok else EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())

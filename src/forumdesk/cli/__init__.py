"""The `forumdesk` command: the GUI by default, and headless commands over the same services.

Heavy imports (SQLAlchemy, Qt) happen inside the command that needs them, so
`--version` and the no-display message are instant. A GUI start is parsed by the
GUI's arguments alone, so it does not load the headless commands' modules either,
nor `cli.common` (the services' messages, JSON, UUIDs) before its window has painted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence

from forumdesk import __version__

# The command groups, modules of this package in the order `--help` lists their
# commands. Each has `add_commands(commands)`, which adds its commands to the
# parser, and `run(args)`, which runs whichever of them was parsed. Nothing else
# names a group's commands: the parsers a group adds carry its `run`.
COMMAND_GROUPS = (
    "database",
    "documents",
    "registry",
    "programme",
    "minutes",
    "forum",
    "report",
    "sync",
    "backup",
    "encryption",
    "attendance",
    "person",
    "retention",
    "roles",
    "practices",  # cli/ holds 15 modules: issue 20's groups in a package
    "practices.compendium",
    "practices.recommendations",
)


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
    # The desktop entry's `forumdesk gui %f`: a database opened from a file manager.
    gui.add_argument("file", nargs="?", metavar="FILE", help="the database file to open")
    if not headless:
        return parser
    for name in COMMAND_GROUPS:
        group = importlib.import_module(f"forumdesk.cli.{name}")
        known = set(commands.choices)
        group.add_commands(commands)
        for command in commands.choices.keys() - known:
            commands.choices[command].set_defaults(run_group=group.run)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and _is_a_file_to_open(arguments[0]):
        arguments.insert(0, "gui")  # `forumdesk forum.db`, as `forumdesk gui forum.db`
    try:
        args, rest = _parser(headless=False).parse_known_args(arguments)
        if not rest:
            return args
    except argparse.ArgumentError:
        pass
    return _parser().parse_args(arguments)


def _is_a_file_to_open(argument: str) -> bool:
    from pathlib import Path

    return not argument.startswith("-") and Path(argument).is_file()


def main(argv: Sequence[str] | None = None) -> int:
    import os

    started = time.time()
    _utf8_output()
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
            status = _guarded(args)
        output.seek(0)
        try:
            shutil.copyfileobj(output, sys.stdout)  # type: ignore[misc]
            sys.stdout.flush()
        except BrokenPipeError:
            # Python would complain again at exit, writing to the closed pipe.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return status


def _utf8_output() -> None:
    """On Windows, what is printed into a file or a pipe is encoded in the ANSI code page
    (cp1252 in the west), which has no Cyrillic, Arabic or Chinese: a listed name would
    stop the command. UTF-8 there as everywhere else (the console itself takes Unicode)."""
    if sys.platform != "win32":
        return
    import io

    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")


def _guarded(args: argparse.Namespace) -> int:
    """Run a command; whatever fails, the user reads one line (details go to a log)."""
    try:
        return _command(args)
    except KeyboardInterrupt:
        from forumdesk.services.common.messages import _

        print(
            _("forumdesk: interrupted; what the command was doing was not saved."), file=sys.stderr
        )
        from forumdesk.cli.common import EXIT_INTERRUPTED

        return EXIT_INTERRUPTED
    except Exception as exc:
        from forumdesk.cli.common import problem
        from forumdesk.services.access.guard import AccessRefused
        from forumdesk.services.common.failures import failure_line

        if isinstance(exc, AccessRefused):  # the line names the role needed: no details
            return problem(exc)

        line, _details = failure_line(exc)
        return problem(line)


def _command(args: argparse.Namespace) -> int:
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
            return _signed_command(args)
    finally:
        set_language(before)


def _signed_command(args: argparse.Namespace) -> int:
    from forumdesk.services.common.output_files import OutputPathError
    from forumdesk.services.common.signer import UnnamedSigner
    from forumdesk.store.migrate import DatabaseError

    try:
        run: Callable[[argparse.Namespace], int] = args.run_group
        return run(args)
    except (DatabaseError, OutputPathError, UnnamedSigner) as exc:
        from forumdesk.cli.common import problem
        from forumdesk.services.common.failures import one_line

        return problem(one_line(str(exc)))


def _gui(args: argparse.Namespace, started: float) -> int:
    from forumdesk.preflight import display_problem

    if getattr(args, "file", None):
        args.database = args.file
    screenshot = getattr(args, "screenshot", None)
    if screenshot:  # refused before any window opens: never over the database
        from forumdesk.services.common.output_files import OutputPathError, check_output_path

        database = args.database if args.database and "://" not in args.database else None
        try:
            check_output_path(screenshot, database)
        except OutputPathError as error:
            from forumdesk.cli.common import problem

            return problem(error)
    no_display = display_problem()
    if no_display:
        from forumdesk.cli.common import EXIT_USAGE, problem

        return problem(no_display, EXIT_USAGE)
    import gc

    # The window runs Python's cyclic collector itself, on its own thread and by a timer
    # (ui/common/collector.py): off from here, Qt's imports run no collection at all.
    gc.disable()
    try:
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
    finally:
        gc.enable()  # run_gui ends the process; a stand-in for it (a test) returns here


if __name__ == "__main__":
    sys.exit(main())

"""`forumdesk init|check`: create or migrate the database, and check it.

forumdesk init [--demo] [--encrypt] [--json]
forumdesk check [--json]
"""

from __future__ import annotations

import argparse
from typing import Any

from forumdesk.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    CommandError,
    open_database_asking,
    passphrase_for,
    print_json,
    problem,
)
from forumdesk.services.common.messages import _


def add_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create or migrate the database")
    init.add_argument("--demo", action="store_true", help="load the 2006 hearings as a demo forum")
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="create the database encrypted with a passphrase (FORUMDESK_PASSPHRASE, "
        "or asked twice)",
    )
    init.add_argument("--json", action="store_true", help="print the result as JSON")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys and schema revision; exit 1 on a problem"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace) -> int:
    try:
        return _init(args) if args.command == "init" else _check(args)
    except CommandError as error:
        return problem(error)


def _new_passphrase(target: str | None) -> str:
    """The passphrase of a database `init --encrypt` is about to create."""
    from forumdesk.cli.encryption import database_file, given_passphrase

    path = database_file(target)
    if path.is_file() and path.stat().st_size > 0:
        raise CommandError(
            _("{path} exists already; `forumdesk encrypt` encrypts it").format(path=path)
        )
    return given_passphrase(path, new=True)


def _init(args: argparse.Namespace) -> int:
    from forumdesk.services.database.demo import load_demo
    from forumdesk.services.database.maintenance import prepare_database
    from forumdesk.services.programme.forums import forum_figures

    if args.encrypt:
        from forumdesk.store.migrate import open_database

        passphrase = _new_passphrase(args.database)
        database, report = open_database(args.database, create=True, passphrase=passphrase)
    else:
        database, report = open_database_asking(args.database, create=True)
    try:
        result: dict[str, object] = {
            "database": database.display_name,
            "schema": report.to_revision,
            "migrated_from": report.from_revision,
            "backup": str(report.backup) if report.backup else None,
        }
        with database.unit_of_work() as session:
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
        print_json(result)
        return EXIT_OK
    print(
        _("Database {database} is at schema {to_revision}.").format(
            database=result["database"], to_revision=report.to_revision
        )
    )
    if report.from_revision and report.from_revision != report.to_revision:
        print(
            _("Migrated from {from_revision}; backup at {backup}.").format(
                from_revision=report.from_revision, backup=report.backup
            )
        )
    demo_result = result.get("demo")
    if isinstance(demo_result, dict):
        said = (
            _("Demo forum loaded: {segments} segments, {paragraphs} numbered paragraphs.")
            if demo_result["created"]
            else _(
                "Demo forum already present: {segments} segments, {paragraphs} numbered paragraphs."
            )
        )
        print(
            said.format(
                segments=demo_result["segments"],
                paragraphs=demo_result["paragraphs"],
            )
        )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from forumdesk.services.database.integrity import run_check

    report = run_check(args.database, passphrase_for(args.database, required=False))
    if args.json:
        print_json(report.as_json())
    else:
        print(_("Database:    {database}").format(database=report.database))
        print(
            _("Schema:      {schema} (this ForumDesk: {head})").format(
                schema=report.schema, head=report.head
            )
        )
        print(_("Integrity:   {integrity}").format(integrity=report.integrity))
        print(_("Foreign keys: {count} problem(s)").format(count=len(report.foreign_key_problems)))
        for name, count in report.counts.items():
            print(f"  {name:<18} {count}")
        for problem in report.problems:
            print(_("PROBLEM: {problem}").format(problem=problem))
    return EXIT_OK if report.ok else EXIT_PROBLEM

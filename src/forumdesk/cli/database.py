"""`forumdesk init|check`: create or migrate the database, and check it.

forumdesk init [--demo] [--json]
forumdesk check [--json]
"""

from __future__ import annotations

import argparse
from typing import Any

from forumdesk.cli.common import EXIT_OK, EXIT_PROBLEM, print_json


def add_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create or migrate the database")
    init.add_argument("--demo", action="store_true", help="load the 2006 hearings as a demo forum")
    init.add_argument("--json", action="store_true", help="print the result as JSON")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys and schema revision; exit 1 on a problem"
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")


def run(args: argparse.Namespace) -> int:
    return _init(args) if args.command == "init" else _check(args)


def _init(args: argparse.Namespace) -> int:
    from forumdesk.services.database.demo import load_demo
    from forumdesk.services.database.maintenance import prepare_database
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
        print_json(report.as_json())
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

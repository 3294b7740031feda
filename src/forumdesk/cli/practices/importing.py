"""`forumdesk practice import FILE` and `practice undo-import ID`: an import is all or
none, in one unit of work: a file with a bad row writes nothing and lists every fault
(file, row, column, reason); `--map COLUMN=FIELD` overrides the remembered or guessed
mapping."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    find_forum,
    print_json,
    print_progress,
    problem,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.import_.importer import PracticeImportReport
    from forumdesk.services.registry.import_.columns import ColumnMapping
    from forumdesk.store.database import Database


def _mapping(args: argparse.Namespace, session: Session, headers: list[str]) -> ColumnMapping:
    """The remembered or guessed mapping, with each `--map COLUMN=FIELD` over it."""
    from forumdesk.services.practices.import_.columns import FIELDS, PRACTICES
    from forumdesk.services.registry.import_.columns import IGNORE, column_index, guess_mapping

    mapping = guess_mapping(headers, session, PRACTICES)
    fields = dict(mapping.fields)
    for given in args.map:
        column, equals, name = given.rpartition("=")
        name = name.strip()
        if not equals or not column.strip() or name not in FIELDS:
            raise CommandError(
                _("--map takes COLUMN=FIELD, FIELD one of {fields}; not {given!r}").format(
                    fields=", ".join(FIELDS), given=given
                )
            )
        index = column_index(column, headers)
        # The field given wins over a column guessed as the same field.
        fields = {i: f for i, f in fields.items() if f != name and i != index}
        if name != IGNORE:
            fields[index] = name
    mapping.fields = fields
    return mapping


def import_practices(args: argparse.Namespace, database: Database, headers: list[str]) -> int:
    from forumdesk.services.practices.import_.importer import (
        PracticeImportRefused,
        run_practice_import,
    )

    show_progress = not args.json and sys.stderr.isatty()
    try:
        with database.unit_of_work() as session:
            forum_id = find_forum(session, args.forum)
            report = run_practice_import(
                session,
                args.file,
                _mapping(args, session, headers),
                forum_id,
                dry_run=args.dry_run,
                progress=print_progress if show_progress else None,
            )
    except PracticeImportRefused as refused:  # rolled back: nothing was written
        _print_report(args, refused.report)
        return problem(str(refused))
    finally:
        if show_progress:
            print(file=sys.stderr)
    _print_report(args, report)
    return EXIT_OK


def _print_report(args: argparse.Namespace, report: PracticeImportReport) -> None:
    from forumdesk.services.registry.import_.encoding import shown

    if args.json:
        print_json(report.as_json())
        return
    lines = [f"{report.source}, {p.message()}" for p in report.errors]
    if report.unlisted:
        lines.append(_("… and {count} more problem(s) not listed.").format(count=report.unlisted))
    if report.dry_run:
        lines.append(
            _(
                "{file}: {valid} row(s) can be imported, {invalid} refused; "
                "nothing was written (dry run)."
            ).format(file=report.source, valid=report.valid, invalid=report.invalid)
        )
    elif report.import_id is not None:
        lines.append(
            _(
                "{file}: {count} practice(s) imported, received for review; import {id} "
                "(undo: forumdesk practice undo-import ID)."
            ).format(file=report.source, count=report.created, id=report.import_id)
        )
    print("\n".join(shown(line) for line in lines))


def undo_import(args: argparse.Namespace, session: Session) -> int:
    from forumdesk.services.practices.import_.importer import undo_practice_import

    count = undo_practice_import(session, args.id)
    print(_("Undid the import {id}: {count} practice(s) removed.").format(id=args.id, count=count))
    return EXIT_OK

"""`forumdesk merge|conflicts|resolve|device|prepare-laptop|history`: laptops at a venue
and the office database, headless.

    forumdesk merge LAPTOP.db [--dry-run] [--json]
    forumdesk conflicts [--all] [--json]
    forumdesk resolve CONFLICT --take ours|theirs
    forumdesk device [--name NAME] [--json]
    forumdesk prepare-laptop OUT.db [--forum ID] [--name NAME] [--no-encrypt]
    forumdesk history RECORD [--json]

The laptop's copy is encrypted with a passphrase of its own, taken from
FORUMDESK_LAPTOP_PASSPHRASE or typed twice at a prompt; `merge` reads an encrypted
other database with the same variable, or asks (three tries).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_forum_option,
    opened,
    print_json,
    problem,
    typed_passphrase,
)
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from forumdesk.services.sync.sync import SyncResult
    from forumdesk.store.database import Database

#: The passphrase of a laptop's database: of the copy `prepare-laptop` writes, and of
#: the other database `merge` reads. Never the office's, never an argument.
ENV_LAPTOP_PASSPHRASE = "FORUMDESK_LAPTOP_PASSPHRASE"


def add_commands(commands: Any) -> None:
    # The command keeps its name, `merge`: what the user types and reads.
    sync = commands.add_parser(
        "merge", help="bring in what another database (a laptop's) created, changed or deleted"
    )
    sync.add_argument("other", help="the other database file")
    sync.add_argument(
        "--dry-run", action="store_true", help="say what would change; change nothing"
    )
    sync.add_argument("--json", action="store_true")

    conflicts = commands.add_parser("conflicts", help="fields merges found changed on both sides")
    conflicts.add_argument("--all", action="store_true", help="settled ones too")
    conflicts.add_argument("--json", action="store_true")

    resolve = commands.add_parser("resolve", help="settle a merge conflict")
    resolve.add_argument("conflict", type=uuid.UUID)
    resolve.add_argument("--take", choices=("ours", "theirs"), required=True)

    device = commands.add_parser("device", help="this database's device, and the others it knows")
    device.add_argument("--name", help='give this device a name ("Laptop 2, front desk")')
    device.add_argument("--json", action="store_true")

    laptop = commands.add_parser(
        "prepare-laptop", help="write a copy of this database for a laptop at the venue"
    )
    laptop.add_argument("output", type=Path, help="the new database file")
    add_forum_option(laptop, "only this forum (leave the others out)")
    laptop.add_argument("--name", help="the laptop's device name")
    laptop.add_argument(
        "--no-encrypt",
        action="store_true",
        help="write the copy in clear (by default it is encrypted with its own passphrase)",
    )
    laptop.add_argument("--json", action="store_true")

    history = commands.add_parser("history", help="what happened to a record, from the audit log")
    history.add_argument("record", type=uuid.UUID)
    history.add_argument("--json", action="store_true")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.database.devices import DeviceError
    from forumdesk.services.sync.conflicts import ConflictError
    from forumdesk.services.sync.source import SyncError

    with opened(args) as database:
        try:
            return _dispatch(args, database)
        except (SyncError, ConflictError, DeviceError, CommandError) as error:
            return problem(error)


def _dispatch(args: argparse.Namespace, database: Database) -> int:
    command = args.command
    if command == "merge":
        return _sync(args, database)
    if command == "conflicts":
        return _conflicts(args, database)
    if command == "resolve":
        from forumdesk.services.sync.conflicts import resolve_conflict

        with database.unit_of_work() as session:
            resolve_conflict(session, args.conflict, args.take, database.actor)
        print(
            _("conflict {conflict} settled: {take}").format(conflict=args.conflict, take=args.take)
        )
        return EXIT_OK
    if command == "device":
        return _device(args, database)
    if command == "prepare-laptop":
        return _prepare(args, database)
    return _history(args, database)


def _sync(args: argparse.Namespace, database: Database) -> int:
    from forumdesk.services.sync.sync import sync_from

    passphrase = _other_passphrase(args.other)
    result = sync_from(database, args.other, dry_run=args.dry_run, passphrase=passphrase)
    if args.json:
        print_json(result.as_json())
    else:
        print(_summary(result))
    return EXIT_OK


def _summary(result: SyncResult) -> str:
    said = (
        _(
            "Merge from {other} would bring: {inserted} new, {updated} changed, {deleted} "
            "deleted ({entries} audit entries)."
        )
        if result.dry_run
        else _(
            "Merge from {other} brought: {inserted} new, {updated} changed, {deleted} "
            "deleted ({entries} audit entries)."
        )
    )
    lines = [
        said.format(
            other=result.other,
            inserted=result.inserted,
            updated=result.updated,
            deleted=result.deleted,
            entries=result.entries,
        )
    ]
    if result.migrated_from:
        lines.append(
            _("It was read at schema {revision}, migrated on a copy first.").format(
                revision=result.migrated_from
            )
        )
    if result.backup:
        lines.append(_("Backup taken first: {path}").format(path=result.backup))
    for badge in result.renumbered_badges:
        lines.append(_("Badge given on both sides, renumbered: {badge}").format(badge=badge))
    if not result.dry_run:
        lines += [key.said for key in result.registered_keys]
    if result.conflicts:
        lines.append(
            _(
                "{count} conflict(s): ours kept until settled "
                "(`forumdesk conflicts`, `forumdesk resolve`):"
            ).format(count=len(result.conflicts))
        )
        for c in result.conflicts:
            lines.append(
                "  "
                + _("{table} {record!r} {field}: ours {ours!r}, theirs {theirs!r}").format(
                    table=c.table, record=c.record, field=c.field, ours=c.ours, theirs=c.theirs
                )
            )
    if result.duplicates:
        lines.append(
            _("{count} likely duplicate(s), not merged:").format(count=len(result.duplicates))
        )
        for d in result.duplicates:
            lines.append(f"  {d.incoming} ({d.incoming_id}) ~ {d.existing} ({d.existing_id})")
    return "\n".join(lines)


def _conflicts(args: argparse.Namespace, database: Database) -> int:
    from forumdesk.services.sync.conflicts import conflicts

    with database.reading() as session:
        rows = conflicts(session, settled=args.all)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    if not rows:
        print(_("No open conflicts."))
    for row in rows:
        state = f" [settled: {row.resolution}]" if row.resolution else ""
        print(f"{row.id}  {row.table} {row.record!r} {row.field}{state}")
        print(_("    ours   {ours!r}  by {ours_by}").format(ours=row.ours, ours_by=row.ours_by))
        print(
            _("    theirs {theirs!r}  by {theirs_by}").format(
                theirs=row.theirs, theirs_by=row.theirs_by
            )
        )
    return EXIT_OK


def _device(args: argparse.Namespace, database: Database) -> int:
    from forumdesk.services.database.devices import devices, rename_device

    if args.name is not None:
        with database.unit_of_work() as session:
            rename_device(session, args.name)
    with database.reading() as session:
        rows = devices(session)
    if args.json:
        print_json([row.as_json() for row in rows])
        return EXIT_OK
    for row in rows:
        mark = _("this device") if row.is_local else _("known")
        print(
            _("{id}  {name}  ({mark}; {audit_entries} audit entries)").format(
                id=row.id, name=row.name, mark=mark, audit_entries=row.audit_entries
            )
        )
        if row.audit_key:
            print("    " + _("audit key {fingerprint}").format(fingerprint=row.audit_key))
    return EXIT_OK


def _prepare(args: argparse.Namespace, database: Database) -> int:
    from forumdesk.services.sync.laptop import laptop_target, prepare_laptop

    laptop_target(database, args.output)  # a refused file, before the passphrase is asked
    passphrase = None if args.no_encrypt else _new_laptop_passphrase(args.output)
    laptop = prepare_laptop(
        database, args.output, passphrase=passphrase, forum_id=args.forum, name=args.name
    )
    if args.json:
        found = {"path": str(laptop.path), "device_id": str(laptop.device_id)}
        print(json.dumps(found | {"rows": laptop.rows, "people_left_out": laptop.people_left_out}))
    else:
        said = _("Laptop database written to {path}: {rows} rows").format(
            path=laptop.path, rows=laptop.rows
        )
        if laptop.forum_id:
            said += _(", {count} people of other forums left out").format(
                count=laptop.people_left_out
            )
        print(said)
        print(
            _("It is in clear: anyone who holds the file can read it.")
            if passphrase is None
            else _("It is encrypted: it opens with the laptop's passphrase only.")
        )
    return EXIT_OK


def _given_or_refused(refusal: str) -> str | None:
    """FORUMDESK_LAPTOP_PASSPHRASE if set; else None at a terminal, where it is to be
    typed, and CommandError(`refusal`) anywhere else."""
    given = os.environ.get(ENV_LAPTOP_PASSPHRASE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise CommandError(refusal)
    return None


def _new_laptop_passphrase(output: Path) -> str:
    """The passphrase the laptop's copy is encrypted with: FORUMDESK_LAPTOP_PASSPHRASE,
    else typed twice, unseen."""
    given = _given_or_refused(
        _(
            "the laptop's copy is encrypted: give its passphrase in "
            "FORUMDESK_LAPTOP_PASSPHRASE, or pass --no-encrypt to write it in clear; "
            "nothing was written"
        )
    )
    if given is not None:
        return given
    passphrase = getpass.getpass(_("Passphrase for {path}: ").format(path=output))
    if getpass.getpass(_("The same passphrase again: ")) != passphrase:
        raise CommandError(_("the two passphrases differ; nothing was changed"))
    return passphrase


def _other_passphrase(other: str) -> str | None:
    """The passphrase of the encrypted database a merge reads (None for a clear one):
    FORUMDESK_LAPTOP_PASSPHRASE, else typed at a prompt, three tries. A wrong one is
    left for the merge to refuse, before either database is touched."""
    from forumdesk.store.encryption import is_encrypted
    from forumdesk.store.engine import database_url, sqlite_path

    path = sqlite_path(database_url(other))
    if path is None or not is_encrypted(path):
        return None
    given = _given_or_refused(
        _(
            "{path} is encrypted, or is not a SQLite database: give its passphrase in "
            "FORUMDESK_LAPTOP_PASSPHRASE; nothing was merged"
        ).format(path=path)
    )
    if given is not None:
        return given
    return typed_passphrase(path, _("Passphrase for {path}: ").format(path=path))


def _history(args: argparse.Namespace, database: Database) -> int:
    from forumdesk.services.database.devices import history_of

    with database.reading() as session:
        entries = history_of(session, args.record)
    if args.json:
        print_json([e.as_json() for e in entries])
        return EXIT_OK
    if not entries:
        print(_("The audit log holds nothing about that record."))
    for entry in entries:
        when = entry.at.isoformat(timespec="seconds")
        who = (
            _("{name} (computer login)").format(name=entry.actor)
            if entry.actor_is_login
            else entry.actor or _("unnamed user")
        )
        print(
            _("{when}  {action}  {who} on {device}").format(
                when=when, action=entry.action, who=who, device=entry.device
            )
        )
        for name, before, after in entry.changes:
            print(f"    {name}: {before!r} → {after!r}")
    return EXIT_OK

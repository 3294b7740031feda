"""`forumdesk backup list|create|restore`: the SQLite database's backups, headless.

    forumdesk backup list [--json]
    forumdesk backup create [--json]
    forumdesk backup restore BACKUP [--yes] [--json]

BACKUP is a number from `backup list` (1 is the newest), a name from it, or a path.
Numbers shift when a backup is taken, so the copy a number stands for is printed
first; an argument of digits only is always a number (write ./1 for a file named 1).

An encrypted database is opened with its passphrase (FORUMDESK_PASSPHRASE, the keyring,
or the prompt) and its backups are encrypted with it. An encrypted backup is opened
with FORUMDESK_BACKUP_PASSPHRASE if set, else the database's passphrase if it fits,
else the one asked at the prompt: it may be an older passphrase. The database keeps
its own passphrase after a restore.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.cli.common import (
    ENV_PASSPHRASE,
    EXIT_OK,
    passphrase_for,
    print_json,
    problem,
    subcommands,
    typed_passphrase,
)
from forumdesk.services.common.messages import _

#: The passphrase of an encrypted backup, when it is not the database's.
ENV_BACKUP_PASSPHRASE = "FORUMDESK_BACKUP_PASSPHRASE"

if TYPE_CHECKING:
    from forumdesk.store.backup_copies import BackupCopy


def add_commands(commands: Any) -> None:
    actions = subcommands(
        commands, "backup", "list, make or restore backups of the database", "backup_command"
    )
    listing = actions.add_parser("list", help="the backups kept, newest first")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")
    create = actions.add_parser("create", help="make a backup now")
    create.add_argument("--json", action="store_true", help="print the backup as JSON")
    restore = actions.add_parser(
        "restore", help="replace the database's content with a backup (backing it up first)"
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help="a number from `backup list`, a name, or a path"
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from forumdesk.services.database.backups import (
        BackupNeedsPassphrase,
        RestoreRefused,
        WrongBackupPassphrase,
        sqlite_database,
    )
    from forumdesk.store.backup import BackupError

    try:
        database = sqlite_database(args.database)
        if args.backup_command == "list":
            return _list(database, args.json)
        if args.backup_command == "create":
            return _create(database, args.json, passphrase_for(args.database))
        # None when nothing opens it: a file that is no database is replaced all the same.
        key = passphrase_for(args.database, required=False)
        return _restore(database, args.backup, key, yes=args.yes, as_json=args.json)
    except BackupNeedsPassphrase as exc:
        if isinstance(exc, WrongBackupPassphrase):
            return problem(exc)
        return problem(
            _("{refusal} (in {variable}, or at the prompt)").format(
                refusal=exc, variable=ENV_BACKUP_PASSPHRASE
            )
        )
    except (RestoreRefused, BackupError) as exc:
        return problem(exc)


def size_text(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _as_json(copy: BackupCopy, number: int | None = None) -> dict[str, object]:
    described: dict[str, object] = {} if number is None else {"number": number}
    described.update(
        taken_at=copy.taken_at.isoformat().replace("+00:00", "Z"),
        reason=copy.reason,
        pre_operation=copy.pre_operation,
        size=copy.size,
        path=str(copy.path),
    )
    return described


def _list(database: Any, as_json: bool) -> int:
    from forumdesk.services.database.backups import copies

    found = copies(database)
    if as_json:
        print_json(
            {
                "database": str(database),
                "backups": [_as_json(copy, n) for n, copy in enumerate(found, 1)],
            }
        )
        return EXIT_OK
    if not found:
        print(_("No backups of {database} yet.").format(database=database))
        return EXIT_OK
    print(_("Backups of {database}, newest first (times in UTC):").format(database=database))
    for number, copy in enumerate(found, 1):
        taken = copy.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        print(f"{number:>3}  {taken}  {copy.reason:<28} {size_text(copy.size):>9}  {copy.path}")
    return EXIT_OK


def _create(database: Any, as_json: bool, passphrase: str | None) -> int:
    from forumdesk.services.database.backups import create_backup

    made = create_backup(database, passphrase=passphrase)
    if as_json:
        print_json(_as_json(made))
    else:
        print(_("Backup taken: {path} ({size}).").format(path=made.path, size=size_text(made.size)))
    return EXIT_OK


def _confirmed(database: Any, backup: Any) -> bool:
    # Asked on stderr: standard output is held until the command returns.
    print(
        _(
            "Replace everything in {database} with {backup}? A backup of the current content is "
            "taken first. [y/N] "
        ).format(database=database, backup=backup),
        end="",
        file=sys.stderr,
        flush=True,
    )
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if sys.stdin is None or not sys.stdin.isatty():
        print(file=sys.stderr)  # the answer was not echoed: end the question's line
    return answer.strip().lower() in ("y", "yes")


def _backup_passphrase(backup: Path, database_key: str | None) -> str | None:
    """The passphrase that opens the encrypted `backup`: FORUMDESK_BACKUP_PASSPHRASE, the
    database's own, FORUMDESK_PASSPHRASE, else asked at a terminal (three tries); None
    when none is given (the restore is then refused)."""
    from forumdesk.services.database.backups import fitting_passphrase

    given = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if given:
        return given
    known = fitting_passphrase(backup, database_key, os.environ.get(ENV_PASSPHRASE))
    if known is not None:
        return known
    if not sys.stdin.isatty():
        return None
    prompt = _("Passphrase of the backup {backup}: ").format(backup=backup.name)
    return typed_passphrase(backup, prompt) or None


def _restore(database: Any, choice: str, key: str | None, *, yes: bool, as_json: bool) -> int:
    from forumdesk.services.database.backups import (
        check_backup,
        find_backup,
        is_encrypted_backup,
        restore_backup,
    )
    from forumdesk.store.backup_copies import read_copy

    backup = find_backup(database, choice)
    if choice.strip().isdigit():
        # Numbers shift as backups are taken: say which copy this one is, even with --yes.
        copy = read_copy(backup)
        taken = (
            _(", taken {moment} UTC").format(moment=f"{copy.taken_at:%Y-%m-%d %H:%M:%S}")
            if copy is not None
            else ""
        )
        print(
            _("Backup {choice} is {backup}{taken}.").format(
                choice=choice.strip(), backup=backup.name, taken=taken
            ),
            file=sys.stderr,
        )
    backup_key = _backup_passphrase(backup, key) if is_encrypted_backup(backup) else None
    check_backup(database, backup, backup_key)  # refused before anything is asked
    if not yes and not _confirmed(database, backup):
        return problem(_("nothing was restored (answer y, or pass --yes)."))
    result = restore_backup(database, backup, passphrase=key, backup_passphrase=backup_key)
    if as_json:
        print_json(result.as_json())
        return EXIT_OK
    print(_("Restored {database} from {backup}.").format(database=database, backup=backup))
    if result.safety_copy is not None:
        print(
            _("What it held before is kept in {safety_copy}.").format(
                safety_copy=result.safety_copy
            )
        )
    if result.safety_log is not None:
        print(
            _("Its write-ahead log (changes not yet in the file) is kept in {safety_log}.").format(
                safety_log=result.safety_log
            )
        )
    if result.from_revision != result.to_revision:
        print(
            _("The backup was at schema {from_revision}; migrated to {to_revision}.").format(
                from_revision=result.from_revision, to_revision=result.to_revision
            )
        )
    return EXIT_OK

"""`forumdesk encrypt|decrypt`: encrypt the SQLite database with a passphrase, or
decrypt it back to a clear file.

    forumdesk [--database PATH] encrypt [--json]
    forumdesk [--database PATH] decrypt [--json]

The passphrase comes from FORUMDESK_PASSPHRASE or from a prompt (asked twice when it
is set), never from an argument. The file is backed up first, and that copy is
encrypted either way.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forumdesk.cli.common import (
    EXIT_OK,
    CommandError,
    print_json,
    print_result,
    problem,
    read_passphrase,
    wrong_passphrase,
)
from forumdesk.services.common.messages import _, ngettext


def add_commands(commands: Any) -> None:
    for name, help in (
        ("encrypt", "encrypt the SQLite database with a passphrase (SQLCipher)"),
        ("decrypt", "decrypt the SQLite database back to a clear file"),
    ):
        command = commands.add_parser(name, help=help)
        command.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    from forumdesk.store.migrate import WrongPassphrase

    try:
        path = _database_file(args.database)
        _check_state(path, encrypting=args.command == "encrypt")
        passphrase = read_passphrase(path, confirm=args.command == "encrypt")
        if passphrase is None:
            raise CommandError(
                _("give the passphrase in FORUMDESK_PASSPHRASE, or run the command at a terminal")
            )
        if args.command == "encrypt":
            return _encrypt(args, path, passphrase)
        return _decrypt(args, path, passphrase)
    except WrongPassphrase:
        return problem(wrong_passphrase(path))
    except CommandError as error:
        return problem(error)


def _database_file(target: str | None) -> Path:
    from forumdesk.store.engine import database_url, sqlite_path

    path = sqlite_path(database_url(target))
    if path is None:
        raise CommandError(_("only a SQLite database file can be encrypted or decrypted"))
    return path


def _check_state(path: Path, *, encrypting: bool) -> None:
    """Refuse before the passphrase is asked for: no file, or already as asked."""
    from forumdesk.store.encryption import is_encrypted

    if not path.is_file():
        raise CommandError(
            _("there is no database at {path}; create one with `forumdesk init`.").format(path=path)
        )
    if encrypting and is_encrypted(path):
        raise CommandError(
            _("{path} is already encrypted, or is not a SQLite database").format(path=path)
        )
    if not encrypting and not is_encrypted(path):
        raise CommandError(_("{path} is not encrypted").format(path=path))


def _encrypt(args: argparse.Namespace, path: Path, passphrase: str) -> int:
    from forumdesk.store.backup import list_copies
    from forumdesk.store.encryption import encrypt_database

    if not passphrase:
        raise CommandError(_("an empty passphrase would leave the database in clear"))
    backup = encrypt_database(path, passphrase)
    clear = [str(copy.path) for copy in list_copies(path) if not copy.encrypted]
    text = _("{path} is encrypted. Its backup taken before, itself encrypted: {backup}").format(
        path=path, backup=backup
    )
    if clear:
        # Encrypting or removing them is not done yet: say so rather than be silent.
        still = ngettext(
            "{count} earlier backup of it is still in clear: {folder}",
            "{count} earlier backups of it are still in clear: {folder}",
            len(clear),
        )
        text += "\n" + still.format(count=len(clear), folder=backup.parent)
    result = {"database": str(path), "encrypted": True, "backup": str(backup)}
    print_result(args, result | {"clear_backups": clear}, text)
    return EXIT_OK


def _decrypt(args: argparse.Namespace, path: Path, passphrase: str) -> int:
    from forumdesk.store.encryption import decrypt_database

    backup = decrypt_database(path, passphrase)
    if args.json:
        print_json({"database": str(path), "encrypted": False, "backup": str(backup)})
        return EXIT_OK
    print(_("{path} is decrypted: it is in clear on the disk now.").format(path=path))
    print(_("Its backup taken before, still encrypted: {backup}").format(backup=backup))
    return EXIT_OK

"""`forumdesk encrypt|decrypt`: encrypt the SQLite database with a passphrase, or
decrypt it back to a clear file.

    forumdesk [--database PATH] encrypt [--backups encrypt|delete|keep] [--json]
    forumdesk [--database PATH] decrypt [--json]

The passphrase comes from FORUMDESK_PASSPHRASE or from a prompt (asked twice when it
is set), never from an argument. The file is backed up first, and that copy is
encrypted either way. Encrypting also settles the earlier backups that lie in clear:
encrypted with the same passphrase, deleted, or kept in clear (and counted), as
`--backups` says or, at a terminal, as the user answers; without either, a command
that would leave clear copies behind silently is refused. Decrypting leaves every
backup encrypted.
"""

from __future__ import annotations

import argparse
import sys
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
        if name == "encrypt":
            command.add_argument(
                "--backups",
                choices=("encrypt", "delete", "keep"),
                help="what to do with the earlier backups that lie in clear "
                "(default: ask at a terminal)",
            )


def run(args: argparse.Namespace) -> int:
    from forumdesk.store.migrate import WrongPassphrase

    try:
        path = database_file(args.database)
        _check_state(path, encrypting=args.command == "encrypt")
        if args.command == "encrypt":
            args.backups = _earlier_backups(path, args.backups)
        passphrase = given_passphrase(path, new=args.command == "encrypt")
        if args.command == "encrypt":
            return _encrypt(args, path, passphrase)
        return _decrypt(args, path, passphrase)
    except WrongPassphrase:
        return problem(wrong_passphrase(path))
    except CommandError as error:
        return problem(error)


def database_file(target: str | None) -> Path:
    """The SQLite file `--database` names; refused for a server."""
    from forumdesk.store.engine import database_url, sqlite_path

    path = sqlite_path(database_url(target))
    if path is None:
        raise CommandError(_("only a SQLite database file can be encrypted or decrypted"))
    return path


def given_passphrase(path: Path, *, new: bool) -> str:
    """The passphrase from FORUMDESK_PASSPHRASE or the prompt (a `new` one asked twice,
    and never empty); refused when there is neither."""
    passphrase = read_passphrase(path, confirm=new)
    if passphrase is None:
        raise CommandError(
            _("give the passphrase in FORUMDESK_PASSPHRASE, or run the command at a terminal")
        )
    if new and not passphrase:
        raise CommandError(_("an empty passphrase would leave the database in clear"))
    return passphrase


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


def _earlier_backups(path: Path, choice: str | None) -> str:
    """What to do with the clear backups of `path`: `--backups`, else asked at a
    terminal; refused (before the passphrase is asked) when neither says."""
    from forumdesk.services.database.encryption import backups_folder, clear_backups

    clear = clear_backups(path)
    if choice is not None or not clear:
        return choice or "encrypt"
    where = {"count": len(clear), "folder": backups_folder(path)}
    if not sys.stdin.isatty():
        raise CommandError(
            ngettext(
                "{count} earlier backup lies in clear in {folder}: pass --backups encrypt, "
                "delete or keep; nothing was changed",
                "{count} earlier backups lie in clear in {folder}: pass --backups encrypt, "
                "delete or keep; nothing was changed",
                len(clear),
            ).format(**where)
        )
    question = ngettext(
        "{count} earlier backup lies in clear in {folder}. Encrypt it with the same "
        "passphrase (e), delete it (d), or keep it in clear (k)? [e/d/k] ",
        "{count} earlier backups lie in clear in {folder}. Encrypt them with the same "
        "passphrase (e), delete them (d), or keep them in clear (k)? [e/d/k] ",
        len(clear),
    ).format(**where)
    # Asked on stderr: standard output is held until the command returns.
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()[:1]
    choices = {"e": "encrypt", "d": "delete", "k": "keep"}
    if answer not in choices:
        raise CommandError(_("nothing was changed (answer e, d or k, or pass --backups)"))
    return choices[answer]


def _encrypt(args: argparse.Namespace, path: Path, passphrase: str) -> int:
    from forumdesk.services.database.encryption import EarlierBackups, encrypt

    done = encrypt(path, passphrase, EarlierBackups(args.backups))
    lines = [
        _("{path} is encrypted. Its backup taken before, itself encrypted: {backup}").format(
            path=path, backup=done.backup
        )
    ]
    if done.backups_note():
        lines.append(done.backups_note())
    print_result(args, done.as_json(), "\n".join(lines))
    return EXIT_OK


def _decrypt(args: argparse.Namespace, path: Path, passphrase: str) -> int:
    from forumdesk.services.database.encryption import decrypt
    from forumdesk.services.database.remembered import forget_passphrase

    backup = decrypt(path, passphrase)
    forget_passphrase(path)  # nothing to remember for a clear file
    if args.json:
        print_json({"database": str(path), "encrypted": False, "backup": str(backup)})
        return EXIT_OK
    print(_("{path} is decrypted: it is in clear on the disk now.").format(path=path))
    print(_("Its backup taken before, still encrypted: {backup}").format(backup=backup))
    print(_("Its backups stay encrypted, each with the passphrase it was taken with."))
    return EXIT_OK

"""What every `forumdesk` command group shares: exit codes, the one-line error, the
database it opens, the `--forum` option and lookup, JSON output and argument types.

Imported when the parser is built (also for `--version`): SQLAlchemy and the store
are imported inside the functions that need them.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from forumdesk.services.common.messages import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.store.database import Database
    from forumdesk.store.migrate import OpenReport

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

NO_FORUM = N_("the database holds no forum")
SEVERAL_FORUMS = N_("several forums: pass --forum ID")
# How `report` and `document import` have always worded it.
HOLDS_SEVERAL_FORUMS = N_("the database holds several forums: pass --forum ID")
#: Where a command finds the passphrase of an encrypted database (never an argument:
#: arguments show in `ps` and in the shell's history).
ENV_PASSPHRASE = "FORUMDESK_PASSPHRASE"
#: Prompts for a passphrase before a command gives up.
PASSPHRASE_TRIES = 3


class CommandError(Exception):
    """A command that cannot run as asked; printed as one line, exit status 1."""


def problem(message: object, status: int = EXIT_PROBLEM) -> int:
    """Print `forumdesk: message` on standard error, one line; return `status`."""
    print(f"forumdesk: {message}", file=sys.stderr)
    return status


def interrupted() -> int:
    """Ctrl-C during a unit of work, which has rolled back on the way out."""
    print("\n" + _("forumdesk: interrupted; nothing was written"), file=sys.stderr)
    return EXIT_INTERRUPTED


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Database]:
    """The database of the global `--database` (migrated if need be), closed after."""
    database, _report = open_database_asking(args.database)
    try:
        yield database
    finally:
        database.dispose()


def open_database_asking(
    target: str | None, *, tries: int = PASSPHRASE_TRIES, **options: Any
) -> tuple[Database, OpenReport]:
    """`open_database`, with the passphrase of an encrypted file (`passphrase_for`). On a
    shared server the account's password, when libpq's password file and PGPASSWORD do
    not give it, is asked at a terminal; every change is checked against its roles."""
    from forumdesk.services.access.guard import enforce_roles
    from forumdesk.services.access.sign_in import account_at, needs_password, with_password
    from forumdesk.store.migrate import open_database

    enforce_roles()
    try:
        return open_database(target, passphrase=passphrase_for(target), **options)
    except Exception as error:
        if tries <= 1 or not sys.stdin.isatty() or not needs_password(error, target):
            raise
        prompt = _("Password for {account}: ").format(account=account_at(target))
        password = getpass.getpass(prompt)
    return open_database_asking(with_password(target, password), tries=tries - 1, **options)


def passphrase_for(target: str | None, *, required: bool = True) -> str | None:
    """The passphrase that opens the encrypted SQLite file `target` names, from
    FORUMDESK_PASSPHRASE or from a prompt (three tries at a terminal); None for a clear
    file or a server, and when none is given unless `required`."""
    from forumdesk.store.cipher import unlocks
    from forumdesk.store.encryption import is_encrypted
    from forumdesk.store.engine import database_url, sqlite_path
    from forumdesk.store.migrate import EncryptedDatabase, WrongPassphrase

    path = sqlite_path(database_url(target))
    if path is None or not is_encrypted(path):
        return None
    remembered = _remembered(target)
    if remembered is not None:
        return remembered
    tries = PASSPHRASE_TRIES if _prompting() else 1
    for attempt in range(1, tries + 1):
        passphrase = read_passphrase(path)
        if passphrase is None and not required:
            return None
        if passphrase is None:
            raise EncryptedDatabase(
                _(
                    "{path} is encrypted, or is not a SQLite database: give its passphrase "
                    "in FORUMDESK_PASSPHRASE; it was left untouched."
                ).format(path=path)
            )
        if unlocks(path, passphrase):
            return passphrase
        if attempt < tries:
            print(_("That passphrase does not open it; try again."), file=sys.stderr)
    raise WrongPassphrase(wrong_passphrase(path))


def _remembered(target: str | None) -> str | None:
    """The passphrase the OS keyring holds for `target`, after FORUMDESK_PASSPHRASE and
    before the prompt; one that no longer opens the file is forgotten, and said so."""
    from forumdesk.services.database.remembered import (
        RememberedPassphraseForgotten,
        passphrase_at_open,
    )

    if os.environ.get(ENV_PASSPHRASE):
        return None
    try:
        return passphrase_at_open(target)
    except RememberedPassphraseForgotten as forgotten:
        print(f"forumdesk: {forgotten}", file=sys.stderr)
        return None


def wrong_passphrase(path: Path) -> str:
    return _("the passphrase does not open {path}; it was left untouched.").format(path=path)


def _prompting() -> bool:
    """Whether a passphrase is to be asked for, rather than taken from the environment."""
    return not os.environ.get(ENV_PASSPHRASE) and sys.stdin.isatty()


def typed_passphrase(path: Path, prompt: str) -> str:
    """Typed unseen at the terminal until it opens `path`, three tries; otherwise the
    last one typed, for the caller to refuse."""
    from forumdesk.store.cipher import unlocks

    typed = ""
    for attempt in range(1, PASSPHRASE_TRIES + 1):
        typed = getpass.getpass(prompt)
        if typed and unlocks(path, typed):
            return typed
        if attempt < PASSPHRASE_TRIES:
            print(_("That passphrase does not open it; try again."), file=sys.stderr)
    return typed


def read_passphrase(path: Path, *, confirm: bool = False) -> str | None:
    """FORUMDESK_PASSPHRASE, else what is typed at the prompt (twice with `confirm`);
    None when there is neither. The passphrase is never echoed nor printed."""
    given = os.environ.get(ENV_PASSPHRASE)
    if given:
        return given
    if not sys.stdin.isatty():
        return None
    passphrase = getpass.getpass(_("Passphrase for {path}: ").format(path=path))
    if confirm and getpass.getpass(_("The same passphrase again: ")) != passphrase:
        raise CommandError(_("the two passphrases differ; nothing was changed"))
    return passphrase


def confirmed(question: str) -> bool:
    """Whether the user answers yes to `question` (asked on stderr: standard output is
    held until the command returns); no answer is no."""
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if sys.stdin is None or not sys.stdin.isatty():
        print(file=sys.stderr)  # the answer was not echoed: end the question's line
    return answer.strip().lower() in ("y", "yes")


def print_progress(done: int, total: int) -> None:
    """An import's rows so far, on one line of standard error rewritten in place."""
    print(
        "\r" + _("{done}/{total} rows").format(done=done, total=total),
        end="",
        file=sys.stderr,
        flush=True,
    )


def print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def print_result(args: argparse.Namespace, value: object, text: str) -> None:
    """`value` as JSON with `--json`, else `text`."""
    if args.json:
        print_json(value)
    else:
        print(text)


def add_forum_option(
    parser: argparse.ArgumentParser,
    help: str | None = "default: the only forum",
    *,
    required: bool = False,
) -> None:
    parser.add_argument("--forum", type=uuid.UUID, required=required, help=help)


def live_forums(session: Session) -> Sequence[uuid.UUID]:
    from sqlalchemy import select

    from forumdesk.store.models import Forum

    return session.scalars(select(Forum.id).where(Forum.deleted_at.is_(None))).all()


def only_forum(
    session: Session, *, none: str = NO_FORUM, several: str = SEVERAL_FORUMS
) -> uuid.UUID:
    """The database's one forum, for a command whose `--forum` was left out."""
    forums = live_forums(session)
    if len(forums) > 1:
        raise CommandError(_(several))
    if not forums:
        raise CommandError(_(none))
    return forums[0]


def find_forum(session: Session, forum_id: uuid.UUID | None) -> uuid.UUID:
    """The forum `--forum` names, which must exist, else the only one."""
    from forumdesk.store.models import Forum

    if forum_id is None:
        return only_forum(session)
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise CommandError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    return forum_id


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number between `low` and `high`: anything else is a
    usage error (exit 2) that says the range, never an overflow deep in a query."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                _("{text!r} is not a whole number").format(text=text)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _("must be between {low} and {high}, not {text}").format(
                    low=low, high=high, text=text
                )
            )
        return value

    return parse


def document_format(output: Path, given: str | None) -> str:
    """The document format of an export: `--format`, else the output file's ending."""
    from forumdesk.exports.document.writers import FORMATS, format_of

    form = format_of(output, given)
    if form is None:
        raise CommandError(
            _("cannot tell the format from {name!r}: pass --format {formats}").format(
                name=output.name, formats="|".join(FORMATS)
            )
        )
    return form


def subcommands(commands: Any, name: str, help: str, dest: str) -> Any:
    """A command group's parser and its required ACTION subparsers."""
    parser = commands.add_parser(name, help=help)
    return parser.add_subparsers(dest=dest, metavar="ACTION", required=True)

"""Every file the user asks for goes through here: never over a database, never half-written.

`check_output_path` refuses a path that is the open database or one of its companion
files (`-wal`, `-shm`, `-journal`), anything in the backups folder, any existing SQLite
file (read from its 16-byte header, so a symlink or hard link to a database is caught
too), a folder, or a file in a folder that does not exist. The refusal is an
`OutputPathError`: one line naming the file, which the CLI prints and the GUI shows.

`output_path`, `output_binary` and `output_text` write to a temporary file in the
target's folder (same file system), fsync it and rename it into place, so an export
that fails or is interrupted leaves the previous file whole and no temporary file
behind. (A SIGKILL cannot be cleaned up after: it leaves a hidden `.partial` file next
to the target, and the previous file intact; the next export of that file removes it
once it is an hour old.) The written file is mode 0600 whether
it is new or replaces one: exports hold personal data.

`neutral_cell` keeps a spreadsheet from running what a CSV cell holds.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from forumdesk.services.common.messages import _

_SQLITE_HEADER = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_FILE_MODE = 0o600
#: A `.partial` file this old belongs to no export still running.
STALE_PARTIAL_SECONDS = 3600


class OutputPathError(Exception):
    """A file ForumDesk will not write; the message is one line naming it."""


def check_output_path(path: Path | str, database_path: Path | str | None = None) -> Path:
    """The real path to write `path` at, or OutputPathError saying why not.

    `database_path` is the open database (None for a server database). Without it,
    a database is still recognised by its header, and its companions by their name.
    """
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given))
    shown = _printable(given)
    if target.is_dir():
        raise OutputPathError(
            _("cannot write {shown}: it is a folder; choose a file name").format(shown=shown)
        )
    if not target.parent.is_dir():
        raise OutputPathError(
            _("cannot write {shown}: the folder {parent} does not exist").format(
                shown=shown, parent=_printable(target.parent)
            )
        )
    _refuse_protected(target, database_path, _("cannot write {path}").format(path=shown))
    return target


def check_output_folder(
    folder: Path | str, database_path: Path | str | None = None, *, create: bool = True
) -> Path:
    """A folder to write several files into; created if missing (with its parents),
    unless it would take the place of a database's companion file or a backup."""
    given = Path(folder).expanduser()
    target = Path(os.path.realpath(given))
    refusal = _("cannot write into {folder}").format(folder=_printable(given))
    _refuse_protected(target, database_path, refusal)
    if target.exists() and not target.is_dir():
        raise OutputPathError(_("{refusal}: it is a file, not a folder").format(refusal=refusal))
    if create:
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputPathError(
                _("cannot create the folder {folder}: {error}").format(
                    folder=_printable(given), error=error.strerror or error
                )
            ) from None
    return target


@contextlib.contextmanager
def output_path(path: Path | str, *, database_path: Path | str | None = None) -> Iterator[Path]:
    """A temporary path to write; renamed over `path` when the block ends without error.

    For libraries that want a file name (reportlab, python-docx, openpyxl, odfpy).
    """
    target = check_output_path(path, database_path)
    _clear_stale_partials(target)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=f".partial{target.suffix}", dir=target.parent
        )
    except OSError as error:  # a read-only or full folder: one line, nothing written
        raise _write_error(path, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        temporary.chmod(_FILE_MODE)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())
        temporary.replace(target)
    except OSError as error:  # a full disk, say: the previous file is whole
        temporary.unlink(missing_ok=True)
        raise _write_error(path, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _clear_stale_partials(target: Path) -> None:
    """Remove what a killed export of `target` left (its hidden `.partial` file), once
    it is old enough that no export still running could own it."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in target.parent.glob(f".{glob.escape(target.stem)}.*.partial*"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()


@contextlib.contextmanager
def output_binary(
    path: Path | str, *, database_path: Path | str | None = None
) -> Iterator[BinaryIO]:
    """A binary stream whose content replaces `path` when the block ends without error."""
    with (
        output_path(path, database_path=database_path) as temporary,
        temporary.open("wb") as stream,
    ):
        yield stream


@contextlib.contextmanager
def output_text(
    path: Path | str,
    *,
    encoding: str = "utf-8",
    newline: str = "\n",
    database_path: Path | str | None = None,
) -> Iterator[TextIO]:
    """A text stream whose content replaces `path` when the block ends without error.

    Lines end in "\\n" on every platform (Windows would write "\\r\\n"), so that an export
    is the same file wherever it is made; `newline=""` leaves them to the writer (csv)."""
    with (
        output_path(path, database_path=database_path) as temporary,
        temporary.open("w", encoding=encoding, newline=newline) as stream,
    ):
        yield stream


# CSV injection (OWASP): a cell a spreadsheet would read as a formula or command.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number or a phone number: digits, spaces, dots, dashes, slashes and
# brackets after an optional sign, e.g. "-12", "+41 22 917 12 34", "-3.5". An
# operator or a letter anywhere makes it a formula ("-2+3", "+cmd|…").
_PLAIN_NUMBER = re.compile(r"[+-]?\(?\d[\d .,/()-]*")


def neutral_cell(value: str) -> str:
    """`value`, with a leading single quote if a spreadsheet would run it.

    Plain numbers and phone numbers are left as they are: "+41 22 917 12 34" is
    common in the registry, and a spreadsheet takes it as text or a number, never
    as a formula.
    """
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _printable(path: Path | str) -> str:
    # A file name may hold a line break or an escape sequence: the message stays one line.
    return "".join(char if char.isprintable() else "?" for char in str(path))


def _write_error(path: Path | str, error: OSError) -> OutputPathError:
    reason = error.strerror or type(error).__name__
    return OutputPathError(
        _("cannot write {path}: {reason}; the previous file, if any, is unchanged").format(
            path=_printable(path), reason=reason
        )
    )


def _refuse_protected(target: Path, database_path: Path | str | None, refusal: str) -> None:
    """The checks a file and a folder share; `refusal` starts the message."""
    if database_path is not None:
        database = Path(os.path.realpath(Path(database_path).expanduser()))
        if _same_file(target, database):
            raise OutputPathError(_("{refusal}: it is the open database").format(refusal=refusal))
        for companion in _COMPANIONS:
            if _same_file(target, database.with_name(database.name + companion)):
                raise OutputPathError(
                    _("{refusal}: it belongs to the open database {database}").format(
                        refusal=refusal, database=_printable(database.name)
                    )
                )
    from forumdesk.paths import backups_dir

    backups = Path(os.path.realpath(backups_dir()))
    if target == backups or backups in target.parents:
        raise OutputPathError(_("{refusal}: it is in the backups folder").format(refusal=refusal))
    if _is_sqlite(target):
        raise OutputPathError(
            _("{refusal}: it is a SQLite database, which no export replaces").format(
                refusal=refusal
            )
        )
    for companion in _COMPANIONS:
        if target.name.endswith(companion):
            owner = target.with_name(target.name[: -len(companion)])
            if _is_sqlite(owner):
                raise OutputPathError(
                    _("{refusal}: it belongs to the SQLite database {owner}").format(
                        refusal=refusal, owner=_printable(owner.name)
                    )
                )


def _same_file(one: Path, other: Path) -> bool:
    if one == other:
        return True
    try:
        return one.samefile(other)  # hard links, bind mounts
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:  # missing, a folder, or unreadable: not a database we could harm
        return False


def _sync_folder(folder: Path) -> None:
    # The rename itself is durable only once the folder is synced (POSIX).
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

"""What the user is told when something goes wrong: one line, never a traceback.

The line names the file or the database and the cause, never a row's values (a
driver's message may quote names and e-mails): those, with the traceback, go to a
log file readable by the user alone, whose path the line gives.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import traceback
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from forumdesk.paths import user_data_dir
from forumdesk.services.common.messages import _
from forumdesk.store.redaction import redact

# SQLAlchemy and Alembic load lazily: the window imports this module before its first
# paint, and they are not needed until something fails.

LOG_FILE = "forumdesk.log"
MAX_LOG_BYTES = 2_000_000


def log_path() -> Path:
    return user_data_dir() / "logs" / LOG_FILE


def printable(text: str) -> str:
    """`text` with control and bidirectional-override characters shown as escapes, so a
    message never moves the terminal's cursor or reverses what follows."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf") and char not in "\u200d\u200c":
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


def one_line(text: str) -> str:
    first = next((line.strip() for line in str(text).splitlines() if line.strip()), "")
    return printable(redact(first))


def _driver_text(exc: BaseException) -> str:
    """The driver's own words (SQLAlchemy wraps them), first line only."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0].lower() if str(original).strip() else ""


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        # The cause, not the context: an error raised while another was being handled
        # is not explained by the first one.
        current = getattr(current, "orig", None) or current.__cause__
    return seen


def describe(exc: BaseException) -> str | None:
    """One line for a failure whose cause the user can act on; None for a bug."""
    from forumdesk.store.migrate import DatabaseError

    for cause in _chain(exc):
        if isinstance(cause, DatabaseError) or carries_user_message(cause):
            return one_line(str(cause))
        if isinstance(cause, MemoryError):
            return _("ForumDesk ran out of memory; nothing was changed.")
        if isinstance(cause, OSError) and not isinstance(cause, sqlite3.Error):
            return _os_error(cause)
        if isinstance(cause, sqlite3.Error) or type(cause).__module__.startswith("psycopg"):
            text = _driver_text(cause)
            known = _database_error(text)
            if known:
                return known
    text = _driver_text(exc)
    if type(exc).__name__ in ("NoSuchModuleError", "ArgumentError") and (
        "can't load plugin" in text or "could not parse" in text
    ):
        return _(
            "the --database value is neither a file nor a database URL ForumDesk knows "
            "(a SQLite file path, or postgresql://user@host/name)."
        )
    return None


def _os_error(exc: OSError) -> str:
    where = f" ({printable(str(exc.filename))})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        said = _("the disk is full{where}; nothing was changed. Free some space and try again.")
    elif exc.errno in (errno.EACCES, errno.EPERM):
        said = _("permission denied{where}; nothing was changed.")
    elif exc.errno == errno.EROFS:
        said = _("the disk is read-only{where}; nothing was changed.")
    else:
        reason = printable(exc.strerror or type(exc).__name__)
        return _("{reason}{where}; nothing was changed.").format(reason=reason, where=where)
    return said.format(where=where)


def _database_error(text: str) -> str | None:
    from forumdesk.store.engine import busy_timeout_ms
    from forumdesk.store.migrate import RESTORE_HINT

    if "database is locked" in text or "database table is locked" in text or "busy" in text:
        seconds = busy_timeout_ms() // 1000
        return _(
            "the database is busy: another ForumDesk is writing to it and did not finish "
            "within {seconds} s. Nothing was changed; try again when it is done."
        ).format(seconds=seconds)
    if "readonly database" in text or "read-only" in text:
        return _("the database is open read-only; nothing was changed.")
    # (FTS5 says "vtable constructor failed" when its own records are damaged)
    if any(
        word in text for word in ("malformed", "not a database", "corrupt", "vtable constructor")
    ):
        return _("the database is damaged ({detail}).").format(detail=text) + f" {RESTORE_HINT}"
    if "database or disk is full" in text or "disk full" in text:
        return _("the disk is full; nothing was changed. Free some space and try again.")
    if "disk i/o error" in text:
        return _("the disk could not be read or written (I/O error); nothing was changed.")
    if "unable to open database file" in text:
        return _("the database file cannot be opened (missing, or its folder is not accessible).")
    if "password authentication failed" in text or ("connection" in text and "failed" in text):
        return _("cannot connect to the database server: {detail}").format(detail=redact(text))
    return None


def log_failure(exc: BaseException) -> Path | None:
    """Append the traceback (passwords redacted) to the log; its path, or None if the log
    itself cannot be written. The log is the user's alone (0600) and kept under 2 MB."""
    path = log_path()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        # O_BINARY: Windows' C library would otherwise write each "\n" as "\r\n".
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8", newline="\n") as log:
            log.write(f"{stamp} {redact(details)}\n")
    except OSError:
        return None
    return path


def failure_line(exc: BaseException) -> tuple[str, str]:
    """(the one line for the user, the details for a Copy Details button), after logging."""
    logged = log_failure(exc)
    known = describe(exc)
    line = known or _(
        "ForumDesk stopped on an unexpected error ({error}); what it was doing was not saved."
    ).format(error=type(exc).__name__)
    if logged:
        line += " " + _("Details are in {path}.").format(path=logged)
    details = redact("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return line, details


class Failure(Exception):
    """An unexpected error turned into the line the user reads; `details` holds the
    traceback (passwords redacted) for a Copy Details button, and it is in the log."""

    def __init__(self, line: str, details: str, original: BaseException) -> None:
        super().__init__(line)
        self.details = details
        self.original = original


def carries_user_message(exc: BaseException) -> bool:
    """ForumDesk's own errors (services/common/refusals.py and each service's error classes) are
    written for the user; a library's or Python's are not: `int("Müller")` would put a
    row's value in the line."""
    return type(exc).__module__.startswith("forumdesk.") and not isinstance(exc, Failure)


def as_user_error(exc: Exception) -> Exception:
    """`exc` itself when its text is meant for the user, else a Failure with one line."""
    if carries_user_message(exc) or isinstance(exc, Failure):
        return exc
    line, details = failure_line(exc)
    failure = Failure(line, details, exc)
    failure.__cause__ = exc
    return failure

"""The second process of a parallel import (source.py): it reads and checks the rows.

It opens the database read-only and takes one snapshot, in a read transaction kept to
the end: the listed people, the organisations, the forum's registrations and the
duplicate index, as the importer loads them. Then it runs the importer's own
`RowImporter.row` over the file. What the importer would write goes to the importing
process in a message every `_BATCH_ROWS` rows instead: the new rows with their ids
(`SentRows`), the withdrawn registrations revived or whose badge is freed
(`_ForwardingListed`), and the report's entries (`_Forwarded`). It writes nothing.

Messages: ("ready", import id) once the snapshot is loaded; ("rows", rows read, rows by
table, registration changes, the report's new JSON lines by list); then ("end", rows
read, the report's counts) or ("failed", a file's reason or None, the user's line).
"""

from __future__ import annotations

import signal
import uuid
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, cast

from sqlalchemy.orm import Session

from forumdesk.services.common.failures import failure_line
from forumdesk.services.common.messages import set_language
from forumdesk.services.registry.import_.bulk_writer import collector_paused
from forumdesk.services.registry.import_.columns import ColumnMapping
from forumdesk.services.registry.import_.encoding import ImportFileError
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.listed import LikelyPolicy, ListedPeople
from forumdesk.services.registry.import_.report import ImportReport
from forumdesk.services.registry.import_.row_checks import RowImporter
from forumdesk.store.engine import make_engine
from forumdesk.store.types import time_ordered_uuid

#: Rows read between two messages: the importing process writes each message's rows
#: in one batch per table, as the in-process import does every 2,000 rows.
_BATCH_ROWS = 2000
#: The report's lists of entries, whose lines go with the rows.
LOGS = ("errors", "warnings", "duplicates", "skipped", "updated")
#: The report's counts, sent at the end.
COUNTS = (
    "valid",
    "invalid",
    "organisations_created",
    "representatives_created",
    "registrations_created",
)


@dataclass(frozen=True)
class Setup:
    """What the importing process tells this one, through the pipe."""

    database: str
    passphrase: str | None
    language: str
    path: Path
    mapping: ColumnMapping
    forum_id: uuid.UUID | None
    likely: LikelyPolicy


@dataclass
class _Outbox:
    """What the rows read since the last message would write."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    changes: list[tuple[str, uuid.UUID]] = field(default_factory=list)
    entries: dict[str, list[str]] = field(default_factory=dict)  # a log's new lines

    def send(self, pipe: Connection, done: int) -> None:
        # Parents before children: the importing process inserts them in this order.
        order = ("organisations", "representatives", "registrations")
        batch = [(name, self.rows[name]) for name in order if self.rows.get(name)]
        entries = [(name, lines[:]) for name, lines in self.entries.items() if lines]
        pipe.send(("rows", done, batch, self.changes, entries))
        self.rows, self.changes = {}, []
        for lines in self.entries.values():
            lines.clear()  # (each `_Forwarded` holds its list)


class SentRows:
    """The importer's writer here (`RowSink`): ids given, rows kept for the next message."""

    dry_run = False

    def __init__(self, outbox: _Outbox) -> None:
        self.outbox = outbox

    def add(self, table: Any, values: dict[str, Any]) -> uuid.UUID:
        ident: uuid.UUID = values.get("id") or time_ordered_uuid()
        values["id"] = ident
        self.outbox.rows.setdefault(table.name, []).append(values)
        return ident

    def flush(self) -> None:
        """Nothing: each message carries its rows."""


class _Forwarded:
    """A report's list of entries here: each entry's JSON line, as the importing
    process's log stores it, goes with the next message."""

    def __init__(self, name: str, outbox: _Outbox, line: Callable[[Any], str]) -> None:
        self.lines = outbox.entries.setdefault(name, [])
        self.line = line
        self.count = 0

    def append(self, item: Any) -> None:
        self.lines.append(self.line(item))
        self.count += 1

    def __len__(self) -> int:
        return self.count


def _forwarding_listed(outbox: _Outbox) -> Callable[[Session, uuid.UUID | None], ListedPeople]:
    class _ForwardingListed(ListedPeople):
        """The listed people; the registrations they would change go with the rows."""

        def revive(self, registration_id: uuid.UUID, import_id: uuid.UUID) -> None:
            outbox.changes.append(("revive", registration_id))

        def free_badge(self, registration_id: uuid.UUID) -> None:
            outbox.changes.append(("free", registration_id))

    return _ForwardingListed


def main(pipe: Connection) -> None:
    """The process's work: `Setup` in, messages out (see the module doc)."""
    # Ctrl+C at a terminal reaches the whole process group: the importing process
    # decides, and ends this one (no second traceback, no second message).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        setup: Setup = pipe.recv()
    except (EOFError, OSError):
        return  # the importing process has gone
    set_language(setup.language)
    try:
        _read(pipe, setup)
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importing process has gone, and its transaction with it
    except Exception as exc:  # told to the importing process, in one line
        _failed(pipe, exc)
    finally:
        pipe.close()


def _failed(pipe: Connection, exc: Exception) -> None:
    reason = exc.reason if isinstance(exc, ImportFileError) else None
    line = "" if reason is not None else failure_line(exc)[0]  # (logged there)
    with suppress(OSError):  # the importing process has gone
        pipe.send(("failed", reason, line))


def _read(pipe: Connection, setup: Setup) -> None:
    engine = make_engine(f"sqlite:///{setup.database}", read_only=True, passphrase=setup.passphrase)
    try:
        with Session(engine) as session, session.begin():
            headers, rows = read_rows(setup.path)
            outbox = _Outbox()
            report = ImportReport(source=setup.path.name, headers=tuple(headers))
            for name in LOGS:
                log = getattr(report, name)
                setattr(report, name, cast(Any, _Forwarded(name, outbox, log.line)))
            importer = RowImporter(
                session,
                setup.path,
                headers,
                setup.mapping,
                report,
                setup.forum_id,
                setup.likely,
                SentRows(outbox),
                listed=_forwarding_listed(outbox),
            )
            pipe.send(("ready", importer.import_id))
            done = 0
            with collector_paused():
                for number, cells in rows:
                    importer.row(number, cells)
                    done += 1
                    if done % _BATCH_ROWS == 0:
                        outbox.send(pipe, done)
            outbox.send(pipe, done)
            pipe.send(("end", done, {name: getattr(report, name) for name in COUNTS}))
    finally:
        engine.dispose()

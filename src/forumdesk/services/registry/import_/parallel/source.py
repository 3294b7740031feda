"""A big import's rows read and checked in a second process while this one writes them.

On two cores, a million-row import spent about half its time reading and checking rows
(the file, names, e-mails, phone numbers, the duplicate look-up) and half writing them,
one after the other. Here a spawned process (`reader.py`) runs the importer's
own checks (`RowImporter.row`) over the file, on a read-only snapshot of the database
taken before this import writes anything, and sends batches: the new rows with their
ids, the withdrawn registrations it revives or whose badge it frees, and the report's
entries. This process writes them as the in-process import does, in the caller's one
transaction: the backup, the indexes set aside, the audit and search entries, the
import's record, and the commit or rollback stay the caller's.

Used for a written (not dry-run) SQLite import of at least `PARALLEL_FROM_ROWS` rows
whose likely matches are not updated: an update reads and changes a listed person as
the rows go, so such an import stays in one process.

If the user cancels, the reading process is killed and ImportCancelled rolls the caller
back. If it fails, its one line is raised here (the details are in the log); if it dies,
ImportProcessError. If this process dies, the reader's next send fails and it ends:
nothing was committed.
"""

from __future__ import annotations

import multiprocessing
import sys
import types
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, language
from forumdesk.services.registry.import_.bulk_writer import BulkWriter
from forumdesk.services.registry.import_.columns import ColumnMapping
from forumdesk.services.registry.import_.encoding import ImportFileError
from forumdesk.services.registry.import_.listed import (
    LikelyPolicy,
    free_badge,
    revive_registration,
)
from forumdesk.services.registry.import_.report import ImportCancelled, ImportReport
from forumdesk.services.search.people import new_records_indexer
from forumdesk.store.backup import database_file
from forumdesk.store.engine import engine_passphrase

#: Rows from which an import reads in a second process: under it, starting that
#: process (about a second) would cost more than it saves.
PARALLEL_FROM_ROWS = 20_000
# Rows guessed from a file's size when they were not counted (the bench's take 125 bytes).
_BYTES_PER_ROW = 200

Progress = Callable[[int, int], None]


class ImportProcessError(Exception):
    """The process reading the rows failed or stopped; str() is one line."""


class RowSource(Protocol):
    """Where an import's rows are read, checked and filed for writing."""

    import_id: uuid.UUID

    def run(
        self,
        report: ImportReport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        total: int | None,
    ) -> int:
        """Read every row, filling `report` and writing the new rows; the rows read."""

    def listed_changes(self) -> tuple[dict[uuid.UUID, dict[str, Any]], list[uuid.UUID]]:
        """The listed people's values before the import changed them, and the withdrawn
        registrations it revived (for the import's record and its undo)."""

    def close(self) -> None:
        """Let go of the rows' look-up state (or the reading process)."""


def in_parallel(
    session: Session, path: Path, total: int | None, dry_run: bool, likely: LikelyPolicy
) -> bool:
    """Whether this import reads its rows in a second process (see the module doc)."""
    if dry_run or likely is LikelyPolicy.UPDATE or database_file(session) is None:
        return False
    rows = total if total is not None else path.stat().st_size // _BYTES_PER_ROW
    return rows >= PARALLEL_FROM_ROWS


@contextmanager
def _no_main_script() -> Iterator[None]:
    """While the reading process starts: no main script for it to run again.

    A spawned process runs its parent's main script first, as a module, unless that
    script's `__main__` guard stops it. The reader needs nothing from it, and a script
    without the guard (an office's own import script) would open the database and
    import again in the reader. (Swapped for the moment of the start only.)"""
    script = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = script


class ReaderProcess:
    """The reading process, from its start to its end (`RowSource`)."""

    def __init__(
        self,
        session: Session,
        path: Path,
        mapping: ColumnMapping,
        forum_id: uuid.UUID | None,
        likely: LikelyPolicy,
    ) -> None:
        from forumdesk.services.registry.import_.parallel import reader

        self.session = session
        self.path = path
        self.revived: list[uuid.UUID] = []
        database = database_file(session)
        assert database is not None  # in_parallel said so
        context = multiprocessing.get_context("spawn")  # a fork of a Qt program is unsafe
        self.pipe, theirs = context.Pipe()
        self.process = context.Process(
            target=reader.main, args=(theirs,), name="forumdesk-import", daemon=True
        )
        with _no_main_script():
            self.process.start()
        theirs.close()
        setup = reader.Setup(
            database=str(database.resolve()),
            # Through the pipe: never on a command line, where `ps` would show it.
            passphrase=engine_passphrase(session.get_bind().engine),
            language=language(),
            path=path,
            mapping=mapping,
            forum_id=forum_id,
            likely=likely,
        )
        try:
            self.pipe.send(setup)
            self.import_id: uuid.UUID = self._receive()[1]  # ("ready", id): its snapshot taken
        except BaseException:
            self.close()
            raise

    def run(
        self,
        report: ImportReport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        total: int | None,
    ) -> int:
        session = self.session
        writer = BulkWriter(session, False, after_insert=new_records_indexer(session))
        tables = {table.name: table for table in writer.pending}
        while True:
            if cancelled is not None and cancelled():
                report.cancelled = True
                raise ImportCancelled(report)
            message = self._receive()
            if message[0] == "end":
                _end, done, counters = message
                for name, value in counters.items():
                    setattr(report, name, value)
                writer.flush()
                return int(done)
            _rows, done, batch, changes, entries = message
            for change, registration_id in changes:  # before the batch's registrations
                if change == "revive":
                    if revive_registration(session, registration_id, self.import_id):
                        self.revived.append(registration_id)
                else:
                    free_badge(session, registration_id)
            for name, rows in batch:
                writer.pending[tables[name]].extend(rows)
            writer.flush()
            for name, lines in entries:
                getattr(report, name).append_lines(lines)
            if progress is not None:
                progress(done, total or 0)

    def listed_changes(self) -> tuple[dict[uuid.UUID, dict[str, Any]], list[uuid.UUID]]:
        return {}, self.revived  # no listed person is updated (`in_parallel`)

    def close(self) -> None:
        """End the reading process (at once, if it is still reading) and its pipe."""
        if self.process.is_alive():
            self.process.terminate()  # (SIGTERM: it has no handler, so it ends at once)
        self.process.join()
        self.pipe.close()

    def _receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self.pipe.recv()
        except (EOFError, OSError) as exc:
            self.process.join(timeout=10)
            code = self.process.exitcode
            raise ImportProcessError(
                _(
                    "Cannot import {name}: the process reading its rows stopped (exit code "
                    "{code}); nothing was imported."
                ).format(name=self.path.name, code=code)
            ) from exc
        if message[0] == "failed":
            _failed, file_reason, line = message
            if file_reason is not None:
                raise ImportFileError(self.path, file_reason)
            raise ImportProcessError(line)
        return message

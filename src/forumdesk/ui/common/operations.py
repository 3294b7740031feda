"""The one way pages reach the database: jobs run on a worker thread, results come
back on the GUI thread, and every change is announced once on `changes_applied`.

Jobs run one at a time, in order, on a single worker: SQLite has one writer,
and a strict order keeps "save, then reload" predictable.
"""

from __future__ import annotations

import enum
import itertools
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.store.database import Database

T = TypeVar("T")


class Area(enum.Enum):
    """What a change touched, as announced on `Operations.changes_applied`.

    Pages name the areas they show; a page reloads only when one of them changed.
    """

    ALL = "all"  # the whole database: opened, restored or synced
    FORUMS = "forums"
    REGISTRY = "registry"
    PROGRAMME = "programme"
    DOCUMENTS = "documents"
    NOTES = "notes"
    MINUTES = "minutes"
    SYNC = "sync"  # the sync log and its conflicts
    DEVICES = "devices"
    ATTENDANCE = "attendance"  # check-ins at the door
    BACKUPS = "backups"
    PRACTICES = "practices"  # practices, themes, recommendations and their follow-up


def concerns(changed: frozenset[Area], shown: Iterable[Area]) -> bool:
    """Whether a change to `changed` areas is one a view showing `shown` must reload for."""
    return Area.ALL in changed or not changed.isdisjoint(shown)


@dataclass
class _Pending:
    done: Callable[[Any], None] | None
    failed: Callable[[Exception], None] | None
    areas: frozenset[Area]


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._token = token
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which decides what the user sees
            from forumdesk.services.common.failures import as_user_error

            # A driver's or Python's own error becomes one line (logged with its traceback),
            # so no page ever shows SQL, a row's values or a traceback.
            self._relay.finished.emit(self._token, False, as_user_error(exc))
        else:
            self._relay.finished.emit(self._token, True, result)


class _Relay(QObject):
    # Emitted on the worker, delivered (queued) on the GUI thread.
    finished = Signal(int, bool, object)


class Progress(QObject):
    """How far one long job has got, and the user's wish to cancel it.

    The job calls `report` and polls `cancelled` on the worker; `changed` arrives
    on the GUI thread (queued), and `cancel` is called from there.
    """

    changed = Signal(int, int)  # done, total (0: not known yet)
    #: A step past what `changed` counts, that can no longer be cancelled (its name).
    staged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.changed.emit(done, total)

    def report_stage(self, stage: str) -> None:
        self.staged.emit(str(stage))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Operations(QObject):
    """Background operations over the open database."""

    changes_applied = Signal(object)  # frozenset[Area]: areas that changed, or {Area.ALL}
    database_changed = Signal()
    busy_changed = Signal(bool)
    failed = Signal(str, str)  # the one line for the user, the details to copy
    #: A signed action was refused for want of the user's name: the window offers to set it.
    name_needed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Slow reads that nothing waits on (a count over the whole registry) run in a
        # lane of their own, so that the user's next action is not queued behind them.
        self._slow_pool = QThreadPool(self)
        self._slow_pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._tokens = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._database: Database | None = None
        # Set when the open database is swapped or closed: upkeep stops between steps.
        self._upkeep_stop = threading.Event()

    # The database -------------------------------------------------------

    @property
    def database(self) -> Database | None:
        return self._database

    def set_database(self, database: Database | None) -> None:
        """Swap the open database once the worker has finished with the old one."""
        old = self._database
        self.wait()
        self._database = database
        self._upkeep_stop = threading.Event()
        if old is not None and old is not database:
            old.dispose()
        self.database_changed.emit()
        self.changes_applied.emit(frozenset({Area.ALL}))

    @property
    def is_idle(self) -> bool:
        return not self._pending

    # Submitting work ------------------------------------------------------

    def call(
        self,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `work` off the GUI thread with no session (opening a file, say)."""
        self._submit(work, done, failed, frozenset())

    def query(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Read: `work` gets a session that is rolled back afterwards."""
        database = self._require_database()

        def run() -> T:
            with database.reading() as session:
                return work(session)

        self._submit(run, done, failed, frozenset())

    def slow_query(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Read like `query`, in the slow lane: for seconds of reading whose result only
        completes a view, and which must not delay the user's own actions."""
        database = self._require_database()

        def run() -> T:
            with database.reading() as session:
                return work(session)

        self._submit(run, done, failed, frozenset(), self._slow_pool)

    def change(
        self,
        work: Callable[[Session], T],
        areas: Iterable[Area],
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Write: one user action, one transaction; then `changes_applied(areas)`."""
        database = self._require_database()

        def run() -> T:
            with database.unit_of_work() as session:
                return work(session)

        self._submit(run, done, failed, frozenset(areas))

    def upkeep(
        self,
        work: Callable[[Database, Callable[[], bool]], int],
        areas: Iterable[Area],
        failed: Callable[[Exception], None],
    ) -> None:
        """Bring derived data of the open database up to date after it opened, in the
        slow lane: `work(database, stop)` writes in short transactions of its own and
        stops between them once `stop()` is true (the database swapped or closed); it
        returns how many records it wrote, and `changes_applied(areas)` follows if any."""
        database = self._require_database()
        stop = self._upkeep_stop
        changed = frozenset(areas)

        def done(written: int) -> None:
            if written:
                self.changes_applied.emit(changed)

        self._submit(lambda: work(database, stop.is_set), done, failed, frozenset(),
                     self._slow_pool)  # fmt: skip

    def wait(self) -> None:
        """Block until queued jobs finished (shutdown only: it freezes the window)."""
        self._upkeep_stop.set()
        self._pool.waitForDone()
        self._slow_pool.waitForDone()

    # Internals --------------------------------------------------------------

    def _require_database(self) -> Database:
        if self._database is None:
            raise RuntimeError("no database is open")
        return self._database

    def _submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[Exception], None] | None,
        areas: frozenset[Area],
        pool: QThreadPool | None = None,
    ) -> None:
        token = next(self._tokens)
        was_idle = not self._pending
        self._pending[token] = _Pending(done, failed, areas)
        if was_idle:
            self.busy_changed.emit(True)
        (pool or self._pool).start(_Job(token, work, self._relay))

    @Slot(int, bool, object)
    def _deliver(self, token: int, ok: bool, payload: object) -> None:
        pending = self._pending.pop(token)
        try:
            if ok:
                if pending.done is not None:
                    pending.done(payload)
                if pending.areas:
                    self.changes_applied.emit(pending.areas)
            else:
                # Imported here: the window builds its Operations before its first paint.
                from forumdesk.services.common.failures import Failure
                from forumdesk.services.common.signer import UnnamedSigner

                assert isinstance(payload, Exception)
                if isinstance(payload, UnnamedSigner):
                    self.name_needed.emit()
                if pending.failed is not None:
                    pending.failed(payload)
                else:
                    details = payload.details if isinstance(payload, Failure) else ""
                    self.failed.emit(str(payload), details)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

"""Import representatives from a CSV or XLSX list, in the caller's one transaction.

Flow: `files.read_rows` → the mapping step (`columns.guess_mapping`) → `run_import`.
Each row is checked and filed by `row_checks.RowImporter`. Nothing commits here: a
cancel or an error rolls the caller's unit of work back. Speed: rows stream, and go in
with Core executemany in batches, each batch's search entries with it (search/people.py);
a big import reads and checks its rows in a second process while this one writes them
(parallel/source.py). Memory: per row, a few bytes (import_/digests.py); the report's entries
wait on disk.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.planner_statistics import refresh_statistics
from forumdesk.services.registry.import_.bulk_writer import (
    BulkWriter,
    collector_paused,
    indexes_set_aside,
    page_cache,
)
from forumdesk.services.registry.import_.columns import ColumnMapping, remember_mapping
from forumdesk.services.registry.import_.files import (
    ImportFileError,
    read_rows,
    split_full_name,
)
from forumdesk.services.registry.import_.listed import (
    LikelyPolicy,
    record_import,
)
from forumdesk.services.registry.import_.parallel.source import (
    ReaderProcess,
    RowSource,
    in_parallel,
)
from forumdesk.services.registry.import_.report import (
    ImportCancelled,
    ImportReport,
    ImportStage,
    RowDuplicates,
    RowProblem,
    save_report_csv,
)
from forumdesk.services.registry.import_.row_checks import RowImporter
from forumdesk.services.registry.people import (
    RegistryError,
)
from forumdesk.services.search.people import new_records_indexer
from forumdesk.services.search.rebuild import compact_search_index
from forumdesk.store.backup import backup_before
from forumdesk.store.models import Forum

__all__ = [
    "ImportCancelled",
    "ImportReport",
    "LikelyPolicy",
    "RowDuplicates",
    "RowProblem",
    "run_import",
    "save_report_csv",
    "split_full_name",
]

_TICK = 250  # rows between progress reports and cancel checks


def run_import(
    session: Session,
    path: Path,
    mapping: ColumnMapping,
    *,
    forum_id: uuid.UUID | None = None,
    dry_run: bool = False,
    likely: LikelyPolicy = LikelyPolicy.SKIP,
    remember: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
    stage: Callable[[ImportStage], None] | None = None,
) -> ImportReport:
    """Validate every row and, unless `dry_run`, write the valid ones; see the module doc.

    `progress(done, total)` is called every few hundred rows (total counted first
    when not given); `cancelled()` is polled as often and raises ImportCancelled.
    `stage` is told what a written import does after its rows (`ImportStage`).
    """
    tell = _Tell(progress, cancelled, stage or (lambda _stage: None))
    headers, rows = read_rows(path)
    if forum_id is not None:
        forum = session.get(Forum, forum_id)
        if forum is None or forum.deleted_at is not None:
            raise RegistryError("forum", _("no such forum {forum_id}").format(forum_id=forum_id))
    if progress is not None and total is None:
        from forumdesk.services.registry.import_.files import count_rows

        total = count_rows(path)
    if not dry_run:
        backup_before(session, "import")
    report = ImportReport(source=path.name, headers=tuple(headers), dry_run=dry_run)
    source: RowSource
    if in_parallel(session, path, total, dry_run, likely):
        source = ReaderProcess(session, path, mapping, forum_id, likely)
    else:
        writer = BulkWriter(session, dry_run, after_insert=new_records_indexer(session))
        source = _InProcess(
            RowImporter(session, path, headers, mapping, report, forum_id, likely, writer), rows
        )
    try:
        return _write(session, source, report, path, mapping, forum_id, remember, total, tell)
    finally:
        source.close()


@dataclass(frozen=True, slots=True)
class _Tell:
    """Whom an import tells how it goes (see `run_import`)."""

    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    stage: Callable[[ImportStage], None]


def _write(
    session: Session,
    source: RowSource,
    report: ImportReport,
    path: Path,
    mapping: ColumnMapping,
    forum_id: uuid.UUID | None,
    remember: bool,
    total: int | None,
    tell: _Tell,
) -> ImportReport:
    """The rows from `source`, then what a written import does after them."""
    dry_run = report.dry_run
    set_aside = indexes_set_aside(session, path, total, dry_run)  # after the look-ups' loads
    with page_cache(session, dry_run), collector_paused() as rows_done:
        done = source.run(report, tell.progress, tell.cancelled, total)
        if done == 0:
            raise ImportFileError(path, _("there are no rows under the header"))
        if tell.progress is not None:
            tell.progress(done, total or done)
        if not dry_run and report.changed:
            before, revived = source.listed_changes()
            counts = report.counts()
            record = record_import(
                session, source.import_id, path, forum_id, counts, before, revived
            )
            report.import_id = record.id
        # The rows' look-up state (tens of MB at a million rows) goes before the sorts of
        # the indexes' rebuild and ANALYZE's bigger cache, so that the import's peak is
        # one or the other's: freed, its memory serves them.
        source.close()
        rows_done()
        if set_aside is not None:
            tell.stage(ImportStage.INDEXES)
            set_aside.rebuild()
            compact_search_index(session)  # its names came in as a dozen segments
        if not dry_run and remember:
            remember_mapping(session, report.headers, mapping)
            session.flush()
        if not dry_run:
            # Fresh statistics (stale, the list plans badly), in the bigger cache ANALYZE uses.
            tell.stage(ImportStage.STATISTICS)
            refresh_statistics(session)
    if not dry_run:
        tell.stage(ImportStage.SAVING)
    return report


class _InProcess:
    """The rows read, checked and written in this process (`RowSource`)."""

    def __init__(self, importer: RowImporter, rows: Iterable[tuple[int, list[str]]]) -> None:
        self.importer: RowImporter | None = importer
        self.import_id = importer.import_id
        self.rows = rows

    def run(
        self,
        report: ImportReport,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
        total: int | None,
    ) -> int:
        importer = self.importer
        assert importer is not None
        done = 0
        for number, cells in self.rows:
            if done % _TICK == 0:
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    raise ImportCancelled(report)
                if progress is not None:
                    progress(done, total or 0)
            importer.row(number, cells)
            done += 1
        importer.writer.flush()
        return done

    def listed_changes(self) -> tuple[dict[uuid.UUID, dict[str, Any]], list[uuid.UUID]]:
        assert self.importer is not None
        return self.importer.listed.before, self.importer.listed.revived

    def close(self) -> None:
        self.importer = None

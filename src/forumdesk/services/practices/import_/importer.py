"""Import practices from a CSV or XLSX file, in the caller's one transaction: all or none.

Flow: `registry.import_.files.read_rows` → the mapping step (`preview_practices`,
the registry's with this import's vocabulary) → `run_practice_import`. Each row is
checked as the form checks it (`rows.parse_row`); each problem names the row, the
file's column and the reason.

All or none: a file with one bad row writes nothing (`PracticeImportRefused`, which
carries the report, so the caller rolls back and shows it). A practices file is a
submission round sent by one office: half of it in the register, the other half to be
found and sent again, is worse than the whole sent back with its faults listed. A dry
run gives the same report and writes nothing.

Imported practices arrive "received", carry the import's id (`Practice.import_id`) for
`undo_practice_import`, and are written with Core in batches with their audit entries
(`BulkWriter`, as the registry's import), after a backup of the file. Rows repeating
one another, or a practice the forum holds already (same title and lead submitter),
are refused: the same file imported twice must not double the register.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, ngettext
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.practices.import_.columns import FIELDS, PRACTICES, REQUIRED
from forumdesk.services.practices.import_.rows import Lookups, Parsed, parse_row
from forumdesk.services.practices.themes import ensure_themes
from forumdesk.services.registry.import_.bulk_writer import BulkWriter
from forumdesk.services.registry.import_.columns import (
    ColumnMapping,
    MappingError,
    remember_mapping,
)
from forumdesk.services.registry.import_.files import (
    ImportFileError,
    RowReader,
    count_rows,
    read_rows,
)
from forumdesk.services.registry.import_.preview import ImportPreview, preview_import
from forumdesk.services.registry.import_.report import ImportCancelled, ImportReport, RowProblem
from forumdesk.services.search.practices import index_imported_practices
from forumdesk.store.backup import backup_before
from forumdesk.store.enums import ReviewState
from forumdesk.store.models import (
    Forum,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    PracticeTheme,
    RecommendationPractice,
)
from forumdesk.store.types import link_uuid, utcnow

_TICK = 250  # rows between progress reports and cancel checks
#: Problems listed in a report; past them only counted (100k bad rows stay small).
LISTED = 1000


@dataclass
class PracticeImportReport:
    source: str
    headers: tuple[str, ...] = ()
    rows: int = 0
    valid: int = 0
    invalid: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    #: Problems found past the first `LISTED`.
    unlisted: int = 0
    created: int = 0
    dry_run: bool = False
    #: The import's id, on its practices (None for a dry run or a refused file).
    import_id: uuid.UUID | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid,
            "errors": [p.as_json() for p in self.errors],
            "errors_not_listed": self.unlisted,
            "created": self.created,
            "dry_run": self.dry_run,
            "import_id": str(self.import_id) if self.import_id else None,
        }


class PracticeImportRefused(Refused):
    """Some rows are bad: nothing may be written. `report` lists them."""

    def __init__(self, report: PracticeImportReport) -> None:
        self.report = report
        super().__init__(
            ngettext(
                "{file}: {count} row is refused, so nothing was imported",
                "{file}: {count} rows are refused, so nothing was imported",
                report.invalid,
            ).format(file=report.source, count=report.invalid)
        )


def preview_practices(
    session: Session,
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """The mapping step's first look (the registry's), with the practices' columns."""
    return preview_import(
        session, path, progress=progress, cancelled=cancelled, vocabulary=PRACTICES
    )


def check_mapping(mapping: ColumnMapping, headers: list[str]) -> None:
    """MappingError unless the title and the type each come from one column."""
    mapped = list(mapping.fields.values())
    for name in REQUIRED:
        if name not in mapped:
            raise MappingError(
                _("no column is imported as {field} (headers: {headers})").format(
                    field=name, headers=", ".join(headers)
                )
            )
    for name in set(mapped):
        if mapped.count(name) > 1:
            raise MappingError(_("two columns are imported as {field}").format(field=name))


class _Importer:
    def __init__(
        self,
        session: Session,
        forum: Forum,
        reader: RowReader,
        report: PracticeImportReport,
    ) -> None:
        self.forum_id = forum.id
        self.reader = reader
        self.report = report
        self.lookups = Lookups(session, forum)
        self.import_id = uuid.uuid4()
        self.today = utcnow().date()
        self.writer = BulkWriter(
            session,
            report.dry_run,
            (
                Practice.__table__,
                PracticeSubmitter.__table__,
                PracticeTheme.__table__,
                PracticeLink.__table__,
            ),
        )
        #: Key of each row's practice → its row number (hashes: bounded on any file).
        self.seen: dict[int, int] = {}

    def row(self, number: int, cells: list[str]) -> None:
        parsed, found = parse_row(self.lookups, self.reader.cells(cells))
        problems = [(p.field, p.reason) for p in found]
        if parsed is not None:
            earlier = self.seen.get(parsed.key)
            if earlier is not None:
                problems = [_problem("title", _("the same practice as row {row}"), row=earlier)]
            elif parsed.key in self.lookups.existing:
                problems = [
                    _problem(
                        "title", _("this forum already holds it (the same title and submitter)")
                    )
                ]
            else:
                self.seen[parsed.key] = number
        if problems:
            self._invalid(number, problems)
            return
        assert parsed is not None
        self.report.valid += 1
        if not self.report.invalid:  # after a bad row nothing is to be written
            self._write(parsed)

    def _invalid(self, number: int, problems: list[tuple[str, str]]) -> None:
        report = self.report
        if not report.invalid:
            self.writer.dry_run = True  # nothing more is kept for writing
            for rows in self.writer.pending.values():
                rows.clear()
        report.invalid += 1
        for name, reason in problems:
            if len(report.errors) < LISTED:
                report.errors.append(RowProblem(number, self.reader.column(name), reason))
            else:
                report.unlisted += 1

    def _write(self, parsed: Parsed) -> None:
        data, writer = parsed.data, self.writer
        practice_id = writer.add(
            Practice.__table__,
            {
                "forum_id": self.forum_id,
                "title": data.title,
                "summary": data.summary,
                "practice_type": data.practice_type,
                "region": data.region,
                "countries": " ".join(data.countries),
                "partners": data.partners,
                "period_from": data.period_from,
                "period_to": data.period_to,
                "results": data.results,
                "contact_name": data.contact_name,
                "contact_email": data.contact_email,
                "links": "\n".join(data.links),
                "state": ReviewState.RECEIVED,
                "received_on": self.today,
                "reviewer": None,
                "review_reason": None,
                "reviewed_at": None,
                "fictional": False,
                "import_id": self.import_id,
            },
        )
        # The child rows' ids are the links' own, as `practices.create_practice` makes them.
        for position, organisation in enumerate(data.submitters):
            writer.add(
                PracticeSubmitter.__table__,
                {
                    "id": link_uuid("practice-submitter", practice_id, organisation),
                    "practice_id": practice_id,
                    "organisation_id": organisation,
                    "position": position,
                },
            )
        for theme in data.themes:
            writer.add(
                PracticeTheme.__table__,
                {
                    "id": link_uuid("practice-theme", practice_id, theme),
                    "practice_id": practice_id,
                    "theme_id": theme,
                },
            )
        for ref in data.paragraphs:
            writer.add(
                PracticeLink.__table__,
                {
                    "id": link_uuid(
                        f"practice-paragraph:{ref.number}", practice_id, ref.document_id
                    ),
                    "practice_id": practice_id,
                    "document_id": ref.document_id,
                    "paragraph_number": ref.number,
                    "segment_id": None,
                },
            )
        self.report.created += 1


def _problem(name: str, reason: str, **values: object) -> tuple[str, str]:
    return name, reason.format(**values) if values else reason


def run_practice_import(
    session: Session,
    path: Path,
    mapping: ColumnMapping,
    forum_id: uuid.UUID,
    *,
    dry_run: bool = False,
    remember: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> PracticeImportReport:
    """Check every row and, unless `dry_run`, write them all; see the module doc.

    `progress(done, total)` every few hundred rows; `cancelled()` polled as often
    raises ImportCancelled. A file with a bad row raises PracticeImportRefused (a dry
    run returns its report instead)."""
    headers, rows = read_rows(path)
    check_mapping(mapping, headers)
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise NotFound(_("that forum no longer exists"))
    if progress is not None and total is None:
        total = count_rows(path)
    report = PracticeImportReport(source=path.name, headers=tuple(headers), dry_run=dry_run)
    if not dry_run:
        backup_before(session, "practice-import")
        ensure_themes(session, forum_id)  # the seed's, which the rows may name
    importer = _Importer(session, forum, RowReader(headers, mapping, FIELDS), report)
    for number, cells in rows:
        if report.rows % _TICK == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled(ImportReport(source=path.name, headers=tuple(headers)))
            if progress is not None:
                progress(report.rows, total or 0)
        importer.row(number, cells)
        report.rows += 1
    if report.rows == 0:
        raise ImportFileError(path, _("there are no rows under the header"))
    if report.invalid:
        report.created = 0
        if dry_run:
            return report
        raise PracticeImportRefused(report)
    if not dry_run:
        importer.writer.flush()
        report.import_id = importer.import_id
        index_imported_practices(session, importer.import_id)  # Ctrl+K finds them
        if remember:
            remember_mapping(session, headers, mapping, vocabulary=PRACTICES)
        session.flush()
    if progress is not None:
        progress(report.rows, total or report.rows)
    return report


def undo_practice_import(session: Session, import_id: uuid.UUID) -> int:
    """Take an import of practices back (tombstones, which a merge carries); the number
    undone. Refused, naming one, when a practice was edited, reviewed or linked to a
    recommendation since: undoing would take that work back too."""
    from forumdesk.services.practices.practices import delete_practice

    practices = list(
        session.scalars(
            select(Practice).where(Practice.import_id == import_id, Practice.deleted_at.is_(None))
        )
    )
    if not practices:
        raise NotFound(
            _("no practice carries the import {id}: it is unknown or undone").format(id=import_id)
        )
    answered = set(
        session.scalars(
            select(RecommendationPractice.practice_id)
            .join(Practice, RecommendationPractice.practice_id == Practice.id)
            .where(Practice.import_id == import_id, RecommendationPractice.deleted_at.is_(None))
        )
    )
    for practice in practices:
        if (
            practice.version != 1
            or practice.state != ReviewState.RECEIVED
            or practice.id in answered
        ):
            raise Refused(
                _(
                    "{title!r} was edited, reviewed or linked since the import; nothing was undone"
                ).format(title=practice.title[:80])
            )
    backup_before(session, "undo-practice-import")
    for practice in practices:
        delete_practice(session, practice.id)
    return len(practices)

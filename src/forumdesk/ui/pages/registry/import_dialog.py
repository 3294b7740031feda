"""Import a list of representatives: read, map the columns, check, import, report.

The file is read once off the GUI thread for the mapping step. "Check" is a dry
run (a read-only session: nothing can be written); "Import" writes the valid rows
in one transaction. Both report progress and can be cancelled; a cancelled import
rolls back whole. The report lists every refused row (row number, column, reason),
warnings and likely duplicates, and can be saved as CSV for the office that sent
the list.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.output_check import output_refused
from forumdesk.ui.pages.registry.import_mapping import MappingEditor
from forumdesk.ui.pages.registry.import_steps import (
    COLUMNS,
    REPORT,
    ImportSteps,
    problems_view,
)
from forumdesk.ui.pages.registry.import_steps import step_button as _button
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.import_.listed import RowOutcome
    from forumdesk.services.registry.import_.preview import ImportPreview
    from forumdesk.services.registry.import_.report import ImportReport
    from forumdesk.ui.common.operations import Progress

# One line of the report as shown: row, column, kind, reason.
Line = tuple[int, str, str, str]
#: Lines of the report shown at most: a million-row list can propose a million duplicates.
LISTED = 2000


def _report_lines(report: ImportReport) -> int:
    listed = len(report.errors) + len(report.warnings) + len(report.duplicates)
    return listed + len(report.skipped) + len(report.updated)


class ImportDialog(ImportSteps):
    #: The report of an import that was written (not of a check).
    imported = Signal(object)

    def __init__(
        self,
        ops: Operations,
        path: Path,
        forum_id: uuid.UUID | None,
        forum_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import Representatives — {file}").format(file=path.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 640)
        self.ops = ops
        self.path = path
        self.forum_id = forum_id
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps, 1)
        self._build_running_page(self.steps, "import", self.tr("Cancel: nothing is written"))
        self._build_columns(forum_title)
        self._build_report()
        self._read(self._preview)

    # Pages --------------------------------------------------------------------------

    def _build_columns(self, forum_title: str) -> None:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        self.file_label = QLabel(page)
        self.file_label.setObjectName("import_file")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.editor = MappingEditor(page)
        layout.addWidget(self.editor, 1)
        self.register_box = QCheckBox(
            self.tr("Register everyone for {forum} (as requested)").format(forum=forum_title), page
        )
        self.register_box.setObjectName("import_register")
        self.register_box.setAccessibleName(self.tr("Register the people imported for the forum"))
        self.register_box.setChecked(self.forum_id is not None)
        self.register_box.setVisible(self.forum_id is not None)
        layout.addWidget(self.register_box)
        self.columns_error = error_label(page, "import_error")
        layout.addWidget(self.columns_error)
        layout.addLayout(self._column_buttons(page, "import", self.tr("Import the valid rows")))
        self.steps.addWidget(page)

    def _build_report(self) -> None:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        self.summary = self._summary_label(page, "import_summary")
        layout.addWidget(self.summary)
        self.problems: RowsModel[Line] = RowsModel(
            [
                Column(self.tr("Row"), lambda line: line[0], Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Column"), lambda line: line[1]),
                Column(self.tr("Kind"), lambda line: line[2]),
                Column(self.tr("Reason"), lambda line: line[3]),
            ],
            self,
        )
        self.problems_view = problems_view(
            page,
            self.problems,
            "import_problems",
            self.tr("Rows refused, warnings and duplicates"),
        )
        layout.addWidget(self.problems_view, 1)
        likely_row = QHBoxLayout()
        self.likely_label = QLabel(self.tr("Rows that look like people already listed:"), page)
        likely_row.addWidget(self.likely_label)
        self.likely_choice = QComboBox(page)
        self.likely_choice.setObjectName("import_likely")
        self.likely_choice.setAccessibleName(
            self.tr("What to do with rows that look like people already listed")
        )
        for text, value in (
            (self.tr("Skip them"), "skip"),
            (self.tr("Update the listed person's empty or changed fields"), "update"),
            (self.tr("Import them as new people"), "new"),
        ):
            self.likely_choice.addItem(text, value)
        self.likely_label.setBuddy(self.likely_choice)
        likely_row.addWidget(self.likely_choice)
        likely_row.addStretch(1)
        layout.addLayout(likely_row)
        row = QHBoxLayout()
        self.save_button = _button(
            self.tr("&Save Report…"), "import_save_report", self.tr("Save the report as CSV"), page
        )
        self.save_button.clicked.connect(lambda: self.save_report())
        row.addWidget(self.save_button)
        row.addStretch(1)
        self.back_button = _button(
            self.tr("&Back to Columns"), "import_back", self.tr("Change the column mapping"), page
        )
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(COLUMNS))
        row.addWidget(self.back_button)
        self.import_checked_button = _button(
            self.tr("&Import Valid Rows"), "import_checked", self.tr("Import the valid rows"), page
        )
        self.import_checked_button.clicked.connect(self.run_import)
        row.addWidget(self.import_checked_button)
        self.done_button = _button(self.tr("Close"), "import_done", self.tr("Close"), page)
        self.done_button.clicked.connect(self.accept)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.steps.addWidget(page)

    # Reading the file and running ----------------------------------------------------

    @staticmethod
    def _preview(session: Session, path: Path, progress: Progress) -> ImportPreview:
        from forumdesk.services.registry.import_.preview import preview_import

        return preview_import(session, path, progress=progress.report, cancelled=progress.cancelled)

    def _run(self, *, dry_run: bool) -> None:
        mapping = self._mapping_to_run()
        if mapping is None or self.preview is None:
            return
        path, total = self.path, self.preview.rows
        forum_id = self.forum_id if self.register_box.isChecked() else None
        likely = str(self.likely_choice.currentData() or "skip")
        progress = self._start_run(dry_run=dry_run, total=total)

        def work(session: Session) -> ImportReport:
            from forumdesk.services.registry.import_.importer import LikelyPolicy, run_import

            return run_import(
                session,
                path,
                mapping,
                forum_id=forum_id,
                dry_run=dry_run,
                likely=LikelyPolicy(likely),
                progress=progress.report,
                cancelled=progress.cancelled,
                total=total,
                stage=progress.report_stage,
            )

        if dry_run:
            self.ops.query(work, self._reported, self._failed)
        else:
            self.ops.change(work, {Area.REGISTRY}, self._reported, self._failed)

    # The report ---------------------------------------------------------------------

    def _reported(self, report: ImportReport) -> None:
        self.report = report
        # A written import's report stays on screen even if the user asked to close.
        if not self._end_job(close_if_asked=report.dry_run):
            return
        self.problems.set_rows(self._lines(report))
        self.problems_view.resizeColumnsToContents()
        self.summary.setText(self._summary(report))
        self.back_button.setVisible(report.dry_run)
        likely = any(o.reason == "likely match" for o in report.skipped)
        self.likely_label.setVisible(report.dry_run and likely)
        self.likely_choice.setVisible(report.dry_run and likely)
        self.import_checked_button.setVisible(report.dry_run and report.valid > 0)
        self.steps.setCurrentIndex(REPORT)
        if not report.dry_run:
            self.imported.emit(report)

    def _summary(self, report: ImportReport) -> str:
        if report.dry_run:
            parts = [
                self.tr("%Ln row(s) can be imported", "", report.representatives_created),
                self.tr("%Ln row(s) would be refused", "", report.invalid),
                self.tr("%Ln new organisation(s)", "", report.organisations_created),
            ]
        else:
            parts = [
                self.tr("%Ln representative(s) imported", "", report.representatives_created),
                self.tr("%Ln row(s) refused", "", report.invalid),
                self.tr("%Ln new organisation(s)", "", report.organisations_created),
            ]
            if report.registrations_created:
                parts.append(self.tr("%Ln registration(s)", "", report.registrations_created))
        listed = sum(1 for o in report.skipped if o.reason == "already listed")
        likely = len(report.skipped) - listed
        if listed:
            parts.append(self.tr("%Ln row(s) already listed: skipped", "", listed))
        if likely:
            parts.append(self.tr("%Ln row(s) look like people already listed", "", likely))
        if report.updated:
            parts.append(self.tr("%Ln listed person(s) updated", "", len(report.updated)))
        unlisted = _report_lines(report) - LISTED
        if unlisted > 0:
            # The practices import's words, translated already (the CSV report lists all).
            words = "%Ln more problem(s) not listed"
            parts.append(QCoreApplication.translate("PracticeImportDialog", words, "", unlisted))
        return " · ".join(parts)

    def _lines(self, report: ImportReport) -> list[Line]:
        """The report's first `LISTED` lines in row order (all of them: the saved CSV)."""
        error, warning, duplicate = self.tr("refused"), self.tr("warning"), self.tr("duplicate?")
        from forumdesk.services.registry.scripts import isolated

        def duplicates() -> Iterator[Line]:
            # Names between isolates: an Arabic one would reorder the sentence around it.
            for found in report.duplicates:
                matches = "; ".join(
                    (
                        self.tr("{name} (row {row}, {score}%)")
                        if match.row
                        else self.tr("{name} (in the registry, {score}%)")
                    ).format(name=isolated(match.label), row=match.row, score=round(match.score))
                    for match in found.matches
                )
                yield (
                    found.row,
                    "",
                    duplicate,
                    self.tr("{name} may be {matches}").format(
                        name=isolated(found.label), matches=matches
                    ),
                )

        kinds = {
            "already listed": self.tr("already listed"),
            "likely match": self.tr("looks listed"),
            "updated": self.tr("update"),
        }

        def outcomes(listed: Iterable[RowOutcome]) -> Iterator[Line]:
            for outcome in listed:
                reason = (
                    self.tr("{name} is {match}").format(
                        name=isolated(outcome.label), match=isolated(outcome.match)
                    )
                    if outcome.match
                    else outcome.label
                )
                if outcome.fields:
                    reason += " (" + ", ".join(outcome.fields) + ")"
                yield (outcome.row, "", kinds.get(outcome.reason, outcome.reason), reason)

        # Each kind is in row order already: merged, and only the first lines made.
        lines = heapq.merge(
            ((p.row, p.column, error, p.reason) for p in report.errors),
            ((p.row, p.column, warning, p.reason) for p in report.warnings),
            duplicates(),
            outcomes(report.skipped),
            outcomes(report.updated),
            key=itemgetter(0),
        )
        return list(islice(lines, LISTED))

    def save_report(self, path: str | None = None) -> None:
        report = self.report
        if report is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save Import Report"),
                f"{self.path.stem}-report.csv",
                self.tr("CSV, UTF-8 (*.csv)"),
            )
            if not path:
                return
        target = Path(path)
        if output_refused(self, target, self.ops.database):
            return

        def save() -> None:
            from forumdesk.services.registry.import_.report import save_report_csv

            save_report_csv(report, target)

        def saved(_result: None) -> None:
            self.summary.setText(
                self.tr("{summary}<br>Report saved to {file}.").format(
                    summary=self._summary(report), file=target.name
                )
            )

        def refused(error: Exception) -> None:
            self.summary.setText(str(error))

        self.ops.call(save, saved, refused)

"""Import practices from a CSV or XLSX file: read, map the columns, check, import, report.

The registry's import steps with the practices' columns (`MappingEditor` with their
fields). The file is read once off the GUI thread; "Check Rows" is a dry run in a
read-only session; "Import" writes every row or none: a file with a bad row is sent
back whole, its faults listed (row, column, reason), nothing written. Both report
progress and can be cancelled.

The practices page opens it with `open_practice_import` and may follow `imported`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.registry.import_mapping import MappingEditor
from forumdesk.ui.pages.registry.import_steps import (
    COLUMNS,
    REPORT,
    ImportSteps,
    problems_view,
    step_button,
)
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.import_.importer import PracticeImportReport
    from forumdesk.services.registry.import_.preview import ImportPreview
    from forumdesk.ui.common.context import ForumContext
    from forumdesk.ui.common.operations import Progress

# One problem as shown: row, column, reason.
Line = tuple[int, str, str]


def open_practice_import(
    parent: QWidget, ops: Operations, forum: ForumContext, path: str | None = None
) -> PracticeImportDialog | None:
    """Ask for the file (unless `path`) and open the import for the current forum;
    None when there is no forum or no file was chosen. The dialog deletes itself
    when closed."""
    if forum.forum_id is None:
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("PracticeImportDialog", "Import Practices"),
            "",
            QCoreApplication.translate(
                "PracticeImportDialog", "Practices (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"
            ),
        )
        if not path:
            return None
    dialog = PracticeImportDialog(ops, Path(path), forum.forum_id, forum.title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class PracticeImportDialog(ImportSteps):
    # The report of an import that was written (not of a check, nor of a refused file).
    imported = Signal(object)

    def __init__(
        self,
        ops: Operations,
        path: Path,
        forum_id: uuid.UUID,
        forum_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practice_import_dialog")
        self.setWindowTitle(self.tr("Import Practices — {file}").format(file=path.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 640)
        self.ops = ops
        self.path = path
        self.forum_id = forum_id
        self.forum_title = forum_title
        self.preview: ImportPreview | None = None
        self.report: PracticeImportReport | None = None
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps, 1)
        self._build_running_page(
            self.steps, "practice_import", self.tr("Cancel: nothing is written")
        )
        self._build_columns()
        self._build_report()
        self._read(self._preview)

    # Pages --------------------------------------------------------------------------

    def _build_columns(self) -> None:
        from forumdesk.services.practices.import_.columns import FIELDS

        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        self.file_label = QLabel(page)
        self.file_label.setObjectName("practice_import_file")
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        fields = ("ignore", *(name for name in FIELDS if name != "ignore"))
        self.editor = MappingEditor(
            page, fields=fields, field_label=self.field_label, missing=self._missing
        )
        layout.addWidget(self.editor, 1)
        rule = QLabel(
            self.tr(
                "All rows or none: a file with a bad row writes nothing, and each fault is "
                "listed. Practices arrive as received, for review in {forum}."
            ).format(forum=self.forum_title),
            page,
        )
        rule.setWordWrap(True)
        layout.addWidget(rule)
        self.columns_error = error_label(page, "practice_import_error")
        layout.addWidget(self.columns_error)
        layout.addLayout(self._column_buttons(page, "practice_import", self.tr("Import every row")))
        self.steps.addWidget(page)

    def _build_report(self) -> None:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        self.summary = self._summary_label(page, "practice_import_summary")
        layout.addWidget(self.summary)
        self.problems: RowsModel[Line] = RowsModel(
            [
                Column(self.tr("Row"), lambda line: line[0], Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Column"), lambda line: line[1]),
                Column(self.tr("Reason"), lambda line: line[2]),
            ],
            self,
        )
        self.problems_view = problems_view(
            page,
            self.problems,
            "practice_import_problems",
            self.tr("Rows refused, with the column and why"),
        )
        layout.addWidget(self.problems_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = step_button(
            self.tr("&Back to Columns"),
            "practice_import_back",
            self.tr("Change the column mapping"),
            page,
        )
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(COLUMNS))
        row.addWidget(self.back_button)
        self.import_checked_button = step_button(
            self.tr("&Import"), "practice_import_checked", self.tr("Import every row"), page
        )
        self.import_checked_button.clicked.connect(self.run_import)
        row.addWidget(self.import_checked_button)
        self.done_button = step_button(
            self.tr("Close"), "practice_import_done", self.tr("Close"), page
        )
        self.done_button.clicked.connect(self.accept)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.steps.addWidget(page)

    def field_label(self, key: str) -> str:
        """A practice field's name in the mapping step."""
        return {
            "ignore": self.tr("(not imported)"),
            "title": self.tr("Title"),
            "summary": self.tr("Summary"),
            "type": self.tr("Type (policy, programme, partnership offer, research, data tool)"),
            "region": self.tr("Region"),
            "countries": self.tr("Countries (names or codes)"),
            "themes": self.tr("Themes (codes or labels, separated by ;)"),
            "submitters": self.tr("Submitted by (registered organisations, separated by ;)"),
            "partners": self.tr("Partners"),
            "period_from": self.tr("From (year)"),
            "period_to": self.tr("To (year)"),
            "results": self.tr("Results"),
            "contact_name": self.tr("Contact name"),
            "contact_email": self.tr("Contact e-mail"),
            "links": self.tr("Links"),
            "paragraphs": self.tr("Summary paragraphs (23–25, 32)"),
        }[key]

    def _missing(self, fields: Collection[str]) -> str | None:
        if "title" not in fields:
            return self.tr("Choose the column that holds the title.")
        if "type" not in fields:
            return self.tr("Choose the column that holds the type of practice.")
        return None

    # Reading the file and running ----------------------------------------------------

    @staticmethod
    def _preview(session: Session, path: Path, progress: Progress) -> ImportPreview:
        from forumdesk.services.practices.import_.importer import preview_practices

        return preview_practices(
            session, path, progress=progress.report, cancelled=progress.cancelled
        )

    def _run(self, *, dry_run: bool) -> None:
        mapping = self._mapping_to_run()
        if mapping is None or self.preview is None:
            return
        path, total, forum_id = self.path, self.preview.rows, self.forum_id
        progress = self._start_run(dry_run=dry_run, total=total)

        def work(session: Session) -> PracticeImportReport:
            from forumdesk.services.practices.import_.importer import run_practice_import

            return run_practice_import(
                session,
                path,
                mapping,
                forum_id,
                dry_run=dry_run,
                progress=progress.report,
                cancelled=progress.cancelled,
                total=total,
            )

        if dry_run:
            self.ops.query(work, self._reported, self._failed)
        else:
            # Practices, themes and the search index may all change.
            self.ops.change(work, {Area.ALL}, self._reported, self._failed)

    def _refused(self, error: Exception) -> bool:
        from forumdesk.services.practices.import_.importer import PracticeImportRefused

        if isinstance(error, PracticeImportRefused):  # rolled back: show why, row by row
            self._show_report(error.report)
            return True
        return False

    # The report ---------------------------------------------------------------------

    def _reported(self, report: PracticeImportReport) -> None:
        # A written import's report stays on screen even if the user asked to close.
        if not self._end_job(close_if_asked=report.dry_run):
            return
        self._show_report(report)
        if not report.dry_run:
            self.imported.emit(report)

    def _show_report(self, report: PracticeImportReport) -> None:
        self.report = report
        self.problems.set_rows([(p.row, p.column, p.reason) for p in report.errors])
        self.problems_view.resizeColumnsToContents()
        self.summary.setText(self.summary_text(report))
        written = not report.dry_run and report.import_id is not None
        self.back_button.setVisible(not written)
        self.import_checked_button.setVisible(report.dry_run and not report.invalid)
        self.steps.setCurrentIndex(REPORT)

    def summary_text(self, report: PracticeImportReport) -> str:
        if report.invalid:
            parts = [
                self.tr("%Ln row(s) refused", "", report.invalid),
                self.tr("%Ln row(s) valid", "", report.valid),
                self.tr("nothing was written: correct the file, or the columns, and try again"),
            ]
            if report.unlisted:
                parts.insert(2, self.tr("%Ln more problem(s) not listed", "", report.unlisted))
        elif report.dry_run:
            parts = [self.tr("%Ln practice(s) can be imported", "", report.valid)]
        else:
            parts = [self.tr("%Ln practice(s) imported, received for review", "", report.created)]
        return " · ".join(parts)

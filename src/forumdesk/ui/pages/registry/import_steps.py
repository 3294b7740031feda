"""What every list import's dialog shares (representatives, practices): the file read
once off the GUI thread for the mapping step, the mapping checked before a run, the
running page with progress and Cancel, and what a failure or a cancel shows.

A dialog built on `ImportSteps` lays out `steps` as running page, columns page, report
page (in that order), and sets the widgets named below. Its strings keep the
registry's dialog as their translation context, where they were first written (a
literal in each call: lupdate reads no variable).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QWidget,
)

from forumdesk.ui.common.operations import Operations, Progress
from forumdesk.ui.widgets.job_dialog import JobDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.import_.columns import ColumnMapping
    from forumdesk.services.registry.import_.preview import ImportPreview
    from forumdesk.ui.pages.registry.import_mapping import MappingEditor

RUNNING, COLUMNS, REPORT = range(3)


def step_button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def problems_view(
    parent: QWidget, model: QAbstractItemModel, name: str, accessible: str
) -> QTableView:
    """The report's table of refused rows (and warnings), one line each."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportSteps(JobDialog):
    ops: Operations
    path: Path
    preview: ImportPreview | None
    steps: QStackedWidget
    editor: MappingEditor
    file_label: QLabel
    columns_error: QLabel
    check_button: QPushButton
    import_button: QPushButton

    # Building -----------------------------------------------------------------------

    def _column_buttons(self, page: QWidget, prefix: str, import_hint: str) -> QHBoxLayout:
        """Close, Check Rows and Import (`<prefix>_close`, `_check`, `_run`), at the right."""
        row = QHBoxLayout()
        row.addStretch(1)
        close = step_button(
            QCoreApplication.translate("ImportDialog", "Close"),
            f"{prefix}_close",
            QCoreApplication.translate("ImportDialog", "Close without importing"),
            page,
        )
        close.clicked.connect(self.reject)
        row.addWidget(close)
        self.check_button = step_button(
            QCoreApplication.translate("ImportDialog", "&Check Rows"),
            f"{prefix}_check",
            QCoreApplication.translate(
                "ImportDialog", "Check every row without importing (dry run)"
            ),
            page,
        )
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.check_button)
        self.import_button = step_button(
            QCoreApplication.translate("ImportDialog", "&Import"),
            f"{prefix}_run",
            import_hint,
            page,
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        row.addWidget(self.import_button)
        return row

    @staticmethod
    def _summary_label(page: QWidget, name: str) -> QLabel:
        label = QLabel(page)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # Reading the file ---------------------------------------------------------------

    def _read(self, read: Callable[[Session, Path, Progress], ImportPreview]) -> None:
        """Read the file once for the mapping step: `read(session, path, progress)`."""
        path = self.path
        progress = self._start_job(
            QCoreApplication.translate("ImportDialog", "Reading {file}…").format(file=path.name)
        )
        self.ops.query(lambda session: read(session, path, progress), self._read_done, self._failed)

    def _read_done(self, preview: ImportPreview) -> None:
        if not self._end_job():
            return
        self.preview = preview
        details = QCoreApplication.translate(
            "ImportDialog", "%Ln row(s) under the header", "", preview.rows
        )
        if preview.text_format:
            details += " · " + preview.text_format
        self.file_label.setText(f"<b>{self.path.name}</b> — {details}")
        self.editor.set_preview(preview)
        self.steps.setCurrentIndex(COLUMNS)

    # Running ------------------------------------------------------------------------

    def _job_started(self) -> None:
        self.steps.setCurrentIndex(RUNNING)

    def check(self) -> None:
        """The dry run: every row checked, nothing written."""
        self._run(dry_run=True)

    def run_import(self) -> None:
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        """Each import's own run (the registry's, the practices'): both dialogs define it;
        Qt's metaclass rules out `abc`, so the base refuses to run one of its own."""
        raise NotImplementedError

    def _mapping_to_run(self) -> ColumnMapping | None:
        """The mapping as the user left it, or None (the problem shown) when it cannot run."""
        if self.preview is None or self.running:
            return None
        problem = self.editor.problem()
        if problem:
            self.steps.setCurrentIndex(COLUMNS)
            self.columns_error.setText(problem)
            self.columns_error.show()
            return None
        self.columns_error.hide()
        return self.editor.mapping()

    def _start_run(self, *, dry_run: bool, total: int) -> Progress:
        text = (
            QCoreApplication.translate("ImportDialog", "Checking %Ln row(s)…", "", total)
            if dry_run
            else QCoreApplication.translate("ImportDialog", "Importing %Ln row(s)…", "", total)
        )
        return self._start_job(text)

    def _stage_text(self, stage: str) -> str:
        texts = {
            "indexes": QCoreApplication.translate(
                "ImportDialog", "Every row is read. Building the registry's indexes…"
            ),
            "statistics": QCoreApplication.translate(
                "ImportDialog", "Updating the registry's statistics…"
            ),
            "saving": QCoreApplication.translate("ImportDialog", "Saving the import…"),
        }
        return texts.get(stage, "")

    def _refused(self, error: Exception) -> bool:
        """Whether `error` is a refusal this import reports itself (then shown)."""
        return False

    def _failed(self, error: Exception) -> None:
        from forumdesk.services.registry.import_.report import ImportCancelled

        reading = self.preview is None
        if not self._end_job() or self._refused(error):
            return
        cancelled = isinstance(error, ImportCancelled)
        if reading:
            # The file could not be read: say so (the message names it), nothing else to do.
            self.file_label.setText(
                QCoreApplication.translate("ImportDialog", "Cancelled.")
                if cancelled
                else str(error)
            )
            self.check_button.setEnabled(False)
            self.import_button.setEnabled(False)
            self.editor.setEnabled(False)
        else:
            self.columns_error.setText(
                QCoreApplication.translate("ImportDialog", "Cancelled: nothing was written.")
                if cancelled
                else str(error)
            )
            self.columns_error.show()
        self.steps.setCurrentIndex(COLUMNS)

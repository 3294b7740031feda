"""Minutes: each segment of the forum, where its minutes stand, and their editor."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.exports.minutes.files import ExportAllResult, export_all
from forumdesk.services.common.file_names import export_file_name
from forumdesk.store.enums import MinutesState
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import short_date, time_range
from forumdesk.ui.common.operations import Area, Operations, Progress
from forumdesk.ui.common.output_check import output_refused
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.minutes.approval import SelfApprovalBox
from forumdesk.ui.pages.minutes.cover_dialog import MinutesCoverDialog
from forumdesk.ui.pages.minutes.editor import MinutesEditor
from forumdesk.ui.pages.minutes.export import ExportAllDialog
from forumdesk.ui.pages.minutes.snapshot import signer_text
from forumdesk.ui.pages.report.panel import ReportPanel
from forumdesk.ui.printing.documents import minutes_pdf, report_pdf
from forumdesk.ui.printing.printable import Printable
from forumdesk.ui.widgets.factories import push_button, record_table
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes.status import MinutesRow


class MinutesPage(Page):
    #: A line for the status bar.
    message = Signal(str)
    areas = frozenset({Area.MINUTES, Area.PROGRAMME})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("minutes_page")
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        self.cover_dialog: MinutesCoverDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        states = {
            None: self.tr("Not started"),
            MinutesState.DRAFT: self.tr("Draft"),
            MinutesState.SUBMITTED: self.tr("Submitted for review"),
            MinutesState.APPROVED: self.tr("Approved"),
        }
        self.model: RowsModel[MinutesRow] = RowsModel(
            [
                Column(self.tr("Day"), lambda r: short_date(r.day)),
                Column(self.tr("Time"), lambda r: time_range(r.starts_at, r.ends_at)),
                Column(self.tr("Segment"), lambda r: r.segment_title),
                Column(self.tr("State"), lambda r: states[r.state]),
                Column(self.tr("Versions"), lambda r: r.versions),
                Column(
                    self.tr("Approved"),
                    lambda r: (
                        f"{signer_text(r.approved_by, r.approved_by_login)}, "
                        f"{short_date(r.approved_at.date())}"
                        if r.approved_at and r.approved_by
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.table = record_table(
            self,
            "minutes_table",
            self.tr("Minutes of each segment"),
            self.model,
            interactive_columns=True,
            description=self.tr(
                "Each segment with the state of its minutes. The chosen one opens in the editor."
            ),
        )
        self.table.setTabKeyNavigation(False)  # Tab goes on to the editor; arrows move rows
        self.editor = MinutesEditor(ops, self)
        self.editor.file_name = self.file_name
        self.editor.message.connect(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("minutes_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])  # the list's columns fit; the editor gets the rest
        self.report = ReportPanel(ops, forum, self)
        if self.undo_stack is None:
            self.undo_stack = self.report.undo_stack
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("minutes_tabs")
        self.tabs.setAccessibleName(self.tr("Minutes and summary report"))
        self.tabs.addTab(splitter, self.tr("Minutes"))
        self.tabs.addTab(self.report, self.tr("Summary Report"))
        layout.addWidget(self.tabs, 1)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_top(self) -> QHBoxLayout:
        """The heading, the forum's approval setting, and the cover and export buttons."""
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Minutes"), self), 1)
        self.self_approval = SelfApprovalBox(self.ops, self)
        top.addWidget(self.self_approval)
        self.cover_button = push_button(
            self.tr("C&over…"),
            "minutes_cover_button",
            self.tr("Cover of the selected minutes"),
            self,
            tooltip=self.tr("Organ, symbol, distribution, date and note printed on the first page"),
            clicked=self.open_cover,
        )
        self.cover_button.setEnabled(False)
        top.addWidget(self.cover_button)
        self.export_all_button = push_button(
            self.tr("Export A&ll…"),
            "minutes_export_all_button",
            self.tr("Export all minutes"),
            self,
            clicked=self._export_all_clicked,
        )
        top.addWidget(self.export_all_button)
        return top

    @property
    def author(self) -> str:
        """Who composes, saves and approves minutes here: the user's name."""
        return self.editor.author

    @author.setter
    def author(self, name: str) -> None:
        self.editor.author = name

    def selected_segment(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).segment_id

    def select_segment(self, segment_id: uuid.UUID) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).segment_id == segment_id:
                self.table.selectRow(row)
                return

    def file_name(self, form: str) -> str:
        """ "Forum_Segment_minutes_2027-07-12.pdf" for the selected segment's minutes."""
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        row = self.model.row_at(index.row())
        parts = [self.forum.title, row.segment_title, self.tr("minutes")]
        return export_file_name(parts, form, on=row.day)

    def printables(self) -> list[Printable]:
        """The selected minutes (once started) and the summary report; the report first
        while its tab is the one shown."""
        forum_id = self.forum.forum_id
        if forum_id is None:
            return []
        found = [Printable(self.tr("The summary report"), report_pdf(forum_id))]
        index = self.table.currentIndex()
        minutes_id = self.editor.minutes_id
        if index.isValid() and minutes_id is not None:
            title = self.model.row_at(index.row()).segment_title
            minutes = Printable(
                self.tr("The minutes of {segment}").format(segment=title), minutes_pdf(minutes_id)
            )
            shown = self.tabs.currentWidget() is self.report
            found = [*found, minutes] if shown else [minutes, *found]
        return found

    def _row_changed(self) -> None:
        self.editor.load(self.selected_segment())
        self._enable_cover()

    def _enable_cover(self) -> None:
        index = self.table.currentIndex()
        started = index.isValid() and self.model.row_at(index.row()).state is not None
        self.cover_button.setEnabled(bool(started))

    def open_cover(self) -> MinutesCoverDialog | None:
        """The Cover… dialog of the selected segment's minutes (once they are started)."""
        minutes_id = self.editor.minutes_id  # the editor shows the selected segment's
        if minutes_id is None or self.ops.database is None:
            return None
        dialog = MinutesCoverDialog(self.ops, minutes_id, self)
        dialog.saved.connect(self.message)
        dialog.finished.connect(lambda _result: setattr(self, "cover_dialog", None))
        self.cover_dialog = dialog
        dialog.open()
        return dialog

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        self.self_approval.load(forum_id)
        if forum_id is None:
            self.model.set_rows([])
            return

        def load(session: Session) -> list[MinutesRow]:
            from forumdesk.services.minutes.status import minutes_overview

            return minutes_overview(session, forum_id)

        self.ops.query(load, self._show)

    def _show(self, rows: list[MinutesRow]) -> None:
        selected = self.selected_segment()
        blocker = self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        if selected is not None:
            self.select_segment(selected)
        elif rows:  # open on the first segment rather than an empty editor
            self.table.selectRow(0)
        self.table.selectionModel().blockSignals(blocker)
        self.table.resizeColumnsToContents()
        self.editor.load(self.selected_segment(), keep_edits=True)
        self._enable_cover()

    # Export all -------------------------------------------------------------------------

    def _export_all_clicked(self) -> None:
        choice = ExportAllDialog(self)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        if choice.as_zip:
            name = export_file_name([self.forum.title, self.tr("minutes")], "zip", on=date.today())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export all minutes"), name, self.tr("Zip archive (*.zip)")
            )
            if path and not path.lower().endswith(".zip"):
                path += ".zip"
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export all minutes into"))
        if path:
            self.export_all_to(Path(path), choice.form, internal=choice.internal)

    def export_all_to(self, target: Path, form: str, *, internal: bool = False) -> Progress | None:
        """Every started minutes of the forum into a folder, or a .zip if target ends so
        (`exports.minutes.files.export_all`, as `forumdesk minutes export-all`);
        `internal`: their internal versions (every note, marked not for distribution)."""
        forum_id = self.forum.forum_id
        if forum_id is None or self.progress_dialog is not None:
            return None
        database = self.ops.database
        as_zip = target.suffix.lower() == ".zip"
        if output_refused(self, target, database, folder=not as_zip):
            return None
        database_path = database.path if database is not None else None
        progress = Progress(self)
        dialog = QProgressDialog(self.tr("Exporting minutes…"), self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("minutes_export_progress")
        dialog.setAccessibleName(self.tr("Exporting minutes"))
        dialog.setWindowTitle(self.tr("Export all minutes"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        progress.changed.connect(lambda done, total: self._progressed(dialog, done, total))
        self.progress_dialog = dialog
        dialog.show()
        self.ops.query(
            lambda session: export_all(
                session,
                forum_id,
                target,
                form,
                internal=internal,
                database_path=database_path,
                progress=progress.report,
                cancelled=progress.cancelled,
            ),
            self._exported_all,
            self._export_all_failed,
        )
        return progress

    def _progressed(self, dialog: QProgressDialog, done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _exported_all(self, result: ExportAllResult) -> None:
        self._close_progress()
        if result.cancelled:
            text = self.tr("Export cancelled after {done} of {total} minutes").format(
                done=result.written, total=result.total
            )
        else:
            text = self.tr("{done} minutes exported to {path}").format(
                done=result.written, path=result.target
            )
        self.editor.status_label.setText(text)
        self.message.emit(text)

    def _export_all_failed(self, error: Exception) -> None:
        self._close_progress()
        text = self.tr("Export failed: {reason}").format(reason=error)
        self.editor.status_label.setText(text)
        self.message.emit(text)

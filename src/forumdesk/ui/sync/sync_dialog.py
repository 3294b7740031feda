"""Merge another ForumDesk database into this one: preview, merge, report.

The preview is a dry run (`sync_from(dry_run=True)`: nothing is written); "Merge"
runs the real merge. Both run on the worker through `Operations.call` (the merge
manages its own transaction), report progress and can be cancelled: a cancelled
merge rolls back whole. After a real merge anything may have changed, so every
page is told (`changes_applied` with all areas).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.duplicates.reasons import reasons_text
from forumdesk.ui.common.field_labels import field_label, field_value, record_kind, who_text
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.factories import push_button, wrapped_table
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.job_dialog import JobDialog
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from forumdesk.services.sync.changes import Who
    from forumdesk.services.sync.sync import ChangeLine, ConflictView, SyncResult
    from forumdesk.services.sync.tables import DuplicateView

_RUNNING, _PREVIEW = range(2)


class SyncDialog(JobDialog):
    #: The result of a merge that was written (not of the preview).
    merged = Signal(object)
    #: The user wants to settle the conflicts this merge left.
    review_requested = Signal()

    def __init__(self, ops: Operations, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_merge_dialog")
        self.setWindowTitle(self.tr("Merge from {file}").format(file=path.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(960, 640)
        self.ops = ops
        self.path = path
        self.preview: SyncResult | None = None
        self.merge_result: SyncResult | None = None
        layout = QVBoxLayout(self)
        self.file_label = QLabel(str(path), self)
        self.file_label.setObjectName("merge_file")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.steps = QStackedWidget(self)
        layout.addWidget(self.steps, 1)
        self._build_running_page(self.steps, "merge", self.tr("Cancel: nothing is merged"))
        self._build_preview()
        self.error_label = error_label(self, "merge_error")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error_label)
        self._build_buttons(layout)

    # Building -----------------------------------------------------------------------

    def _build_preview(self) -> None:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("merge_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.note = QLabel(
            self.tr(
                "A backup of this database is taken before merging. Where a field was changed "
                "on both sides, our value stays until the conflict is settled "
                "(File > Merge Conflicts…). Likely duplicates are only reported, never merged."
            ),
            page,
        )
        self.note.setObjectName("merge_note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.lines_label = QLabel(page)
        self.lines_label.setObjectName("merge_lines_label")
        layout.addWidget(self.lines_label)
        self.lines: RowsModel[ChangeLine] = RowsModel(
            [
                Column(self.tr("Kind"), lambda line: record_kind(line.table)),
                Column(self.tr("Record"), lambda line: line.record),
                Column(self.tr("Change"), self.change_text),
            ],
            self,
        )
        self.lines_view = wrapped_table(
            page, self.lines, "merge_lines", self.tr("Records the merge brings")
        )
        layout.addWidget(self.lines_view, 2)
        self.conflicts_label = QLabel(page)
        self.conflicts_label.setObjectName("merge_conflicts_label")
        layout.addWidget(self.conflicts_label)
        self.conflicts: RowsModel[ConflictView] = RowsModel(
            [
                Column(self.tr("Record"), lambda c: c.record),
                Column(self.tr("Field"), lambda c: field_label(c.table, c.field)),
                Column(self.tr("Our value"), lambda c: field_value(c.table, c.field, c.ours)),
                Column(self.tr("Changed here by"), lambda c: _who(c.ours_by)),
                Column(self.tr("Their value"), lambda c: field_value(c.table, c.field, c.theirs)),
                Column(self.tr("Changed there by"), lambda c: _who(c.theirs_by)),
            ],
            self,
        )
        self.conflicts_view = wrapped_table(
            page, self.conflicts, "merge_conflicts", self.tr("Conflicts the merge would leave")
        )
        layout.addWidget(self.conflicts_view, 2)
        self.duplicates_label = QLabel(page)
        self.duplicates_label.setObjectName("merge_duplicates_label")
        layout.addWidget(self.duplicates_label)
        self.duplicates: RowsModel[DuplicateView] = RowsModel(
            [
                Column(self.tr("Coming in"), lambda d: d.incoming),
                Column(self.tr("Already here"), lambda d: d.existing),
                Column(
                    self.tr("Score"),
                    lambda d: QLocale().toString(float(d.score), "f", 1),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("Reasons"), lambda d: reasons_text(d.reasons)),
            ],
            self,
        )
        self.duplicates_view = wrapped_table(
            page, self.duplicates, "merge_duplicates", self.tr("Likely duplicates coming in")
        )
        layout.addWidget(self.duplicates_view, 1)
        self.steps.addWidget(page)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("merge_buttons")
        self.merge_button = push_button(
            self.tr("&Merge"), "merge_run", self.tr("Merge the other database into this one"), self
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.review_button = push_button(
            self.tr("&Review Conflicts…"),
            "merge_review",
            self.tr("Review the conflicts this merge left"),
            self,
        )
        self.review_button.clicked.connect(self._review)
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.hide()  # after adding: the box shows what it is given
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("merge_close")
        self.close_button.setAccessibleName(self.tr("Close without merging"))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    # Running ------------------------------------------------------------------------

    def start(self) -> None:
        """The preview: what the merge would do, nothing written."""
        self._run(dry_run=True)

    def merge(self) -> None:
        if self.preview is None or self.merge_result is not None:
            return
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        database = self.ops.database
        if self.running:
            return
        if database is None:
            self._show_error(self.tr("No database is open."))
            return
        other = str(self.path)
        text = self.tr("Reading {file}…") if dry_run else self.tr("Merging {file}…")
        progress = self._start_job(text.format(file=self.path.name))

        def work() -> SyncResult:
            from forumdesk.services.sync.sync import sync_from

            return sync_from(
                database,
                other,
                dry_run=dry_run,
                progress=progress.report,
                cancelled=progress.cancelled,
            )

        self.ops.call(work, self._previewed if dry_run else self._merged, self._failed)

    def _job_started(self) -> None:
        self.merge_button.setEnabled(False)
        self.error_label.hide()
        self.steps.setCurrentIndex(_RUNNING)

    def _job_ended(self) -> None:
        self.steps.setCurrentIndex(_PREVIEW)

    # Results ------------------------------------------------------------------------

    def _previewed(self, preview: SyncResult) -> None:
        if not self._end_job():
            return
        self.preview = preview
        self._show_tables(preview)
        if preview.changes or preview.entries:
            text = self.tr("Merging would bring: {counts}.")
            self.summary.setText(text.format(counts=self.counts(preview)))
            self.merge_button.setEnabled(True)
            self.merge_button.setDefault(True)
        else:
            text = self.tr("Nothing to merge: this database already holds everything in {file}.")
            self.summary.setText(text.format(file=self.path.name))

    def _merged(self, result: SyncResult) -> None:
        still_open = self._end_job()
        # Written, whether or not the dialog is still open: every page reloads.
        self.ops.changes_applied.emit(frozenset({Area.ALL}))
        self.merged.emit(result)
        if not still_open:
            return
        self.merge_result = result
        self._show_tables(result)
        text = self.tr("Merged: {counts}.").format(counts=self.counts(result))
        if result.backup is not None:
            text += " " + self.tr("Backup at {path}.").format(path=result.backup)
        if result.renumbered_badges:
            text += " " + self.tr("Badges renumbered: {badges}.").format(
                badges=", ".join(result.renumbered_badges)
            )
        for key in result.registered_keys:  # (said by the service, in the user's language)
            text += " " + key.said
        self.summary.setText(text)
        self.note.setText(
            self.tr("Conflicts keep our value until they are settled.")
            if result.conflicts
            else self.tr("No conflicts to settle.")
        )
        self.merge_button.hide()
        self.review_button.setVisible(bool(result.conflicts))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def _failed(self, error: Exception) -> None:
        from forumdesk.services.sync.sync import SyncCancelled

        if not self._end_job():
            return
        if isinstance(error, SyncCancelled):
            self._show_error(self.tr("Cancelled: nothing was merged."))
            if self.preview is None:
                self.summary.setText(self.tr("Nothing was merged."))
        else:
            self._show_error(
                self.tr("Cannot merge {file}: {reason}").format(file=self.path, reason=error)
            )
        self.merge_button.setEnabled(self.preview is not None and self.merge_result is None)

    def _show_error(self, text: str) -> None:
        self.steps.setCurrentIndex(_PREVIEW)
        self.error_label.setText(text)
        self.error_label.show()

    def _show_tables(self, result: SyncResult) -> None:
        from forumdesk.services.sync.sync import LISTED

        self.lines.set_rows(result.lines)
        text = self.tr("Records coming in: {count}").format(count=result.changes)
        if result.changes > LISTED:
            text += " " + self.tr("(the first {listed} listed)").format(listed=LISTED)
        self.lines_label.setText(text)
        self.lines_view.resizeColumnsToContents()
        self.conflicts.set_rows(result.conflicts)
        self.duplicates.set_rows(result.duplicates)
        self.conflicts_label.setText(
            self.tr("Conflicts (a field changed on both sides): {count}").format(
                count=len(result.conflicts)
            )
        )
        self.duplicates_label.setText(
            self.tr("Likely duplicates (reported, not merged): {count}").format(
                count=len(result.duplicates)
            )
        )
        self.conflicts_view.resizeColumnsToContents()
        self.duplicates_view.resizeColumnsToContents()

    def change_text(self, line: ChangeLine) -> str:
        """ "New", "Deleted", or "Changed: E-mail, Website"."""
        if line.action == "new":
            return self.tr("New")
        if line.action == "deleted":
            return self.tr("Deleted")
        fields = ", ".join(field_label(line.table, name) for name in line.fields)
        return self.tr("Changed: {fields}").format(fields=fields)

    def counts(self, result: SyncResult) -> str:
        return self.tr("{inserted} new, {updated} changed, {deleted} deleted").format(
            inserted=result.inserted, updated=result.updated, deleted=result.deleted
        )

    def _review(self) -> None:
        self.review_requested.emit()
        self.accept()


def _who(who: Who | None) -> str:
    if who is None:
        return who_text(None, None, None)
    return who_text(who.actor, who.device, who.at)

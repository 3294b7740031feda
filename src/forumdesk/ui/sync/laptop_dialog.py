"""Prepare a laptop: a copy of this database for registration at a venue, limited to one
forum or not, with a device name of its own. Written on the worker with progress; a
cancelled copy leaves no file behind."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations, Progress
from forumdesk.ui.sync.widgets import button
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.forums import ForumSummary
    from forumdesk.services.sync.laptop import PreparedLaptop


class LaptopDialog(QDialog):
    def __init__(
        self, ops: Operations, forum_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("laptop_dialog")
        self.setWindowTitle(self.tr("Prepare a Laptop"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 300)
        self.ops = ops
        self._current_forum = forum_id
        self._running = False
        self._progress: Progress | None = None
        self._close_when_stopped = False
        self.prepared: PreparedLaptop | None = None
        #: Asks where to write the copy; tests replace it.
        self.choose_target: Callable[[], str] = self._ask_target
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A copy of this database for a laptop at the venue. Limited to one forum, it "
                "leaves out the other forums and the people registered only for them. Merge "
                "it back with File > Merge from Another Database…"
            ),
            self,
        )
        intro.setObjectName("laptop_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("laptop_target")
        self.target_edit.setAccessibleName(self.tr("File to write"))
        self.target_edit.textChanged.connect(self._update_buttons)
        row.addWidget(self.target_edit, 1)
        self.browse_button = button(
            self.tr("&Browse…"), "laptop_browse", self.tr("Choose the file to write"), self
        )
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.target_edit)
        form.addRow(file_label, row)
        self.forum_combo = QComboBox(self)
        self.forum_combo.setObjectName("laptop_forum")
        self.forum_combo.setAccessibleName(self.tr("Forum the laptop holds"))
        self.forum_combo.addItem(self.tr("All forums"), None)
        form.addRow(self.tr("F&orum:"), self.forum_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("laptop_name")
        self.name_edit.setAccessibleName(self.tr("Name of the laptop"))
        self.name_edit.setPlaceholderText(self.tr("Laptop 2, registration desk"))
        form.addRow(self.tr("Laptop &name:"), self.name_edit)
        layout.addLayout(form)
        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("laptop_progress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.hide()
        progress_row.addWidget(self.progress_bar, 1)
        self.cancel_button = button(
            self.tr("Cancel"), "laptop_cancel", self.tr("Cancel: no copy is written"), self
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("laptop_result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.error = error_label(self, "laptop_error")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("laptop_buttons")
        self.prepare_button = button(
            self.tr("&Prepare"), "laptop_prepare", self.tr("Write the laptop's copy"), self
        )
        self.prepare_button.setDefault(True)
        self.prepare_button.clicked.connect(self.prepare)
        self.buttons.addButton(self.prepare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("laptop_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.forums_loaded = False
        self._update_buttons()

    # Forums -------------------------------------------------------------------------

    def load(self) -> None:
        def work(session: Session) -> list[ForumSummary]:
            from forumdesk.services.programme.forums import list_forums

            return list_forums(session)

        self.ops.query(work, self._show_forums, self._refused)

    def _show_forums(self, forums: list[ForumSummary]) -> None:
        for forum in forums:
            self.forum_combo.addItem(forum.display_title, forum.id)
        if self._current_forum is not None:
            self.forum_combo.setCurrentIndex(
                max(find_data(self.forum_combo, self._current_forum), 0)
            )
        self.forums_loaded = True

    # Preparing ----------------------------------------------------------------------

    def browse(self) -> None:
        path = self.choose_target()
        if path:
            if not path.lower().endswith((".db", ".sqlite")):
                path += ".db"
            self.target_edit.setText(path)

    def _ask_target(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Laptop Database"),
            "laptop.db",
            self.tr("ForumDesk databases (*.db *.sqlite);;All files (*)"),
        )
        return path

    def prepare(self) -> None:
        database = self.ops.database
        target = self.target_edit.text().strip()
        if self._running or database is None or not target:
            return
        forum_id: uuid.UUID | None = self.forum_combo.currentData()
        name = self.name_edit.text().strip() or None
        progress = self._progress = Progress(self)
        progress.changed.connect(self._progressed)
        self._running = True
        self.error.hide()
        self.result_label.setText(self.tr("Writing {file}…").format(file=target))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._update_buttons()

        def work() -> PreparedLaptop:
            from forumdesk.services.sync.laptop import prepare_laptop

            return prepare_laptop(
                database,
                Path(target),
                forum_id=forum_id,
                name=name,
                progress=progress.report,
                cancelled=progress.cancelled,
            )

        self.ops.call(work, self._prepared, self._refused)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def cancel(self) -> None:
        if self._running and self._progress is not None:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.result_label.setText(self.tr("Cancelling…"))

    def _stopped(self) -> None:
        self._running = False
        self._progress = None
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._update_buttons()
        if self._close_when_stopped:
            super().reject()

    def _prepared(self, prepared: PreparedLaptop) -> None:
        self._stopped()
        self.prepared = prepared
        text = self.tr("Written {rows} rows to {file} (device “{device}”).").format(
            rows=prepared.rows, file=prepared.path, device=prepared.device_name
        )
        if prepared.forum_id is not None:
            text += " " + self.tr("{count} people of other forums left out.").format(
                count=prepared.people_left_out
            )
        self.result_label.setText(text)

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.sync.laptop import LaptopCancelled

        self._stopped()
        if isinstance(error, LaptopCancelled):
            self.result_label.setText(self.tr("Cancelled: no copy was written."))
            return
        self.result_label.clear()
        self.error.setText(str(error))
        self.error.show()

    def _update_buttons(self) -> None:
        self.prepare_button.setEnabled(not self._running and bool(self.target_edit.text().strip()))
        self.close_button.setEnabled(not self._running)
        self.cancel_button.setVisible(self._running)
        self.cancel_button.setEnabled(self._running)
        for widget in (self.target_edit, self.browse_button, self.forum_combo, self.name_edit):
            widget.setEnabled(not self._running)

    def reject(self) -> None:
        """Closing while the copy is written cancels it; the dialog closes once it stopped."""
        if self._running:
            self._close_when_stopped = True
            self.cancel()
        else:
            super().reject()

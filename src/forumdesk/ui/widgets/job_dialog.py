"""A dialog that runs one long background job at a time (a sync, an import, a laptop's
copy): it shows what runs and how far it got, Cancel asks the job to stop, and closing
the dialog while the job runs cancels it first, the dialog closing once the job stopped.

The job itself goes through `Operations`; it reports to, and polls, the `Progress` that
`_start_job` hands out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Progress


class JobDialog(QDialog):
    # Says what runs, then that it is being cancelled.
    running_label: QLabel
    progress_bar: QProgressBar
    cancel_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress: Progress | None = None
        self._close_when_done = False
        self._cancellable = False

    # Building -----------------------------------------------------------------------

    def _build_job_controls(
        self, parent: QWidget, name: str, cancel_hint: str, running_label: QLabel
    ) -> None:
        """The progress bar (`<name>_progress`) and the Cancel button (`<name>_cancel`,
        `cancel_hint` says what cancelling leaves); the caller lays them out."""
        self.running_label = running_label
        self.progress_bar = QProgressBar(parent)
        self.progress_bar.setObjectName(f"{name}_progress")
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), parent)
        self.cancel_button.setObjectName(f"{name}_cancel")
        self.cancel_button.setAccessibleName(cancel_hint)
        self.cancel_button.clicked.connect(self.cancel)

    def _build_running_page(self, steps: QStackedWidget, name: str, cancel_hint: str) -> None:
        """A page of `steps` shown while the job runs: what runs, the bar, Cancel."""
        page = QWidget(steps)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel(page)
        label.setObjectName(f"{name}_running")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self._build_job_controls(page, name, cancel_hint, label)
        layout.addWidget(self.progress_bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        steps.addWidget(page)

    # Running ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._progress is not None

    def _start_job(self, text: str) -> Progress:
        """The job that is about to be submitted reports to (and polls) the result."""
        progress = Progress(self)
        progress.changed.connect(self._progressed)
        progress.staged.connect(self._staged)
        self._progress = progress
        self._cancellable = True
        self.running_label.setText(text)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self._job_started()
        return progress

    def _job_started(self) -> None:
        """Show the running state; subclasses override this."""

    def _progressed(self, done: int, total: int) -> None:
        if total > 0 and self._cancellable:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _staged(self, stage: str) -> None:
        """The job is past what can be cancelled: the stage's text (`_stage_text`) and
        a busy bar; Cancel is disabled and closing waits for the end."""
        if self._progress is None:
            return
        self._cancellable = False
        text = self._stage_text(stage)
        if text:
            self.running_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(False)

    def _stage_text(self, stage: str) -> str:
        """What the user reads during `stage`; subclasses name their job's stages."""
        return ""

    def cancel(self) -> None:
        if self._progress is not None and self._cancellable:
            self._progress.cancel()
            self.cancel_button.setEnabled(False)
            self.running_label.setText(self.tr("Cancelling…"))

    def _end_job(self, *, close_if_asked: bool = True) -> bool:
        """The job stopped, however it ended. False when the user closed the dialog
        meanwhile: it closes now (unless `close_if_asked` is False)."""
        self._progress = None
        self._cancellable = False
        self._job_ended()
        if close_if_asked and self._close_when_done:
            super().reject()
            return False
        return True

    def _job_ended(self) -> None:
        """Leave the running state; subclasses override this."""

    def reject(self) -> None:
        """Closing while a job runs cancels it first (if it still can be); the dialog
        closes once it stopped."""
        if self._progress is not None:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

"""The minutes of one segment: its latest version in a rich-text editor, and its history.

Every change goes through `Operations.change` (area "minutes"); the editor then
reloads. Approved minutes are locked: saving them starts a new draft version.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.exports.minutes import files as minutes_files
from forumdesk.store.enums import MinutesState
from forumdesk.ui.common.bidi import embedded
from forumdesk.ui.common.formatting import long_date
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.output_check import output_refused
from forumdesk.ui.pages.minutes.approval import ask_approval
from forumdesk.ui.pages.minutes.compare import CompareDialog
from forumdesk.ui.pages.minutes.export import form_labels
from forumdesk.ui.pages.minutes.notes_taken import NotesTakenLabel
from forumdesk.ui.pages.minutes.snapshot import (
    MinutesSnapshot,
    load_snapshot,
    plain_text,
    signer_text,
)
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.rich_text import FormatBar

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import ReadAt
    from forumdesk.services.minutes.review import ApprovalSummary
    from forumdesk.services.minutes.workflow import MinutesText, VersionRow

AREAS = frozenset({Area.MINUTES})
__all__ = ["MinutesEditor", "MinutesSnapshot", "load_snapshot"]


class MinutesEditor(QWidget):
    #: A line for the status bar: what was saved, exported, refused.
    message = Signal(str)
    #: A snapshot was shown (tests and the page wait on it).
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.author = ""
        self.snapshot: MinutesSnapshot | None = None
        self.conflict_dialog: QDialog | None = None  # open while a conflict is settled
        self.compare_dialog: CompareDialog | None = None
        #: The file name Export… proposes for a format ("pdf"): the page knows it.
        self.file_name: Callable[[str], str] = lambda _form: ""
        self.setObjectName("minutes_editor")
        self._states = {
            None: self.tr("Not started"),
            MinutesState.DRAFT: self.tr("Draft"),
            MinutesState.SUBMITTED: self.tr("Submitted for review"),
            MinutesState.APPROVED: self.tr("Approved"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state_label = self._label("minutes_state", layout)
        self.approval_label = self._label("minutes_approval", layout)
        self.lock_label = self._label("minutes_lock_note", layout)
        self.lock_label.setText(
            self.tr(
                "Approved minutes are locked. Save as New Draft keeps the approved "
                "version and starts a new draft version from it, which you can then edit."
            )
        )
        self.lock_label.setStyleSheet("color: #8a5a00")
        self.body = QTextEdit(self)
        self.body.setObjectName("minutes_body")
        self.body.setAccessibleDescription(
            self.tr("The text of the minutes. Ctrl+Tab leaves the editor.")
        )
        self.body.setAccessibleName(self.tr("Minutes text"))
        self.body.setAcceptRichText(True)
        self.body.setTabChangesFocus(True)
        self.format_bar = FormatBar(self.body, "minutes_format_bar", self)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.body, 3)
        self.notes_label = NotesTakenLabel(self)
        layout.addWidget(self.notes_label)

        actions = QHBoxLayout()
        self.compose_button = self._button("minutes_compose", self.tr("&Compose"), actions)
        self.compose_button.setToolTip(self.tr("Compose the minutes from the programme"))
        self.compose_button.clicked.connect(self.compose)
        self.save_button = self._button("minutes_save", self.tr("&Save Draft"), actions)
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button = self._button("minutes_submit", self.tr("Su&bmit for Review"), actions)
        self.submit_button.clicked.connect(self.submit)
        self.approve_button = self._button("minutes_approve", self.tr("&Approve"), actions)
        self.approve_button.clicked.connect(self.approve)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status_label = self._label("minutes_status", layout)
        self.status_label.show()

        self._build_versions(layout)
        self.show_snapshot(None)

    def _build_versions(self, layout: QVBoxLayout) -> None:
        """The versions saved so far, and what can be done with them."""
        layout.addWidget(QLabel(self.tr("Versions"), self))
        self.versions = QTableWidget(0, 4, self)
        self.versions.setObjectName("minutes_versions")
        self.versions.setAccessibleDescription(self.tr("Every saved version of these minutes."))
        self.versions.setAccessibleName(self.tr("Versions of these minutes"))
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("State"), self.tr("Author"), self.tr("Saved")]
        )
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.versions, 1)
        more = QHBoxLayout()
        self.compare_button = self._button("minutes_compare_button", self.tr("Co&mpare…"), more)
        self.compare_button.setToolTip(
            self.tr("Compare the selected version (or the one before the latest) with the latest")
        )
        self.compare_button.clicked.connect(self._compare_clicked)
        self.export_button = self._button("minutes_export", self.tr("E&xport…"), more)
        self.export_button.clicked.connect(lambda: self._export_clicked())
        self.export_internal_button = self._button(
            "minutes_export_internal", self.tr("Export &Internal Version…"), more
        )
        self.export_internal_button.setToolTip(
            self.tr("With the internal notes, every page marked not for distribution")
        )
        self.export_internal_button.clicked.connect(lambda: self._export_clicked(internal=True))
        more.addStretch(1)
        layout.addLayout(more)

    def _label(self, name: str, layout: QVBoxLayout) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.hide()
        layout.addWidget(label)
        return label

    def _button(self, name: str, text: str, layout: QHBoxLayout) -> QPushButton:
        button = push_button(text, name, text.replace("&", "").rstrip("…"), self)
        layout.addWidget(button)
        return button

    # Loading ------------------------------------------------------------------------

    @property
    def minutes_id(self) -> uuid.UUID | None:
        return self.snapshot.minutes_id if self.snapshot else None

    def load(self, segment_id: uuid.UUID | None, *, keep_edits: bool = False) -> None:
        """Show the segment's minutes; with keep_edits, unsaved text stays put."""
        if segment_id is None:
            self.show_snapshot(None)
            return
        if keep_edits and self.is_modified() and self._segment() == segment_id:
            return
        self.ops.query(lambda session: load_snapshot(session, segment_id), self.show_snapshot)

    def reload(self) -> None:
        self.load(self._segment())

    def _segment(self) -> uuid.UUID | None:
        return self.snapshot.segment_id if self.snapshot else None

    def is_modified(self) -> bool:
        return self.body.document().isModified()

    def show_snapshot(self, snapshot: MinutesSnapshot | None) -> None:
        self.snapshot = snapshot
        started = snapshot is not None and snapshot.minutes_id is not None
        state = snapshot.state if snapshot else None
        locked = state == MinutesState.APPROVED
        if snapshot is None:
            self.state_label.setText(self.tr("Choose a segment to see its minutes."))
        elif not started:
            self.state_label.setText(
                self.tr("Not started: Compose drafts them from the programme.")
            )
        else:
            self.state_label.setText(
                self.tr("Version {n}: {state}").format(n=snapshot.number, state=self._states[state])
            )
        self.state_label.show()
        if snapshot is not None and snapshot.approved_by and snapshot.approved_at:
            by = signer_text(snapshot.approved_by, snapshot.approved_by in snapshot.logins)
            on = long_date(snapshot.approved_at.date())
            self.approval_label.setText(
                self.tr("Approved by {name} on {date}").format(name=embedded(by), date=on)
            )
            self.approval_label.show()
        else:
            self.approval_label.hide()
        self.lock_label.setVisible(locked)
        self.body.setHtml(snapshot.html if snapshot else "")
        self.body.document().setModified(False)
        self.body.setEnabled(started)
        self.body.setReadOnly(locked)
        self.format_bar.setEnabled(started and not locked)
        self.compose_button.setEnabled(snapshot is not None)
        self.save_button.setEnabled(started)
        self.save_button.setText(
            self.tr("&Save as New Draft") if locked else self.tr("&Save Draft")
        )
        self.submit_button.setEnabled(state == MinutesState.DRAFT)
        self.approve_button.setEnabled(state in (MinutesState.DRAFT, MinutesState.SUBMITTED))
        self._fill_versions(
            snapshot.versions if snapshot else [], snapshot.logins if snapshot else frozenset()
        )
        self.compare_button.setEnabled(snapshot is not None and len(snapshot.versions) > 1)
        self.export_button.setEnabled(started)
        self.export_internal_button.setEnabled(started)
        self.notes_label.show_taken(snapshot.notes if snapshot else None, started=started)
        self.loaded.emit()

    def _fill_versions(self, rows: list[VersionRow], logins: frozenset[str]) -> None:
        self.versions.setRowCount(len(rows))
        for i, row in enumerate(reversed(rows)):
            saved = row.updated_at.astimezone() if row.updated_at.tzinfo else row.updated_at
            texts = (
                str(row.number),
                self._states[row.state] + (self.tr(" (composed)") if row.composed else ""),
                signer_text(row.author, row.author in logins),
                f"{long_date(saved.date())} {saved:%H:%M}",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(0x0100, row.number)  # Qt.UserRole
                self.versions.setItem(i, column, item)
        self.versions.resizeColumnsToContents()

    # Changes ------------------------------------------------------------------------

    def _run(
        self, work: Callable[[Session], object], said: Callable[[object], str] | None = None
    ) -> None:
        def done(result: object) -> None:
            if said is not None:
                self._say(said(result))
            self.body.document().setModified(False)
            self.reload()

        self.ops.change(work, AREAS, done, self._refused)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.message.emit(text)

    def _refused(self, error: Exception) -> None:
        self._say(self.tr("Not done: {reason}").format(reason=error))

    def compose(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        author = self.author or None
        if snapshot.minutes_id is None:
            segment_id = snapshot.segment_id

            def start(session: Session) -> object:
                from forumdesk.services.minutes.workflow import start_minutes

                return start_minutes(session, segment_id, author)

            self._run(start, lambda _: self.tr("Minutes composed as version 1"))
            return
        self._recompose(snapshot.minutes_id, author, replace_edits=False)

    def _recompose(self, minutes_id: uuid.UUID, author: str | None, *, replace_edits: bool) -> None:
        def work(session: Session) -> object:
            from forumdesk.services.minutes.workflow import recompose

            return recompose(session, minutes_id, author, replace_edits=replace_edits)

        def done(number: object) -> None:
            self._say(self.tr("Minutes composed again as version {n}").format(n=number))
            self.body.document().setModified(False)
            self.reload()

        def failed(error: Exception) -> None:
            from forumdesk.services.minutes.workflow import HandEditsError

            if replace_edits or not isinstance(error, HandEditsError):
                self._refused(error)
            elif self.confirm_replace(self._edited_by(error.number, error.author)):
                self._recompose(minutes_id, author, replace_edits=True)
            else:
                self._say(self.tr("Not composed again: your edits stay as they are"))

        self.ops.change(work, AREAS, done, failed)

    def _edited_by(self, number: int, author: str | None) -> str:
        if author:  # an old computer login shows marked as one, as in the versions table
            logins = self.snapshot.logins if self.snapshot else frozenset()
            name = embedded(signer_text(author, author in logins))
            return self.tr("Version {n} was edited by hand by {name}").format(n=number, name=name)
        return self.tr("Version {n} was edited by hand").format(n=number)

    def confirm_replace(self, reason: str) -> bool:
        """Ask before recomposing over hand edits (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace your edits?"),
            self.tr(
                "Replace your edits?\n\n{reason}.\n\nA new draft version is composed; "
                "the edited version is kept in the history."
            ).format(reason=reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_draft(self) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt
        from forumdesk.services.minutes.workflow import MinutesText

        snapshot = self.snapshot
        if snapshot is None or snapshot.minutes_id is None:
            return
        read = ReadAt(snapshot.version, MinutesText(snapshot.number, snapshot.html))
        self._save_draft(snapshot.minutes_id, read, self.body.toHtml(), snapshot.state)

    def _save_draft(
        self,
        minutes_id: uuid.UUID,
        read: ReadAt[MinutesText],
        html: str,
        was: MinutesState | None,
    ) -> None:
        """Save over the version the editor showed; saved meanwhile by someone else,
        both texts are shown to choose from."""
        author = self.author or None

        def work(session: Session) -> object:
            from forumdesk.services.minutes.workflow import save_draft

            return save_draft(session, minutes_id, html, author, read=read)

        def said(number: object) -> str:
            if was == MinutesState.APPROVED:
                return self.tr(
                    "The approved version stays locked; your changes are draft version {n}"
                ).format(n=number)
            if was == MinutesState.SUBMITTED:
                return self.tr(
                    "Saved as draft version {n}; the submission is withdrawn until you submit again"
                ).format(n=number)
            return self.tr("Draft saved as version {n}").format(n=number)

        def done(number: object) -> None:
            self._say(said(number))
            self.body.document().setModified(False)
            self.reload()

        def failed(error: Exception) -> None:
            from forumdesk.services.common.edit_conflicts import EditConflict
            from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

            if not isinstance(error, EditConflict):
                self._refused(error)
                return

            def resubmit(again: ReadAt[MinutesText], wanted: MinutesText) -> None:
                self.conflict_dialog = None
                self._save_draft(minutes_id, again, wanted.body_html, was)

            def cancelled() -> None:
                self.conflict_dialog = None
                self._say(self.tr("Not saved: these minutes were changed meanwhile."))

            self.conflict_dialog = settle_conflict(
                self,
                error,
                resubmit,
                cancelled,
                labels={"body_html": self.tr("Text of the minutes")},
                value_text=lambda _field, value: plain_text(str(value)),
            )

        self.ops.change(work, AREAS, done, failed)

    def submit(self) -> None:
        minutes_id, author = self.minutes_id, self.author or None
        if minutes_id is None:
            return

        def work(session: Session) -> object:
            from forumdesk.services.minutes.workflow import submit

            submit(session, minutes_id, author)
            return None

        self._run(work, lambda _: self.tr("Minutes submitted for review"))

    def approve(self) -> None:
        """Show what would be approved, and by whom; approve on confirm (minutes_approval)."""
        minutes_id, approver = self.minutes_id, self.author
        if minutes_id is None:
            return

        def confirmed(shown: ApprovalSummary) -> None:
            def work(session: Session) -> object:
                from forumdesk.services.minutes.workflow import approve

                seen = (shown.number, shown.digest)  # refused if it changed meanwhile
                return approve(session, minutes_id, approver or None, seen=seen)

            self._run(work, lambda n: self.tr("Version {n} approved").format(n=n))

        ask_approval(self.ops, self, minutes_id, approver, confirmed, self._refused)

    # Compare and export ---------------------------------------------------------------

    def _compare_clicked(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or len(snapshot.versions) < 2:
            return
        latest = snapshot.versions[-1].number
        item = self.versions.currentItem()
        chosen = item.data(0x0100) if item is not None else None
        older = chosen if chosen not in (None, latest) else snapshot.versions[-2].number
        self.compare(int(older), latest)

    def compare(self, left: int, right: int) -> CompareDialog | None:
        snapshot = self.snapshot
        if snapshot is None or snapshot.minutes_id is None:
            return None
        numbers = [v.number for v in snapshot.versions]
        if self.compare_dialog is not None:
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        dialog = CompareDialog(self.ops, snapshot.minutes_id, numbers, left, right, self)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def _export_clicked(self, *, internal: bool = False) -> None:
        if self.minutes_id is None:
            return
        labels, name = form_labels(self), self.file_name("pdf")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export minutes"), name, ";;".join(labels.values()), labels["pdf"]
        )
        if not path:
            return
        form = next((f for f, label in labels.items() if label == chosen), "pdf")
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix("." + form)
        self.export_to(target, form, internal=internal)

    def export_to(self, path: Path, form: str, *, internal: bool = False) -> None:
        """Write the latest version to `path` as `form` (pdf, docx, odt, html, md);
        `internal`: the internal version, internal notes included and marked."""
        minutes_id = self.minutes_id
        if minutes_id is None or output_refused(self, path, self.ops.database):
            return
        self.ops.query(
            lambda session: minutes_files.export_one(
                session, minutes_id, path, form, internal=internal
            ),
            lambda written: self._say(
                (
                    self.tr("Internal version exported to {path}")
                    if internal
                    else self.tr("Minutes exported to {path}")
                ).format(path=written)
            ),
            lambda error: self._say(self.tr("Export failed: {reason}").format(reason=error)),
        )

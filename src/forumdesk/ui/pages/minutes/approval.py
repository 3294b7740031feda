"""Approving minutes: the approver sees what they are about to approve, and confirms.

Approve on the Minutes page reads a summary of the latest version (who wrote it,
when, how long, whether it was edited since composed) and shows it with the
approver's name; the approval runs only on confirm. When the approver wrote that
version and the forum does not allow one-person approval, the dialog says why
(the service's own words) and offers no Approve button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.minutes.review import ApprovalSummary
from forumdesk.store.enums import MinutesState
from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.common.operations import Area

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.ui.common.operations import Operations


class ApprovalDialog(QDialog):
    def __init__(self, summary: ApprovalSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setObjectName("approval_dialog")
        self.setWindowTitle(self.tr("Approve Minutes"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(
            self.tr("Approve version {n} of these minutes?").format(n=summary.number), self
        )
        heading.setObjectName("approval_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        layout.addLayout(self._build_form(summary))

        self.notice = QLabel(self._notice(), self)
        self.notice.setObjectName("approval_notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About this approval"))
        colour = "#a4000f" if not summary.allowed else "#8a5a00" if summary.alone else "#444"
        self.notice.setStyleSheet(f"color: {colour}")
        layout.addWidget(self.notice)

        self._build_buttons(summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _build_form(self, summary: ApprovalSummary) -> QFormLayout:
        """The version to approve, in words, and who approves it."""
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        states = {
            MinutesState.DRAFT: self.tr("draft"),
            MinutesState.SUBMITTED: self.tr("submitted for review"),
            MinutesState.APPROVED: self.tr("approved"),
        }
        self.values: dict[str, QLabel] = {}
        rows = [
            ("title", self.tr("Minutes:"), summary.title),
            ("segment", self.tr("Segment:"), summary.segment),
            (
                "version",
                self.tr("Version:"),
                self.tr("{n} ({state})").format(
                    n=summary.number, state=states.get(summary.state, summary.state.value)
                ),
            ),
            ("author", self.tr("Written by:"), summary.author or self.tr("nobody named")),
            ("saved", self.tr("Saved:"), short_datetime(summary.dated)),
            (
                "length",
                self.tr("Length:"),
                self.tr("{words} words, {turns} interventions").format(
                    words=summary.words, turns=summary.interventions
                ),
            ),
            (
                "edited",
                self.tr("Since composed:"),
                self.tr("edited by hand")
                if summary.edited
                else self.tr("as composed from the programme, not edited"),
            ),
        ]
        for key, label, text in rows:
            form.addRow(label, self._value(key, text))
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        form.addRow(line)
        name = self._value("approver", summary.approver)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        form.addRow(self.tr("Approved by:"), name)
        return form

    def _build_buttons(self, summary: ApprovalSummary) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("approval_buttons")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("approval_cancel")
        cancel.setAccessibleName(self.tr("Do not approve"))
        self.approve_button = self.buttons.addButton(
            self.tr("Approve Version {n}").format(n=summary.number),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.approve_button.setObjectName("approval_confirm")
        self.approve_button.setAccessibleName(self.tr("Approve this version"))
        self.approve_button.setEnabled(summary.allowed)
        self.approve_button.setVisible(summary.allowed)
        if summary.allowed:
            self.approve_button.setDefault(True)
        else:
            cancel.setText(self.tr("Close"))
            cancel.setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _value(self, key: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(f"approval_{key}")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        self.values[key] = label
        return label

    def _notice(self) -> str:
        summary = self.summary
        if summary.state == MinutesState.APPROVED:
            return self.tr("This version is already approved.")
        if summary.refusal is not None:
            return summary.refusal  # the service's words, in the user's language
        if summary.alone:
            return self.tr(
                "You also wrote this version. This forum allows one-person approval, "
                "and the approval line of every export will say so."
            )
        return self.tr(
            "Once approved, this version is locked: later changes start a new draft version."
        )


def ask_approval(
    ops: Operations,
    parent: QWidget,
    minutes_id: uuid.UUID,
    approver: str,
    approve: Callable[[ApprovalSummary], None],
    refused: Callable[[Exception], None],
) -> None:
    """Read what would be approved, show it (a child of `parent` named "approval_dialog");
    `approve` runs, given what was shown, only if the user confirms."""

    def summary(session: Session) -> ApprovalSummary:
        from forumdesk.services.minutes.review import approval_summary

        return approval_summary(session, minutes_id, approver or None)

    def show(result: ApprovalSummary) -> None:
        dialog = ApprovalDialog(result, parent)
        dialog.accepted.connect(lambda: approve(result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    ops.query(summary, show, refused)


class SelfApprovalBox(QCheckBox):
    """The forum's setting: may one person compose and approve the same minutes?"""

    AREAS = frozenset({Area.MINUTES})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Allow one-person approval"), parent)
        self.ops = ops
        self.forum_id: uuid.UUID | None = None
        self.setObjectName("minutes_self_approval")
        self.setAccessibleName(self.tr("Allow one-person approval in this forum"))
        self.setToolTip(
            self.tr(
                "For small meetings: whoever composed or last edited the minutes may "
                "approve them too. The approval line then says it was a one-person approval."
            )
        )
        self.setEnabled(False)  # until the forum's setting is read
        self.clicked.connect(self._changed)

    def load(self, forum_id: uuid.UUID | None) -> None:
        self.forum_id = forum_id
        self.setEnabled(False)
        if forum_id is None:
            self.setChecked(False)
            return

        def read(session: Session) -> bool:
            from forumdesk.services.minutes.review import self_approval_allowed

            return self_approval_allowed(session, forum_id)

        self.ops.query(read, self._show)

    def _show(self, allowed: bool) -> None:
        self.setChecked(allowed)
        self.setEnabled(True)

    def _changed(self, allowed: bool) -> None:
        forum_id = self.forum_id
        if forum_id is None:
            return

        def write(session: Session) -> bool:
            from forumdesk.services.minutes.review import set_self_approval

            set_self_approval(session, forum_id, allowed)
            return allowed

        self.setEnabled(False)
        self.ops.change(write, self.AREAS, self._show, lambda _error: self.load(forum_id))

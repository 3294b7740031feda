"""The check-in desk: a laptop at the door. A scanner (or the operator) types a badge's
code and Enter; the answer comes at once, large, in colour and in words."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common import labels
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import short_datetime, short_time
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.attendance.checkin import Door, ScanAnswer

#: Background and text colours of the answer: green, amber, red (WCAG AA contrast).
COLOURS = {
    "checked_in": ("#1b6e35", "#ffffff"),
    "already": ("#8a5300", "#ffffff"),
    "refused": ("#a4161a", "#ffffff"),
}


class CheckInPage(Page):
    areas = frozenset({Area.PROGRAMME, Area.ATTENDANCE})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("checkin_page")
        #: What the last green scan wrote, for Undo.
        self.last_written: tuple[uuid.UUID, ...] = ()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check-in desk"), self))
        self._build_settings(layout)
        self._build_scan(layout)

    def _build_settings(self, layout: QVBoxLayout) -> None:
        form = QFormLayout()
        self.desk_edit = QLineEdit(self)
        self.desk_edit.setObjectName("checkin_desk")
        self.desk_edit.setAccessibleName(self.tr("Desk name"))
        self.desk_edit.setPlaceholderText(self.tr("e.g. Laptop B, side door"))
        self.desk_edit.setMaxLength(100)
        form.addRow(self.tr("&Desk:"), self.desk_edit)
        self.door_combo = QComboBox(self)
        self.door_combo.setObjectName("checkin_door")
        self.door_combo.setAccessibleName(self.tr("Door"))
        self.door_combo.addItem(self.tr("The forum's entrance"), None)
        form.addRow(self.tr("D&oor:"), self.door_combo)
        layout.addLayout(form)

    def _build_scan(self, layout: QVBoxLayout) -> None:
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("checkin_scan")
        self.scan_edit.setAccessibleName(self.tr("Badge code"))
        self.scan_edit.setPlaceholderText(self.tr("Scan a badge, or type its number, then Enter"))
        font = self.scan_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.scan_edit.setFont(font)
        self.scan_edit.returnPressed.connect(self.scan)
        layout.addWidget(self.scan_edit)
        self.answer_label = QLabel(self.tr("Ready for the first badge."), self)
        self.answer_label.setObjectName("checkin_answer")
        self.answer_label.setAccessibleName(self.tr("Answer"))
        self.answer_label.setWordWrap(True)
        self.answer_label.setMinimumHeight(140)
        self.answer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.answer_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.answer_label.setFont(font)
        layout.addWidget(self.answer_label)
        self.undo_button = push_button(
            self.tr("&Undo Last Check-in"),
            "checkin_undo",
            self.tr("Undo the last check-in"),
            self,
            clicked=self.undo_last,
        )
        self.undo_button.setEnabled(False)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Last scans"), self))
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("checkin_history")
        self.history_list.setAccessibleName(self.tr("Last scans"))
        layout.addWidget(self.history_list, 1)

    # Loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            return

        def work(session: Session) -> list[Door]:
            from forumdesk.services.attendance.checkin import doors

            return doors(session, forum_id)

        self.ops.query(work, self._show_doors)

    def _show_doors(self, doors: list[Door]) -> None:
        chosen = self.door_combo.currentData()
        self.door_combo.clear()
        self.door_combo.addItem(self.tr("The forum's entrance"), None)
        for door in doors:
            text = f"{short_time(door.starts_at)} · {door.title}"
            self.door_combo.addItem(text, door.segment_id)
        found = self.door_combo.findData(chosen)
        self.door_combo.setCurrentIndex(max(found, 0))

    # Scanning -----------------------------------------------------------------------

    def scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        forum_id = self.forum.forum_id
        if forum_id is None or not text.strip():
            return
        segment_id = self.door_combo.currentData()
        desk = self.desk_edit.text()

        def work(session: Session) -> ScanAnswer:
            from forumdesk.services.attendance.checkin import check_in

            return check_in(session, forum_id, text, segment_id=segment_id, desk=desk)

        self.ops.change(work, {Area.ATTENDANCE}, self._answered, self._failed)

    def _answered(self, answer: ScanAnswer) -> None:
        outcome = answer.outcome.value
        background, foreground = COLOURS[outcome]
        self.answer_label.setStyleSheet(
            f"background-color: {background}; color: {foreground}; padding: 12px;"
        )
        self.answer_label.setProperty("outcome", outcome)
        text = self._answer_text(answer)
        self.answer_label.setText(text)
        self.history_list.insertItem(0, text.replace("\n", " · "))
        if answer.check_ins:
            self.last_written = answer.check_ins
            self.undo_button.setEnabled(True)
        self.scan_edit.setFocus()

    def _answer_text(self, answer: ScanAnswer) -> str:
        person = answer.person
        who = ""
        if person is not None:
            who = f"{person.given_name} {person.family_name}"
            extra = [person.organisation or ""]
            if person.category is not None:
                extra.append(labels.organisation_category(person.category))
            who += "\n" + " · ".join(part for part in extra if part)
        if answer.outcome.value == "checked_in":
            head = self.tr("Checked in")
        elif answer.outcome.value == "already":
            place = ", ".join(part for part in (answer.desk, answer.device) if part)
            head = self.tr("Already checked in at {time} on {place}").format(
                time=short_datetime(answer.at), place=place or self.tr("this desk")
            )
        else:
            head = self.tr("Refused: {reason}").format(reason=answer.reason)
        return f"{head}\n{who}" if who else head

    def _failed(self, error: Exception) -> None:
        self.answer_label.setStyleSheet("")
        self.answer_label.setProperty("outcome", "error")
        self.answer_label.setText(str(error))

    def undo_last(self) -> None:
        written = self.last_written
        if not written:
            return

        def work(session: Session) -> None:
            from forumdesk.services.attendance.checkin import undo_check_in

            undo_check_in(session, written)

        self.last_written = ()
        self.undo_button.setEnabled(False)
        self.ops.change(work, {Area.ATTENDANCE}, self._undone, self._failed)

    def _undone(self, _result: object) -> None:
        self.answer_label.setStyleSheet("")
        self.answer_label.setProperty("outcome", "undone")
        self.answer_label.setText(self.tr("The last check-in was undone."))
        self.history_list.insertItem(0, self.tr("Undone: the last check-in"))

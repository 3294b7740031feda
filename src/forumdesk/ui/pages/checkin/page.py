"""The check-in desk: a laptop at the door. A scanner (or the operator) types a badge's
code and Enter; the answer comes at once, large, in colour and in words.

From a red answer the operator goes on by keyboard: Alt+A accredits a request still
waiting and checks the person in; Alt+W (or Ctrl+Shift+W, as on the Registry) opens
the walk-in form, and whoever it registers is checked in here. Esc clears; the scan
field has the focus again after every answer and every dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common import labels
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import short_time, venue_time
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.attendance.checkin import Door, ScanAnswer
    from forumdesk.services.attendance.desk_actions import DoorAccreditation
    from forumdesk.services.registry.walk_in import WalkInResult
    from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog

#: Background and text colours of the answer: green, amber, red (WCAG AA contrast).
COLOURS = {
    "checked_in": ("#1b6e35", "#ffffff"),
    "already": ("#8a5300", "#ffffff"),
    "refused": ("#a4161a", "#ffffff"),
}
WALK_IN_KEYS = "Ctrl+Shift+W"  # as on the Registry page


def _mnemonic(button: QPushButton) -> str:
    """The keys of a button's mnemonic ("Alt+A"), as the user's platform writes them."""
    keys = QKeySequence.mnemonic(button.text())
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class UndoStep:
    """What the desk's Undo takes back: the last check-in, with the accreditation or
    the walk-in made for it."""

    work: Callable[[Session], None]
    #: Said once it is undone.
    done: str


#: Makes the Undo step of an answer; None when there is nothing to take back.
MakeUndo = Callable[["ScanAnswer"], UndoStep | None]


class CheckInPage(Page):
    areas = frozenset({Area.PROGRAMME, Area.ATTENDANCE})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("checkin_page")
        #: Who accredits on the spot and registers walk-ins: the user's name.
        self.author = ""
        #: The answer shown, and what Undo would take back.
        self.answer: ScanAnswer | None = None
        self.undo_step: UndoStep | None = None
        self.walk_in: WalkInDialog | None = None  # the walk-in form, while open
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Check-in desk"), self))
        self._build_settings(layout)
        self._build_scan(layout)
        self._build_actions(layout)
        layout.addWidget(QLabel(self.tr("Last scans"), self))
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("checkin_history")
        self.history_list.setAccessibleDescription(
            self.tr("The last scans at this desk, the newest first.")
        )
        self.history_list.setAccessibleName(self.tr("Last scans"))
        layout.addWidget(self.history_list, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # What's This names them in Help > Keyboard Shortcuts.
        escape.setWhatsThis(self.tr("Clear the scan field"))
        walk_in = QShortcut(QKeySequence(WALK_IN_KEYS), self, self.open_walk_in)
        walk_in.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        walk_in.setWhatsThis(self.tr("Register a walk-in and check them in"))

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

    def _build_actions(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.accredit_button = push_button(
            self.tr("&Accredit and Check In"),
            "checkin_accredit",
            self.tr("Accredit the person scanned and check them in"),
            self,
            clicked=self.accredit,
            tooltip=self.tr("Accredit this waiting request and check the person in"),
        )
        self.accredit_button.hide()  # shown when the answer offers it
        self.walk_in_button = push_button(
            self.tr("Register &Walk-in…"),
            "checkin_walk_in",
            self.tr("Register a walk-in and check them in"),
            self,
            clicked=self.open_walk_in,
            tooltip=self.tr("Register someone with no badge and check them in (Ctrl+Shift+W)"),
        )
        self.undo_button = push_button(
            self.tr("&Undo Last Check-in"),
            "checkin_undo",
            self.tr("Undo the last check-in"),
            self,
            clicked=self.undo_last,
        )
        self.undo_button.setEnabled(False)
        for button in (self.accredit_button, self.walk_in_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)

    # Loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        self.walk_in_button.setEnabled(forum_id is not None)
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
        if self.forum.forum_id is None or not text.strip():
            return
        self._check_in(text)

    def _check_in(self, text: str, undo: MakeUndo | None = None) -> None:
        """Check the scan `text` in at this desk; `undo` makes the Undo step of its
        answer (by default, taking back the check-in it wrote, if any)."""
        forum_id = self.forum.forum_id
        if forum_id is None:
            return
        segment_id = self.door_combo.currentData()
        desk = self.desk_edit.text()
        step = undo or self._undo_check_in

        def work(session: Session) -> ScanAnswer:
            from forumdesk.services.attendance.checkin import check_in

            return check_in(session, forum_id, text, segment_id=segment_id, desk=desk)

        self.ops.change(
            work, {Area.ATTENDANCE}, lambda answer: self._answered(answer, step), self._failed
        )

    def _undo_check_in(self, answer: ScanAnswer) -> UndoStep | None:
        written = answer.check_ins
        if not written:
            return None

        def work(session: Session) -> None:
            from forumdesk.services.attendance.checkin import undo_check_in

            undo_check_in(session, written)

        return UndoStep(work, self.tr("The last check-in was undone."))

    def _answered(self, answer: ScanAnswer, undo: MakeUndo) -> None:
        from forumdesk.services.attendance.checkin import Offer

        self.answer = answer
        background, foreground = COLOURS[answer.outcome.value]
        self.answer_label.setStyleSheet(
            f"background-color: {background}; color: {foreground}; padding: 12px;"
        )
        self.answer_label.setProperty("outcome", answer.outcome.value)
        text = self._answer_text(answer)
        hint = self._offer_hint(answer)
        self.answer_label.setText(f"{text}\n{hint}" if hint else text)
        when = venue_time(answer.scanned_at)
        line = text.replace("\n", " · ")
        self.history_list.insertItem(0, f"{when} · {line}" if when else line)
        step = undo(answer)
        if step is not None:  # else the previous check-in can still be undone
            self.undo_step = step
            self.undo_button.setEnabled(True)
        self.accredit_button.setVisible(answer.offer is Offer.ACCREDIT)
        self.accredit_button.setDefault(answer.offer is Offer.ACCREDIT)
        self.walk_in_button.setDefault(answer.offer is Offer.WALK_IN)
        self.scan_edit.setFocus()

    def _answer_text(self, answer: ScanAnswer) -> str:
        from forumdesk.services.attendance.checkin import Outcome

        person = answer.person
        who = ""
        if person is not None:
            who = f"{person.given_name} {person.family_name}"
            extra = [person.organisation or ""]
            if person.category is not None:
                extra.append(labels.organisation_category(person.category))
            where = " · ".join(part for part in extra if part)
            who += f"\n{where}" if where else ""  # a walk-in may have no organisation
        if answer.outcome is Outcome.CHECKED_IN:
            head = self.tr("Checked in")
        elif answer.outcome is Outcome.ALREADY:
            place = ", ".join(part for part in (answer.desk, answer.device) if part)
            head = self.tr("Already checked in at {time} on {place}").format(
                time=venue_time(answer.at), place=place or self.tr("this desk")
            )
        else:
            head = self.tr("Refused: {reason}").format(reason=answer.reason)
        return f"{head}\n{who}" if who else head

    def _offer_hint(self, answer: ScanAnswer) -> str:
        """The keys that go on from a red answer, said in the answer itself."""
        from forumdesk.services.attendance.checkin import Offer

        if answer.offer is Offer.ACCREDIT:
            hint = self.tr("{keys}: accredit and check in")
            return hint.format(keys=_mnemonic(self.accredit_button))
        if answer.offer is Offer.WALK_IN:
            hint = self.tr("{keys}: register a walk-in")
            return hint.format(keys=_mnemonic(self.walk_in_button))
        return ""

    def _say(self, outcome: str | None, text: str) -> None:
        """An answer that is no scan's (an error, an undo, ready): no colour, no offer."""
        self.answer = None
        self.answer_label.setStyleSheet("")
        self.answer_label.setProperty("outcome", outcome)
        self.answer_label.setText(text)
        self.accredit_button.hide()
        self.accredit_button.setDefault(False)
        self.walk_in_button.setDefault(False)
        self.scan_edit.setFocus()

    def _failed(self, error: Exception) -> None:
        self._say("error", str(error))

    def clear(self) -> None:
        """Esc: the scan field empty and focused, the answer back to ready."""
        self.scan_edit.clear()
        self._say(None, self.tr("Ready for the next badge."))

    # From a red answer --------------------------------------------------------------

    def accredit(self) -> None:
        """Accredit the waiting request just scanned and check the person in, as one
        change; Undo takes back both."""
        answer, forum_id = self.answer, self.forum.forum_id
        if answer is None or answer.person is None or forum_id is None:
            return
        person = answer.person
        segment_id = self.door_combo.currentData()
        desk, decided_by = self.desk_edit.text(), self.author
        self.accredit_button.hide()
        self.scan_edit.setFocus()  # the next badge may come while this is saved

        def work(session: Session) -> DoorAccreditation:
            from forumdesk.services.attendance.desk_actions import accredit_and_check_in

            return accredit_and_check_in(
                session,
                forum_id,
                person.registration_id,
                version=person.version,
                decided_by=decided_by,
                segment_id=segment_id,
                desk=desk,
            )

        def done(result: DoorAccreditation) -> None:
            self._answered(result.answer, lambda _: self._undo_accreditation(forum_id, result))

        self.ops.change(work, {Area.ATTENDANCE, Area.REGISTRY}, done, self._failed)

    def _undo_accreditation(
        self, forum_id: uuid.UUID, accreditation: DoorAccreditation
    ) -> UndoStep:
        def work(session: Session) -> None:
            from forumdesk.services.attendance.desk_actions import undo_door_accreditation

            undo_door_accreditation(session, forum_id, accreditation)

        return UndoStep(work, self.tr("The last check-in and its accreditation were undone."))

    def open_walk_in(self) -> None:
        """The Registry's walk-in form; whoever it registers is checked in here."""
        forum_id = self.forum.forum_id
        if forum_id is None or self.walk_in is not None:
            return
        from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ops, forum_id, self.author, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.walked_in.connect(lambda result, _name: self._walked_in(dialog, result))
        dialog.finished.connect(self._walk_in_closed)
        self.walk_in = dialog
        dialog.open()

    def _walked_in(self, dialog: QWidget, result: WalkInResult) -> None:
        dialog.close()  # one walk-in per answer: the desk is back to its scan field
        self._check_in(
            str(result.registration_id), lambda answer: self._undo_walk_in(answer, result)
        )

    def _walk_in_closed(self) -> None:
        self.walk_in = None
        self.scan_edit.setFocus()

    def _undo_walk_in(self, answer: ScanAnswer, result: WalkInResult) -> UndoStep:
        written = answer.check_ins

        def work(session: Session) -> None:
            from forumdesk.services.attendance.checkin import undo_check_in
            from forumdesk.services.registry.undo import withdraw_walk_in

            undo_check_in(session, written)
            withdraw_walk_in(session, result, created_organisation=result.created_organisation)

        return UndoStep(work, self.tr("The last check-in and its walk-in were undone."))

    # Undo ---------------------------------------------------------------------------

    def undo_last(self) -> None:
        step = self.undo_step
        if step is None:
            return
        self.undo_step = None
        self.undo_button.setEnabled(False)
        self.ops.change(
            step.work, {Area.ATTENDANCE, Area.REGISTRY}, lambda _: self._undone(step), self._failed
        )

    def _undone(self, step: UndoStep) -> None:
        self._say("undone", step.done)
        self.history_list.insertItem(0, self.tr("Undone: the last check-in"))

"""The speakers list of one segment: order, speaking times, the clock, and the balance.

`SpeakersPanel(ops, parent)` shows the segment given to `set_segment`; every change
goes through `ops.change` and is undoable on `panel.undo_stack`. The clock (see
`programme_speakers_clock`) is written to the database as it runs; its time source is
`panel.clock_source` (seconds), so tests move time without sleeping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.programme.speakers.clock import QueuedSpeaker
from forumdesk.store.enums import InterventionStatus
from forumdesk.ui.common.bidi import embedded
from forumdesk.ui.common.operations import Area, Operations, concerns
from forumdesk.ui.common.undo import ChangeCommand
from forumdesk.ui.pages.programme.speakers_clock import AREAS, ClockPanel
from forumdesk.ui.pages.programme.speakers_widgets import (
    ID_ROLE,
    BalanceStrip,
    ClockWindow,
    SpeakerList,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.speakers.lists import Balance, PersonMatch, SpeakerLine

__all__ = ["BalanceStrip", "ClockWindow", "SpeakerList", "SpeakersPanel"]

LOOKUP_DELAY_MS = 250


class SpeakersPanel(ClockPanel):
    #: Emitted once the list and balance of the segment are shown (tests wait on it).
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("speakers_panel")
        self.setAccessibleName(self.tr("Speakers list"))
        self.lines: list[SpeakerLine] = []
        self.balance: Balance | None = None
        self.matches: list[PersonMatch] = []
        self.undo_stack = QUndoStack(self)
        ops.database_changed.connect(self.undo_stack.clear)
        ops.changes_applied.connect(self._on_changes)

        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up)
        layout = QVBoxLayout(self)
        search_row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("speakers_search")
        self.search.setAccessibleName(self.tr("Find a person to add as speaker"))
        self.search.setPlaceholderText(self.tr("Add Speaker: type a name…"))
        self.search.textEdited.connect(lambda _text: self._lookup.start())
        self.search.returnPressed.connect(self.add_selected)
        self.add_button = self._button("speakers_add", self.tr("&Add Speaker"), self.add_selected)
        self.add_button.setAccessibleName(self.tr("Add the chosen person to the speakers list"))
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.add_button)
        layout.addLayout(search_row)
        self.match_list = QListWidget(self)
        self.match_list.setObjectName("speakers_matches")
        self.match_list.setAccessibleDescription(
            self.tr("Registered people whose names match what is typed. Enter adds the chosen one.")
        )
        self.match_list.setAccessibleName(self.tr("People found in the registry"))
        self.match_list.setMaximumHeight(90)
        self.match_list.itemActivated.connect(lambda _item: self.add_selected())  # Enter too
        layout.addWidget(self.match_list)

        self.list = SpeakerList(self)
        self.list.setObjectName("speakers_list")
        self.list.setAccessibleDescription(
            self.tr("The speakers in the order they speak. Move Up and Move Down change the order.")
        )
        self.list.setAccessibleName(self.tr("Speakers in order; drag to reorder"))
        self.list.moved.connect(self.move_speaker)
        self.list.currentRowChanged.connect(self._show_selected)
        layout.addWidget(self.list, 1)

        layout.addLayout(self._build_edit_row())

        layout.addLayout(self._build_clock())

        self.balance_strip = BalanceStrip(self)
        layout.addWidget(self.balance_strip)
        layout.addWidget(self.error)
        self._update_buttons()

    def _build_edit_row(self) -> QHBoxLayout:
        """Move up or down, withdraw, and the chosen speaker's time."""
        edit_row = QHBoxLayout()
        self.up_button = self._button("speakers_up", self.tr("Move &Up"), lambda: self._step(-1))
        self.down_button = self._button(
            "speakers_down", self.tr("Move &Down"), lambda: self._step(1)
        )
        self.withdraw_button = self._button(
            "speakers_withdraw", self.tr("&Withdraw"), self.withdraw_selected
        )
        self.allotted = QSpinBox(self)
        self.allotted.setObjectName("speakers_allotted")
        self.allotted.setAccessibleDescription(
            self.tr("The speaking time allotted to the chosen speaker.")
        )
        self.allotted.setAccessibleName(self.tr("Speaking time allotted, in seconds"))
        self.allotted.setRange(1, 4 * 3600)
        self.allotted.setSingleStep(30)
        self.allotted.setValue(180)
        self.allotted.setSuffix(self.tr(" s"))
        self.allotted.editingFinished.connect(self.apply_allotted)
        self.default_button = self._button(
            "speakers_default", self.tr("Use as Defau&lt"), self.apply_default
        )
        self.default_button.setAccessibleName(
            self.tr("Use this speaking time for new speakers of the segment")
        )
        for widget in (self.up_button, self.down_button, self.withdraw_button):
            edit_row.addWidget(widget)
        edit_row.addStretch(1)
        edit_row.addWidget(self.allotted)
        edit_row.addWidget(self.default_button)
        return edit_row

    # Loading -------------------------------------------------------------------------

    def set_segment(self, segment_id: uuid.UUID | None) -> None:
        if segment_id != self.segment_id:
            self._leave_turn()  # a turn in progress is paused and saved, not lost
        self.segment_id = segment_id
        self.refresh()

    def refresh(self) -> None:
        segment_id = self.segment_id
        if segment_id is None or self.ops.database is None:
            self._show([], None, None)
            return

        def load(session: Session) -> tuple[list[SpeakerLine], Balance, SpeakerLine | None]:
            from forumdesk.services.programme.speakers.lists import balance, speakers_list
            from forumdesk.services.programme.speakers.turns import turn_in_progress

            return (
                speakers_list(session, segment_id),
                balance(session, segment_id),
                turn_in_progress(session, segment_id),
            )

        def show(result: tuple[list[SpeakerLine], Balance, SpeakerLine | None]) -> None:
            if segment_id == self.segment_id:
                self._show(*result)

        self.ops.query(load, show, self._failed)

    def _on_changes(self, areas: frozenset[Area]) -> None:
        if concerns(areas, AREAS):
            self.refresh()

    def _show(
        self, lines: list[SpeakerLine], balance: Balance | None, turn: SpeakerLine | None
    ) -> None:
        selected = self.selected_id()
        self.lines = lines
        self.balance = balance
        self.list.clear()
        for number, line in enumerate(lines, start=1):
            item = QListWidgetItem(self.list.line_text(number, line))
            item.setData(ID_ROLE, line.id)
            if line.status in (InterventionStatus.SPOKE, InterventionStatus.WITHDRAWN):
                item.setForeground(Qt.GlobalColor.gray)
            elif line.status == InterventionStatus.SPEAKING:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if line.id == selected:
                self.list.setCurrentItem(item)
        self._recover_turn(turn, lines)
        closed = self.unsaved_turns()  # closed here, maybe not yet in the database
        waiting = [
            QueuedSpeaker(line.id, line.allotted_seconds or 180, line.name)
            for line in lines
            if line.status == InterventionStatus.LISTED and line.id not in closed
        ]
        self.clock.set_queue(waiting)
        for line in lines:  # e.g. more time given to the one who has the floor
            self.clock.update_current(
                QueuedSpeaker(line.id, line.allotted_seconds or 180, line.name)
            )
        self.balance_strip.show_balance(balance)
        self._update_buttons()
        self.tick()
        self.loaded.emit()

    # Selection and editing -----------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _selected_line(self) -> SpeakerLine | None:
        ident = self.selected_id()
        return next((line for line in self.lines if line.id == ident), None)

    def _show_selected(self, _row: int) -> None:
        line = self._selected_line()
        if line is not None and line.allotted_seconds:
            self.allotted.setValue(line.allotted_seconds)
        self._update_buttons()

    def _update_buttons(self) -> None:
        line = self._selected_line()
        has_segment = self.segment_id is not None
        editable = line is not None and line.status == InterventionStatus.LISTED
        for widget in (self.search, self.add_button, self.default_button, self.allotted):
            widget.setEnabled(has_segment)
        self.withdraw_button.setEnabled(editable)
        self.up_button.setEnabled(line is not None and self.list.currentRow() > 0)
        self.down_button.setEnabled(
            line is not None and self.list.currentRow() < len(self.lines) - 1
        )
        self._update_clock_buttons()

    def _change(
        self,
        text: str,
        forward: Callable[[Session], object],
        backward: Callable[[Session], object],
        then: Callable[[object], None] | None = None,
    ) -> None:
        """Run `forward`; once it has succeeded, push it (and `backward`) as one undo step."""

        def done(result: object) -> None:
            self.error.hide()
            self.undo_stack.push(ChangeCommand(self.ops, text, forward, backward, AREAS))
            if then is not None:
                then(result)

        self.ops.change(forward, AREAS, done, self._failed)

    def look_up(self) -> None:
        """Search the registry for the typed name (also run shortly after each keystroke)."""
        self._lookup.stop()
        text = self.search.text()

        def find(session: Session) -> list[PersonMatch]:
            from forumdesk.services.programme.speakers.lists import find_people

            return find_people(session, text)

        self.ops.query(find, self._show_matches, self._failed)

    def _show_matches(self, matches: list[PersonMatch]) -> None:
        self.matches = matches
        self.match_list.clear()
        for match in matches:
            item = QListWidgetItem(match.label)
            item.setData(ID_ROLE, match.id)
            self.match_list.addItem(item)
        if matches:
            self.match_list.setCurrentRow(0)

    def add_selected(self) -> None:
        item = self.match_list.currentItem()
        segment_id = self.segment_id
        if item is None or segment_id is None:
            return
        self.add_speaker(item.data(ID_ROLE))

    def add_speaker(self, representative_id: uuid.UUID) -> None:
        segment_id = self.segment_id
        if segment_id is None:
            return

        def add(session: Session) -> SpeakerLine:
            from forumdesk.services.programme.speakers.lists import add_speaker

            return add_speaker(session, segment_id, representative_id)

        def added(line: SpeakerLine) -> None:
            from forumdesk.services.programme.speakers.lists import remove_speaker, restore_speaker

            self.error.hide()
            self.search.clear()
            self.match_list.clear()
            self.undo_stack.push(
                ChangeCommand(
                    self.ops,
                    self.tr("Add Speaker {name}").format(name=embedded(line.name)),
                    lambda session: restore_speaker(session, line.id),
                    lambda session: remove_speaker(session, line.id),
                    AREAS,
                )
            )

        self.ops.change(add, AREAS, added, self._failed)

    def move_speaker(self, intervention_id: uuid.UUID, row: int) -> None:
        """Move a speaker to `row` of the list (what a drop does)."""
        from forumdesk.services.programme.speakers.lists import move_speaker

        old = next((n for n, line in enumerate(self.lines) if line.id == intervention_id), None)
        if old is None or old == row:
            return
        self._change(
            self.tr("Reorder Speakers"),
            lambda session: move_speaker(session, intervention_id, row),
            lambda session: move_speaker(session, intervention_id, old),
        )

    def _step(self, delta: int) -> None:
        ident = self.selected_id()
        if ident is not None:
            self.move_speaker(ident, self.list.currentRow() + delta)

    def withdraw_selected(self) -> None:
        from forumdesk.services.programme.speakers.lists import reinstate_speaker, withdraw_speaker

        ident = self.selected_id()
        if ident is None:
            return
        self._change(
            self.tr("Withdraw Speaker"),
            lambda session: withdraw_speaker(session, ident),
            lambda session: reinstate_speaker(session, ident),
        )

    def apply_allotted(self) -> None:
        """Give the selected speaker the time in the spin box."""
        from forumdesk.services.programme.speakers.lists import set_allotted

        line = self._selected_line()
        seconds = self.allotted.value()
        if line is None or line.allotted_seconds == seconds:
            return
        ident, shown, before = line.id, line.allotted_seconds, line.allotted_seconds or 180
        # Each way expects the time the other left: one changed meanwhile is not overwritten.
        self._change(
            self.tr("Set Speaking Time"),
            lambda session: set_allotted(session, ident, seconds, read=shown),
            lambda session: set_allotted(session, ident, before, read=seconds),
        )

    def apply_default(self) -> None:
        """Make the spin box's time the default for new speakers of the segment."""
        from forumdesk.services.programme.speakers.lists import set_default_speaking_time

        segment_id, seconds = self.segment_id, self.allotted.value()
        if segment_id is None:
            return
        previous: list[int | None] = []

        def forward(session: Session) -> object:
            old = set_default_speaking_time(session, segment_id, seconds)
            if not previous:
                previous.append(old)
            return old

        self._change(
            self.tr("Set Default Speaking Time"),
            forward,
            lambda session: set_default_speaking_time(session, segment_id, previous[0]),
        )

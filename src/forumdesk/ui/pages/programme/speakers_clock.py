"""The speakers panel's clock, kept in the database as it runs.

Start, pause, resume and next each write the turn, one transaction each, through
`ops.change`. While the clock runs, the time spoken so far is saved again each time
another `CHECKPOINT_SECONDS` of speaking time has passed (on the clock's own time
source), so a crash loses at most that much. A turn that had the floor when the app
stopped comes back paused, with the time it had, to be resumed or closed.

The screen is never held back by a save. Each save writes the whole state the clock
shows (`save_clock`: the turns closed here and not yet known closed, and the turn that
has the floor, with its time), so when one fails (the database busy, say) the clock
runs on, the error is shown once, and the same whole state is saved again a few
seconds later until it is written: the database catches up, and no time is lost.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from forumdesk.services.common.failures import Failure
from forumdesk.services.programme.speakers.clock import QueuedSpeaker, SpeakingClock, TurnState
from forumdesk.store.types import utcnow
from forumdesk.ui.common.bidi import embedded
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.programme.speakers_widgets import OVERRUN_STYLE, ClockWindow, clock_text
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.speakers.lists import SpeakerLine

TICK_MS = 200
# Speaking time between two saves of a running turn: what a crash can lose at most.
CHECKPOINT_SECONDS = 5
AREAS = frozenset({Area.PROGRAMME})
_FALLBACK_ALLOTTED = 180


class ClockPanel(QWidget):
    """The clock half of the speakers panel: the current speaker, their time, the
    Start/Resume, Pause and Next buttons, and the room screen."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.segment_id: uuid.UUID | None = None
        # Seconds from any origin; replace it to simulate time.
        self.clock_source: Callable[[], float] = time.monotonic
        self.clock = SpeakingClock(lambda: self.clock_source())
        self.room_screen: ClockWindow | None = None
        self.error = error_label(self, "speakers_error")
        self._saved_turn: uuid.UUID | None = None  # the turn given the floor here
        self._floor_since = utcnow()  # when it was given the floor
        self._checkpointed = 0  # the seconds last sent to be saved for it
        # Turn states the database has not confirmed yet (a save in flight or failed):
        # every save carries all of them, and a success drops those it wrote.
        self._unsaved: dict[uuid.UUID, TurnState] = {}
        self._in_db: uuid.UUID | None = None  # the turn known to be speaking in the database
        # Periodic saves waiting on the worker: another need not queue behind them (a busy
        # database holds each one up to its busy timeout).
        self._in_flight = 0
        self._retry_at: float | None = None  # on the clock source: when to save again
        self._failing = False  # the last save failed and its error is shown
        self._failure = ""  # that error's line
        self._generation = 0  # a new database: answers about the old one are ignored
        self._recover = True  # the next load brings back a turn left speaking
        self._loaded = False  # the segment's list is shown: Start may be pressed
        self._left_paused: set[uuid.UUID] = set()  # turns paused here on leaving a segment
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        ops.database_changed.connect(self._new_database)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        accessible = text.replace("&", "").rstrip("…")
        return push_button(text, name, accessible, self, clicked=lambda _checked=False: slot())

    def _build_clock(self) -> QVBoxLayout:
        """The clock's labels and buttons, for the panel to place in its layout."""
        layout = QVBoxLayout()
        self.current_label = QLabel(self)
        self.current_label.setObjectName("speakers_current")
        self.current_label.setAccessibleName(self.tr("Current speaker"))
        self.recovered_label = QLabel(self)
        self.recovered_label.setObjectName("speakers_recovered")
        self.recovered_label.setAccessibleName(self.tr("Turn in progress"))
        self.recovered_label.setWordWrap(True)
        self.recovered_label.setStyleSheet("color: #8a5300")
        self.recovered_label.hide()
        self.time_label = QLabel("0:00", self)
        self.time_label.setObjectName("speakers_time")
        self.time_label.setAccessibleName(self.tr("Speaking time"))
        font = self.time_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 3)
        font.setBold(True)
        self.time_label.setFont(font)
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("speakers_remaining")
        self.remaining_label.setAccessibleName(self.tr("Time remaining"))
        layout.addWidget(self.current_label)
        layout.addWidget(self.recovered_label)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.time_label)
        clock_row.addWidget(self.remaining_label, 1)
        layout.addLayout(clock_row)
        buttons = QHBoxLayout()
        self.start_button = self._button("speakers_start", self.tr("&Start"), self.start)
        self.pause_button = self._button("speakers_pause", self.tr("&Pause"), self.pause)
        self.next_button = self._button(
            "speakers_next", self.tr("&Next Speaker"), self.next_speaker
        )
        self.screen_button = self._button(
            "speakers_room_screen", self.tr("&Room Screen…"), self.open_room_screen
        )
        for widget in (self.start_button, self.pause_button, self.next_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.screen_button)
        layout.addLayout(buttons)
        return layout

    def _update_clock_buttons(self) -> None:
        resume = self.clock.paused
        text = self.tr("&Resume") if resume else self.tr("&Start")
        self.start_button.setText(text)
        self.start_button.setAccessibleName(text.replace("&", ""))
        self.start_button.setEnabled(
            self.segment_id is not None and self._loaded and not self.clock.running
        )
        self.pause_button.setEnabled(self.clock.running)
        self.next_button.setEnabled(self.clock.current is not None)

    def _failed(self, error: Exception) -> None:
        self.error.setText(str(error))
        self.error.show()

    # Leaving and coming back ---------------------------------------------------------

    def _leave_turn(self) -> None:
        """Before the panel shows another segment: pause the turn and save its time."""
        current = self.clock.current
        if current is not None and current.id == self._saved_turn:
            self.clock.pause()
            self._left_paused.add(current.id)
            self.checkpoint()
        self._reset_clock()

    def _new_database(self) -> None:
        self._unsaved.clear()  # its turns belong to the database closed
        self._in_db, self._in_flight, self._retry_at = None, 0, None
        self._failing = False
        self._generation += 1
        self._reset_clock()

    def _reset_clock(self) -> None:
        """A clock for a new segment (or a newly opened database). States not saved yet
        stay in `_unsaved`, saved again until written."""
        if not self._unsaved:
            self.timer.stop()
        self.clock = SpeakingClock(lambda: self.clock_source())
        self._saved_turn = None
        self._checkpointed = 0
        self._recover = True
        self._loaded = False
        self.recovered_label.hide()

    def unsaved_turns(self) -> set[uuid.UUID]:
        """Turns closed here that the database may still list as waiting or speaking."""
        return {s.id for s in self._unsaved.values() if s.ended_at is not None}

    def _recover_turn(self, turn: SpeakerLine | None, lines: list[SpeakerLine]) -> None:
        """On the first load of a segment: bring back, paused, the turn left speaking
        (as this window last knew it, if its save has not reached the database yet)."""
        self._loaded = True
        if not self._recover:
            return
        self._recover = False
        unsaved = [
            (line, self._unsaved[line.id])
            for line in lines
            if line.id in self._unsaved and self._unsaved[line.id].ended_at is None
        ]
        if unsaved:
            turn, state = unsaved[0]
            used, self._floor_since = state.used_seconds, state.started_at
        elif turn is None or turn.id in self.unsaved_turns():
            return
        else:
            used, self._in_db = turn.used_seconds or 0, turn.id
        if self.clock.current is not None:
            return
        speaker = QueuedSpeaker(turn.id, turn.allotted_seconds or _FALLBACK_ALLOTTED, turn.name)
        self.clock.restore(speaker, used)
        self._saved_turn, self._checkpointed = turn.id, used
        if turn.id in self._left_paused:
            text = self.tr("{name} has the floor, clock paused: {time} so far")
        else:
            text = self.tr("{name} had the floor when ForumDesk stopped: {time} so far")
        self.recovered_label.setText(text.format(name=embedded(turn.name), time=clock_text(used)))
        self.recovered_label.show()

    def may_close(self) -> bool:
        """Asked before the window closes. A running clock is paused and its time saved
        first, if the chair agrees; False keeps the window open."""
        if self._failing and self._unsaved:
            return self._may_close_unsaved()
        current = self.clock.current
        if current is None or not self.clock.running:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Speaking Clock Running"),
            self.tr(
                "{name} has the floor and the speaking clock is running.\n\n"
                "Pause the clock and close this database? The time so far ({time}) is "
                "saved: the turn can be resumed or closed when the database is opened again."
            ).format(name=embedded(current.name), time=clock_text(self.clock.elapsed())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.pause()
        return True

    def _may_close_unsaved(self) -> bool:
        """The last saves failed (the database busy): closing now would lose them."""
        answer = QMessageBox.question(
            self,
            self.tr("Speaking Clock Not Saved"),
            self.tr(
                "The speaking clock could not be saved: {error}\n\n"
                "Close this database anyway? The speakers list keeps what was saved "
                "before; the time spoken since is lost."
            ).format(error=self._failure),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.pause()  # one last try
        return True

    # The clock -----------------------------------------------------------------------

    def start(self) -> None:
        """Give the floor to the first waiting speaker, or resume the current one."""
        if self.clock.paused:
            self.clock.resume()
        elif self.clock.start() is None:
            self._failed(ValueError(self.tr("Nobody is waiting on the speakers list.")))
            return
        current = self.clock.current
        assert current is not None
        self.recovered_label.hide()
        if current.id != self._saved_turn:
            self._saved_turn, self._floor_since = current.id, utcnow()
        self._save()
        self.timer.start()
        self.tick()

    def pause(self) -> None:
        self.clock.pause()
        self.checkpoint()
        self.tick()

    def checkpoint(self, *, periodic: bool = False) -> None:
        """Save the current speaker's time so far (on pause, on leaving the segment, and
        every few seconds of speaking). A periodic save waits for the previous one."""
        if periodic and self._in_flight:
            return
        self._save(periodic=periodic)

    def next_speaker(self) -> None:
        """Close the current turn with its time, and give the floor to the next."""
        finished = self.clock.next_speaker()
        if finished is None:
            return
        ident, used = finished
        at = utcnow()
        started = self._floor_since if ident == self._saved_turn else at
        self._unsaved[ident] = TurnState(ident, used, started, at)
        following = self.clock.current
        if following is not None and self.clock.running:
            self._saved_turn, self._floor_since = following.id, at
        else:
            self._saved_turn = None
        self._checkpointed = 0
        self.recovered_label.hide()
        if following is None:
            self.timer.stop()
        self.tick()
        self._save()

    def _save(self, *, periodic: bool = False) -> None:
        """Send the whole state of the clock to be saved: the turn with the floor and
        every state not yet confirmed (see the module's docstring)."""
        current = self.clock.current
        if self.ops.database is None:
            return
        if current is not None and current.id == self._saved_turn:
            self._checkpointed = int(self.clock.elapsed())
            state = TurnState(current.id, self._checkpointed, self._floor_since)
            self._unsaved[current.id] = state
        if not self._unsaved:
            return
        states = tuple(self._unsaved.values())
        # Closing a turn or starting one changes the list; saving a time does not.
        lists = any(s.ended_at is not None or s.id != self._in_db for s in states)
        generation = self._generation
        self._in_flight += periodic
        self._retry_at = None

        def save(session: Session) -> None:
            from forumdesk.services.programme.speakers.turns import save_clock

            save_clock(session, states)

        def saved(_result: object) -> None:
            if generation != self._generation:
                return
            self._in_flight -= periodic
            for state in states:
                if self._unsaved.get(state.id) is state:
                    del self._unsaved[state.id]
                if state.ended_at is None:
                    self._in_db = state.id
            if self._failing:
                self._failing = False
                self.error.hide()
            if self.clock.current is None and not self._unsaved:
                self.timer.stop()

        def failed(error: Exception) -> None:
            if generation != self._generation:
                return
            self._in_flight -= periodic
            self._save_failed(error, states)

        self.ops.change(save, AREAS if lists else (), saved, failed)

    def _save_failed(self, error: Exception, states: tuple[TurnState, ...]) -> None:
        if not isinstance(error, Failure):
            # The list refuses the floor (another window gave it, or closed the turn):
            # the clock gives it up, and the turns closed here are saved again.
            for state in states:
                if state.ended_at is None and self._unsaved.get(state.id) is state:
                    del self._unsaved[state.id]
                    if state.id == self._saved_turn:
                        self.clock.pause()
                        self._saved_turn = None
            self._failing = False
            self._failed(error)
        elif not self._failing:  # shown once, not at every try
            self._failing, self._failure = True, str(error)
            self._failed(
                ValueError(
                    self.tr(
                        "The speaking clock is not saved yet, it will try again: {error}"
                    ).format(error=error)
                )
            )
        if self._unsaved:
            self._retry_at = self.clock_source() + CHECKPOINT_SECONDS
            self.timer.start()
        self.tick()

    @property
    def overrun(self) -> bool:
        return self.clock.overrun

    def tick(self) -> None:
        """Show the clock (every 200 ms while a speaker has the floor), and save the
        time so far each time another few seconds have been spoken."""
        current = self.clock.current
        elapsed, remaining, overrun = self.clock.elapsed(), self.clock.remaining(), self.overrun
        name = current.name if current is not None else ""
        self.current_label.setText(
            self.tr("Speaking: {name}").format(name=embedded(name))
            if current
            else self.tr("Nobody speaking")
        )
        self.time_label.setText(clock_text(elapsed))
        self.time_label.setStyleSheet(OVERRUN_STYLE if overrun else "")
        if overrun:
            self.remaining_label.setText(
                self.tr("Over by {time}").format(time=clock_text(-remaining))
            )
        elif current is not None:
            self.remaining_label.setText(self.tr("{time} left").format(time=clock_text(remaining)))
        else:
            self.remaining_label.clear()
        if self.room_screen is not None:
            self.room_screen.show_state(name, elapsed, remaining, overrun)
        self._update_clock_buttons()
        if self.clock.running and elapsed - self._checkpointed >= CHECKPOINT_SECONDS:
            self.checkpoint(periodic=True)
        elif self._retry_at is not None and self.clock_source() >= self._retry_at:
            self.checkpoint(periodic=True)  # what a failed save left unsaved

    def open_room_screen(self) -> ClockWindow:
        if self.room_screen is None:
            self.room_screen = ClockWindow(self)
        self.room_screen.show()
        self.room_screen.raise_()
        self.tick()
        return self.room_screen

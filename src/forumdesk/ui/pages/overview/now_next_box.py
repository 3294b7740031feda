"""Now and next: the segment running and the one after it, at the venue's time, and the
clock of the speaker on the floor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from forumdesk.ui.common.formatting import long_date, time_range

if TYPE_CHECKING:
    from forumdesk.services.overview.now_next import Floor, NowNext, SegmentSlot

# The speakers panel saves a running turn every 5 s. A turn whose time grew since the
# last load, saved within this long, is running: the clock here ticks on between saves.
# A turn seen once (a clock on another machine, the demo's) shows its time as saved.
RUNNING_WITHIN = timedelta(seconds=15)


def _clock(seconds: float) -> str:
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"


class NowNextBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("now_next_box")
        self.setTitle(self.tr("Now and Next"))
        form = QFormLayout(self)
        self.now_label = self._value("now_segment", self.tr("Segment running"))
        self.floor_label = self._value("now_floor", self.tr("Speaker on the floor"))
        self.clock_label = self._value("now_clock", self.tr("Speaking time"))
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.next_label = self._value("next_segment", self.tr("Next segment"))
        form.addRow(self.tr("Now"), self.now_label)
        form.addRow(self.tr("On the floor"), self.floor_label)
        form.addRow(self.tr("Time"), self.clock_label)
        form.addRow(self.tr("Next"), self.next_label)
        self.floor: Floor | None = None
        self._running = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)

    def _value(self, name: str, accessible: str) -> QLabel:
        label = QLabel("–", self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def show_state(self, state: NowNext | None) -> None:
        self.setVisible(state is not None)
        if state is None:
            self._ticker.stop()
            return
        self.now_label.setText(self._now_text(state))
        self.next_label.setText(self._slot_text(state.next, with_day=True) if state.next else "–")
        before, self.floor = self.floor, state.floor
        self._running = (
            before is not None
            and state.floor is not None
            and before.intervention_id == state.floor.intervention_id
            and state.floor.used_seconds > before.used_seconds
        )
        if state.floor is None:
            self.floor_label.setText(self.tr("Nobody"))
            self._ticker.stop()
        else:
            who = state.floor.speaker
            if state.floor.organisation:
                who = f"{who} ({state.floor.organisation})"
            self.floor_label.setText(who)
            self._ticker.start()
        self._tick()

    def _now_text(self, state: NowNext) -> str:
        from forumdesk.services.overview.now_next import Phase

        if state.now is not None:
            return self._slot_text(state.now, with_day=False)
        if state.phase == Phase.EMPTY:
            return self.tr("The programme has no segment yet")
        if state.phase == Phase.BEFORE:
            return self.tr("Not started: the forum opens on {day}").format(
                day=long_date(state.next.starts.date()) if state.next else "–"
            )
        if state.phase == Phase.AFTER:
            return self.tr("The forum has ended")
        return self.tr("Break")

    def _slot_text(self, slot: SegmentSlot, *, with_day: bool) -> str:
        hours = time_range(slot.starts.time(), slot.ends.time())
        if with_day:
            hours = f"{long_date(slot.starts.date())}, {hours}"
        parts = [slot.title, hours]
        if slot.room:
            parts.append(slot.room)
        return " · ".join(parts)

    def elapsed(self, now: datetime | None = None) -> float | None:
        """Seconds the speaker on the floor has spoken, ticking on while the clock runs."""
        if self.floor is None:
            return None
        since = (now or datetime.now(UTC)) - self.floor.saved_at
        running = self._running and timedelta(0) <= since <= RUNNING_WITHIN
        return self.floor.used_seconds + (since.total_seconds() if running else 0.0)

    def _tick(self) -> None:
        spoken = self.elapsed()
        if spoken is None or self.floor is None:
            self.clock_label.setText("–")
            self.clock_label.setStyleSheet("")
            return
        allotted = self.floor.allotted_seconds
        if allotted:
            text = self.tr("{spoken} of {allotted}").format(
                spoken=_clock(spoken), allotted=_clock(allotted)
            )
        else:
            text = _clock(spoken)
        self.clock_label.setText(text)
        overrun = allotted is not None and spoken > allotted
        self.clock_label.setStyleSheet("color: #b3261e;" if overrun else "")

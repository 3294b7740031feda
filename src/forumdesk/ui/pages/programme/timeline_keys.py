"""The timeline from the keyboard: Tab from block to block in time order, the arrows
move the chosen block, Alt with the arrows changes its end, Enter opens its editor.

A burst of key presses is one change: the block moves on screen at each press, and
the place it reached is written (one undoable step, one version check against where
the burst began) once the keys rest, the focus leaves or Enter is pressed. Holding
Down for half an hour is then one step to undo, not thirty, and one write.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from forumdesk.services.programme.edit import SNAP_MINUTES, SegmentPlace, at_minutes, minutes

if TYPE_CHECKING:
    from forumdesk.ui.pages.programme.timeline import BlockItem, TimelineView

#: The keys rest this long (ms) and the burst is written.
BURST_PAUSE_MS = 700
STEP = 1  # minutes, an arrow press
LONG_STEP = 5  # minutes, with Shift
LAST_MINUTE = 24 * 60 - 1


@dataclass
class Burst:
    segment_id: uuid.UUID
    before: SegmentPlace  # where the burst began: the save's version check
    after: SegmentPlace


class TimelineKeys(QObject):
    """The view's keyboard: it reads the keys and proposes places through `view.moved`."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.burst: Burst | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(BURST_PAUSE_MS)
        self.timer.timeout.connect(self.commit)

    # Focus ------------------------------------------------------------------------------

    def step(self, forward: bool) -> bool:
        """Tab: the next block in time order; False past the first or last one."""
        ordered = self.view.ordered_blocks()
        current = self.view.current_block()
        if current is None or current not in ordered:
            at = 0 if forward else len(ordered) - 1
        else:
            at = ordered.index(current) + (1 if forward else -1)
        if not 0 <= at < len(ordered):
            return False
        self.commit()
        self.view.choose(ordered[at])
        return True

    # Keys -------------------------------------------------------------------------------

    def key_pressed(self, event: QKeyEvent) -> bool:
        """Act on a key; False for keys the view handles as before (scrolling)."""
        key, modifiers = event.key(), event.modifiers()
        item = self.view.current_block()
        if item is None or modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            self.view.opened.emit(item.block.segment_id)
            return True
        if key == Qt.Key.Key_Escape and self.burst is not None:
            self.cancel()
            return True
        step = LONG_STEP if modifiers & Qt.KeyboardModifier.ShiftModifier else STEP
        resize = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            sign = -1 if key == Qt.Key.Key_Up else 1
            self._shift(item, sign * step, resize)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not resize:
            # Rooms run in reading order: under right to left, Right goes back.
            ahead = (key == Qt.Key.Key_Right) != self.view.isRightToLeft()
            self._to_column(item, 1 if ahead else -1)
            return True
        return False

    def _shift(self, item: BlockItem, delta: int, resize: bool) -> None:
        place = item.place
        start, end = minutes(place.starts_at), minutes(place.ends_at)
        if resize:
            shortest = min(SNAP_MINUTES, end - start)
            end = min(max(end + delta, start + shortest), LAST_MINUTE)
        else:
            delta = min(max(delta, -start), LAST_MINUTE - end)
            start, end = start + delta, end + delta
        self._propose(item, replace(place, starts_at=at_minutes(start), ends_at=at_minutes(end)))

    def _to_column(self, item: BlockItem, delta: int) -> None:
        index = self.view.column_of(item.place)
        if index is None or not 0 <= index + delta < len(self.view.columns):
            return
        column = self.view.columns[index + delta]
        room_id = column.room.id if column.room else None
        self._propose(item, replace(item.place, day_id=column.day.id, room_id=room_id))

    # The burst --------------------------------------------------------------------------

    def _propose(self, item: BlockItem, place: SegmentPlace) -> None:
        if place == item.place:
            return
        segment_id = item.block.segment_id
        if self.burst is not None and self.burst.segment_id != segment_id:
            self.commit()
        if self.burst is None:
            self.burst = Burst(segment_id, item.place, place)
        self.burst.after = place
        self.view.show_place(item, place)
        self.timer.start()

    def commit(self) -> None:
        """Write the burst's place (through the view's `moved`), if it moved at all."""
        self.timer.stop()
        burst, self.burst = self.burst, None
        if burst is not None and burst.after != burst.before:
            self.view.moved.emit(burst.segment_id, burst.before, burst.after)

    def cancel(self) -> None:
        """Escape: the block goes back to where the burst began; nothing is written."""
        self.timer.stop()
        burst, self.burst = self.burst, None
        item = self.view.blocks.get(burst.segment_id) if burst is not None else None
        if burst is not None and item is not None:
            self.view.show_place(item, burst.before)

    def redrawn(self) -> None:
        """The timeline was drawn afresh from the database: a burst under way stays shown."""
        if self.burst is None:
            return
        item = self.view.blocks.get(self.burst.segment_id)
        if item is None:
            self.timer.stop()
            self.burst = None
        else:
            self.view.show_place(item, self.burst.after)

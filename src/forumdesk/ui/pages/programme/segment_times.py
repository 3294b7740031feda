"""A segment's start and end in its editor: two time fields typed or stepped with the
arrow keys, checked (the end after the start, both inside the day), and written with
the rest of the segment in one unit of work through the timeline's `move_segment`,
which checks them against the times the editor read (no lost update).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTimeEdit, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import ReadAt
    from forumdesk.services.programme.segment_editor import SegmentInput


@dataclass(frozen=True)
class TimesChange:
    """The start and end the editor read, and those it saves."""

    read: tuple[time, time]
    wanted: tuple[time, time]

    @property
    def changed(self) -> bool:
        return self.read != self.wanted

    def reversed(self) -> TimesChange:
        return TimesChange(self.wanted, self.read)


def write_segment(
    session: Session,
    segment_id: uuid.UUID,
    data: SegmentInput,
    read: ReadAt[SegmentInput],
    times: TimesChange | None,
) -> SegmentInput:
    """The editor's save: its fields, then its times if they changed."""
    from forumdesk.services.programme.edit import move_segment, segment_place
    from forumdesk.services.programme.segment_editor import update_segment

    stored = update_segment(session, segment_id, data, read=read)
    if times is not None and times.changed:
        now = segment_place(session, segment_id)
        wanted = replace(now, starts_at=times.wanted[0], ends_at=times.wanted[1])
        shown = replace(now, starts_at=times.read[0], ends_at=times.read[1])
        move_segment(session, segment_id, wanted, read=shown)
    return stored


class TimesEditor(QWidget):
    """Start and end, side by side; the row's label leads to the start."""

    def __init__(self, starts_at: time, ends_at: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segment_times")
        self.read = (starts_at, ends_at)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.starts = self._field("segment_starts", starts_at, self.tr("Start time"))
        self.ends = self._field("segment_ends", ends_at, self.tr("End time"))
        dash = QLabel("–", self)
        dash.setAccessibleName(self.tr("to"))
        for widget in (self.starts, dash, self.ends):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.starts)

    def _field(self, name: str, value: time, accessible: str) -> QTimeEdit:
        field = QTimeEdit(QTime(value.hour, value.minute), self)
        field.setObjectName(name)
        field.setDisplayFormat("HH:mm")
        field.setAccessibleName(accessible)
        field.setAccessibleDescription(
            self.tr("Type the time, or change the hours or minutes with Up and Down.")
        )
        return field

    def value(self) -> tuple[time, time]:
        start, end = self.starts.time(), self.ends.time()
        return time(start.hour(), start.minute()), time(end.hour(), end.minute())

    def change(self) -> TimesChange:
        return TimesChange(self.read, self.value())

    def problems(self) -> list[str]:
        """The fields keep to one day (00:00 to 23:59); the end must come after the start."""
        start, end = self.value()
        return [self.tr("The segment must end after it starts.")] if end <= start else []

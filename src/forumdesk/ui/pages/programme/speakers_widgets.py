"""The speakers panel's parts: the draggable list, the balance strip, and the room
screen (the current speaker and their time in large type, for a projector)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QVBoxLayout, QWidget

from forumdesk.store.enums import Gender, InterventionStatus
from forumdesk.ui.common import labels
from forumdesk.ui.common.bidi import embedded

if TYPE_CHECKING:
    from forumdesk.services.programme.speakers.lists import Balance, SpeakerLine

ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERRUN_STYLE = "color: #b00020"


def clock_text(seconds: float) -> str:
    """m:ss of a duration; a leading minus once negative."""
    whole = round(seconds)
    sign = "-" if whole < 0 else ""
    minutes, rest = divmod(abs(whole), 60)
    return f"{sign}{minutes}:{rest:02d}"


def _sized(label: QLabel, factor: float) -> QLabel:
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF(), 9.0) * factor)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ClockWindow(QWidget):
    """A separate top-level window mirroring the speakers panel's clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("speakers_clock_window")
        self.setWindowTitle(self.tr("Speaking Time"))
        self.setAccessibleName(self.tr("Room screen with the speaking time"))
        layout = QVBoxLayout(self)
        self.speaker = _sized(QLabel(self), 3.0)
        self.speaker.setObjectName("clock_window_speaker")
        self.speaker.setAccessibleName(self.tr("Current speaker"))
        self.speaker.setWordWrap(True)
        self.time = _sized(QLabel("0:00", self), 12.0)
        self.time.setObjectName("clock_window_time")
        self.time.setAccessibleName(self.tr("Speaking time"))
        self.remaining = _sized(QLabel(self), 3.0)
        self.remaining.setObjectName("clock_window_remaining")
        self.remaining.setAccessibleName(self.tr("Time remaining"))
        layout.addWidget(self.speaker)
        layout.addWidget(self.time, 1)
        layout.addWidget(self.remaining)
        self.resize(900, 600)

    def show_state(self, speaker: str, elapsed: float, remaining: float, overrun: bool) -> None:
        self.speaker.setText(speaker)
        self.time.setText(clock_text(elapsed))
        self.time.setStyleSheet(OVERRUN_STYLE if overrun else "")
        if overrun:
            self.remaining.setText(self.tr("Over by {time}").format(time=clock_text(-remaining)))
        elif speaker:
            self.remaining.setText(self.tr("{time} left").format(time=clock_text(remaining)))
        else:
            self.remaining.clear()


class SpeakerList(QListWidget):
    """A list reordered by dragging; `moved(intervention id, new row)` after a drop."""

    moved = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        ident = item.data(ID_ROLE) if item is not None else None
        super().dropEvent(event)
        for row in range(self.count()):
            if ident is not None and self.item(row).data(ID_ROLE) == ident:
                self.moved.emit(ident, row)
                return

    def line_text(self, number: int, line: SpeakerLine) -> str:
        name = embedded(line.name)
        who = f"{name} — {embedded(line.organisation)}" if line.organisation else name
        time_text = clock_text(line.allotted_seconds or 0)
        if line.status == InterventionStatus.SPOKE:
            return self.tr("{n}. {who} · spoke {used} of {allotted}").format(
                n=number, who=who, used=clock_text(line.used_seconds or 0), allotted=time_text
            )
        if line.status == InterventionStatus.WITHDRAWN:
            return self.tr("{n}. {who} · withdrawn").format(n=number, who=who)
        return self.tr("{n}. {who} · {allotted}").format(n=number, who=who, allotted=time_text)


class BalanceStrip(QWidget):
    """Shares of speakers and time by category group and gender, and who is not heard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakers_balance")
        self.setAccessibleName(self.tr("Balance of the speakers list"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.groups = self._note("speakers_balance_groups", self.tr("Speakers by category"))
        self.gender = self._note("speakers_balance_gender", self.tr("Speakers by gender"))
        self.warnings = self._note("speakers_balance_warnings", self.tr("Balance warnings"))
        self.warnings.setStyleSheet("color: #8a5300")
        for label in (self.groups, self.gender, self.warnings):
            layout.addWidget(label)

    def _note(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def _group_label(self, key: str) -> str:
        return {
            "states": self.tr("States"),
            "civil_society": self.tr("Civil society and NGOs"),
            "trade_unions": self.tr("Trade unions"),
            "migrant_associations": self.tr("Migrant associations"),
            "private_sector": self.tr("Private sector"),
            "research": self.tr("Research"),
            "youth": self.tr("Youth"),
            "un_igo": self.tr("UN and intergovernmental"),
            "none": self.tr("No organisation"),
        }.get(key, key)

    def show_balance(self, balance: Balance | None) -> None:
        if balance is None or not balance.speakers:
            self.groups.setText(self.tr("No speakers yet."))
            self.gender.clear()
        else:
            self.groups.setText(
                " · ".join(
                    self.tr("{group}: {speakers:.0%} of speakers, {time:.0%} of time").format(
                        group=self._group_label(share.key),
                        speakers=share.speaker_share,
                        time=share.time_share,
                    )
                    for share in balance.by_group
                    if share.speakers
                )
            )
            self.gender.setText(
                " · ".join(
                    self.tr("{gender}: {speakers:.0%} of speakers, {time:.0%} of time").format(
                        gender=labels.gender(Gender(share.key)),
                        speakers=share.speaker_share,
                        time=share.time_share,
                    )
                    for share in balance.by_gender
                    if share.speakers
                )
            )
        warnings = balance.warnings if balance is not None else ()
        self.warnings.setText(
            "\n".join(
                (
                    self.tr(
                        "Not heard yet: {group} (%n participant(s) registered; seed ¶75 asks for them)",  # noqa: E501
                        "",
                        warning.registered,
                    )
                    if warning.priority
                    else self.tr(
                        "Not heard yet: {group} (%n participant(s) registered)",
                        "",
                        warning.registered,
                    )
                ).format(group=self._group_label(warning.group.value))
                for warning in warnings
            )
        )

    # Selection and editing -----------------------------------------------------------

"""Things to act on: what waits on the secretariat, each a button to the place where it
is dealt with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from forumdesk.services.overview.actions import Duplicates, ToAct

#: The tasks, in the order shown; each names what the main window opens for it.
TASKS = ("requests", "duplicates", "clashes", "minutes", "uncited")


class ActionsBox(QGroupBox):
    #: A task's button was pressed: one of TASKS.
    act_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_box")
        self.setTitle(self.tr("Things to Act On"))
        layout = QVBoxLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        names = {
            "requests": self.tr("Accreditation requests waiting"),
            "duplicates": self.tr("Likely duplicates to review"),
            "clashes": self.tr("Clashes in the programme"),
            "minutes": self.tr("Minutes awaiting approval"),
            "uncited": self.tr("Paragraphs no note cites yet"),
        }
        for task in TASKS:
            button = QPushButton(self)
            button.setObjectName(f"act_{task}")
            button.setAccessibleName(names[task])
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.clicked.connect(lambda _checked=False, task=task: self.act_requested.emit(task))
            button.hide()
            layout.addWidget(button)
            self.buttons[task] = button
        self.nothing = QLabel(self.tr("Nothing waits: no request, clash or minutes to approve."))
        self.nothing.setObjectName("act_nothing")
        self.nothing.setWordWrap(True)
        layout.addWidget(self.nothing)
        layout.addStretch(1)
        self._to_act: ToAct | None = None
        self._duplicates: Duplicates | None = None

    def show_tasks(self, to_act: ToAct | None) -> None:
        self._to_act = to_act
        self._update()

    def show_duplicates(self, duplicates: Duplicates | None) -> None:
        self._duplicates = duplicates
        self._update()

    def _update(self) -> None:
        to_act, duplicates = self._to_act, self._duplicates
        self.setVisible(to_act is not None)
        if to_act is None:
            return
        locale = QLocale()
        texts: dict[str, str] = {}
        if to_act.requests:
            texts["requests"] = self.tr(
                "%n accreditation request(s) waiting for a decision", "", to_act.requests
            )
        if duplicates is not None and duplicates.pairs:
            texts["duplicates"] = (
                self.tr("At least {count} likely duplicates to review")
                if duplicates.at_least
                else self.tr("{count} likely duplicate(s) to review")
            ).format(count=locale.toString(duplicates.pairs))
        if to_act.clashes:
            texts["clashes"] = self.tr("%n clash(es) in the programme", "", len(to_act.clashes))
        if to_act.minutes_submitted:
            texts["minutes"] = self.tr(
                "Minutes of %n segment(s) awaiting approval", "", to_act.minutes_submitted
            )
        if to_act.uncited:
            texts["uncited"] = self.tr(
                "%n paragraph(s) of the summary that no note cites yet", "", len(to_act.uncited)
            )
        for task, button in self.buttons.items():
            text = texts.get(task)
            button.setVisible(text is not None)
            if text is not None:
                arrow = "←" if self.isRightToLeft() else "→"  # towards where the text reads
                button.setText(f"{arrow} {text}")
                button.setAccessibleName(text)
        self.nothing.setVisible(not texts)

"""The line under the minutes that says which notes they publish: the notes for the
record, never the internal ones (see services/minutes/notes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from forumdesk.services.minutes.notes import NotesTaken


class NotesTakenLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_notes_taken")
        self.setAccessibleName(self.tr("Notes the minutes publish"))
        self.setWordWrap(True)
        self.hide()

    def show_taken(self, taken: NotesTaken | None, *, started: bool) -> None:
        """ "2 notes for the record taken, 1 internal note left out", and what a
        recompose would add; hidden when the segment has no note."""
        if taken is None or not (taken.for_record or taken.internal or taken.not_yet_taken):
            self.hide()
            return
        recorded = (
            self.tr("%n note(s) for the record taken", "", taken.for_record)
            if started
            else self.tr("Compose takes %n note(s) for the record", "", taken.for_record)
        )
        parts = [recorded, self.tr("%n internal note(s) left out", "", taken.internal)]
        if taken.not_yet_taken:
            parts.append(
                self.tr(
                    "%n note(s) marked for the record since: Compose again to take them",
                    "",
                    taken.not_yet_taken,
                )
            )
        self.setText(self.tr("Notes: {parts}.").format(parts="; ".join(parts)))
        self.setToolTip(
            self.tr(
                "Only notes marked for the record are published; Export Internal Version "
                "also prints the internal ones, marked not for distribution."
            )
        )
        self.show()

"""The Cover… dialog of the Minutes page: the cover block of the selected minutes.

Each field shows what is stored; an empty field shows, greyed, what the document
prints instead (the forum's and its summary's values, see
`services.minutes_cover`). Saving goes through `set_minutes_cover` with what the
dialog read, so a change made meanwhile by someone else is merged or shown to choose
from, never overwritten.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from forumdesk.services.common.edit_conflicts import ReadAt
from forumdesk.services.minutes.cover import CoverValues, MinutesCover
from forumdesk.ui.common.operations import Area, Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AREAS = frozenset({Area.MINUTES})
_TEXTS = ("organ", "symbol", "session_label", "agenda_item", "original_language")


class MinutesCoverDialog(QDialog):
    """Edit the cover of one minutes document; `saved` carries a line for the status bar."""

    saved = Signal(str)

    def __init__(self, ops: Operations, minutes_id: uuid.UUID, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops, self.minutes_id = ops, minutes_id
        self.cover: MinutesCover | None = None
        self.conflict_dialog: QDialog | None = None
        self.setObjectName("minutes_cover_dialog")
        self.setWindowTitle(self.tr("Cover of the minutes"))
        self.setAccessibleName(self.tr("Cover of the minutes"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        labels = {
            "organ": (self.tr("&Organ:"), self.tr("Organ")),
            "symbol": (self.tr("S&ymbol:"), self.tr("Document symbol")),
            "session_label": (self.tr("&Session:"), self.tr("Session")),
            "agenda_item": (self.tr("A&genda item:"), self.tr("Agenda item")),
            "original_language": (self.tr("O&riginal language:"), self.tr("Original language")),
        }
        self.texts: dict[str, QLineEdit] = {}
        for name in ("organ", "symbol"):
            self.texts[name] = self._line(form, name, *labels[name])
        self.distribution = QComboBox(self)
        self.distribution.setObjectName("minutes_cover_distribution")
        self.distribution.setAccessibleName(self.tr("Distribution"))
        for key, label in (
            ("general", self.tr("General")),
            ("limited", self.tr("Limited")),
            ("restricted", self.tr("Restricted")),
        ):
            self.distribution.addItem(label, key)
        form.addRow(self.tr("&Distribution:"), self.distribution)
        dated = QHBoxLayout()
        self.own_date = QCheckBox(self.tr("Da&te:"), self)
        self.own_date.setObjectName("minutes_cover_own_date")
        self.own_date.setAccessibleName(self.tr("Print a date of its own"))
        self.date = QDateEdit(self)
        self.date.setObjectName("minutes_cover_date")
        self.date.setAccessibleName(self.tr("Date printed on the cover"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")  # the month in words, in the locale
        self.date.setEnabled(False)
        self.own_date.toggled.connect(self.date.setEnabled)
        self.date_hint = QLabel(self)
        self.date_hint.setObjectName("minutes_cover_date_hint")
        dated.addWidget(self.date)
        dated.addWidget(self.date_hint, 1)
        form.addRow(self.own_date, dated)
        for name in ("original_language", "session_label", "agenda_item"):
            self.texts[name] = self._line(form, name, *labels[name])
        self.preamble = QPlainTextEdit(self)
        self.preamble.setObjectName("minutes_cover_preamble")
        self.preamble.setAccessibleName(self.tr("Author's note"))
        self.preamble.setPlaceholderText(
            self.tr("The note's heading, a blank line, then its paragraphs")
        )
        self.preamble.setTabChangesFocus(True)
        note_label = QLabel(self.tr("Author's &note:"), self)
        note_label.setBuddy(self.preamble)
        form.addRow(note_label, self.preamble)
        self.problem = QLabel(self)
        self.problem.setObjectName("minutes_cover_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("minutes_cover_buttons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        form.addRow(self.buttons)
        self.load()

    def _line(self, form: QFormLayout, name: str, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"minutes_cover_{name}")
        edit.setAccessibleName(accessible)
        shown = QLabel(label, self)
        shown.setBuddy(edit)
        form.addRow(shown, edit)
        return edit

    # Loading and saving -----------------------------------------------------------------

    def load(self) -> None:
        minutes_id = self.minutes_id

        def read(session: Session) -> MinutesCover:
            from forumdesk.services.minutes.cover import minutes_cover

            return minutes_cover(session, minutes_id)

        self.ops.query(read, self.show_cover, self._refused)

    def show_cover(self, cover: MinutesCover) -> None:
        self.cover = cover
        stored, printed = cover.stored, cover.printed
        for name, edit in self.texts.items():
            edit.setText(getattr(stored, name) or "")
            edit.setPlaceholderText(getattr(printed, name) or "")
        key = stored.distribution or printed.distribution or "general"
        self.distribution.setCurrentIndex(max(0, self.distribution.findData(key)))
        self.own_date.setChecked(stored.issued_on is not None)
        shown = stored.issued_on or printed.issued_on or date.today()
        self.date.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_hint.setText(
            self.tr("(otherwise the day of approval, or of the meeting)")
            if stored.issued_on is None
            else ""
        )
        self.preamble.setPlainText(stored.preamble or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def wanted(self) -> CoverValues:
        """The values the dialog shows, as the service takes them."""
        picked = self.date.date()
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        return CoverValues(
            distribution=str(self.distribution.currentData()),
            issued_on=(
                date(picked.year(), picked.month(), picked.day())
                if self.own_date.isChecked()
                else None
            ),
            preamble=self.preamble.toPlainText(),
            **values,
        )

    def save(self) -> None:
        if self.cover is None:
            return
        stored = self.cover.stored
        # A distribution left at the printed default stays a default.
        wanted = self.wanted()
        if stored.distribution is None and wanted.distribution == self.cover.printed.distribution:
            wanted = dataclasses.replace(wanted, distribution=None)
        self._save(ReadAt(self.cover.version, stored), wanted)

    def _save(self, read: ReadAt[CoverValues], wanted: CoverValues) -> None:
        minutes_id = self.minutes_id

        def work(session: Session) -> object:
            from forumdesk.services.minutes.cover import set_minutes_cover

            return set_minutes_cover(session, minutes_id, wanted, read)

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.ops.change(work, AREAS, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.saved.emit(self.tr("Cover of the minutes saved"))
        self.accept()

    def _failed(self, error: Exception) -> None:
        from forumdesk.services.common.edit_conflicts import EditConflict
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not isinstance(error, EditConflict):
            self._refused(error)
            return

        def resubmit(again: ReadAt[CoverValues], wanted: CoverValues) -> None:
            self.conflict_dialog = None
            self._save(again, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self.problem.setText(self.tr("Not saved: this cover was changed meanwhile."))
            self.load()

        self.conflict_dialog = settle_conflict(self, error, resubmit, cancelled)

    def _refused(self, error: Exception) -> None:
        self.problem.setText(self.tr("Not saved: {reason}").format(reason=error))

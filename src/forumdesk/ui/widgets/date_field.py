"""A date field for typing or picking a date: the user's locale order, a calendar popup.

QDateEdit's own habits make typing a date take several tries: the C locale shows
"5 12 2026", a two-digit year is ambiguous, and after a section fills up and
moves on by itself the separator typed next skips one more section ("12.07.2027"
lands in the year). `DateField` writes days and months with two digits and years
with four, in the order of the locale's short date; a click selects the section
it lands in, a separator typed just after such a move is taken as already done,
and F4 or Alt+Down opens the calendar.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateEdit, QStyle, QStyleOptionComboBox, QWidget

# Runs of one format letter: d (day), M (month), y (year); quoted text is left alone.
_TOKEN = re.compile(r"'[^']*'|d+|M+|y+")
_WIDE = {"d": "dd", "M": "MM", "y": "yyyy"}


def entry_format(locale: QLocale | None = None) -> str:
    """The locale's short date format as a typing pattern: "dd.MM.yyyy" for fr_CH,
    "MM/dd/yyyy" for en_US; ISO 8601 for the C locale, which has no order of its own."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)

    def widen(match: re.Match[str]) -> str:
        token = match.group(0)
        # A weekday name ("ddd") has no place in a date typed as figures.
        if token.startswith("'") or (token[0] == "d" and len(token) > 2):
            return token
        return _WIDE[token[0]]

    return _TOKEN.sub(widen, short)


class DateField(QDateEdit):
    """A QDateEdit with a calendar popup in the locale's order (see the module)."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(QDate.currentDate(), parent)
        if locale is not None:
            self.setLocale(locale)
        self.setCalendarPopup(True)
        self.setDisplayFormat(entry_format(self.locale()))
        self.setCurrentSection(self.sectionAt(0))
        self._moved_on = False
        self.lineEdit().installEventFilter(self)

    def value(self) -> date:
        chosen = self.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click selects the section it lands in, so what is typed replaces it
        # rather than joining its digits ("1" before "05" is no day). The click lands
        # on the inner line edit, which placed its cursor on the press.
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.lineEdit().hasSelectedText()
        ):
            self._moved_on = False
            self.setSelectedSection(self.currentSection())
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """Show the calendar popup. QDateEdit opens it only for a click on its arrow,
        so the keyboard's F4 and Alt+Down (as in a combo box) click there."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        arrow = (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
            )
            .center()
        )
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            left = Qt.MouseButton.LeftButton
            held = left if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
            QApplication.sendEvent(
                self,
                QMouseEvent(
                    kind, QPointF(arrow), QPointF(self.mapToGlobal(arrow)), left, held,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
            self.open_calendar()
            event.accept()
            return
        text = event.text()
        separator = len(text) == 1 and not text.isalnum() and text.isprintable()
        if separator and self._moved_on:
            self._moved_on = False  # the section was already left: the separator is done
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = (
            text.isdigit()
            and event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.currentSectionIndex() > before
        )

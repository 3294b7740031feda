"""The new-forum dialog as a user fills it: the title typed names the forum, the time zone
follows the venue, the date is typed or picked in one try (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.programme.templates.library import TemplateInfo
from forumdesk.store.models import Forum
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.programme.new_forum import NewForumDialog
from forumdesk.ui.shell.main_window import PROGRAMME, MainWindow
from forumdesk.ui.widgets.date_field import DateField, entry_format
from tests.ui.conftest import wait_idle

TITLE = "Forum consultatif 2027"
TEMPLATES = [TemplateInfo("hearings-2006", "Informal interactive hearings", None, "bundled", 1, 6)]


@pytest.fixture
def dialog(qtbot: QtBot) -> NewForumDialog:
    made = NewForumDialog(Operations(), TEMPLATES)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text as a keyboard would; QTest's own keyClicks knows ASCII only."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _type_date(qtbot: QtBot, field: DateField, typed: str) -> None:
    """Click at the field's start, as a user aiming at its first figure, and type."""
    line = field.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(4, line.height() // 2))
    qtbot.keyClicks(field, typed)


def test_a_forum_filled_in_as_a_user_would_is_named_and_zoned_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    page = window.programme_page
    qtbot.mouseClick(page.new_forum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(page.files, "dialog"), timeout=10_000)
    dialog: NewForumDialog = page.files.dialog
    qtbot.waitExposed(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("hearings-2006"))
    _type_date(qtbot, dialog.on, "12.07.2027")
    qtbot.keyClicks(dialog.title, TITLE)
    _type(qtbot, dialog.venue, "Palais des Nations, Genève")
    assert dialog.zone.currentText() == "Europe/Zurich"
    assert dialog.zone_note.text() == "From the venue."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.forum_combo.count() == 2, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.forum_combo.currentText() == TITLE
    assert TITLE in window.windowTitle() and "Rencontres" not in window.windowTitle()
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        forum = session.scalars(select(Forum).where(Forum.title == TITLE)).one()
        assert (forum.timezone, forum.starts_on) == ("Europe/Zurich", date(2027, 7, 12))
        assert forum.venue == "Palais des Nations, Genève" and forum.short_title is None


def test_the_zone_follows_the_venue_until_chosen_by_hand(
    qtbot: QtBot, dialog: NewForumDialog
) -> None:
    qtbot.keyClicks(dialog.venue, "Ginebra")
    assert dialog.zone.currentText() == "Europe/Zurich"
    dialog.venue.clear()
    qtbot.keyClicks(dialog.venue, "Salle XVII")
    assert dialog.zone.currentText() == "Europe/Zurich"  # an unknown place moves nothing
    assert "choose the zone" in dialog.zone_note.text()
    dialog.venue.clear()
    qtbot.keyClicks(dialog.venue, "Nairobi")
    assert dialog.zone.currentText() == "Africa/Nairobi"

    # The list filters on any part of a name; the one picked from it stays.
    edit = dialog.zone.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "sant")
    popup = dialog.zone.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert "America/Santiago" in shown and "America/Santo_Domingo" in shown
    assert all("sant" in zone.lower() for zone in shown)
    row = shown.index("America/Santiago")
    qtbot.mouseClick(
        popup.viewport(),
        Qt.MouseButton.LeftButton,
        pos=popup.visualRect(popup.model().index(row, 0)).center(),
    )
    assert dialog.zone.currentText() == "America/Santiago"
    assert dialog.zone_by_hand
    dialog.venue.clear()
    qtbot.keyClicks(dialog.venue, "Geneva")
    assert dialog.zone.currentText() == "America/Santiago"


def test_a_zone_not_in_the_list_is_refused_in_the_dialog(
    qtbot: QtBot, dialog: NewForumDialog
) -> None:
    edit = dialog.zone.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, "Somewhere/Else")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Somewhere/Else" in dialog.error.text()
    assert dialog.create_button.isEnabled()


def test_a_place_typed_as_the_zone_becomes_its_zone(qtbot: QtBot, dialog: NewForumDialog) -> None:
    edit = dialog.zone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Geneva")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.zone.currentText() == "Europe/Zurich" and dialog.zone_by_hand


@pytest.mark.parametrize("typed", ["12.07.2027", "12072027"])
def test_the_date_is_typed_in_one_try(qtbot: QtBot, dialog: NewForumDialog, typed: str) -> None:
    assert dialog.on.displayFormat() == "dd.MM.yyyy"  # fr_CH, with a four-digit year
    dialog.on.setDate(QDate(2026, 12, 5))
    _type_date(qtbot, dialog.on, typed)
    assert dialog.on.value() == date(2027, 7, 12)
    assert dialog.on.text() == "12.07.2027"


def test_the_date_is_typed_after_tab_with_single_figures(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    before = QLineEdit(form)
    field = DateField(form, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(field)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.setDate(QDate(2026, 12, 5))
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.hasFocus()
    qtbot.keyClicks(field, "7/5/2027")
    assert field.value() == date(2027, 7, 5) and field.text() == "07/05/2027"


def test_the_date_is_picked_from_the_calendar_in_one_click(
    qtbot: QtBot, dialog: NewForumDialog
) -> None:
    dialog.on.setDate(QDate(2027, 7, 1))
    calendar = dialog.on.calendarWidget()
    arrow = QPoint(dialog.on.width() - 6, dialog.on.height() // 2)
    qtbot.mouseClick(dialog.on, Qt.MouseButton.LeftButton, pos=arrow)
    qtbot.waitUntil(calendar.isVisible)
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    cells = [
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
    ]
    twentieth = next(cell for cell in cells if cell.data() in (20, "20"))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(twentieth).center()
    )
    assert dialog.on.value() == date(2027, 7, 20)
    assert not calendar.isVisible()

    dialog.on.setFocus()
    qtbot.keyClick(dialog.on, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Right)
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert dialog.on.value() == date(2027, 7, 21) and not calendar.isVisible()


@pytest.mark.parametrize(
    ("locale", "pattern"),
    [
        (QLocale.c(), "yyyy-MM-dd"),  # not "d MM yyyy", which read "5 12 2026"
        (QLocale(QLocale.Language.French, QLocale.Country.Switzerland), "dd.MM.yyyy"),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "dd/MM/yyyy"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "MM/dd/yyyy"),
        (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "yyyy/MM/dd"),
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Spain), "dd/MM/yyyy"),
    ],
)
def test_the_date_reads_in_the_locales_order_with_full_years(locale: QLocale, pattern: str) -> None:
    assert entry_format(locale) == pattern


@pytest.mark.parametrize(("typed", "zone"), [("utc", "UTC"), ("etc/gmt+5", "Etc/GMT+5")])
def test_a_zone_typed_in_another_case_is_that_zone(
    qtbot: QtBot,
    dialog: NewForumDialog,
    typed: str,
    zone: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialog.ops, "change", lambda *_args: None)  # no database here
    edit = dialog.zone.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, typed)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.zone.currentText() == zone
    assert "Unknown time zone" not in dialog.error.text()

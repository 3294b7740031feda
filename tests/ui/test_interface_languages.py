"""The interface in each of the six official languages of the United Nations: every page
shows the language's own words (no English left where a translation is expected), and
Arabic mirrors the window right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox
from pytestqt.qtbot import QtBot

from forumdesk.services.common import messages
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.interface_language import LANGUAGES, Interface, install_interface
from forumdesk.ui.shell.page_kinds import OVERVIEW, PAGE_KINDS, REGISTRY
from tests.ui.conftest import open_window, wait_idle
from tests.ui.visible_text import EnglishLeft, visible_texts


@pytest.fixture
def interface(request: pytest.FixtureRequest) -> Iterator[Interface]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_interface(app, request.param)
    try:
        yield installed
    finally:
        installed.remove()


@pytest.mark.parametrize("interface", [c for c in LANGUAGES if c != "en"], indirect=True)
def test_every_page_speaks_the_language(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, interface: Interface
) -> None:
    # The services speak the interface's language too (their refusals, the Overview's words).
    assert messages.language() == interface.language != "en"
    english = EnglishLeft(interface.language)
    window = open_window(qtbot, settings, demo_db_path)
    left: list[str] = []
    for index, kind in enumerate(PAGE_KINDS):
        window.show_page(index)
        wait_idle(qtbot, window)
        texts = visible_texts(window)
        assert len(texts) >= 10, kind.name  # the walk reads the page
        for where, text in texts:
            source = english.source_of(text)
            if source is not None:
                left.append(f"{kind.name} · {where}: {text!r}")
    # And the dialogs a user opens from the menus and pages.
    window.show_page(REGISTRY)
    window.registry_page.open_walk_in()
    dialogs = [
        window.preferences_menu.show_preferences(),
        window.sync_menu.prepare_laptop(),
        window.sync_menu.show_conflicts(),
        window.registry_page.walk_in,
    ]
    wait_idle(qtbot, window)
    for dialog in dialogs:
        assert dialog is not None
        for where, text in visible_texts(dialog):
            # Languages are listed by their own names: "English" is a name there.
            if where != "preferences_language" and english.source_of(text) is not None:
                left.append(f"{dialog.objectName()} · {where}: {text!r}")
        dialog.close()
    assert sorted(set(left)) == []


@pytest.mark.parametrize("interface", ["ar"], indirect=True)
def test_arabic_mirrors_the_window(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, interface: Interface
) -> None:
    window = open_window(qtbot, settings, demo_db_path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # The page list sits at the right edge of a mirrored window, the menus read in Arabic.
    page_list = window.findChild(QListWidget, "page_list")
    assert page_list is not None
    assert page_list.mapTo(window, QPoint(0, 0)).x() > window.width() // 2
    assert window.menuBar().actions()[0].text() == "&ملف"
    # The charts too: bars grow leftwards from their labels, which stand on the right.
    window.show_page(OVERVIEW)
    page = window.overview_page
    qtbot.waitUntil(
        lambda: page.charts.by_category.plot is not None and not page.drawing(), timeout=30_000
    )
    plot = page.charts.by_category.plot
    assert plot.getViewBox().xInverted()
    assert plot.getPlotItem().getAxis("right").isVisible()
    assert not plot.getPlotItem().getAxis("left").isVisible()


@pytest.mark.parametrize("interface", ["en", "fr"], indirect=True)
def test_a_left_to_right_language_keeps_the_window_left_to_right(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, interface: Interface
) -> None:
    window = open_window(qtbot, settings, demo_db_path)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    wait_idle(qtbot, window)


def test_english_left_is_recognised_and_the_language_own_words_are_not() -> None:
    french = EnglishLeft("fr")
    assert french.source_of("&Preferences…") == "Preferences…"
    assert french.source_of("&Préférences…") is None
    assert french.source_of("Fatima Alaoui") is None  # a name is no message
    assert french.source_of("420 représentants · 205 organisations") is None


def test_the_language_is_chosen_in_preferences_and_offered_from_the_next_start(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    window = open_window(qtbot, settings, demo_db_path)
    dialog = window.preferences_menu.show_preferences()
    combo = dialog.language_combo
    assert combo.currentData() == ""  # the system's, until one is chosen
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == ["العربية", "中文", "English", "Français", "Русский", "Español"]
    combo.setCurrentIndex(combo.findData("ar"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    assert settings.interface_language() == "ar"
    offer = window.findChild(QMessageBox, "language_restart")
    assert offer is not None and offer.isVisible()
    later = [b for b in offer.buttons() if offer.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    later[0].click()
    assert window.isVisible()  # "Later" keeps working in the current language
    wait_idle(qtbot, window)


def test_a_cell_against_the_window_direction_keeps_its_own_order(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from forumdesk.ui.common.bidi import BidiDelegate, BidiViews

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    views = BidiViews(app)
    app.installEventFilter(views)
    try:
        model = QStandardItemModel(0, 1)
        for text in ("le 23 décembre 2005.", "فاطمة العلوي", "1–7"):
            model.appendRow(QStandardItem(text))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        view.show()
        delegate = view.itemDelegate()
        assert isinstance(delegate, BidiDelegate)
        shown = []
        for row in range(3):
            option = QStyleOptionViewItem()
            option.direction = Qt.LayoutDirection.RightToLeft
            delegate.initStyleOption(option, model.index(row, 0))
            shown.append(option.text)
    finally:
        app.removeEventFilter(views)
    # French in an Arabic view is isolated; Arabic, and text with no letter, are not.
    assert shown == ["\u2068le 23 décembre 2005.\u2069", "فاطمة العلوي", "1–7"]


def test_a_name_set_in_a_sentence_is_isolated_only_against_the_interface_direction(
    qtbot: QtBot,
) -> None:
    from forumdesk.ui.common.bidi import embedded

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert embedded("Amina Diallo") == "Amina Diallo"  # as it was in an English sentence
    assert embedded("فاطمة العلوي") == "\u2068فاطمة العلوي\u2069"
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert embedded("Amina Diallo") == "\u2068Amina Diallo\u2069"
        assert embedded("فاطمة العلوي") == "فاطمة العلوي"
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

"""A walk through the application as a keyboard and screen-reader user: every page
(each of its tabs) and every dialog. Each control has a name and, where no text
shows, a description; the keyboard reaches it, Tab visits the page's controls and
leaves each one; Alt letters are not used twice; menus have them; dialogs have a
default button; lists opened by a double click open on Enter too; focus is drawn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from forumdesk.ui.shell.main_window import PAGE_KINDS, MainWindow
from tests.ui.accessibility import (
    default_button,
    double_click_only,
    menu_problems,
    mnemonics,
    names_and_focus,
    tab_walk,
)
from tests.ui.conftest import wait_idle
from tests.ui.dialogs import every_dialog, shown


def _menus(window: MainWindow) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]  # type: ignore[misc]


def _each_tab(page: QWidget) -> Iterator[None]:
    """Show each tab of each tab widget of the page in turn (then the first again)."""
    yield
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            yield
        tabs.setCurrentIndex(0)


def test_the_checks_catch_what_they_look_for(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QTableView

    form = QDialog()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    named = QLineEdit(form)
    layout.addRow("&Name:", named)
    button = QPushButton("&Next", form)  # Alt+N twice
    button.setAutoDefault(False)  # and Enter presses nothing
    layout.addRow(button)
    layout.addRow(QTableView(form))  # no name, no description
    form.show()
    found = names_and_focus(form)
    assert len(found) == 2 and all("QTableView" in f for f in found)
    assert len(mnemonics(form)) == 1
    assert default_button(form) == ["QDialog: no default button"]
    missed, order = tab_walk(qtbot, form)
    assert order[0] is named and missed == [] and len(order) == 3


def test_every_page_and_its_tabs_can_be_worked_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 820)
    found: list[str] = []
    menu_titles = [a.text() for a in window.menuBar().actions()]
    for index in range(len(PAGE_KINDS)):
        window.show_page(index)
        wait_idle(qtbot, window)
        page = window.page(index)
        for _ in _each_tab(page):
            wait_idle(qtbot, window)
            found += names_and_focus(page)
            found += mnemonics(page, menu_titles)
        found += double_click_only(page)
        missed, _order = tab_walk(qtbot, window, page)
        found += missed
    found += names_and_focus(window.page_list.parentWidget() or window)
    assert sorted(set(found)) == []


def test_the_menus_have_alt_letters(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert menu_problems(_menus(window)) == []
    assert len({t.replace("&&", "").split("&")[1][0].lower() for t in titles}) == len(titles)


def test_every_dialog_can_be_worked_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path, tmp_path: Path
) -> None:
    found: list[str] = []
    with every_dialog(qtbot, window, demo_db_path, tmp_path) as built:
        for dialog in shown(qtbot, window, built):
            for _ in _each_tab(dialog):
                found += names_and_focus(dialog)
                found += mnemonics(dialog)
            found += default_button(dialog)
            if not any(b.isDefault() for b in dialog.findChildren(QPushButton)):
                found += double_click_only(dialog)
            missed, _order = tab_walk(qtbot, dialog)
            found += missed
            dialog.hide()
    assert sorted(set(found)) == []


def test_no_style_sheet_hides_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(len(PAGE_KINDS)):
        window.show_page(index)
    wait_idle(qtbot, window)
    sheets = [QApplication.instance().styleSheet()]  # type: ignore[union-attr]
    sheets += [w.styleSheet() for w in window.findChildren(QWidget)]
    hiding = [s for s in sheets if "outline" in s.replace(" ", "") and "none" in s]
    assert hiding == []


@pytest.fixture
def french() -> Iterator[None]:
    """The interface's own catalogue in French, installed before the window is built."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from forumdesk.paths import resources_dir

    translator = QTranslator()
    assert translator.load("forumdesk_fr", str(resources_dir() / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def test_in_french_too_no_alt_letter_is_used_twice(
    french: None, qtbot: QtBot, window: MainWindow, demo_db_path: Path, tmp_path: Path
) -> None:
    assert window.menuBar().actions()[0].text() == "&Fichier"
    found = menu_problems(_menus(window))
    menu_titles = [a.text() for a in window.menuBar().actions()]
    for index in range(len(PAGE_KINDS)):
        window.show_page(index)
        wait_idle(qtbot, window)
        for _ in _each_tab(window.page(index)):
            found += mnemonics(window.page(index), menu_titles)
    with every_dialog(qtbot, window, demo_db_path, tmp_path) as built:
        for dialog in shown(qtbot, window, built):
            for _ in _each_tab(dialog):
                found += mnemonics(dialog)
            dialog.hide()
    assert sorted(set(found)) == []

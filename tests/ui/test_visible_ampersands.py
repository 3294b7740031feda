"""No "&" meant as a mnemonic is shown literally: "&Template:" on a label without a buddy,
"&Save" in a window title, a tooltip, a placeholder or a table header (issue 15).

Qt draws a mnemonic as an underlined letter only on buttons, check boxes, group boxes,
tabs, menus and a label that has a buddy; everywhere else "&T" reads as "&T". The
main window, every page and the dialogs that can be built offscreen are walked.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from forumdesk.ui.shell.main_window import PAGE_KINDS, MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.dialogs import every_dialog, shown

# An "&" before a letter or figure, once "&&" (a real ampersand) and HTML entities
# ("&amp;", "&#160;") are set aside: " & " between words is meant as written.
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)


def _literal_mnemonic(text: str | None, rich: bool = False) -> bool:
    plain = (text or "").replace("&&", "")
    if rich:
        plain = _ENTITY.sub("", plain)
    return re.search(r"&\w", plain) is not None


def _where(widget: QObject) -> str:
    names = []
    item: QObject | None = widget
    while item is not None:
        names.append(item.objectName() or type(item).__name__)
        item = item.parent()
    return "/".join(reversed(names))


def visible_ampersands(top: QWidget) -> list[str]:
    """What `top` and its children show with an "&" Qt would not turn into a mnemonic."""
    found: list[str] = []

    def check(widget: QObject, what: str, text: str | None, rich: bool = False) -> None:
        if _literal_mnemonic(text, rich):
            found.append(f"{_where(widget)} {what}: {text!r}")

    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isWindow():
            check(widget, "window title", widget.windowTitle())
        check(widget, "tooltip", widget.toolTip(), rich=True)
        check(widget, "accessible name", widget.accessibleName())
        if isinstance(widget, QLabel) and widget.buddy() is None:
            rich = widget.textFormat() != Qt.TextFormat.PlainText
            check(widget, "label without buddy", widget.text(), rich)
        if isinstance(widget, QLineEdit):
            check(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            check(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                check(widget, "tab tooltip", widget.tabToolTip(index), rich=True)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # Column headers are labels; rows hold records ("Smith & Co" is a name).
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for section in range(columns):
                header = model.headerData(section, Qt.Orientation.Horizontal)
                check(widget, "header", header if isinstance(header, str) else None)
        if isinstance(widget, QComboBox):
            check(widget, "placeholder", widget.placeholderText())
    for action in [a for w in [top, *top.findChildren(QWidget)] for a in w.actions()]:
        check(action, "action tooltip", action.toolTip(), rich=True)
        check(action, "status tip", action.statusTip())
    return sorted(set(found))


def test_the_checker_sees_a_label_without_buddy_and_spares_buttons(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton

    form = QWidget()
    qtbot.addWidget(form)
    form.setWindowTitle("Documents & notes")
    layout = QFormLayout(form)
    row = QHBoxLayout()
    row.addWidget(QLineEdit(form))
    layout.addRow("&Template:", row)  # beside a layout: no buddy
    layout.addRow("&Date:", QLineEdit(form))  # beside a field: its buddy
    layout.addRow(QPushButton("&Create", form), QGroupBox("&Options", form))
    found = visible_ampersands(form)
    assert len(found) == 1 and "'&Template:'" in found[0]


def _open_pages(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(len(PAGE_KINDS)):
        window.show_page(index)
        wait_idle(qtbot, window)


def test_no_page_of_the_main_window_shows_a_literal_ampersand(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open_pages(qtbot, window)
    found = visible_ampersands(window)
    assert found == []


def test_no_dialog_shows_a_literal_ampersand(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path, tmp_path: Path
) -> None:
    found: list[str] = []
    with every_dialog(qtbot, window, demo_db_path, tmp_path) as built:
        for dialog in shown(qtbot, window, built):
            found.extend(visible_ampersands(dialog))
        for top in QApplication.topLevelWidgets():  # message boxes and popups they opened
            if top.isVisible() and top not in built and top is not window:
                found.extend(visible_ampersands(top))
    assert found == []

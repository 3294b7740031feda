"""What a keyboard or screen-reader user meets in a window: the checks that
`test_accessibility.py` runs over every page and dialog.

Names and descriptions are read through Qt's own accessibility interface, which is
what a screen reader is given (a label's buddy names its field, a button its text,
a tooltip stands for a missing description).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QGraphicsView,
)
# Parts of a compound control that Qt shows to a screen reader as the control itself.
COMPOUND = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget, QAbstractItemView)
MNEMONIC = re.compile(r"&(?!&)(\w)")
# Tab goes on past these many stops on one control: a keyboard trap.
TRAP = 25


def where(widget: QObject) -> str:
    """The object names from the window down, the window's own first."""
    names = []
    item: QObject | None = widget
    while item is not None:
        names.append(item.objectName() or type(item).__name__)
        if isinstance(item, QWidget) and item.isWindow():
            break
        item = item.parent()
    return "/".join(reversed(names))


def _inside_compound(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def _picture(widget: QWidget) -> bool:
    """A chart: a graphics view the keyboard never enters, named and summed up by its box."""
    return isinstance(widget, QGraphicsView) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus


def controls(top: QWidget) -> list[QWidget]:
    """The visible controls a user works in `top`, in creation order."""
    return [
        w
        for w in top.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not _picture(w)
        and w.isVisible()
        and (not w.objectName().startswith("qt_") or isinstance(w, QTabBar))
        and not _inside_compound(w, top)
    ]


def _visible_text(widget: QWidget, buddies: set[QWidget]) -> bool:
    if widget in buddies:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(widget.text().strip())
    if isinstance(widget, QTabBar):
        return all(widget.tabText(n).strip() for n in range(widget.count()))
    if isinstance(widget, QLineEdit):
        return bool(widget.placeholderText().strip())
    return False


def _name(widget: QWidget) -> str:
    if isinstance(widget, QTabBar):  # each tab is named by its text
        return " ".join(widget.tabText(n) for n in range(widget.count())).strip()
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _description(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Description).strip() if face is not None else ""


def _keyboard_reachable(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    # A tool bar's buttons are reached through the menus and shortcuts of their actions.
    parent = widget.parentWidget()
    return isinstance(parent, QToolBar) or isinstance(widget.parentWidget(), QTabBar)


def names_and_focus(top: QWidget) -> list[str]:
    """Controls without a name, without a description where no text shows, or that
    the keyboard cannot reach."""
    found = []
    buddies = {label.buddy() for label in top.findChildren(QLabel) if label.buddy() is not None}
    for widget in controls(top):
        what = f"{where(widget)} ({type(widget).__name__})"
        if not _name(widget):
            found.append(f"{what}: no accessible name")
        if not _visible_text(widget, buddies) and not _description(widget):
            found.append(f"{what}: no description or tooltip")
        if not _keyboard_reachable(widget):
            found.append(f"{what}: the keyboard cannot reach it")
    return found


def mnemonics(top: QWidget, extra: Sequence[str] = ()) -> list[str]:
    """The same Alt+letter twice among what `top` shows (labels with a buddy, buttons,
    check boxes, group boxes, tabs, and `extra`): only one of them would answer."""
    texts: list[tuple[str, str]] = [(text, "menu") for text in extra]
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if buddied or isinstance(widget, (QPushButton, QCheckBox, QRadioButton)):
            texts.append((widget.text(), where(widget)))  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append((widget.title(), where(widget)))
        elif isinstance(widget, QTabBar):
            texts += [(widget.tabText(n), where(widget)) for n in range(widget.count())]
    seen: dict[str, list[str]] = {}
    for text, place in texts:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            seen.setdefault(match.group(1).lower(), []).append(f"{text!r} ({place})")
    return [f"Alt+{key.upper()}: {', '.join(v)}" for key, v in seen.items() if len(v) > 1]


def double_click_only(top: QWidget) -> list[str]:
    """Lists and tables that act on a double click but not on Enter (activated). In a
    dialog, Enter on a list presses the default button instead."""
    found = []
    for view in top.findChildren(QAbstractItemView):
        double = view.receivers(SIGNAL("doubleClicked(QModelIndex)"))
        enter = view.receivers(SIGNAL("activated(QModelIndex)"))
        if view.metaObject().indexOfSignal("itemDoubleClicked(QListWidgetItem*)") >= 0:
            double += view.receivers(SIGNAL("itemDoubleClicked(QListWidgetItem*)"))
            enter += view.receivers(SIGNAL("itemActivated(QListWidgetItem*)"))
        if double and not enter:
            found.append(f"{where(view)}: a double click acts, Enter does not")
    return found


def default_button(dialog: QDialog) -> list[str]:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    if buttons and not any(b.isDefault() for b in buttons):
        return [f"{where(dialog)}: no default button"]
    return []


def _owner(widget: QWidget | None, wanted: list[QWidget]) -> QWidget | None:
    while widget is not None and widget not in wanted:
        widget = widget.parentWidget()
    return widget


def tab_walk(
    qtbot: QtBot, top: QWidget, within: QWidget | None = None
) -> tuple[list[str], list[QWidget]]:
    """Press Tab from the first control of `within` (default `top`) round the window
    and back: the controls of `within` that Tab never reached, and the order seen."""
    within = within or top
    wanted = [
        w for w in controls(within) if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    if not wanted:
        return [], []
    window = top.window()
    wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
    order: list[QWidget] = []
    stay = 0
    problems: list[str] = []
    for _ in range(len(wanted) * 3 + 2 * TRAP):
        focus = window.focusWidget()
        owner = _owner(focus, wanted)
        if owner is not None and (not order or order[-1] is not owner):
            if owner is wanted[0] and len(order) > 1:
                break
            order.append(owner)
            stay = 0
        stay += 1
        if stay > TRAP:
            problems.append(f"{where(focus) if focus else '?'}: Tab does not leave it")
            break
        assert focus is not None
        # A text editor takes Tab as text; Ctrl+Tab leaves it (Qt's convention).
        typing = isinstance(focus, (QTextEdit, QPlainTextEdit)) and not (
            focus.tabChangesFocus() or focus.isReadOnly()
        )
        modifier = Qt.KeyboardModifier.ControlModifier if typing else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(focus, Qt.Key.Key_Tab, modifier)
    missed = [f"{where(w)}: Tab never reaches it" for w in wanted if w not in order]
    return problems + missed, order


def menu_problems(menus: list[QMenu]) -> list[str]:
    """Menu items without an Alt letter, or with one used twice in the same menu."""
    found = []
    for menu in menus:
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            text = action.text()
            match = MNEMONIC.search(text.replace("&&", ""))
            if match is None:
                found.append(f"{menu.title()!r} → {text!r}: no Alt letter")
            elif match.group(1).lower() in letters:
                other = letters[match.group(1).lower()]
                found.append(f"{menu.title()!r} → {text!r} and {other!r}: the same Alt letter")
            else:
                letters[match.group(1).lower()] = text
            if action.menu() is not None:
                found += menu_problems([action.menu()])  # type: ignore[list-item]
    return found


def popups() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QDialog)]

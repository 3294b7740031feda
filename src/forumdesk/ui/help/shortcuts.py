"""Help > Keyboard Shortcuts: every shortcut, read from the actions, buttons and shortcuts
of the menus and the pages each time the list opens, so that it never goes stale."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class Shortcut(NamedTuple):
    text: str  # what it does, as its menu item or button says
    keys: str  # in the platform's own words ("Ctrl+K", "⌘K")


class ShortcutGroup(NamedTuple):
    title: str  # a menu's or a page's name
    shortcuts: list[Shortcut]


_MNEMONIC = re.compile(r"&(&|(?=\S))")


def _plain(text: str) -> str:
    """A menu item's text without its mnemonic marks ("&Open…" → "Open…", "&&" → "&");
    an "&" before a space is a word ("Document & notes")."""
    return _MNEMONIC.sub(lambda found: found.group(1), text).strip()


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _menu_shortcuts(menu: QMenu, found: list[Shortcut]) -> None:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _menu_shortcuts(submenu, found)
        elif not action.isSeparator() and (keys := _keys(action.shortcuts())):
            found.append(Shortcut(_plain(action.text()), keys))


def menu_shortcut_groups(menu_bar: QMenuBar) -> list[ShortcutGroup]:
    """One group per menu of the menu bar, in the bar's order, with submenus folded in."""
    groups = []
    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found: list[Shortcut] = []
            _menu_shortcuts(menu, found)
            if found:
                groups.append(ShortcutGroup(_plain(menu.title()), found))
    return groups


def _described(item: QObject) -> Shortcut | None:
    """The shortcut of a page's action, button or QShortcut, when it has one and says
    what it does (a QShortcut says it in its What's This text)."""
    if isinstance(item, QAction):
        keys, text = _keys(item.shortcuts()), item.text()
    elif isinstance(item, QAbstractButton):
        keys, text = _keys([item.shortcut()]), item.text() or item.accessibleName()
    elif isinstance(item, QShortcut):
        keys, text = _keys(item.keys()), item.whatsThis()
    else:
        return None
    return Shortcut(_plain(text), keys) if keys and text.strip() else None


def page_shortcuts(page: QWidget) -> list[Shortcut]:
    """The shortcuts of a page: its actions, buttons (their mnemonics too) and QShortcuts."""
    found: list[Shortcut] = []
    for kind in (QAction, QAbstractButton, QShortcut):
        for item in page.findChildren(kind):
            shortcut = _described(item)
            if shortcut is not None and shortcut not in found:
                found.append(shortcut)
    return found


def shortcut_groups(menu_bar: QMenuBar, pages: list[tuple[str, QWidget]]) -> list[ShortcutGroup]:
    """The menus' groups, then one group per page that has shortcuts of its own."""
    groups = menu_shortcut_groups(menu_bar)
    for title, page in pages:
        found = page_shortcuts(page)
        if found:
            groups.append(ShortcutGroup(title, found))
    return groups


class ShortcutsDialog(QDialog):
    """The list, grouped by menu and page: what each shortcut does, and its keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts by menu and page"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        # What each does, whole; the keys take the rest (a standard key may have several).
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def show_groups(self, groups: list[ShortcutGroup]) -> None:
        self.tree.clear()
        for group in groups:
            heading = QTreeWidgetItem(self.tree, [group.title])
            heading.setFirstColumnSpanned(True)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for shortcut in group.shortcuts:
                QTreeWidgetItem(heading, [shortcut.text, shortcut.keys])
        self.tree.expandAll()

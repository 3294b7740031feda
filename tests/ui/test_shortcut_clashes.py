"""No key does two things: a shortcut of the menus is nobody else's, and a page's own
shortcuts (its editor's Ctrl+I for italics, say) never take a menu's key."""

from __future__ import annotations

from collections import Counter

from pytestqt.qtbot import QtBot

from forumdesk.ui.help.shortcuts import menu_shortcut_groups, page_shortcuts
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import PAGE_KINDS
from tests.ui.conftest import wait_idle


def _keys(text: str) -> list[str]:
    # Alt+letter mnemonics are checked by the accessibility walk, per dialog and page.
    return [key for key in text.split(", ") if not key.startswith("Alt+")]


def test_no_key_does_two_things(qtbot: QtBot, window: MainWindow) -> None:
    menus = [
        key
        for group in menu_shortcut_groups(window.menuBar())
        for shortcut in group.shortcuts
        for key in _keys(shortcut.keys)
    ]
    assert [key for key, count in Counter(menus).items() if count > 1] == []
    clashes = []
    for index, kind in enumerate(PAGE_KINDS):
        window.show_page(index)
        wait_idle(qtbot, window)
        page = window.stack.widget(index)
        for shortcut in page_shortcuts(page):
            clashes += [
                f"{kind.name}: {shortcut.text} {key}"
                for key in _keys(shortcut.keys)
                if key in menus
            ]
    assert clashes == []

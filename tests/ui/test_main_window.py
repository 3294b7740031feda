from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import open_window, wait_idle

PAGE_NAMES = [
    "overview_page",
    "registry_page",
    "programme_page",
    "documents_page",
    "minutes_page",
    "checkin_page",
    "practices_page",
]


def test_pages_are_present_with_their_object_names(window: MainWindow) -> None:
    for index, name in enumerate(PAGE_NAMES):
        window.show_page(index)
        assert window.stack.currentWidget() is window.findChild(QWidget, name), name
    assert [window.page_list.item(i).text() for i in range(window.page_list.count())] == [
        "Overview",
        "Registry",
        "Programme",
        "Document & notes",
        "Minutes",
        "Check-in",
        "Good Practices",
    ]


def test_only_the_shown_page_is_built_until_another_is_asked_for(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert [page.objectName() for page in window.built_pages()] == ["overview_page"]
    assert window.findChild(QWidget, "documents_page") is None
    # Asked for while hidden: built, wired and hidden, and loads when first shown.
    documents = window.documents_page
    assert window.findChild(QWidget, "documents_page") is documents
    assert not documents.isVisible()
    assert documents.undo_stack in window.undo_group.stacks()
    documents.message.emit("Imported")
    assert window.statusBar().currentMessage() == "Imported"
    window.show_page(PAGE_NAMES.index("documents_page"))
    assert window.stack.currentWidget() is documents
    assert window.undo_group.activeStack() is documents.undo_stack
    qtbot.waitUntil(lambda: documents.document is not None, timeout=20_000)
    assert window.stack.count() == len(PAGE_NAMES)


def test_title_names_app_forum_and_database_file(window: MainWindow, demo_db_path: Path) -> None:
    title = window.windowTitle()
    assert title.startswith("ForumDesk — ")
    assert "Rencontres interactives informelles, 12 juillet 2006" in title
    assert str(demo_db_path) in title


def test_file_menu_has_standard_actions_and_shortcuts(window: MainWindow) -> None:
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&New Database…", "&Open Database…", "Open &Recent"]
    assert texts[-1] == "&Quit"
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_open_recent_lists_the_opened_database(window: MainWindow, demo_db_path: Path) -> None:
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.toolTip() == str(demo_db_path)]
    assert len(entries) == 1
    assert entries[0].text() == demo_db_path.name


def test_file_open_accepts_a_database_file(
    qtbot: QtBot,
    window: MainWindow,
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Open offers *.db files (the desktop entry's own kind) and opens the one chosen."""
    other = tmp_path / "office copy.db"
    other.write_bytes(demo_db_path.read_bytes())
    offered: list[str] = []

    def choose(_parent: QWidget, _caption: str, _folder: str, filters: str) -> tuple[str, str]:
        offered.append(filters)
        return str(other), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.open_action.trigger()
    wait_idle(qtbot, window)
    assert "*.db" in offered[0].split(";;")[0]
    assert window.ops.database is not None and window.ops.database.path == other
    assert str(other) in window.windowTitle()


def test_view_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    view_menu = window.menuBar().actions()[2].menu()
    programme = next(a for a in view_menu.actions() if a.text() == "&Programme")
    assert programme.shortcut() == QKeySequence("Ctrl+3")
    programme.trigger()
    assert window.stack.currentWidget() is window.programme_page


def test_geometry_and_last_database_are_remembered(
    qtbot: QtBot, tmp_path: Path, demo_db_path: Path
) -> None:
    ini = tmp_path / "remember.ini"
    first = open_window(
        qtbot, AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)), demo_db_path
    )
    first.resize(760, 540)
    first.show_page(2)
    first.close()

    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.last_database() == str(demo_db_path)
    second = MainWindow(settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 540)
    assert second.stack.currentWidget() is second.programme_page


def test_unopenable_database_is_reported_and_window_stays(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-database.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    messages: list[str] = []
    window.databases.open_failed.connect(lambda _target, message: messages.append(message))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: None)
    window.open_database(str(bad))
    # Garbage and an encrypted file look alike: a passphrase is asked for, then given up.
    qtbot.waitUntil(lambda: window.databases.passphrase_prompt is not None, timeout=20_000)
    prompt = window.databases.passphrase_prompt
    assert prompt is not None
    with qtbot.waitSignal(window.ready, timeout=20_000):
        prompt.reject()
    wait_idle(qtbot, window)
    assert messages and "is not a SQLite database" in messages[0]
    assert window.ops.database is None
    assert bad.read_bytes() == b"this is not sqlite" * 100


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QTextEdit,
    )

    for index in range(len(PAGE_NAMES)):
        window.page(index)
    controls = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTextEdit,
    )
    unnamed = [
        f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
        for widget in window.findChildren(QWidget)
        if isinstance(widget, controls)
        and not widget.accessibleName()
        # Qt's own sub-controls (scroll bar buttons, tab scrollers) name themselves.
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget, QHeaderView)
        # A combo box's popup list belongs to the (named) combo box.
        and not isinstance(widget.parent().parent(), QComboBox)
        and not type(widget.parent()).__name__.startswith(("QTabBar", "QScrollBar", "QLineEdit"))
    ]
    assert unnamed == []

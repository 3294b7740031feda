"""Fixtures for pytest-qt tests: a main window on a fresh copy of the demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from forumdesk.ui.common.collector import install_collector
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow

LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True, scope="session")
def _collector_on_the_gui_thread(qapp: QApplication) -> None:
    """As the application does: no cyclic collection in a background operation's thread."""
    install_collector(qapp)


@pytest.fixture(autouse=True)
def _french_locale() -> Iterator[None]:
    """Dates and times in a known locale, as a Geneva secretariat would see them."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Switzerland))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def open_window(qtbot: QtBot, settings: AppSettings, database: Path) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        window.open_database(str(database), demo_if_new=True, create=True)
    wait_idle(qtbot, window)
    return window


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.ops.is_idle, timeout=LOAD_TIMEOUT_MS)


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings, demo_db_path: Path) -> MainWindow:
    return open_window(qtbot, settings, demo_db_path)

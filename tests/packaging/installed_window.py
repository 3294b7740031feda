"""Run by an installed ForumDesk's Python (tests/packaging/test_wheel.py), outside any
checkout: builds the main window as `forumdesk gui` does, in the language the
environment gives, and prints what a user would read first as JSON."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

import forumdesk
from forumdesk.paths import migrations_dir, resources_dir
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.interface_language import install_interface
from forumdesk.ui.shell.main_window import MainWindow

app = QApplication(sys.argv[:1])
settings = AppSettings()
interface = install_interface(app, settings.interface_language())
window = MainWindow(settings)
json.dump(
    {
        "package": forumdesk.__file__,
        "resources": str(resources_dir()),
        "migrations": str(migrations_dir()),
        "language": interface.language,
        "menus": [action.text().replace("&", "") for action in window.menuBar().actions()],
        "title": window.windowTitle(),
    },
    sys.stdout,
    ensure_ascii=False,
)

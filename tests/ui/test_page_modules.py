"""A page's modules are imported off the GUI thread before it is first shown (issue 22:
showing a page never stops the window for long), and a page package imports nothing
of its own until its page class is asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forumdesk.ui.common.preload import interface_modules, page_modules, qt_free_imports
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import PAGE_KINDS
from tests.ui.conftest import wait_idle


def test_every_page_of_the_window_is_loaded_ahead() -> None:
    pages = sorted(f"forumdesk.ui.pages.{kind.module}.page" for kind in PAGE_KINDS)
    assert sorted(page_modules()) == pages
    # Module by module, each page's own module last.
    modules = interface_modules()
    assert "forumdesk.ui.pages.documents.notes_panel" in modules
    assert "forumdesk.ui.pages.practices.recommending.recommendations_panel" in modules
    assert sorted(modules[-len(pages) :]) == pages


_BELOW = """
import importlib, json, sys
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.startswith("PySide6"))))
"""


def test_what_loads_off_the_gui_thread_loads_no_qt() -> None:
    below = qt_free_imports()
    assert "forumdesk.exports.minutes.files" in below  # the Minutes page's exporters
    assert "forumdesk.services.registry.listing.query" in below  # asked for inside a function
    assert not [name for name in below if name.startswith("forumdesk.ui")]
    done = subprocess.run(
        [sys.executable, "-c", _BELOW, json.dumps(below)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == []


_FRESH = """
import importlib, json, sys
import forumdesk.ui.pages.minutes.snapshot
light = sorted(m for m in sys.modules if m.startswith(("forumdesk.exports", "reportlab"))
               or m == "forumdesk.ui.pages.minutes.page")
page = importlib.import_module("forumdesk.ui.pages.minutes").MinutesPage
print(json.dumps({"light": light, "page": page.__module__,
                  "loaded": "forumdesk.ui.pages.minutes.page" in sys.modules}))
"""


def test_a_page_package_imports_its_page_only_when_asked_for() -> None:
    # In a fresh interpreter: the UI tests have imported every page already.
    done = subprocess.run(
        [sys.executable, "-c", _FRESH], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout)
    # The Documents page's notes use the minutes' snapshot, without the Minutes page and
    # its exporters.
    assert seen["light"] == []
    assert seen["page"] == "forumdesk.ui.pages.minutes.page" and seen["loaded"]


def test_the_first_page_to_load_its_data_starts_loading_the_others(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[bool] = []
    monkeypatch.setattr("forumdesk.ui.pages.base.preload_pages", lambda: started.append(True))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert started == []  # no database yet: nothing is asked for
    with qtbot.waitSignal(window.ready, timeout=30_000):
        window.open_database(str(demo_db_path))
    wait_idle(qtbot, window)
    assert started  # by the Overview, shown first

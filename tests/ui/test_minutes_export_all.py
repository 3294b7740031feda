"""Export All… on the Minutes page and `forumdesk minutes export-all` are one use case:
the same files, under the same names, in the same order."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forumdesk.store.migrate import open_database
from forumdesk.ui.shell.main_window import MINUTES, MainWindow
from tests.core.test_cli_minutes import _forum, _run
from tests.core.test_minutes_export_all import EXPORTED, start_forum_minutes
from tests.ui.conftest import wait_idle


@pytest.fixture
def started(demo_db_path: Path) -> Path:
    """The demo database with minutes started, before the window opens it."""
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            start_forum_minutes(session)
    finally:
        database.dispose()
    return demo_db_path


@pytest.mark.parametrize("into", ["folder", "zip"])
def test_the_page_and_the_command_line_write_the_same_files(
    started: Path,
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    into: str,
) -> None:
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    suffix = ".zip" if into == "zip" else ""
    by_page, by_command = tmp_path / f"page{suffix}", tmp_path / f"cli{suffix}"
    assert page.export_all_to(by_page, "md") is not None
    wait_idle(qtbot, window)
    assert page.editor.status_label.text() == f"4 minutes exported to {by_page}"
    every = ("minutes", "export-all", "--forum", _forum(started), "--format", "md")
    code, out, err = _run(capsys, "--database", str(started), *every, "-o", str(by_command))
    assert (code, out) == (0, f"wrote 4 minutes to {by_command}\n"), err
    page_files, command_files = _files(by_page), _files(by_command)
    assert list(page_files) == list(command_files)  # names, and a zip's order
    assert page_files == command_files  # and what each file says
    # One file for each minutes the use case picks; a zip keeps programme order.
    titles = [f"_{title.replace(' ', '-')}_minutes_" for title, _n in EXPORTED]
    found = [title for name in page_files for title in titles if title in name]
    assert found == titles if into == "zip" else sorted(found) == sorted(titles), found


def _files(target: Path) -> dict[str, bytes]:
    if target.suffix == ".zip":
        with zipfile.ZipFile(target) as opened:
            return {name: opened.read(name) for name in opened.namelist()}
    return {path.name: path.read_bytes() for path in sorted(target.iterdir())}


def test_a_forum_without_minutes_is_refused_as_on_the_command_line(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    assert page.export_all_to(tmp_path / "all.zip", "md") is not None
    wait_idle(qtbot, window)
    assert page.editor.status_label.text() == "Export failed: no minutes in this forum yet"
    assert page.progress_dialog is None and not (tmp_path / "all.zip").exists()

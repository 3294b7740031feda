"""The export dialogs refuse the open database, its companions, backups and other SQLite
files with a one-line message box, and write nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from forumdesk.paths import backups_dir
from forumdesk.ui.shell.main_window import MINUTES, PROGRAMME, REGISTRY, MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_export_dialog_refuses_the_database(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, warnings: list[tuple[str, str]]
) -> None:
    database = window.ops.database
    assert database is not None and database.path is not None
    db = database.path
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    backups_dir().mkdir(parents=True, exist_ok=True)
    backup = backups_dir() / "copy.db"
    backup.write_bytes(db.read_bytes())
    link = tmp_path / "report.pdf"
    link.symlink_to(db)
    before = _sha(db)

    registry = window.registry_page
    registry.export_listed(path=str(db))
    registry.print_badges(path=f"{db}-wal")
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    window.programme_page.export("pdf", path=str(backup))
    window.programme_page.save_as_template(path=str(link))
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    assert page.export_all_to(db, "md") is None  # no progress: nothing started
    assert page.export_all_to(Path(f"{db}-shm"), "md") is None
    page.tabs.setCurrentWidget(page.report)
    qtbot.waitUntil(
        lambda: page.report.sections_tree.topLevelItemCount() > 0, timeout=LOAD_TIMEOUT_MS
    )
    page.report.export_to(link)
    wait_idle(qtbot, window)

    assert [text.split(": ", 1)[1] for _title, text in warnings] == [
        "it is the open database",
        "it belongs to the open database forumdesk.db",
        "it is in the backups folder",
        "it is the open database",
        "it is the open database",
        "it belongs to the open database forumdesk.db",
        "it is the open database",
    ]
    assert all(title for title, _text in warnings)
    assert all("\n" not in text for _title, text in warnings)
    wait_idle(qtbot, window)
    assert _sha(db) == before
    assert link.is_symlink() and not Path(f"{db}-shm").is_dir()

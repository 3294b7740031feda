"""File > Back Up Now and File > Restore from Backup…: the dialog lists the copies in the
user's words and time, asks first, restores, and the window shows the restored data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from forumdesk.services.database.backups import create_backup
from forumdesk.store.backup import list_copies
from forumdesk.ui.common.formatting import short_datetime
from forumdesk.ui.common.operations import Area
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle


def test_back_up_now_takes_a_manual_copy(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    assert list_copies(demo_db_path) == []
    window.backup_menu.back_up_action.trigger()
    wait_idle(qtbot, window)
    [copy] = list_copies(demo_db_path)
    assert copy.reason == "manual"
    assert str(copy.path) in window.statusBar().currentMessage()
    window.show_page(0)
    qtbot.waitUntil(
        lambda: str(copy.path) in window.overview_page.backup_label.text(), timeout=10_000
    )


def test_the_dialog_restores_and_the_window_shows_the_restored_data(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    window.show_page(0)
    wait_idle(qtbot, window)
    page = window.overview_page
    qtbot.waitUntil(lambda: page.title_label.text() != "", timeout=10_000)
    original = page.title_label.text()
    taken = datetime(2026, 11, 27, 13, 5, tzinfo=UTC)
    create_backup(demo_db_path, now=taken)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        session.execute(text("UPDATE forums SET title = 'Renamed by mistake'"))
    window.ops.changes_applied.emit(frozenset({Area.FORUMS}))
    qtbot.waitUntil(lambda: page.title_label.text() == "Renamed by mistake", timeout=10_000)

    dialog = window.backup_menu.restore_from_backup()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 0).text() == short_datetime(taken)
    assert dialog.table.item(0, 1).text() == "Made on request"
    assert dialog.table.item(0, 2).text() != ""
    assert dialog.table.accessibleName() == "Backups"
    assert dialog.restore_button.isEnabled()

    questions: list[str] = []
    dialog.confirm = lambda question: questions.append(question) is not None  # Cancel
    dialog.restore_button.click()
    assert questions and "backup of the current state is taken first" in questions[0]
    assert str(demo_db_path) in questions[0]
    assert len(list_copies(demo_db_path)) == 1, "cancelled: nothing happened"

    dialog.confirm = lambda _question: True
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        dialog.restore_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.title_label.text() == original, timeout=10_000)
    assert window.forum_combo.currentText() != "Renamed by mistake"
    assert "Restored" in dialog.result_label.text()
    # The list now starts with the copy of what was replaced.
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.table.item(0, 1).text() == "Before a restore"
    [before_restore, _manual] = list_copies(demo_db_path)
    assert before_restore.reason == "before-restore"


def test_a_refused_restore_is_shown_in_the_dialog(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    copy = create_backup(demo_db_path)
    data = copy.path.read_bytes()
    copy.path.write_bytes(data[: len(data) // 2])  # still SQLite's header, half the pages
    # Files an older ForumDesk left when a backup failed are not offered at all.
    folder = copy.path.parent
    (folder / "forumdesk-20991231T000000000000Z-manual.db").write_bytes(b"")
    (folder / "forumdesk-20991230T000000000000Z-manual.db").write_bytes(b"not a database")
    dialog = window.backup_menu.restore_from_backup()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert [c.path for c in dialog.copies] == [copy.path]
    dialog.confirm = lambda _question: True
    dialog.restore()
    wait_idle(qtbot, window)
    assert dialog.error.isVisible()
    assert "is damaged" in dialog.error.text()
    assert dialog.restore_button.isEnabled()


def test_reasons_in_words(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.backup_menu.restore_from_backup()
    assert dialog is not None
    words = {
        "before-migration-0007_merge_au": "Before a schema upgrade",
        "before-import": "Before an import",
        "before-merge": "Before a merge",
        "before-restore-damaged": "Damaged database, kept before a restore",
        "on-open-0008_slim_audit": "On opening (older ForumDesk)",
        "before-undo-import": "Before undoing an import",
        "before-erase-people": "Before: erase people",
    }
    assert {reason: dialog.reason_text(reason) for reason in words} == words


def test_the_dialog_names_a_damaged_databases_kept_write_ahead_log(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.database.backups import RestoreResult
    from forumdesk.ui.shell.restore_dialog import RestoreDialog

    kept = tmp_path / "forumdesk-20261127T130500000000Z-before-restore-damaged.db"
    kept.write_bytes(b"damaged")
    dialog = RestoreDialog(window.ops, demo_db_path, window)
    qtbot.addWidget(dialog)
    result = RestoreResult(demo_db_path, tmp_path / "chosen.db", "a", "a", kept)
    dialog._restored(result)
    assert dialog.result_label.text().endswith(f"kept in {kept}.")
    Path(f"{kept}-wal").write_bytes(b"log")
    dialog._restored(result)
    assert f"{kept}, and its write-ahead log" in dialog.result_label.text()
    assert f"{kept}-wal." in dialog.result_label.text()
    wait_idle(qtbot, window)

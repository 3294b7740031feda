"""How a backup copy is checked: whole below THOROUGH_CHECK_BYTES, page by page above."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import forumdesk.store.backup as backup_module
from forumdesk.store.backup import BackupError, backup_sqlite, integrity_problem, list_copies


def _index_out_of_step(path: Path) -> Path:
    """A file whose index lacks half its table's rows: sound pages, wrong content."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE people (n INTEGER)")
        connection.executemany("INSERT INTO people VALUES (?)", [(n,) for n in range(200)])
        connection.execute("CREATE INDEX people_n ON people (n) WHERE n < 100")
        connection.commit()
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_schema SET sql = 'CREATE INDEX people_n ON people (n)' "
            "WHERE name = 'people_n'"
        )
        connection.commit()
    finally:
        connection.close()
    return path


def _damaged_page(path: Path) -> Path:
    """A file whose table's first page is overwritten with garbage."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.executemany("INSERT INTO people VALUES (?)", [(f"n{n}",) for n in range(500)])
        connection.commit()
        root = connection.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'people'"
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    finally:
        connection.close()
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xa5" * 64)
    return path


def test_a_small_file_has_every_index_compared_with_its_table(tmp_path: Path) -> None:
    path = _index_out_of_step(tmp_path / "small.db")
    assert path.stat().st_size <= backup_module.THOROUGH_CHECK_BYTES
    assert "missing from index people_n" in (integrity_problem(path) or "")


def test_a_large_file_still_has_every_page_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "THOROUGH_CHECK_BYTES", 0)
    damaged = _damaged_page(tmp_path / "large.db")
    assert integrity_problem(damaged) is not None
    # What the quick check leaves to `forumdesk check`: the index's content.
    assert integrity_problem(_index_out_of_step(tmp_path / "index.db")) is None


def test_a_large_damaged_file_is_not_kept_as_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "THOROUGH_CHECK_BYTES", 0)
    damaged = _damaged_page(tmp_path / "office.db")
    with pytest.raises(BackupError):
        backup_sqlite(damaged, "manual")
    assert list_copies(damaged) == []
    assert not [p for p in backup_module.backup_folder(damaged).iterdir() if p.is_file()]


def test_a_file_gone_before_its_check_is_a_problem(tmp_path: Path) -> None:
    assert integrity_problem(tmp_path / "gone.db") is not None

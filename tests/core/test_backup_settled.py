"""A settled file's backup is its bytes (store/backup.py `settled_check`): only when the
whole WAL is in the main file and nothing was committed between the check and the
writer's lock; a reader on an older snapshot, or a commit in between, leaves the copy to
SQLite's backup API. Either way, the copy is the database before the writer's changes."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import forumdesk.store.backup as backup_module
from forumdesk.store.backup import backup_sqlite, settled_check
from forumdesk.store.migrate import open_database


@pytest.fixture
def wal_file(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A file in WAL mode whose committed rows are still in the WAL (no automatic
    checkpoint), and the connection that wrote them."""
    path = tmp_path / "forum.db"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    writer.executemany("INSERT INTO notes (body) VALUES (?)", [("committed " * 50,)] * 300)
    assert Path(f"{path}-wal").stat().st_size > 0
    yield path, writer
    writer.close()


def _bodies(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return [row[0] for row in connection.execute("SELECT body FROM notes ORDER BY id")]


def _no_backup_api(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("a settled file is copied as its bytes, not page by page")

    monkeypatch.setattr(backup_module, "copy_database", refused)


def test_a_settled_file_is_copied_as_it_was_before_the_writers_changes(
    wal_file: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, writer = wal_file
    before = _bodies(path)
    with settled_check(path) as still_settled:
        writer.execute("BEGIN IMMEDIATE")
        assert still_settled()
    # The writer's pages go to the WAL before it commits (a one-page cache spills them).
    writer.execute("PRAGMA cache_size=1")
    writer.executemany("INSERT INTO notes (body) VALUES (?)", [("pending " * 50,)] * 300)
    writer.execute("UPDATE notes SET body = 'changed' WHERE id = 1")
    _no_backup_api(monkeypatch)
    copy = backup_sqlite(path, "before-merge", settled=True)
    writer.execute("COMMIT")
    assert _bodies(copy) == before and len(before) == 300
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not Path(f"{copy}-wal").exists() and not Path(f"{copy}-shm").exists()
    assert len(_bodies(path)) == 600


def test_a_commit_between_the_check_and_the_lock_unsettles_the_file(
    wal_file: tuple[Path, sqlite3.Connection],
) -> None:
    path, writer = wal_file
    other = sqlite3.connect(path, isolation_level=None)
    try:
        with settled_check(path) as still_settled:
            other.execute("INSERT INTO notes (body) VALUES ('slipped in')")
            writer.execute("BEGIN IMMEDIATE")
            assert not still_settled()
            writer.execute("ROLLBACK")
    finally:
        other.close()


def test_a_reader_on_an_older_snapshot_leaves_the_file_unsettled(
    wal_file: tuple[Path, sqlite3.Connection],
) -> None:
    path, writer = wal_file
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM notes").fetchone()
        writer.execute("INSERT INTO notes (body) VALUES ('after the reader began')")
        with settled_check(path) as still_settled:
            writer.execute("BEGIN IMMEDIATE")
            assert not still_settled()
            writer.execute("ROLLBACK")
        reader.execute("COMMIT")
    finally:
        reader.close()


def test_only_a_clear_file_in_wal_mode_can_be_settled(tmp_path: Path) -> None:
    journal = tmp_path / "journal.db"
    with sqlite3.connect(journal) as connection:
        connection.execute("CREATE TABLE t (x)")
    not_a_database = tmp_path / "forum.db"
    not_a_database.write_bytes(b"PK\x03\x04 a zip file that says it is a database" * 100)
    for path in (journal, not_a_database, tmp_path / "missing.db", None):
        with settled_check(path) as still_settled:
            assert not still_settled()
    assert not_a_database.read_bytes().startswith(b"PK")


def test_a_merge_backs_up_a_settled_file_as_its_bytes_and_an_unsettled_one_page_by_page(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.services.sync.laptop import prepare_laptop
    from forumdesk.services.sync.sync import sync_from
    from forumdesk.store.models import Representative

    laptop = tmp_path / "laptop.db"
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        prepare_laptop(database, laptop, name="Laptop 1")
        other, _ = open_database(str(laptop), backup=False)
        with other.unit_of_work() as session:
            for number in range(3):
                session.add(Representative(given_name="Awa", family_name=f"Diop {number}"))
        other.dispose()
        people = "SELECT count(*) FROM representatives"
        with sqlite3.connect(demo_db_path) as connection:
            before = connection.execute(people).fetchone()
        api_copies: list[Path] = []
        original = backup_module.copy_database

        def counted(source: Path, destination: Path, *args: Any, **kwargs: Any) -> None:
            api_copies.append(source)
            original(source, destination, *args, **kwargs)

        monkeypatch.setattr(backup_module, "copy_database", counted)
        settled = sync_from(database, str(laptop))
        assert api_copies == [] and settled.inserted == 3
        # A reader on an older snapshot: the WAL cannot all be copied back.
        reader = sqlite3.connect(demo_db_path, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute(people).fetchone()
        with database.unit_of_work() as session:
            session.add(Representative(given_name="Moussa", family_name="Ba"))
        other, _ = open_database(str(laptop), backup=False)
        with other.unit_of_work() as session:
            session.add(Representative(given_name="Awa", family_name="Diop 9"))
        other.dispose()
        unsettled = sync_from(database, str(laptop))
        reader.execute("COMMIT")
        reader.close()
        assert api_copies == [demo_db_path] and unsettled.inserted == 1
    finally:
        database.dispose()
    assert settled.backup is not None and unsettled.backup is not None
    with sqlite3.connect(settled.backup) as connection:
        assert connection.execute(people).fetchone() == before
    with sqlite3.connect(unsettled.backup) as connection:
        assert connection.execute(people).fetchone() == (before[0] + 3 + 1,)


def _settled_backup(path: Path, writer: sqlite3.Connection) -> Path:
    with settled_check(path) as still_settled:
        writer.execute("BEGIN IMMEDIATE")
        assert still_settled()
    try:
        return backup_sqlite(path, "before-merge", settled=True)
    finally:
        writer.execute("ROLLBACK")


def _backup_files(path: Path) -> list[str]:
    folder = backup_module.backup_folder(path)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_sqlite_checks_the_database_while_its_bytes_are_copied(
    wal_file: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads the source, which nothing changes while the writer holds its lock;
    a complaint names the database, and no copy is kept."""
    path, writer = wal_file
    checked: list[Path] = []

    def damaged(checked_path: Path, _key: str | None = None) -> str:
        checked.append(checked_path)
        return "page 7: btreeInitPage() returns error code 11"

    monkeypatch.setattr(backup_module, "integrity_problem", damaged)
    with pytest.raises(backup_module.BackupError, match=r"forum\.db failed its integrity check"):
        _settled_backup(path, writer)
    assert checked == [path]
    assert _backup_files(path) == []


def test_a_copy_shorter_than_the_database_is_not_kept(
    wal_file: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, writer = wal_file
    real_copy = backup_module.copy_bytes

    def truncated(source: Path, destination: Path) -> None:
        real_copy(source, destination)
        with destination.open("r+b") as copy:
            copy.truncate(destination.stat().st_size - 4096)

    monkeypatch.setattr(backup_module, "copy_bytes", truncated)
    with pytest.raises(backup_module.BackupError, match=r"holds \d+ bytes of its \d+"):
        _settled_backup(path, writer)
    assert _backup_files(path) == []


def test_a_copy_the_disk_refuses_is_said_and_not_kept(
    wal_file: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, writer = wal_file

    def full(_source: Path, destination: Path) -> None:
        destination.write_bytes(b"SQLite format 3\x00")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "copy_bytes", full)
    with pytest.raises(backup_module.BackupError, match="No space left on device"):
        _settled_backup(path, writer)
    assert _backup_files(path) == []
    assert len(_bodies(path)) == 300  # the database is as it was


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own priority")
def test_the_check_steps_back_for_the_merge_and_the_caller_keeps_its_priority(
    wal_file: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, writer = wal_file
    real_check = backup_module.integrity_problem
    seen: list[int] = []

    def recorded(checked_path: Path, key: str | None = None) -> str | None:
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
        return real_check(checked_path, key)

    monkeypatch.setattr(backup_module, "integrity_problem", recorded)
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    copy = _settled_backup(path, writer)
    assert seen == [min(mine + 10, 19)]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
    assert _bodies(copy) == _bodies(path)


def test_a_check_that_breaks_is_a_refusal_not_a_traceback(
    wal_file: tuple[Path, sqlite3.Connection],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, writer = wal_file

    def broken(_path: Path, _key: str | None = None) -> str | None:
        raise MemoryError("no room for the check")

    monkeypatch.setattr(backup_module, "integrity_problem", broken)
    with pytest.raises(backup_module.BackupError, match="MemoryError: no room for the check"):
        _settled_backup(path, writer)
    assert _backup_files(path) == []
    assert "Traceback" not in capsys.readouterr().err

"""Backups through SQLite's backup API, their pruning, and the copy taken on open."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from forumdesk.paths import backups_dir
from forumdesk.store.backup import backup_folder, backup_sqlite, list_backups, prune_backups
from forumdesk.store.migrate import head_revision, open_database

TABLES = ("forums", "segments", "paragraphs", "footnotes", "representatives", "devices")


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def test_the_backup_is_a_readable_copy_with_the_same_rows(demo_db_path: Path) -> None:
    copy = backup_sqlite(demo_db_path, "manual")
    assert copy.is_file() and copy != demo_db_path
    assert copy.parent == backup_folder(demo_db_path)
    assert backups_dir() in copy.parents
    assert copy.name.startswith("forumdesk-") and copy.name.endswith("-manual.db")
    connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM paragraphs").fetchone() == (76,)
    finally:
        connection.close()
    original = _rows(demo_db_path)
    assert _rows(copy) == original
    assert len(original["segments"]) == 6


def test_the_backup_sees_committed_data_still_in_the_wal(demo_db_path: Path) -> None:
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE forums SET venue = 'Genève'")
        assert Path(f"{demo_db_path}-wal").exists(), "the change should still be in the WAL"
        copy = backup_sqlite(demo_db_path, "live")
    finally:
        database.dispose()
    connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT venue FROM forums").fetchall() == [("Genève",)]
    finally:
        connection.close()


def test_two_databases_with_the_same_name_keep_separate_folders(tmp_path: Path) -> None:
    first = tmp_path / "a" / "forumdesk.db"
    second = tmp_path / "b" / "forumdesk.db"
    assert backup_folder(first) != backup_folder(second)
    assert backup_folder(first) == backup_folder(tmp_path / "a" / ".." / "a" / "forumdesk.db")


def test_pruning_keeps_only_the_newest_copies(demo_db_path: Path) -> None:
    made = [backup_sqlite(demo_db_path, f"run{n}", keep=3) for n in range(5)]
    kept = list_backups(demo_db_path)
    assert len(kept) == 3
    assert made[-1] in kept, "the copy just made must never be pruned"
    assert kept == sorted(kept)
    assert set(kept) <= set(made)


def test_prune_backups_removes_the_oldest_by_timestamp(tmp_path: Path) -> None:
    stamps = ["20060712T100000000000Z", "20060712T150000000000Z", "20070710T090000000000Z"]
    for stamp in reversed(stamps):  # creation order must not matter, the name does
        (tmp_path / f"forumdesk-{stamp}-on-open.db").write_bytes(b"")
    (tmp_path / "README.txt").write_text("not a backup")
    prune_backups(tmp_path, keep=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "README.txt",
        "forumdesk-20060712T150000000000Z-on-open.db",
        "forumdesk-20070710T090000000000Z-on-open.db",
    ]
    prune_backups(tmp_path, keep=0)
    assert [p.name for p in tmp_path.iterdir()] == ["README.txt"]


def test_list_backups_of_a_database_never_backed_up(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "never.db") == []


def test_opening_an_existing_database_backs_it_up_first(demo_db_path: Path) -> None:
    assert os.environ["FORUMDESK_DATA_DIR"], "conftest gives every test its own data folder"
    assert list_backups(demo_db_path) == []
    database, report = open_database(str(demo_db_path))
    database.dispose()
    assert report.backup is not None
    assert report.backup.parent == backup_folder(demo_db_path)
    assert report.backup.parent.parent == backups_dir()
    assert f"on-open-{head_revision()[:12]}" in report.backup.name
    assert list_backups(demo_db_path) == [report.backup]
    # The devices differ: the test's file is a copy, and a copy takes its own device.
    before, after = _rows(report.backup), _rows(demo_db_path)
    assert {t: r for t, r in before.items() if t != "devices"} == {
        t: r for t, r in after.items() if t != "devices"
    }


def test_backup_can_be_turned_off(demo_db_path: Path) -> None:
    database, report = open_database(str(demo_db_path), backup=False)
    database.dispose()
    assert report.backup is None
    assert list_backups(demo_db_path) == []


def test_a_merge_takes_a_backup_first(empty_db_path: Path) -> None:
    from forumdesk.services.people import RepresentativeInput
    from forumdesk.services.registry_edit import create_representative
    from forumdesk.services.registry_merge import merge_representatives
    from forumdesk.store.backup import list_backups
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            keep = create_representative(session, RepresentativeInput("Awa", "Diop"))
            other = create_representative(session, RepresentativeInput("Awa", "Diop"))
        assert list_backups(empty_db_path) == []
        with database.unit_of_work() as session:
            merge_representatives(session, keep, other)
        copies = list_backups(empty_db_path)
        assert len(copies) == 1 and copies[0].name.endswith("-merge.db")
        # The copy holds both people: the state before the merge.
        with sqlite3.connect(copies[0]) as copy:
            live = copy.execute(
                "SELECT count(*) FROM representatives WHERE merged_into_id IS NULL"
            ).fetchone()
        assert live == (2,)
    finally:
        database.dispose()


def test_an_import_takes_a_backup_first_and_a_dry_run_does_not(
    empty_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.registry_columns import guess_mapping
    from forumdesk.services.registry_files import read_rows
    from forumdesk.services.registry_import import run_import
    from forumdesk.store.backup import list_backups
    from forumdesk.store.migrate import open_database

    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom\nDiop;Awa\n", encoding="utf-8")
    headers, _rows = read_rows(source)
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            run_import(session, source, guess_mapping(headers), dry_run=True)
        assert list_backups(empty_db_path) == []
        with database.unit_of_work() as session:
            run_import(session, source, guess_mapping(headers))
        copies = list_backups(empty_db_path)
        assert len(copies) == 1 and copies[0].name.endswith("-import.db")
        with sqlite3.connect(copies[0]) as copy:
            assert copy.execute("SELECT count(*) FROM representatives").fetchone() == (0,)
    finally:
        database.dispose()

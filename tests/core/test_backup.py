"""Backups: when they are taken, how they are written, which are kept, and restores."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import forumdesk.store.backup as backup_module
from forumdesk.cli import main
from forumdesk.paths import backups_dir
from forumdesk.store.backup import (
    BackupError,
    backup_folder,
    backup_sqlite,
    list_backups,
    list_copies,
)
from forumdesk.store.backup_copies import BackupCopy
from forumdesk.store.backup_retention import RETENTION, copies_to_keep, prune_backups
from forumdesk.store.migrate import head_revision, open_database

TABLES = ("forums", "segments", "paragraphs", "footnotes", "representatives", "devices")
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
REV_0001 = FIXTURES / "rev_0001_initial.db"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SQLITE_HEADER = b"SQLite format 3\x00"


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }
    finally:
        connection.close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _tiny_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    connection.close()
    return path


# Writing a copy ---------------------------------------------------------------------


def test_the_backup_is_a_private_readable_copy_with_the_same_rows(demo_db_path: Path) -> None:
    copy = backup_sqlite(demo_db_path, "manual")
    assert copy.is_file() and copy != demo_db_path
    assert copy.parent == backup_folder(demo_db_path)
    assert backups_dir() in copy.parents
    assert copy.name.startswith("forumdesk-") and copy.name.endswith("-manual.db")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backups_dir().stat().st_mode) == 0o700
    # One self-contained file: nothing beside it, nothing hidden left over.
    assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]
    assert copy.read_bytes()[18:20] == b"\x01\x01", "the copy is not in WAL mode"
    connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT count(*) FROM paragraphs").fetchone() == (76,)
    finally:
        connection.close()
    original = _rows(demo_db_path)
    assert _rows(copy) == original
    assert len(original["segments"]) == 6


def test_the_name_says_the_reason_and_the_utc_time(tmp_path: Path) -> None:
    database = _tiny_database(tmp_path / "office.db")
    when = datetime(2026, 7, 12, 10, 30, 5, 123456, tzinfo=UTC)
    copy = backup_sqlite(database, "before-import", now=when)
    assert copy.name == "office-20260712T103005123456Z-before-import.db"
    [listed] = list_copies(database)
    assert (listed.taken_at, listed.reason, listed.pre_operation) == (
        when,
        "before-import",
        True,
    )
    assert listed.size == copy.stat().st_size
    # Two copies in the same microsecond do not overwrite each other.
    second = backup_sqlite(database, "before-import", now=when)
    assert second != copy and copy.is_file() and second.is_file()
    # A reason that would not read back is made readable, so it is listed and pruned.
    odd = backup_sqlite(database, "before bulk erase/people", now=when)
    assert odd.name == "office-20260712T103005123456Z-before-bulk-erase-people.db"
    assert odd in list_backups(database)


def test_the_backup_sees_committed_data_still_in_the_wal(demo_db_path: Path) -> None:
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE forums SET venue = 'Genève'")
        assert Path(f"{demo_db_path}-wal").exists(), "the change should still be in the WAL"
        copy = backup_sqlite(demo_db_path, "manual")
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


def test_list_backups_of_a_database_never_backed_up(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "never.db") == []
    assert list_copies(tmp_path / "never.db") == []


# A failed backup leaves nothing -------------------------------------------------------


def _leftovers(database: Path) -> list[str]:
    folder = backup_folder(database)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_full_disk_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "big.db"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (x)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 200)
    connection.commit()
    connection.close()

    def full_disk(path: Path) -> sqlite3.Connection:
        destination = sqlite3.connect(path)
        destination.execute("PRAGMA max_page_count = 3")  # SQLITE_FULL after three pages
        return destination

    monkeypatch.setattr(backup_module, "connect_destination", full_disk)
    with pytest.raises(BackupError, match=r"could not back up .*full"):
        backup_sqlite(database, "manual")
    assert _leftovers(database) == []


def test_a_folder_that_cannot_be_written_leaves_no_file(tmp_path: Path) -> None:
    database = _tiny_database(tmp_path / "office.db")
    backups_dir().mkdir(parents=True)
    backup_folder(database).write_text("a file where the folder should be")
    with pytest.raises(BackupError, match="could not write into"):
        backup_sqlite(database, "manual")
    assert [p.name for p in backups_dir().iterdir()] == [backup_folder(database).name]


def test_a_copy_failing_its_integrity_check_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = _tiny_database(tmp_path / "office.db")
    monkeypatch.setattr(
        backup_module, "integrity_problem", lambda _path, _key=None: "page 3 never used"
    )
    with pytest.raises(BackupError, match="integrity check \\(page 3 never used\\)"):
        backup_sqlite(database, "manual")
    assert _leftovers(database) == []


def test_an_interrupted_backup_leaves_no_file(tmp_path: Path) -> None:
    database = _tiny_database(tmp_path / "office.db")

    def interrupt(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup_sqlite(database, "manual", progress=interrupt)
    assert _leftovers(database) == []


def test_a_failed_backup_stops_the_import(
    empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import

    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom\nDiop;Awa\n", encoding="utf-8")
    headers, _ = read_rows(source)
    monkeypatch.setattr(backup_module, "integrity_problem", lambda _path, _key=None: "bad page")
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with pytest.raises(BackupError), database.unit_of_work() as session:
            run_import(session, source, guess_mapping(headers))
        with database.reading() as session:
            from sqlalchemy import text

            assert session.scalar(text("SELECT count(*) FROM representatives")) == 0
    finally:
        database.dispose()
    assert _leftovers(empty_db_path) == []


def test_a_partial_file_left_by_a_killed_backup_is_cleared_later(tmp_path: Path) -> None:
    import os

    database = _tiny_database(tmp_path / "office.db")
    folder = backup_folder(database)
    folder.mkdir(parents=True)
    stale = folder / ".office-20260101T000000000000Z-manual.db.partial"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    fresh = folder / ".office-20260101T000001000000Z-manual.db.partial"
    fresh.write_bytes(b"another process is writing this one")
    backup_sqlite(database, "manual")
    assert not stale.exists()
    assert fresh.exists()
    assert [c.reason for c in list_copies(database)] == ["manual"]


# When a backup is taken ---------------------------------------------------------------


def test_opening_a_database_at_head_takes_no_backup(demo_db_path: Path) -> None:
    database, report = open_database(str(demo_db_path))
    database.dispose()
    assert report.backup is None
    assert list_backups(demo_db_path) == []


def test_a_migration_takes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(REV_0001, path)
    database, report = open_database(str(path))
    database.dispose()
    assert report.backup is not None
    assert report.backup.name.endswith("-before-migration-0001_initial.db")
    [copy] = list_copies(path)
    assert copy.path == report.backup and copy.pre_operation
    with sqlite3.connect(f"file:{copy.path}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
    # Opened again, now at head: no second copy.
    database, report = open_database(str(path))
    database.dispose()
    assert report.backup is None and len(list_copies(path)) == 1


def test_backup_before_migration_can_be_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(REV_0001, path)
    database, report = open_database(str(path), backup=False)
    database.dispose()
    assert report.backup is None and list_backups(path) == []


def test_a_merge_of_two_people_takes_a_backup_first(empty_db_path: Path) -> None:
    from forumdesk.services.registry.edit import create_representative
    from forumdesk.services.registry.merge import merge_representatives
    from forumdesk.services.registry.people import RepresentativeInput

    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            keep = create_representative(session, RepresentativeInput("Awa", "Diop"))
            other = create_representative(session, RepresentativeInput("Awa", "Diop"))
        assert list_backups(empty_db_path) == []
        with database.unit_of_work() as session:
            merge_representatives(session, keep, other)
        [copy] = list_copies(empty_db_path)
        assert copy.reason == "before-merge" and copy.pre_operation
        # The copy holds both people: the state before the merge.
        with sqlite3.connect(copy.path) as connection:
            live = connection.execute(
                "SELECT count(*) FROM representatives WHERE merged_into_id IS NULL"
            ).fetchone()
        assert live == (2,)
    finally:
        database.dispose()


def test_a_merge_from_a_laptop_takes_a_backup_first(demo_db_path: Path, tmp_path: Path) -> None:
    from forumdesk.services.sync.laptop import prepare_laptop
    from forumdesk.services.sync.sync import sync_from

    laptop = tmp_path / "laptop.db"
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        prepare_laptop(database, laptop, name="Laptop 1")
        assert list_backups(demo_db_path) == []
        result = sync_from(database, str(laptop))
    finally:
        database.dispose()
    [copy] = list_copies(demo_db_path)
    assert result.backup == copy.path and copy.reason == "before-merge"


def test_an_import_takes_a_backup_first_and_a_dry_run_does_not(
    empty_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import

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
        [copy] = list_copies(empty_db_path)
        assert copy.reason == "before-import" and copy.pre_operation
        with sqlite3.connect(copy.path) as connection:
            assert connection.execute("SELECT count(*) FROM representatives").fetchone() == (0,)
    finally:
        database.dispose()


def test_ten_reading_commands_delete_no_backup(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom\nDiop;Awa\n", encoding="utf-8")
    db = ["--database", str(demo_db_path)]
    assert _run(capsys, *db, "registry", "import", str(source))[0] == 0
    assert _run(capsys, *db, "backup", "create")[0] == 0
    before = list_backups(demo_db_path)
    assert [c.reason for c in list_copies(demo_db_path)] == ["manual", "before-import"]
    reading = [
        ["registry", "stats"],
        ["registry", "stats", "--json"],
        ["check"],
        ["check", "--json"],
        ["search", "migration"],
        ["programme", "templates"],
        ["report", "outline"],
        ["backup", "list"],
        ["backup", "list", "--json"],
        ["registry", "export", str(tmp_path / "export.csv")],
        ["registry", "stats"],
        ["check"],
    ]
    for args in reading:
        code, _out, err = _run(capsys, *db, *args)
        assert code == 0, (args, err)
    assert list_backups(demo_db_path) == before


# Which copies are kept ------------------------------------------------------------------


def _copy(day: float, reason: str) -> BackupCopy:
    when = START.replace(hour=0) + timedelta(days=day)
    return BackupCopy(Path(f"/b/x-{when:%Y%m%dT%H%M%S}-{reason}.db"), when, reason, 1)


def test_retention_keeps_the_newest_copy_whatever_its_age() -> None:
    old = _copy(0, "manual")
    assert copies_to_keep([old], START + timedelta(days=900)) == {old.path}
    damaged = _copy(1, "before-restore-damaged")
    kept = copies_to_keep([old, damaged], START + timedelta(days=900))
    assert old.path in kept, "a damaged copy is not the newest good one"
    assert damaged.path not in kept


def test_retention_thins_old_copies_to_days_weeks_and_months() -> None:
    now = START + timedelta(days=400)
    # Four copies a day for 400 days, none of them young.
    copies = [
        _copy(day + hour / 24, "on-open-0008") for day in range(0, 360) for hour in (8, 11, 14, 17)
    ]
    kept = copies_to_keep(copies, now)
    by_time = sorted((c for c in copies if c.path in kept), key=lambda c: c.taken_at)
    assert len(kept) <= RETENTION.daily + RETENTION.weekly + RETENTION.monthly
    # The newest of each of the last 7 days with copies: the 17:00 copies.
    last_days = {c.taken_at.date() for c in by_time[-7:]}
    assert len(last_days) == 7 and all(c.taken_at.hour == 17 for c in by_time[-7:])
    # Twelve months are represented, and each by its newest copy.
    months = {(c.taken_at.year, c.taken_at.month) for c in by_time}
    assert len(months) == 12
    for month in months:
        newest = max(
            (c for c in copies if (c.taken_at.year, c.taken_at.month) == month),
            key=lambda c: c.taken_at,
        )
        assert newest.path in kept


def test_retention_over_sixty_simulated_days(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every day: an old-style copy on open, an import, a merge and two manual copies."""
    monkeypatch.setattr(backup_module, "fsync_path", lambda _path: None)  # 300 copies, quickly
    database = _tiny_database(tmp_path / "office.db")
    first_day = datetime(2026, 2, 10, tzinfo=UTC)
    legacy = "on-open-0007_merge_au"
    made: list[tuple[datetime, str, Path]] = []
    for day in range(60):
        for hour, reason in (
            (8, legacy),
            (9, "before-import"),
            (12, "manual"),
            (15, "before-merge"),
            (18, "manual"),
        ):
            when = first_day + timedelta(days=day, hours=hour)
            made.append((when, reason, backup_sqlite(database, reason, now=when)))
            assert made[-1][2] == list_copies(database)[0].path, "the newest is never pruned"
    now = made[-1][0]
    kept_copies = list_copies(database)
    kept = {c.path for c in kept_copies}
    young = now - timedelta(days=30)
    for when, reason, path in made:
        if reason != legacy and when > young:
            assert path in kept, f"a {reason} copy of {when} is younger than 30 days"
    others = [c for c in kept_copies if c.taken_at <= young or c.reason == legacy]
    assert len(others) <= RETENTION.daily + RETENTION.weekly + RETENTION.monthly
    # February's newest copy stays as its monthly copy; the rest of February is gone.
    assert [(c.taken_at, c.reason) for c in others] == [
        (datetime(2026, 2, 28, 18, tzinfo=UTC), "manual")
    ]
    assert kept_copies[0].taken_at == now
    assert not any(c.reason == legacy for c in kept_copies)
    assert not (backup_folder(database) / made[0][2].name).exists()


def test_prune_backups_ignores_other_files(tmp_path: Path) -> None:
    for stamp in ("20060712T100000000000Z", "20060712T150000000000Z"):
        (tmp_path / f"forumdesk-{stamp}-on-open-0001.db").write_bytes(SQLITE_HEADER)
    (tmp_path / "README.txt").write_text("not a backup")
    (tmp_path / "notes.db").write_text("not named as a backup")
    removed = prune_backups(tmp_path, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert [p.name for p in removed] == ["forumdesk-20060712T100000000000Z-on-open-0001.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "README.txt",
        "forumdesk-20060712T150000000000Z-on-open-0001.db",
        "notes.db",
    ]


# backup list / create / restore -----------------------------------------------------


def _export(capsys: pytest.CaptureFixture[str], database: Path, target: Path) -> bytes:
    code, _out, err = _run(capsys, "--database", str(database), "registry", "export", str(target))
    assert code == 0, err
    return target.read_bytes()


def test_backup_list_and_create(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--database", str(demo_db_path)]
    code, out, _ = _run(capsys, *db, "backup", "list")
    assert code == 0 and "No backups" in out
    code, out, _ = _run(capsys, *db, "backup", "create", "--json")
    assert code == 0
    made = json.loads(out)
    assert made["reason"] == "manual" and not made["pre_operation"]
    assert Path(made["path"]).is_file() and made["size"] == Path(made["path"]).stat().st_size
    code, out, _ = _run(capsys, *db, "backup", "create")
    assert code == 0 and out.startswith("Backup taken: ")
    code, out, _ = _run(capsys, *db, "backup", "list", "--json")
    listed = json.loads(out)["backups"]
    assert [b["number"] for b in listed] == [1, 2]
    assert listed[1]["path"] == made["path"], "newest first"
    assert listed[0]["taken_at"] > listed[1]["taken_at"]
    code, out, _ = _run(capsys, *db, "backup", "list")
    lines = out.splitlines()
    assert "newest first" in lines[0] and lines[2].split()[0] == "2"
    assert made["path"] in lines[2] and "manual" in lines[2]


def test_restore_brings_the_content_back_after_a_before_restore_copy(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database", str(demo_db_path)]
    original = _export(capsys, demo_db_path, tmp_path / "original.csv")
    assert _run(capsys, *db, "backup", "create")[0] == 0
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom\nDiop;Awa\nFall;Ami\n", encoding="utf-8")
    assert _run(capsys, *db, "registry", "import", str(source))[0] == 0
    changed = _export(capsys, demo_db_path, tmp_path / "changed.csv")
    assert changed != original
    # Number 2: the manual copy (1 is the copy taken before the import).
    code, out, err = _run(capsys, *db, "backup", "restore", "2", "--yes", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert _export(capsys, demo_db_path, tmp_path / "restored.csv") == original
    safety = Path(result["before_restore_copy"])
    assert safety.name.endswith("-before-restore.db")
    assert list_copies(demo_db_path)[0].path == safety
    # The before-restore copy holds what was replaced: restoring it brings the import back.
    code, out, err = _run(capsys, *db, "backup", "restore", str(safety), "--yes")
    assert code == 0, err
    assert "Restored" in out
    assert _export(capsys, demo_db_path, tmp_path / "again.csv") == changed
    assert _run(capsys, *db, "check")[0] == 0


def test_restore_by_name_while_a_connection_is_open(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    copy = backup_sqlite(demo_db_path, "manual")
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            session.execute(text("UPDATE forums SET venue = 'Lausanne'"))
        code, _out, err = _run(
            capsys, "--database", str(demo_db_path), "backup", "restore", copy.name, "--yes"
        )
        assert code == 0, err
        # The connection still open sees the restored content, not a stale file.
        with database.reading() as session:
            assert session.scalar(text("SELECT venue FROM forums")) != "Lausanne"
    finally:
        database.dispose()


def test_restoring_an_older_backup_migrates_it(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "--database", str(demo_db_path), "backup", "restore", str(REV_0001), "--yes"
    )
    assert code == 0, err
    assert f"migrated to {head_revision()}" in out
    with sqlite3.connect(f"file:{demo_db_path}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("SELECT count(*) FROM paragraphs").fetchone() == (76,)


def test_restore_asks_first_and_a_no_changes_nothing(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    copy = backup_sqlite(demo_db_path, "manual")
    before = demo_db_path.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, _out, err = _run(capsys, "--database", str(demo_db_path), "backup", "restore", "1")
    assert code == 1 and "nothing was restored" in err.splitlines()[-1]
    assert demo_db_path.read_bytes() == before
    assert list_backups(demo_db_path) == [copy]


def _refused(
    capsys: pytest.CaptureFixture[str], database: Path, choice: str, expected: str
) -> None:
    before = database.read_bytes()
    copies_before = list_backups(database)
    code, out, err = _run(capsys, "--database", str(database), "backup", "restore", choice, "--yes")
    lines = err.strip().splitlines()
    assert code == 1 and out == ""
    assert len(lines) == 1 and expected in lines[0], err
    assert "Traceback" not in err
    assert database.read_bytes() == before
    assert list_backups(database) == copies_before, "a refused restore takes no copy"


def test_restore_refuses_what_is_not_a_forumdesk_backup(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("Just some notes\n")
    _refused(capsys, demo_db_path, str(text_file), "not a SQLite database")
    other = _tiny_database(tmp_path / "other.db")
    _refused(capsys, demo_db_path, str(other), "not a ForumDesk database")
    _refused(capsys, demo_db_path, str(demo_db_path), "is the database itself")
    _refused(capsys, demo_db_path, str(tmp_path / "missing.db"), "no backup at")
    _refused(capsys, demo_db_path, "3", "no backup number 3")


def test_restore_refuses_a_corrupt_copy(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup_sqlite(demo_db_path, "manual")
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(copy.read_bytes())
    page = 4096
    data[5 * page : 9 * page] = bytes(4 * page)  # four pages of zeros in the middle
    corrupt.write_bytes(bytes(data))
    _refused(capsys, demo_db_path, str(corrupt), "is damaged")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(copy.read_bytes()[: len(data) // 2])
    _refused(capsys, demo_db_path, str(truncated), "is damaged")


def test_restore_refuses_a_newer_schema(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(backup_sqlite(demo_db_path, "manual"), newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    _refused(capsys, demo_db_path, str(newer), "newer ForumDesk (schema revision 9999")


def test_backup_commands_on_postgresql_say_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["list"], ["create"], ["restore", "1", "--yes"]):
        code, out, err = _run(
            capsys, "--database", "postgresql://office@db.invalid/forum", "backup", *args
        )
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "office's own dumps" in err


def test_restore_over_a_damaged_database_keeps_its_bytes_first(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup_sqlite(demo_db_path, "manual")
    original = _export(capsys, demo_db_path, tmp_path / "original.csv")
    data = bytearray(demo_db_path.read_bytes())
    data[5 * 4096 : 9 * 4096] = bytes(4 * 4096)
    demo_db_path.write_bytes(bytes(data))
    damaged = bytes(data)
    code, _out, err = _run(
        capsys, "--database", str(demo_db_path), "backup", "restore", str(good), "--yes"
    )
    assert code == 0, err
    assert _export(capsys, demo_db_path, tmp_path / "restored.csv") == original
    [kept] = [c for c in list_copies(demo_db_path) if c.damaged]
    assert kept.reason == "before-restore-damaged" and kept.pre_operation
    assert kept.path.read_bytes() == damaged
    assert stat.S_IMODE(kept.path.stat().st_mode) == 0o600


def test_restore_over_a_file_that_is_no_database_at_all(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup_sqlite(demo_db_path, "manual")
    original = _export(capsys, demo_db_path, tmp_path / "original.csv")
    demo_db_path.write_bytes(b"overwritten by an export" * 100)
    code, _out, err = _run(
        capsys, "--database", str(demo_db_path), "backup", "restore", "1", "--yes"
    )
    assert code == 0, err
    assert _export(capsys, demo_db_path, tmp_path / "restored.csv") == original
    assert good.is_file()


def test_a_restore_that_fails_half_way_puts_the_database_back(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import forumdesk.services.database.backups as backups_service

    copy = backup_sqlite(demo_db_path, "manual")
    source = tmp_path / "liste.csv"
    source.write_text("Nom;Prénom\nDiop;Awa\n", encoding="utf-8")
    db = ["--database", str(demo_db_path)]
    assert _run(capsys, *db, "registry", "import", str(source))[0] == 0
    changed = _export(capsys, demo_db_path, tmp_path / "changed.csv")

    def migration_fails(_database: Path, _revision: str, _key: str | None) -> str:
        raise backups_service.RestoreRefused("the backup could not be migrated")

    monkeypatch.setattr(backups_service, "_bring_to_head", migration_fails)
    code, _out, err = _run(capsys, *db, "backup", "restore", str(copy), "--yes")
    assert code == 1
    assert err.strip().endswith(f"could not be migrated; {demo_db_path} was put back as it was")
    assert _export(capsys, demo_db_path, tmp_path / "after.csv") == changed


def test_restore_refuses_a_database_that_does_not_exist(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = backup_sqlite(demo_db_path, "manual")
    missing = tmp_path / "gone.db"
    code, _out, err = _run(capsys, "--database", str(missing), "backup", "restore", str(copy))
    assert code == 1 and "there is no database at" in err and "forumdesk init" in err
    assert not missing.exists()


# Found in review -------------------------------------------------------------------------


def _venue(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return str(connection.execute("SELECT venue FROM forums").fetchone()[0])
    finally:
        connection.close()


def _set_venue(database: Path, venue: str) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE forums SET venue = ?", (venue,))
    connection.close()


def test_a_restore_never_deletes_the_copy_it_restores(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A before-import copy about to turn 30 days old, with no day, week or month slot of
    its own: the before-restore copy must not prune it away before it is read."""
    from forumdesk.services.database.backups import restore_backup

    monkeypatch.setattr(backup_module, "fsync_path", lambda _path: None)
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    _set_venue(demo_db_path, "Genève")
    chosen = backup_sqlite(demo_db_path, "before-import", now=monday)
    _set_venue(demo_db_path, "Nairobi")
    backup_sqlite(demo_db_path, "on-open-0008", now=monday + timedelta(hours=1))
    for day in range(1, 8):  # the rest of its week, and the next Monday
        backup_sqlite(demo_db_path, "on-open-0008", now=monday + timedelta(days=day))
    # Listed when the user chooses it, 29 days 23 hours old ...
    listed_at = monday + timedelta(days=29, hours=23)
    prune_backups(backup_folder(demo_db_path), now=listed_at)
    assert chosen in list_backups(demo_db_path)
    # ... and restored a few minutes after it turned 30 days old.
    result = restore_backup(demo_db_path, chosen, now=monday + timedelta(days=30, minutes=5))
    assert _venue(demo_db_path) == "Genève"
    assert chosen.is_file(), "the restored copy is kept by the pruning after the restore"
    assert result.safety_copy is not None and _venue(result.safety_copy) == "Nairobi"
    assert {chosen, result.safety_copy} <= set(list_backups(demo_db_path))


def test_a_failed_restore_prunes_nothing(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import forumdesk.services.database.backups as backups_service

    # Two copies of one day, the older of which any pruning deletes.
    old = backup_sqlite(demo_db_path, "on-open-0008", now=START)
    newer = backup_sqlite(demo_db_path, "on-open-0008", now=START + timedelta(hours=1), prune=False)

    def migration_fails(_database: Path, _revision: str, _key: str | None) -> str:
        raise backups_service.RestoreRefused("the backup could not be migrated")

    monkeypatch.setattr(backups_service, "_bring_to_head", migration_fails)
    with pytest.raises(backups_service.RestoreRefused):
        backups_service.restore_backup(demo_db_path, newer, now=START + timedelta(days=90))
    assert old.is_file() and newer.is_file()


def test_empty_and_foreign_leftovers_are_no_copies(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Files an older ForumDesk left when a backup failed: never listed, never the newest
    good copy nor a day's copy, and deleted by pruning."""
    day = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    real = backup_sqlite(demo_db_path, "on-open-0008", now=day)
    folder = backup_folder(demo_db_path)
    empty = folder / "forumdesk-20260302T120000000000Z-on-open-0008.db"
    empty.write_bytes(b"")
    foreign = folder / "forumdesk-20260302T130000000000Z-manual.db"
    foreign.write_bytes(b"partial copy, no header" * 10)
    assert list_backups(demo_db_path) == [real]
    code, out, err = _run(capsys, "--database", str(demo_db_path), "backup", "list", "--json")
    assert code == 0, err
    assert [b["path"] for b in json.loads(out)["backups"]] == [str(real)]

    removed = prune_backups(folder, now=day + timedelta(days=400))
    assert sorted(removed) == sorted([empty, foreign])
    assert sorted(folder.iterdir()) == [real], "the real copy is the newest good one"
    code, _out, err = _run(
        capsys, "--database", str(demo_db_path), "backup", "restore", "1", "--yes"
    )
    assert code == 0, err


def test_restore_over_a_damaged_database_keeps_its_write_ahead_log(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = backup_sqlite(demo_db_path, "manual")
    office = tmp_path / "office.db"
    # A database whose last change is still only in its -wal when it gets damaged.
    writer = sqlite3.connect(demo_db_path)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        writer.execute("PRAGMA wal_autocheckpoint=0")
        with writer:
            writer.execute("UPDATE forums SET venue = 'Only in the WAL'")
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{demo_db_path}{suffix}", f"{office}{suffix}")
    finally:
        writer.close()
    wal = Path(f"{office}-wal").read_bytes()
    assert wal, "the change should be in the WAL"
    data = bytearray(office.read_bytes())
    data[5 * 4096 : 9 * 4096] = bytes(4 * 4096)
    damaged = bytes(data)
    office.write_bytes(damaged)

    code, out, err = _run(
        capsys, "--database", str(office), "backup", "restore", str(good), "--yes", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    [kept] = [c for c in list_copies(office) if c.damaged]
    assert str(kept.path) == result["before_restore_copy"]
    assert kept.path.read_bytes() == damaged
    kept_wal = Path(f"{kept.path}-wal")
    assert result["before_restore_wal"] == str(kept_wal)
    assert kept_wal.read_bytes() == wal
    assert stat.S_IMODE(kept_wal.stat().st_mode) == 0o600
    assert not any(p.name.startswith(".") for p in kept.path.parent.iterdir())
    # Said in words too.
    office.write_bytes(damaged)
    Path(f"{office}-wal").write_bytes(wal)
    code, out, err = _run(
        capsys, "--database", str(office), "backup", "restore", str(good), "--yes"
    )
    assert code == 0, err
    assert "write-ahead log" in out and "-damaged.db-wal" in out
    # Once its time is over, a damaged copy goes with its log.
    prune_backups(kept.path.parent, now=datetime.now(UTC) + timedelta(days=400))
    assert not kept.path.exists() and not kept_wal.exists()
    assert not Path(f"{kept.path}-shm").exists()


def test_restore_by_number_says_which_copy_and_a_number_beats_a_file_named_so(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    when = datetime(2026, 3, 2, 9, 0, 5, tzinfo=UTC)
    copy = backup_sqlite(demo_db_path, "manual", now=when)
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(REV_0001, tmp_path / "1")  # a restorable file literally named "1"
    db = ["--database", str(demo_db_path)]
    code, out, err = _run(capsys, *db, "backup", "restore", "1", "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["restored_from"] == str(copy)
    assert f"Backup 1 is {copy.name}, taken 2026-03-02 09:00:05 UTC." in err
    code, out, err = _run(capsys, *db, "backup", "restore", "./1", "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["restored_from"] == "1"
    assert "Backup 1 is" not in err

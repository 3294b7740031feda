"""A registry import bigger than the registry builds the people's indexes after its rows
(store/bulk_indexes.py): the schema ends exactly as it was, the indexes agree with the
rows, and a cancelled or failed import takes its DROPs back with its rows."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event

from forumdesk.services.registry.import_ import bulk_writer
from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import ImportFileError, read_rows
from forumdesk.services.registry.import_.importer import ImportCancelled, run_import
from forumdesk.services.search.people import find_in_registry
from forumdesk.store.bulk_indexes import set_aside_indexes
from forumdesk.store.database import Database


@pytest.fixture
def statements(empty_db: Database) -> list[str]:
    """Every statement the database's engine runs from here on."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(empty_db.engine, "before_cursor_execute", record)
    return seen


@pytest.fixture
def low_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk_writer, "SET_ASIDE_FROM_ROWS", 20)
    monkeypatch.setattr(bulk_writer, "_BYTES_PER_ROW", 40)  # this file's rows: about 50


def _people(path: Path, rows: int, prefix: str = "Person") -> Path:
    lines = ["Nom;Prénom;Organisation;Catégorie;Courriel"]
    lines += [
        f"{prefix}{n:05d};Anne;Org {n % 7};ONG;{prefix.lower()}{n}@example.org" for n in range(rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _import(database: Database, path: Path, **options: Any) -> Any:
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        return run_import(session, path, guess_mapping(headers, session), **options)


def _schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()


def _check(path: Path) -> tuple[str, int]:
    """integrity_check compares every index with its table's rows."""
    with sqlite3.connect(path) as connection:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        people = connection.execute("SELECT count(*) FROM representatives").fetchone()[0]
    return verdict, people


def _dropped(statements: list[str]) -> list[str]:
    return [s.split('"')[1] for s in statements if s.startswith("DROP INDEX")]


@pytest.mark.usefixtures("low_threshold")
def test_a_big_import_into_an_empty_registry_builds_the_indexes_after_its_rows(
    empty_db: Database, empty_db_path: Path, statements: list[str], tmp_path: Path
) -> None:
    before = _schema(empty_db_path)
    report = _import(empty_db, _people(tmp_path / "list.csv", 60))

    dropped = _dropped(statements)
    assert "ix_representatives_live_sort_key" in dropped
    assert "ix_representatives_email_folded" in dropped
    assert "ix_name_words_id" in dropped
    assert not any(name.startswith("sqlite_autoindex") for name in dropped)
    created = [s for s in statements if s.startswith("CREATE INDEX")]
    assert len(created) == len(dropped)
    assert report.representatives_created == 60
    assert _schema(empty_db_path) == before
    assert _check(empty_db_path) == ("ok", 60)
    with empty_db.reading() as session:  # the type-ahead's words are there
        found = find_in_registry(session, "Person0004", prefix_last=True)
    assert len(found) == 10


@pytest.mark.usefixtures("low_threshold")
def test_the_counted_rows_decide_when_the_dialog_gives_them(
    empty_db: Database, statements: list[str], tmp_path: Path
) -> None:
    path = _people(tmp_path / "list.csv", 30)
    _import(empty_db, path, total=10)  # counted: fewer than the threshold
    assert _dropped(statements) == []
    _import(empty_db, _people(tmp_path / "more.csv", 30, "Other"), total=40)
    assert _dropped(statements) != []


@pytest.mark.usefixtures("low_threshold")
def test_an_import_smaller_than_the_registry_keeps_its_indexes(
    empty_db: Database, statements: list[str], tmp_path: Path
) -> None:
    _import(empty_db, _people(tmp_path / "first.csv", 60), total=60)
    statements.clear()
    _import(empty_db, _people(tmp_path / "second.csv", 30, "Second"), total=30)
    assert _dropped(statements) == []


@pytest.mark.usefixtures("low_threshold")
def test_a_dry_run_drops_nothing(empty_db: Database, statements: list[str], tmp_path: Path) -> None:
    report = _import(empty_db, _people(tmp_path / "list.csv", 60), dry_run=True)
    assert report.valid == 60
    assert _dropped(statements) == []


@pytest.mark.usefixtures("low_threshold")
def test_a_cancelled_import_leaves_the_indexes_and_the_rows_as_they_were(
    empty_db: Database, empty_db_path: Path, statements: list[str], tmp_path: Path
) -> None:
    before = _schema(empty_db_path)
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 2  # after 500 rows: two batches written

    with pytest.raises(ImportCancelled):
        _import(empty_db, _people(tmp_path / "list.csv", 3000), cancelled=cancelled)
    assert _dropped(statements) != []  # they were dropped, and came back with the rollback
    empty_db.dispose()
    assert _schema(empty_db_path) == before
    assert _check(empty_db_path) == ("ok", 0)


@pytest.mark.usefixtures("low_threshold")
def test_a_file_refused_half_way_leaves_the_indexes_as_they_were(
    empty_db: Database, empty_db_path: Path, statements: list[str], tmp_path: Path
) -> None:
    before = _schema(empty_db_path)
    path = _people(tmp_path / "late-fault.csv", 2500)
    lines = path.read_text("utf-8").splitlines()
    lines[2400] = "Dupont\x1b[2J;Jean;Org 1;ONG;late@example.org"  # after a batch went in
    path.write_text("\n".join(lines), encoding="utf-8")

    with pytest.raises(ImportFileError, match="row 2401"):
        _import(empty_db, path)
    assert _dropped(statements) != []
    empty_db.dispose()
    assert _schema(empty_db_path) == before
    assert _check(empty_db_path) == ("ok", 0)


def test_unique_indexes_stay_and_odd_names_come_back(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (a TEXT PRIMARY KEY, b TEXT, c TEXT)")
        connection.exec_driver_sql("CREATE UNIQUE INDEX u ON t (b)")
        connection.exec_driver_sql('CREATE INDEX "odd ""name""" ON t (c) WHERE c IS NOT NULL')
        connection.exec_driver_sql("PRAGMA cache_size=-3000")
        set_aside = set_aside_indexes(connection, ["t"])
        assert set_aside.names == ['odd "name"']
        left = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        assert sorted(row[0] for row in left) == ["sqlite_autoindex_t_1", "u"]
        connection.exec_driver_sql("INSERT INTO t VALUES ('1', 'x', 'y'), ('2', 'z', NULL)")
        set_aside.rebuild()
        set_aside.rebuild()  # once only: nothing left to build
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -3000
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = ?", ('odd "name"',)
        )
        assert found.scalar_one() == 'CREATE INDEX "odd ""name""" ON t (c) WHERE c IS NOT NULL'
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    engine.dispose()


KILL_MID_IMPORT = Path(__file__).with_name("kill_mid_import.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
@pytest.mark.parametrize("when", ["rows", "rebuild"])
def test_an_import_killed_with_its_indexes_aside_leaves_them_as_they_were(
    empty_db_path: Path, tmp_path: Path, when: str
) -> None:
    before = _schema(empty_db_path)
    path = _people(tmp_path / "list.csv", 3000)
    done = subprocess.run(
        [sys.executable, str(KILL_MID_IMPORT), str(empty_db_path), str(path), when],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    assert _schema(empty_db_path) == before
    assert _check(empty_db_path) == ("ok", 0)


@pytest.mark.usefixtures("low_threshold")
def test_the_steps_after_the_rows_are_announced_as_they_begin(
    empty_db: Database, statements: list[str], tmp_path: Path
) -> None:
    """What takes the last 20 s at a million rows is named before it starts: the indexes
    while they are still set aside, the statistics, then the commit to come."""
    from forumdesk.services.registry.import_.report import ImportStage

    told: list[tuple[str, int]] = []  # (stage or "progress", statements run by then)

    def stage(step: ImportStage) -> None:
        told.append((str(step), len(statements)))

    def progress(done: int, total: int) -> None:
        if done == total:
            told.append(("progress", len(statements)))

    _import(empty_db, _people(tmp_path / "big.csv", 60), stage=stage, progress=progress)
    assert [name for name, _count in told] == ["progress", "indexes", "statistics", "saving"]
    marks = dict(told)
    built = [n for n, s in enumerate(statements) if s.startswith("CREATE INDEX")]
    dropped = [n for n, s in enumerate(statements) if s.startswith("DROP INDEX")]
    assert built and dropped
    assert max(dropped) < marks["indexes"] <= min(built)  # announced before the build
    assert marks["progress"] <= marks["indexes"]  # every row counted first
    assert max(built) < marks["statistics"] <= marks["saving"]


def test_a_small_import_announces_no_index_build_and_a_dry_run_nothing(
    empty_db: Database, tmp_path: Path
) -> None:
    told: list[str] = []
    path = _people(tmp_path / "small.csv", 5)
    _import(empty_db, path, stage=told.append, dry_run=True)
    assert told == []
    _import(empty_db, path, stage=told.append)
    assert told == ["statistics", "saving"]

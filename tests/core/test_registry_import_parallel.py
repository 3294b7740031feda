"""A big import reads its rows in a second process (services/registry/import_/parallel):
the same registry, report and audit as in one process; cancelled, failed or killed on
either side, nothing is written."""

from __future__ import annotations

import json
import multiprocessing
import os
import select
import signal
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from forumdesk.cli import main
from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import ImportFileError, read_rows
from forumdesk.services.registry.import_.importer import ImportCancelled, run_import
from forumdesk.services.registry.import_.parallel import source
from forumdesk.services.registry.import_.parallel.source import ImportProcessError
from forumdesk.services.registry.import_.report import ImportReport
from forumdesk.store.migrate import open_database

HEADER = "Prénom;Nom;Organisation;Catégorie;Courriel;Badge"
FIRST = """Prénom;Nom;Organisation;Catégorie;Courriel;Badge
Amina;Diallo;Migrant Forum Asia;Association de migrants;amina.diallo@mfa.org;B-901
Jean;Dupont;Caritas Internationalis;ONG;jean.dupont@caritas.org;
Li;Wei;World Bank;Institution financière;li.wei@worldbank.org;B-902
"""
KILL_MID_IMPORT = Path(__file__).with_name("kill_mid_import.py")


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    def choose(on: bool) -> None:
        monkeypatch.setattr(source, "PARALLEL_FROM_ROWS", 1 if on else 10**9)

    return choose


@pytest.fixture(autouse=True)
def _no_process_left() -> Iterator[None]:
    yield
    assert multiprocessing.active_children() == []


def _cli(db: Path, *args: str) -> Any:
    out = sys.stdout
    from io import StringIO

    sys.stdout = captured = StringIO()
    try:
        assert main(["--database", str(db), *args]) == 0
    finally:
        sys.stdout = out
    return json.loads(captured.getvalue()) if "--json" in args else None


def _rows(count: int, start: int = 0) -> list[str]:
    """New people over a dozen organisations, a namesake now and then, one in 50 with
    an e-mail no one could read."""
    rows = []
    for i in range(start, start + count):
        email = "not an address" if i % 50 == 7 else f"p{i}@example.org"
        family = f"Family{chr(97 + i % 23)}{chr(97 + i % 7)}"
        rows.append(f"Given{i % 97};{family};Réseau {i % 12};ONG;{email};")
    return rows


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _listed_then_withdrawn(db: Path, tmp_path: Path) -> str:
    """Amina, Jean and Li listed; registered to the forum with badges, then withdrawn
    (the forum's import undone): their registrations are tombstones to revive."""
    first = tmp_path / "first.csv"
    first.write_text(FIRST, encoding="utf-8")
    _cli(db, "registry", "import", str(first), "--json")
    with sqlite3.connect(db) as connection:
        forum = connection.execute("SELECT id FROM forums LIMIT 1").fetchone()[0]
    connection.close()
    forum = str(uuid.UUID(hex=str(forum).replace("-", "")))
    registered = _cli(db, "registry", "import", str(first), "--forum", forum, "--json")
    assert registered["created"]["registrations"] == 3
    _cli(db, "registry", "undo-import", registered["import_id"])
    return forum


def _state(db: Path) -> dict[str, Any]:
    """What a user could tell apart: the registry by name, the forum's registrations,
    the audit's entries by kind, the search and type-ahead entries, the import's record."""
    queries = {
        "people": "SELECT p.family_name, p.given_name, p.email, p.gender, o.name, p.sort_key,"
        " p.family_name_latin, p.deleted_at IS NULL FROM representatives p"
        " LEFT JOIN organisations o ON o.id = p.organisation_id ORDER BY 1, 2, 3",
        "organisations": "SELECT name, category, country_code FROM organisations ORDER BY 1",
        "registrations": "SELECT p.family_name, p.given_name, r.badge_number, r.status,"
        " r.deleted_at IS NULL, r.import_id IS NOT NULL FROM registrations r"
        " JOIN representatives p ON p.id = r.representative_id ORDER BY 1, 2, 3",
        "audit": "SELECT table_name, action, count(*) FROM audit_entries GROUP BY 1, 2",
        "search": "SELECT kind, count(*) FROM search_index GROUP BY 1",
        "words": "SELECT count(*) FROM name_words",
        "imports": "SELECT file_name, counts, updated LIKE '%~undo%' FROM registry_imports"
        " ORDER BY imported_at",
        "indexes": "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1",
    }
    with sqlite3.connect(db) as connection:
        found = {name: connection.execute(sql).fetchall() for name, sql in queries.items()}
    connection.close()
    return found


def _report_json(report: ImportReport) -> dict[str, Any]:
    found = report.as_json()
    del found["import_id"]
    return found


def _import(db: Path, path: Path, **options: Any) -> ImportReport:
    database, _ = open_database(str(db), backup=False)
    try:
        headers, _rows = read_rows(path)
        with database.unit_of_work() as session:
            return run_import(session, path, guess_mapping(headers, session), **options)
    finally:
        database.dispose()


def test_a_parallel_import_writes_what_one_process_writes(
    demo_db_path: Path, tmp_path: Path, parallel: Callable[[bool], None]
) -> None:
    """Listed people revived with their badges, a withdrawn badge given to someone new,
    new organisations, namesakes, bad rows: both ways give the same registry and report."""
    copy = tmp_path / "copy.db"
    forum = _listed_then_withdrawn(demo_db_path, tmp_path)
    copy.write_bytes(demo_db_path.read_bytes())
    lines = [
        "Amina;Diallo;Migrant Forum Asia;Association de migrants;amina.diallo@mfa.org;B-901",
        "Jean;Dupont;Caritas Internationalis;ONG;jean.dupont@caritas.org;",
        "Zoé;Nouvelle;Réseau 3;ONG;zoe@example.org;B-902",  # Li's withdrawn badge
        *_rows(4500),
        "Amina;Diallo;Migrant Forum Asia;Association de migrants;amina.diallo@mfa.org;",
    ]
    path = _write(tmp_path / "big.csv", lines)
    reports = []
    for db, on in ((demo_db_path, True), (copy, False)):
        parallel(on)
        reports.append(_import(db, path, forum_id=uuid.UUID(forum)))
    assert reports[0].representatives_created == 4500 - 90 + 1
    assert reports[0].registrations_created == 4500 - 90 + 3
    assert len(reports[0].errors) == 90 and len(reports[0].duplicates) > 100
    assert _report_json(reports[0]) == _report_json(reports[1])
    assert _state(demo_db_path) == _state(copy)
    badges = {row[2]: row[:2] for row in _state(demo_db_path)["registrations"] if row[4]}
    assert badges["B-901"] == ("Diallo", "Amina") and badges["B-902"] == ("Nouvelle", "Zoé")
    _cli(demo_db_path, "check")  # the audit chain whole, integrity and keys (exit code 0)


def test_a_cancelled_parallel_import_writes_nothing(
    empty_db_path: Path, tmp_path: Path, parallel: Callable[[bool], None]
) -> None:
    parallel(True)
    before = _state(empty_db_path)
    path = _write(tmp_path / "list.csv", _rows(9000))
    told: list[int] = []
    with pytest.raises(ImportCancelled) as cancelled:
        _import(
            empty_db_path,
            path,
            progress=lambda done, _total: told.append(done),
            cancelled=lambda: bool(told and told[-1] >= 4000),
        )
    assert cancelled.value.report.cancelled and told[-1] == 4000
    assert _state(empty_db_path) == before


def test_a_row_the_reading_process_refuses_is_named_and_nothing_is_written(
    empty_db_path: Path, tmp_path: Path, parallel: Callable[[bool], None]
) -> None:
    parallel(True)
    before = _state(empty_db_path)
    lines = _rows(6000)
    lines[4998] = "Given;Fam\u202eily;Réseau 1;ONG;x@example.org;"  # a direction override
    with pytest.raises(ImportFileError, match="row 5000, Nom: holds a control character"):
        _import(empty_db_path, _write(tmp_path / "list.csv", lines))
    assert _state(empty_db_path) == before


def test_a_reading_process_killed_mid_import_is_one_line_and_nothing_is_written(
    empty_db_path: Path, tmp_path: Path, parallel: Callable[[bool], None]
) -> None:
    parallel(True)
    before = _state(empty_db_path)

    def kill_it(done: int, _total: int) -> None:
        if done:
            for child in multiprocessing.active_children():
                child.kill()

    with pytest.raises(ImportProcessError) as failed:
        _import(empty_db_path, _write(tmp_path / "list.csv", _rows(9000)), progress=kill_it)
    assert str(failed.value) == (
        "Cannot import list.csv: the process reading its rows stopped (exit code -9); "
        "nothing was imported."
    )
    assert _state(empty_db_path) == before


def test_an_encrypted_database_takes_a_parallel_import(
    demo_db_path: Path, tmp_path: Path, parallel: Callable[[bool], None]
) -> None:
    from forumdesk.store.encryption import encrypt_database

    parallel(True)
    encrypt_database(demo_db_path, "correct horse battery")
    database, _ = open_database(str(demo_db_path), passphrase="correct horse battery")
    path = _write(tmp_path / "list.csv", _rows(2500))
    try:
        headers, _rows_read = read_rows(path)
        with database.unit_of_work() as session:
            report = run_import(session, path, guess_mapping(headers, session))
    finally:
        database.dispose()
    assert report.representatives_created == 2450 and report.import_id is not None


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux's pidfd")
def test_when_the_importing_process_is_killed_its_reader_ends_and_nothing_is_written(
    empty_db_path: Path, tmp_path: Path
) -> None:
    before = _state(empty_db_path)
    path = _write(tmp_path / "list.csv", _rows(9000))
    done = subprocess.run(
        [sys.executable, str(KILL_MID_IMPORT), str(empty_db_path), str(path), "parallel"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    reader = int(done.stdout.split()[-1])
    try:
        handle = os.pidfd_open(reader)
    except ProcessLookupError:
        handle = None  # gone already
    if handle is not None:
        # The reader's next message finds no one to read it: it ends (a wait, not a sleep).
        ended, _w, _x = select.select([handle], [], [], 60)
        os.close(handle)
        assert ended, "the reading process outlived the import"
    assert _state(empty_db_path) == before


def test_a_script_without_a_main_guard_imports_once(empty_db_path: Path, tmp_path: Path) -> None:
    """An office's own import script, with no `if __name__ == "__main__"`: the reading
    process must not run it again (it would open the database and import in there)."""
    path = _write(tmp_path / "list.csv", _rows(300))
    script = tmp_path / "office_import.py"
    script.write_text(
        "from pathlib import Path\n"
        "from forumdesk.services.registry.import_.columns import guess_mapping\n"
        "from forumdesk.services.registry.import_.files import read_rows\n"
        "from forumdesk.services.registry.import_.importer import run_import\n"
        "from forumdesk.services.registry.import_.parallel import source\n"
        "from forumdesk.store.migrate import open_database\n"
        "source.PARALLEL_FROM_ROWS = 1\n"
        f"database, _ = open_database({str(empty_db_path)!r}, backup=False)\n"
        f"path = Path({str(path)!r})\n"
        "with database.unit_of_work() as session:\n"
        "    report = run_import(session, path, guess_mapping(read_rows(path)[0], session))\n"
        "print(report.representatives_created)\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["294"]
    assert _state(empty_db_path)["imports"][0][0] == "list.csv"

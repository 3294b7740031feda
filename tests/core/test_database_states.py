"""Databases in any state: read-only, busy, written by many at once, and failures told in
one line with the details in a log the user alone can read."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from forumdesk.cli import main
from forumdesk.store import migrate
from forumdesk.store.migrate import open_database
from forumdesk.store.redaction import redact, without_password


def _digest(path: Path) -> str:
    wal = Path(f"{path}-wal")
    extra = wal.read_bytes() if wal.exists() else b""
    return hashlib.sha256(path.read_bytes() + b"|" + extra).hexdigest()


def _fold(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _notes(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        # the notes the test writes, not the demo's own two
        query = "SELECT count(*) FROM notes WHERE author IS NOT 'Secrétariat des rencontres'"
        return int(connection.execute(query).fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def settled(demo_db_path: Path) -> Path:
    """The demo copy opened once (it records its own device), its WAL folded."""
    database, _ = open_database(str(demo_db_path), backup=False)
    database.dispose()
    _fold(demo_db_path)
    return demo_db_path


def _deny_writes(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What a file and folder the user may not write to look like. Root may write
    anywhere, so the check is faked; SQLite's own read-only mode does the refusing."""
    real = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_database_reads_and_refuses_writes_in_one_line(
    settled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _deny_writes(monkeypatch, settled.parent)
    before = _digest(settled)
    database, report = open_database(str(settled))
    try:
        assert report.read_only and database.read_only
        assert report.backup is None
    finally:
        database.dispose()

    assert main(["--database", str(settled), "registry", "stats"]) == 0
    assert "Representatives" in capsys.readouterr().out
    assert main(["--database", str(settled), "search", "transferts"]) == 0
    assert main(["--database", str(settled), "check"]) == 0
    capsys.readouterr()
    code = main(["--database", str(settled), "note", "add", "--paragraphs", "3", "--text", "x"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().count("\n") == 0 and "read-only" in err and "Traceback" not in err
    assert _digest(settled) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file")
def test_a_file_without_write_permission_opens_read_only(settled: Path) -> None:
    settled.chmod(0o444)
    try:
        database, report = open_database(str(settled))
        database.dispose()
        assert report.read_only
    finally:
        settled.chmod(0o600)


def test_an_outdated_read_only_database_is_refused_not_migrated(
    empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = sqlite3.connect(empty_db_path)
    connection.execute("UPDATE alembic_version SET version_num = '0007_merge_audit'")
    connection.commit()
    connection.close()
    _deny_writes(monkeypatch, empty_db_path.parent)
    before = _digest(empty_db_path)
    with pytest.raises(migrate.DatabaseReadOnly, match="read-only and at schema revision"):
        open_database(str(empty_db_path))
    assert _digest(empty_db_path) == before


def test_a_writer_waits_for_another_and_then_writes(
    settled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the write lock for a moment: the note waits, then lands."""
    holder = sqlite3.connect(settled, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.5, holder.rollback)
    release.start()
    try:
        code = main(
            ["--database", str(settled), "note", "add", "--paragraphs", "3", "--text", "waited"]
        )
    finally:
        release.join()
        holder.close()
    assert code == 0
    assert _notes(settled) == 1


def test_a_writer_that_waits_too_long_says_so_in_one_line(
    settled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FORUMDESK_BUSY_TIMEOUT_MS", "100")
    holder = sqlite3.connect(settled, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code = main(
            ["--database", str(settled), "note", "add", "--paragraphs", "3", "--text", "late"]
        )
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "database is busy" in err and err.strip().count("\n") == 0
    assert _notes(settled) == 0


def test_parallel_writers_lose_no_note(settled: Path, tmp_path: Path) -> None:
    """Six processes add four notes each at once; BEGIN IMMEDIATE and the busy timeout
    make each wait its turn (a deferred transaction that reads, then writes, failed)."""
    script = (
        "import sys\n"
        "from forumdesk.cli import main\n"
        "for n in range(4):\n"
        "    code = main(['--database', sys.argv[1], 'note', 'add', '--paragraphs', "
        "str(10 + n), '--text', f'{sys.argv[2]} {n}'])\n"
        "    if code:\n"
        "        sys.exit(code)\n"
    )
    env = dict(os.environ, FORUMDESK_DATA_DIR=str(tmp_path / "data"))
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(settled), f"writer {w}"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(6)
    ]
    results = [(writer.wait(timeout=300), writer.stderr.read()) for writer in writers]  # type: ignore[union-attr]
    for writer in writers:
        writer.stdout.close()  # type: ignore[union-attr]
        writer.stderr.close()  # type: ignore[union-attr]
    assert [code for code, _ in results] == [0] * 6, [err for _, err in results]
    assert all("Traceback" not in err for _, err in results)
    assert _notes(settled) == 24


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_a_private_log(
    settled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import forumdesk.cli as cli

    def explode(*_args: object) -> int:
        raise ValueError("Amina Diallo <amina.diallo@example.org> broke a rule")

    monkeypatch.setattr(cli, "_command", explode)
    assert main(["--database", str(settled), "registry", "stats"]) == 1
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0
    assert "unexpected error (ValueError)" in err
    assert "Amina" not in err and "example.org" not in err, "personal data in the line"
    log = Path(os.environ["FORUMDESK_DATA_DIR"]) / "logs" / "forumdesk.log"
    assert str(log) in err
    assert "Traceback" in log.read_text() and "amina.diallo@example.org" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
    assert log.parent.stat().st_mode & 0o777 == 0o700


def test_a_full_disk_is_one_line_with_no_row_in_it(
    settled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import forumdesk.cli as cli

    def full(*_args: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device", str(settled))

    monkeypatch.setattr(cli, "_command", full)
    assert main(["--database", str(settled), "registry", "stats"]) == 1
    err = capsys.readouterr().err
    assert f"the disk is full ({settled})" in err and err.strip().count("\n") == 0


def test_sql_errors_never_quote_the_row(settled: Path) -> None:
    """A driver error's text leaves the statement's values out (names, e-mails)."""
    from sqlalchemy import text

    database, _ = open_database(str(settled))
    try:
        with pytest.raises(Exception) as caught, database.unit_of_work() as session:
            session.execute(
                text("INSERT INTO devices (id, name) VALUES (:id, :name)"),
                {"id": "not-a-uuid", "name": "Amina Diallo amina@example.org"},
            )
        assert "amina@example.org" not in str(caught.value)
    finally:
        database.dispose()


def test_passwords_are_redacted_and_never_kept() -> None:
    url = "postgresql+psycopg://ana:s3cr%40t@db.office:5432/forum"
    assert "s3cr" not in redact(f"cannot connect to {url}")
    assert "s3cr" not in redact("host=db password=s3cr%40t user=ana")
    assert without_password(url) == "postgresql+psycopg://ana@db.office:5432/forum"
    assert without_password("/home/ana/forum.db") == "/home/ana/forum.db"


def test_init_makes_a_private_database(tmp_path: Path) -> None:
    path = tmp_path / "office" / "forum.db"
    assert main(["--database", str(path), "init"]) == 0
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_a_large_file_is_checked_by_its_size_not_read_whole(
    settled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrate, "QUICK_CHECK_MAX_BYTES", 0)
    assert migrate.quick_check(settled) is None
    cut = tmp_path / "cut.db"
    cut.write_bytes(settled.read_bytes()[: settled.stat().st_size // 2])
    assert "cut off" in (migrate.quick_check(cut) or "")
    with pytest.raises(migrate.DatabaseCorrupt, match="cut off"):
        open_database(str(cut))


def test_a_wal_left_in_a_read_only_folder_is_not_called_damage(
    settled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash left a -wal beside the file, and the folder is read-only: SQLite cannot
    open it, and the user is told why, not sent to restore a backup."""
    Path(f"{settled}-wal").write_bytes(b"")
    _deny_writes(monkeypatch, settled.parent)
    with pytest.raises(migrate.DatabaseReadOnly, match="did not close"):
        open_database(str(settled))

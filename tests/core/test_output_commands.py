"""Every export command refuses to write over the database; export-all is whole or not at all."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

import forumdesk
from forumdesk.cli import main
from forumdesk.paths import backups_dir


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one(path: Path, sql: str) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(sql).fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def _forum(path: Path) -> str:
    return _one(path, "SELECT id FROM forums")


def _segments(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT id FROM segments WHERE kind = 'thematic' ORDER BY starts_at LIMIT 3"
        ).fetchall()
    finally:
        connection.close()
    return [str(uuid.UUID(hex=str(row[0]).replace("-", ""))) for row in rows]


# Each export command, with OUT where its output goes.
COMMANDS = {
    "registry-export-xlsx": ["registry", "export", "OUT", "--format", "xlsx"],
    "registry-export-csv": ["registry", "export", "OUT", "--format", "csv"],
    "registry-badges": ["registry", "badges", "OUT"],
    "registry-import-report": ["registry", "import", "LIST", "--report", "OUT"],
    "report-export": ["report", "export", "-o", "OUT", "--format", "pdf"],
    "compendium-export": ["compendium", "export", "-o", "OUT", "--format", "pdf"],
    "minutes-export": ["minutes", "export", "--segment", "SEGMENT", "--format", "pdf", "-o", "OUT"],
    "minutes-export-all": ["minutes", "export-all", "--forum", "FORUM", "-o", "OUT", "--format=md"],
    "programme-ics": ["programme", "ics", "OUT"],
    "programme-pdf": ["programme", "pdf", "OUT"],
    "programme-docx": ["programme", "docx", "OUT"],
    "programme-export": ["programme", "export", "hearings-2006", "OUT"],
    "programme-save-template": ["programme", "save-template", "OUT", "--slug", "x", "--name", "X"],
    "prepare-laptop": ["prepare-laptop", "OUT"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_no_export_writes_over_the_database(
    command: str, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db_path
    listing = tmp_path / "list.csv"
    listing.write_text("Family name,Given name\nDupont,Jean\n", encoding="utf-8")
    backups_dir().mkdir(parents=True, exist_ok=True)
    backup = backups_dir() / "forumdesk-before-import.db"
    backup.write_bytes(db.read_bytes())
    other = tmp_path / "office.sqlite"
    other.write_bytes(db.read_bytes())
    hard = tmp_path / "hard-link.pdf"
    os.link(db, hard)
    symlink = tmp_path / "symlink.pdf"
    symlink.symlink_to(db)
    targets = {
        db: "open database",
        Path(f"{db}-wal"): "open database",
        Path(f"{db}-shm"): "open database",
        backup: "backups folder",
        other: "SQLite database",
        hard: "open database",
        symlink: "open database",
    }
    values = {"LIST": str(listing), "SEGMENT": str(uuid.uuid4()), "FORUM": _forum(db)}
    # The copy's first open settles it (once); every refusal after that leaves it as it is.
    assert _run(capsys, "--database", str(db), "registry", "stats")[0] == 0
    for target, expected in targets.items():
        before = {path: _sha(path) for path in (db, backup, other)}
        args = [str(target) if a == "OUT" else values.get(a, a) for a in COMMANDS[command]]
        code, _out, err = _run(capsys, "--database", str(db), *args)
        assert code == 1, (target, err)
        assert err.count("\n") == 1 and err.startswith("forumdesk: cannot write"), err
        assert expected in err and "Traceback" not in err, (target, err)
        assert {path: _sha(path) for path in (db, backup, other)} == before, target
    assert not Path(f"{db}-journal").exists()


def _two_parallel_minutes(db: Path, capsys: pytest.CaptureFixture[str], title: str) -> None:
    """Minutes for three segments; two of them parallel and titled alike in `title`."""
    first, second, third = _segments(db)
    for segment in (first, second, third):
        code, _out, err = _run(
            capsys, "--database", str(db), "minutes", "compose", "--segment", segment
        )
        assert code == 0, err
    connection = sqlite3.connect(db)
    try:
        ids = [uuid.UUID(s).hex for s in (first, second)]
        connection.execute(
            "UPDATE segments SET title = ?, starts_at = (SELECT starts_at FROM segments "
            "WHERE id = ?), session_id = (SELECT session_id FROM segments WHERE id = ?) "
            "WHERE id IN (?, ?)",
            (title, ids[0], ids[0], *ids),
        )
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize("title", ["会议", "★★★"])
def test_export_all_names_parallel_segments_apart(
    title: str, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db_path
    _two_parallel_minutes(db, capsys, title)
    forum = _forum(db)
    archive = tmp_path / "all.zip"
    code, out, err = _run(
        capsys, "--database", str(db), "minutes", "export-all", "--forum", forum,
        "--format", "md", "-o", str(archive),
    )  # fmt: skip
    assert code == 0, err
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        bodies = {opened.read(name) for name in names}
    assert len(names) == len(set(names)) == len(bodies) == 3
    assert "wrote 3 minutes" in out
    folder = tmp_path / "into" / "here"
    code, out, err = _run(
        capsys, "--database", str(db), "minutes", "export-all", "--forum", forum,
        "--format", "md", "-o", str(folder),
    )  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert "wrote 3 minutes" in out
    # Named as Export… names one minutes; the second of the two alike is numbered.
    # "★★★" leaves nothing of the segment's title: forum, "minutes", day.
    alike = "Rencontres-interactives-informelles-12-juillet-2006" + (
        "_会议_minutes_2006-07-12" if title == "会议" else "_minutes_2006-07-12"
    )
    assert f"{alike}.md" in names and f"{alike}_2.md" in names, names


def _export_all(db: Path, archive: Path, **popen: object) -> subprocess.Popen[str]:
    """`forumdesk minutes export-all` in a process of its own that stops before renaming
    the .zip into place (tests/core/pause_before_rename.py)."""
    source = Path(forumdesk.__file__).resolve().parents[1]
    environment = os.environ | {"PYTHONPATH": str(source)}
    command = [
        sys.executable, str(Path(__file__).with_name("pause_before_rename.py")), ".zip",
        "--database", str(db), "minutes", "export-all",
        "--forum", _forum(db), "--format", "md", "-o", str(archive),
    ]  # fmt: skip
    return subprocess.Popen(command, env=environment, text=True, **popen)  # type: ignore[call-overload]


def test_a_kill_during_export_all_leaves_the_previous_zip_whole(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db_path
    _two_parallel_minutes(db, capsys, "Panel")
    archive = tmp_path / "minutes.zip"
    code, _out, err = _run(
        capsys, "--database", str(db), "minutes", "export-all", "--forum", _forum(db),
        "--format", "md", "-o", str(archive),
    )  # fmt: skip
    assert code == 0, err
    with zipfile.ZipFile(archive) as opened:
        members = {name: opened.read(name) for name in opened.namelist()}
    previous = archive.read_bytes()
    # A second export, paused once its new zip is written to the temporary file and not
    # yet renamed; then killed outright.
    process = _export_all(
        db,
        archive,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.startswith("paused before renaming"), line + process.stderr.read()
    temporary = Path(line.split("renaming ", 1)[1].strip())
    assert temporary.parent == tmp_path and temporary.stat().st_size > 0
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    process.stderr.close()
    assert process.stdin is not None
    process.stdin.close()
    assert archive.read_bytes() == previous
    with zipfile.ZipFile(archive) as opened:
        assert opened.testzip() is None
        assert {name: opened.read(name) for name in opened.namelist()} == members

"""`forumdesk minutes compose|approve|export|export-all`."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest

from forumdesk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _segment(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT id FROM segments WHERE kind = 'thematic' ORDER BY starts_at LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def _forum(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT id FROM forums").fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def test_compose_then_approve(capsys: pytest.CaptureFixture[str], demo_db_path: Path) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    code, out, err = _run(capsys, "--database", db, "minutes", "approve", "--segment", segment)
    assert code == 1 and "run `minutes compose` first" in err
    code, out, err = _run(
        capsys, "--database", db, "minutes", "compose", "--segment", segment, "--json"
    )
    assert code == 0, err
    composed = json.loads(out)
    assert (
        composed["version"] == 1 and "<h2>" in composed["html"] and "Orateurs" in composed["html"]
    )
    code, out, err = _run(capsys, "--database", db, "minutes", "compose", "--segment", segment)
    assert code == 0 and out.startswith("<h2>")  # a composed draft is simply composed again
    code, out, err = _run(
        capsys, "--database", db, "minutes", "approve", "--segment", segment, "--by", "Ms. Head"
    )
    assert (code, out.strip()) == (0, "version 1 approved by Ms. Head")
    code, out, err = _run(
        capsys, "--database", db, "minutes", "approve", "--segment", segment, "--by", "Ms. Head"
    )
    assert code == 1 and "already approved by Ms. Head" in err


def test_compose_unknown_segment(capsys: pytest.CaptureFixture[str], demo_db_path: Path) -> None:
    code, _out, err = _run(
        capsys,
        "--database",
        str(demo_db_path),
        "minutes",
        "compose",
        "--segment",
        str(uuid.uuid4()),
    )
    assert code == 1 and "no such segment" in err


def test_export_and_export_all(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db, segment = str(demo_db_path), _segment(demo_db_path)
    assert _run(capsys, "--database", db, "minutes", "compose", "--segment", segment)[0] == 0
    # The test user composed; someone else approves.
    approve = ("--by", "Head of secretariat", "--database", db, "minutes", "approve")
    assert _run(capsys, *approve, "--segment", segment)[0] == 0
    target = tmp_path / "minutes.md"
    code, _out, err = _run(
        capsys, "--database", db, "minutes", "export", "--segment", segment,
        "--format", "md", "-o", str(target),
    )  # fmt: skip
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "Approuvé par Head of secretariat" in text and "Orateurs" in text
    archive = tmp_path / "all.zip"
    code, out, err = _run(
        capsys, "--database", db, "minutes", "export-all", "--forum", _forum(demo_db_path),
        "--format", "html", "-o", str(archive),
    )  # fmt: skip
    assert code == 0, err
    with zipfile.ZipFile(archive) as opened:
        (name,) = opened.namelist()
    assert name.endswith(".html") and "wrote 1 minutes" in out

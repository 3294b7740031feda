"""`note add --for-record`, `note mark ID --for-record|--internal` and
`minutes export --internal` on the command line."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from tests.core.test_document_writers import pdf_text

from forumdesk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _opening(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT id FROM segments WHERE title = 'Séance inaugurale'"
        ).fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def _for_record(path: Path, note_id: str) -> bool:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT id, for_record FROM notes").fetchall()
    finally:
        connection.close()
    return next(bool(flag) for i, flag in rows if uuid.UUID(hex=str(i)) == uuid.UUID(note_id))


def test_notes_marked_on_the_command_line_reach_the_minutes_they_should(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db = ["--database", str(demo_db_path)]
    add = ["note", "add", "--paragraphs", "6", "--author", "Ana Lima", "--json"]
    code, out, err = _run(capsys, *db, *add, "--text", "Une note, interne par défaut.")
    internal_first = json.loads(out)["id"]
    assert code == 0 and not _for_record(demo_db_path, internal_first), err
    code, out, err = _run(
        capsys, *db, *add, "--text", "Une note pour le compte rendu.", "--for-record"
    )
    recorded_first = json.loads(out)["id"]
    assert code == 0 and _for_record(demo_db_path, recorded_first), err
    code, out, err = _run(capsys, *db, "note", "mark", recorded_first, "--internal")
    assert (code, out.strip()) == (0, "note internal"), err
    assert not _for_record(demo_db_path, recorded_first)
    code, out, err = _run(capsys, *db, "note", "mark", internal_first, "--for-record", "--json")
    assert code == 0 and json.loads(out) == {"id": internal_first, "for_record": True}, err
    assert _for_record(demo_db_path, internal_first)

    segment = _opening(demo_db_path)
    # The minutes of the opening take the demo's note for the record, not its internal one.
    code, out, err = _run(capsys, *db, "minutes", "compose", "--segment", segment)
    assert code == 0 and "Point à reprendre" not in out
    assert "1 note(s) for the record taken, 1 internal note(s) left out" in err
    code, out, err = _run(capsys, *db, "minutes", "compose", "--segment", segment, "--json")
    assert json.loads(out)["notes"] == {"for_record": 1, "internal": 1}
    public, internal = tmp_path / "public.pdf", tmp_path / "internal.pdf"
    export = ["minutes", "export", "--segment", segment, "--format", "pdf"]
    assert _run(capsys, *db, *export, "-o", str(public))[0] == 0
    code, out, err = _run(capsys, *db, *export, "-o", str(internal), "--internal")
    assert (code, out.strip()) == (0, f"wrote {internal} (internal version)"), err
    published, secretariat = (" ".join(pdf_text(p).split()) for p in (public, internal))
    assert "présenté à la séance inaugurale" in published  # the demo's, for the record
    assert "Point à reprendre" not in published
    assert "Point à reprendre" in secretariat and "Notes internes" in secretariat


def test_export_all_internal(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    db = ["--database", str(demo_db_path)]
    assert _run(capsys, *db, "minutes", "compose", "--segment", _opening(demo_db_path))[0] == 0
    connection = sqlite3.connect(demo_db_path)
    try:
        forum = connection.execute("SELECT id FROM forums").fetchone()[0]
    finally:
        connection.close()
    forum_id = str(uuid.UUID(hex=str(forum).replace("-", "")))
    every = ["minutes", "export-all", "--forum", forum_id, "--format", "md"]
    assert _run(capsys, *db, *every, "-o", str(tmp_path / "pub"))[0] == 0
    assert _run(capsys, *db, *every, "-o", str(tmp_path / "int"), "--internal")[0] == 0
    (published,) = (tmp_path / "pub").glob("*.md")
    (internal,) = (tmp_path / "int").glob("*.md")
    assert "Point à reprendre" not in published.read_text(encoding="utf-8")
    text = internal.read_text(encoding="utf-8")
    assert "Point à reprendre" in text

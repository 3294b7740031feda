"""`forumdesk practice import|undo-import|list|show|review|export`."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.demo_day import clear_demo_practices

from forumdesk.cli import main

FILE = (
    "Title,Type,Region,Countries,Themes,Submitted by,Paragraphs,Summary\n"
    'Lower-cost corridors,programme,Americas,"Mexico; USA",remittances,CCDM,"23–25, 32",'
    '"Two lines\nof summary"\n'
    "Diaspora observatory,research,Africa,SEN,diaspora;data,"
    "Malawi Human Rights League (fictional),,\n"
)


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """The demo without its fictional practices: these tests count their own."""
    return clear_demo_practices(demo_db_path)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(
            connection.execute(
                "SELECT count(*) FROM practices WHERE deleted_at IS NULL"
            ).fetchone()[0]
        )


@pytest.fixture
def practices_file(tmp_path: Path) -> Path:
    path = tmp_path / "practices.csv"
    path.write_text(FILE, encoding="utf-8")
    return path


def test_import_list_show_review_and_undo(
    demo_db_path: Path, practices_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db_path)
    checked = _json(
        capsys, "--database", db, "practice", "import", str(practices_file), "--dry-run", "--json"
    )
    assert (checked["valid"], checked["invalid"], checked["dry_run"]) == (2, 0, True)
    assert _count(demo_db_path) == 0

    code, out, err = _run(capsys, "--database", db, "practice", "import", str(practices_file))
    assert code == 0, err
    assert "2 practice(s) imported" in out
    import_id = re.search(r"import ([0-9a-f-]{36})", out).group(1)  # type: ignore[union-attr]

    listed = _json(capsys, "--database", db, "practice", "list", "--theme", "diaspora", "--json")
    assert [p["title"] for p in listed] == ["Diaspora observatory"]
    assert listed[0]["themes"] == ["diaspora", "data"]
    assert _json(capsys, "--database", db, "practice", "list", "--region", "americas", "--json")[0][
        "countries"
    ] == ["MEX", "USA"]
    found = _json(capsys, "--database", db, "practice", "list", "--search", "CORRIDORS", "--json")
    [corridors] = found
    assert (
        _json(capsys, "--database", db, "practice", "list", "--state", "published", "--json") == []
    )

    code, out, _err = _run(
        capsys, "--database", db, "practice", "show", corridors["id"][:30]
    )  # its start will do
    assert code == 0
    assert "Paragraphs: 23–25, 32" in out and "Two lines\nof summary" in out
    shown = _json(capsys, "--database", db, "practice", "show", corridors["id"], "--json")
    assert shown["state"] == "received" and shown["submitters"][0].startswith("Chile Committee")

    code, _out, err = _run(
        capsys, "--database", db, "practice", "review", corridors["id"], "--to", "published"
    )
    assert code == 1 and "cannot be marked" in err
    code, out, _err = _run(
        capsys,
        "--database",
        db,
        "--by",
        "Reviewer",
        "practice",
        "review",
        corridors["id"],
        "--to",
        "under_review",
    )
    assert code == 0 and "under review (by Reviewer)" in out

    code, _out, err = _run(capsys, "--database", db, "practice", "undo-import", import_id)
    assert code == 1 and "nothing was undone" in err
    assert _count(demo_db_path) == 2


def test_a_bad_file_is_refused_whole_naming_file_row_and_column(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "round-2.csv"
    path.write_text(FILE + "Third,astrology,,,,,,\n", encoding="utf-8")  # row 5: the summary
    # of row 2 runs over two lines
    code, out, err = _run(capsys, "--database", str(demo_db_path), "practice", "import", str(path))
    assert code == 1
    assert "round-2.csv, row 5, Type: 'astrology' is not a type of practice" in out
    assert err.strip().splitlines()[-1] == (
        "forumdesk: round-2.csv: 1 row is refused, so nothing was imported"
    )
    assert _count(demo_db_path) == 0


def test_map_overrides_the_guess_and_an_import_is_undone(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "own-words.csv"
    path.write_text("Nom de l'initiative,Genre,Texte\nCorridors,policy,Résumé\n", encoding="utf-8")
    db = str(demo_db_path)
    code, _out, err = _run(capsys, "--database", db, "practice", "import", str(path))
    assert code == 1 and "no column is imported as title" in err
    code, _out, err = _run(
        capsys, "--database", db, "practice", "import", str(path), "--map", "Texte=nonsense"
    )
    assert code == 1 and "--map takes COLUMN=FIELD" in err
    report = _json(
        capsys,
        "--database",
        db,
        "practice",
        "import",
        str(path),
        "--map",
        "Nom de l'initiative=title",
        "--map",
        "1=type",
        "--map",
        "texte=summary",
        "--json",
    )
    assert report["created"] == 1
    code, out, err = _run(capsys, "--database", db, "practice", "undo-import", report["import_id"])
    assert code == 0, err
    assert "1 practice(s) removed" in out
    assert _count(demo_db_path) == 0


def test_export_writes_the_open_data(
    demo_db_path: Path, practices_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip(
        "forumdesk.services.practices.open_data",
        reason="the open-data export is another part of issue 20, merged by the lead",
    )
    db = str(demo_db_path)
    assert _run(capsys, "--database", db, "practice", "import", str(practices_file))[0] == 0
    target = tmp_path / "open.json"
    code, out, err = _run(
        capsys, "--database", db, "practice", "export", "-o", str(target), "--all"
    )
    assert code == 0, err
    assert "Wrote 2 practice(s)" in out and target.is_file()

"""`forumdesk registry import|export|badges|stats`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from forumdesk.cli import main

FRENCH = (
    "Nom;Prénom;Organisation;Catégorie;Pays;Courriel\r\n"  # row 1
    "Dupont;Jérôme;Médecins du Monde;ONG;FR;jerome@example.org\r\n"  # 2
    "\r\n"  # 3
    "Lefèvre;Anaïs;CGT;Syndicat;France;anais@cgt.fr;de trop\r\n"  # 4
    "Martin;Zoé;CGT;Syndicat;FRA;zoe-at-cgt.fr\r\n"  # 5
    "Nguyen;Thi;Association X;ONG;QQ;thi@example.org\r\n"  # 6
)
WORLD = (
    "Family name,Given name,Organization,Category,Country,Email,Gender\n"
    "Иванова,Анна,Профсоюз,Trade union,RU,anna@example.ru,F\n"
    "王,伟,China Research Institute,Research,CN,wei@example.cn,M\n"
    "الحسيني,ليلى,Arab Migrant Network,Diaspora,JO,layla@example.jo,F\n"
    "DUPONT,Jérôme,Médecins du Monde,NGO,FR,jerome@example.org,M\n"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _files(folder: Path) -> tuple[Path, Path]:
    french = folder / "paris.csv"
    french.write_bytes(FRENCH.encode("cp1252"))
    world = folder / "world.csv"
    world.write_text(WORLD, encoding="utf-8")
    return french, world


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_import_json_report(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    french, world = _files(tmp_path)
    db = str(empty_db_path)
    report = _json(capsys, "--database", db, "registry", "import", str(french), "--json")
    assert report["valid"] == 2
    assert report["invalid"] == 2
    assert report["errors"] == [
        {"row": 5, "column": "Courriel", "reason": "not a valid e-mail address"},
        {"row": 6, "column": "Pays", "reason": "unknown country 'QQ'"},
    ]
    assert report["duplicates"] == []
    assert [w["row"] for w in report["warnings"]] == [4]
    # The UTF-8 file names the same person (name, organisation, email): already listed.
    report = _json(capsys, "--database", db, "registry", "import", str(world), "--json")
    assert (report["valid"], report["invalid"], report["errors"]) == (4, 0, [])
    assert report["duplicates"] == []
    (skipped,) = report["skipped"]
    assert (skipped["row"], skipped["reason"]) == (5, "already listed")
    assert skipped["representative_id"]
    assert report["created"]["representatives"] == 3
    assert _count(empty_db_path, "representatives") == 5


def test_dry_run_and_report_file(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    french, _world = _files(tmp_path)
    saved = tmp_path / "report.csv"
    code, out, err = _run(
        capsys,
        "--database",
        str(empty_db_path),
        "registry",
        "import",
        str(french),
        "--dry-run",
        "--report",
        str(saved),
    )
    assert code == 0, err
    assert "would import 2 row(s), 2 invalid" in out
    assert "row 5, Courriel:" in out
    assert _count(empty_db_path, "representatives") == 0
    assert _count(empty_db_path, "import_mappings") == 0
    lines = saved.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "row,column,kind,reason"
    assert lines[1].startswith("4,Column 7,warning,")
    assert lines[2] == "5,Courriel,error,not a valid e-mail address"


def test_mapping_file(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Col1,Col2,Col3\nOkafor,Chidi,Jeunes du Monde\n", encoding="utf-8")
    db = str(empty_db_path)
    code, _out, err = _run(capsys, "--database", db, "registry", "import", str(source))
    assert code == 1
    assert "no column of odd.csv holds the family name" in err
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {"Col1": "family_name", "Col2": "given_name", "Col3": "organisation"},
                "default_category": "youth",
            }
        ),
        encoding="utf-8",
    )
    args = ("--database", db, "registry", "import", str(source), "--json")
    report = _json(capsys, *args, "--mapping", str(mapping))
    assert (report["valid"], report["created"]["organisations"]) == (1, 1)
    # Remembered: the same headers map themselves next time.
    source.write_text("Col1,Col2,Col3\nEze,Ngozi,Jeunes du Monde\n", encoding="utf-8")
    report = _json(capsys, *args)
    assert (report["valid"], report["created"]["organisations"]) == (1, 0)


def test_bad_input_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    code, out, err = _run(
        capsys, "--database", str(empty_db_path), "registry", "import", str(empty)
    )
    assert (code, out) == (1, "")
    assert err == "forumdesk: Cannot import vide.csv: the file has no header row (it is empty)\n"
    bad_mapping = tmp_path / "m.json"
    bad_mapping.write_text('{"columns": {"Nom": "shoe_size"}}', encoding="utf-8")
    french, _world = _files(tmp_path)
    code, _out, err = _run(
        capsys,
        "--database",
        str(empty_db_path),
        "registry",
        "import",
        str(french),
        "--mapping",
        str(bad_mapping),
    )
    assert code == 1 and "unknown field 'shoe_size'" in err


def test_export_csv_and_xlsx(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    _french, world = _files(tmp_path)
    db = str(empty_db_path)
    _json(capsys, "--database", db, "registry", "import", str(world), "--json")
    target = tmp_path / "out.csv"
    code, out, _err = _run(
        capsys,
        "--database",
        db,
        "registry",
        "export",
        str(target),
        "--columns",
        "family_name,given_name,country",
    )
    assert (code, out) == (0, f"Exported 4 representative(s) to {target}.\n")
    assert target.read_text(encoding="utf-8-sig").splitlines() == [
        "Family name,Given name,Country",  # in Latin sort-key order:
        "DUPONT,Jérôme,FRA",  # dupont
        "Иванова,Анна,RUS",  # ivanova
        "الحسيني,ليلى,JOR",  # lhsyny
        "王,伟,CHN",  # wang
    ]
    book = tmp_path / "out.xlsx"
    assert _run(capsys, "--database", db, "registry", "export", str(book))[0] == 0
    sheet = load_workbook(book).active
    assert sheet.max_row == 5
    assert sheet.cell(1, 1).value == "Family name"


def test_stats_and_badges_of_a_forum(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _french, world = _files(tmp_path)
    db = str(demo_db_path)
    before = _json(capsys, "--database", db, "registry", "stats", "--json")
    forum = before["forum_id"]
    report = _json(
        capsys, "--database", db, "registry", "import", str(world), "--forum", forum, "--json"
    )
    assert report["created"]["registrations"] == 4
    after = _json(capsys, "--database", db, "registry", "stats", "--forum", forum, "--json")
    assert after["representatives"] == before["representatives"] + 4
    assert after["by_category"]["trade_union"] == before["by_category"]["trade_union"] + 1
    assert after["by_gender"]["female"] == before["by_gender"]["female"] + 2
    assert set(after["states"]) == {"count", "codes"}
    assert after["states"]["count"] == len(after["states"]["codes"])
    code, text, _err = _run(capsys, "--database", db, "registry", "stats")
    assert code == 0 and "States represented:" in text and "Gender:" in text
    pdf = tmp_path / "badges.pdf"
    code, out, err = _run(capsys, "--database", db, "registry", "badges", str(pdf))
    assert code == 0, err
    assert out.startswith("Wrote ") and pdf.read_bytes().startswith(b"%PDF")


def test_export_of_a_forum_adds_status_and_badge(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    _french, world = _files(tmp_path)
    db = str(demo_db_path)
    forum = _json(capsys, "--database", db, "registry", "stats", "--json")["forum_id"]
    _json(capsys, "--database", db, "registry", "import", str(world), "--forum", forum, "--json")
    target = tmp_path / "forum.csv"
    code, _out, err = _run(
        capsys, "--database", db, "registry", "export", str(target), "--forum", forum
    )
    assert code == 0, err
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",Status,Badge number")
    assert any(line.startswith("Иванова,Анна,") and ",requested," in line for line in lines)


def test_a_reader_that_goes_away_does_not_undo_the_import(
    empty_db_path: Path, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    _french, world = _files(tmp_path)
    # `forumdesk registry import … | head -0`: the pipe is closed before anything is read.
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "forumdesk",
            "--database",
            str(empty_db_path),
            "registry",
            "import",
            str(world),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, error
    assert "Traceback" not in error
    assert _count(empty_db_path, "representatives") == 4


def test_a_long_report_prints_its_first_lines_and_counts_the_rest(
    capsys: pytest.CaptureFixture[str],
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import forumdesk.cli.registry as registry_cli

    monkeypatch.setattr(registry_cli, "LISTED", 2)
    french, _world = _files(tmp_path)
    code, out, err = _run(
        capsys, "--database", str(empty_db_path), "registry", "import", str(french), "--dry-run"
    )
    assert code == 0, err
    lines = out.splitlines()
    # Two errors and a warning: the errors are listed, the warning counted.
    assert lines[1] == "row 5, Courriel: not a valid e-mail address"
    assert lines[2] == "row 6, Pays: unknown country 'QQ'"
    assert lines[3] == "… and 1 more problem(s) not listed."
    assert "warning" not in out

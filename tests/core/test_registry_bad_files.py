"""Imports that say what they did: bad files are refused with one line naming the row,
line or file, nothing is written, and nothing from the file reaches the terminal raw."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from forumdesk.cli import main
from forumdesk.services.registry.import_.files import ImportFileError, read_rows

BAD = Path(__file__).resolve().parent.parent / "data" / "bad" / "imports"
HEADER = "Nom;Prénom;Organisation;Catégorie;Courriel\n"


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    _headers, rows = read_rows(path)
    return list(rows)


def _import(
    capsys: pytest.CaptureFixture[str], db: Path, path: Path, *extra: str
) -> tuple[int, str, str]:
    code = main(["--database", str(db), "registry", "import", str(path), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _people(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        count = int(connection.execute("SELECT count(*) FROM representatives").fetchone()[0])
    connection.close()
    return count


def test_a_file_mixing_utf8_and_windows_1252_lines_is_refused_naming_the_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        HEADER.encode()
        + "Müller;Jürgen;Caritas;ONG;j@caritas.org\n".encode()
        + "Lefèvre;Anaïs;CGT;Syndicat;a@cgt.fr\n".encode("cp1252")
    )
    with pytest.raises(
        ImportFileError, match=r"line 3 is not UTF-8 \(it looks like Windows-1252\)"
    ):
        read_rows(path)


def test_a_whole_windows_1252_file_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "paris.csv"
    path.write_bytes((HEADER + "Lefèvre;Anaïs;CGT;Syndicat;a@cgt.fr\n").encode("cp1252"))
    assert _rows(path) == [(2, ["Lefèvre", "Anaïs", "CGT", "Syndicat", "a@cgt.fr"])]


def test_an_unclosed_quote_is_named_by_the_row_where_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    lines = [f"Person{i};Ann;CGT;Syndicat;p{i}@cgt.fr" for i in range(10)]
    path.write_text(HEADER + 'Martin;"Zoé;CGT;Syndicat;z@cgt.fr\n' + "\n".join(lines) + "\n")
    with pytest.raises(ImportFileError, match="row 2: a quote opened in this row is not closed"):
        _rows(path)


def test_a_quoted_cell_over_several_lines_is_still_fine(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('Nom;Notes\nDupont;"arrives Monday\nleaves Friday"\nMartin;none\n')
    assert _rows(path) == [
        (2, ["Dupont", "arrives Monday\nleaves Friday"]),
        (4, ["Martin", "none"]),
    ]


def test_a_cell_over_the_csv_limit_is_one_line_naming_the_row(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "Dupont;Jean;C;ONG;j@c.org\n" + 'Martin;"' + "x" * 200_000 + '";C\n')
    with pytest.raises(ImportFileError, match="row 3: a cell is longer than 128 KB"):
        _rows(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("zip-of-text.xlsx", "not a readable .xlsx workbook"),
        ("truncated.xlsx", "cut short"),
        ("broken-sheet.xlsx", "not a readable .xlsx workbook"),
        ("encrypted.xlsx", "password-protected"),
        ("text.xlsx", "not a zip file"),
        ("image.csv", "PNG image"),
        ("utf16-no-bom.csv", "UTF-16 text without a byte-order mark"),
    ],
)
def test_malformed_files_are_one_line_naming_the_file(name: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=message) as caught:
        _rows(BAD / name)
    assert name in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("Dupont\x1b[2J", "\\x1b"),
        ("Martin\u202eniraM", "\\u202e"),
        ("Je\x9ban", "\\x9b"),
        ('"Dupont\nMartin"', "\\n"),
        ("Dupont\x07", "\\x07"),
    ],
)
def test_control_characters_are_refused_with_the_row_and_never_echoed(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path, cell: str, shown: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "Dupont;Jean;Caritas;ONG;jean@caritas.org\n" + f"{cell};Zoé;C;ONG;\n")
    before = _people(demo_db_path)
    code, out, err = _import(capsys, demo_db_path, path)
    assert code == 1 and out == ""
    assert f"row 3, Nom: holds a control character ({shown})" in err
    raw = cell.strip('"').replace("Dupont", "").replace("Martin", "").replace("Je", "")[:1]
    assert raw not in err.rstrip("\n"), "the character itself never reaches the terminal"
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _people(demo_db_path) == before


def test_notes_may_hold_line_breaks_but_not_escape_sequences(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('Nom;Prénom;Notes\nDupont;Jean;"arrives Monday\nleaves Friday"\n')
    code, _out, err = _import(capsys, demo_db_path, path)
    assert code == 0, err
    path.write_text("Nom;Prénom;Notes\nMartin;Zoé;arrives \x1b[31mMonday\n")
    code, _out, err = _import(capsys, demo_db_path, path)
    assert code == 1 and "row 2, Notes: holds a control character (\\x1b)" in err


def test_a_header_without_rows_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "header.csv"
    path.write_text(HEADER)
    code, _out, err = _import(capsys, demo_db_path, path)
    assert code == 1 and "there are no rows under the header" in err


def test_an_unclosed_quote_in_the_header_is_named(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text('Nom;"Prénom;Organisation\nDupont;Jean;Caritas\nMartin;Zoé;CGT\n')
    with pytest.raises(ImportFileError, match="row 1: a quote opened in this row is not closed"):
        read_rows(path)

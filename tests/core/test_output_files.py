"""Outputs never replace a database, and are written whole or not at all."""

from __future__ import annotations

import csv
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from forumdesk.paths import backups_dir
from forumdesk.services.common.output_files import (
    OutputPathError,
    check_output_folder,
    check_output_path,
    neutral_cell,
    output_binary,
    output_path,
    output_text,
)


def _sqlite_file(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    return path


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return _sqlite_file(tmp_path / "forum.db")


def _refusal(path: Path | str, database: Path | None = None) -> str:
    with pytest.raises(OutputPathError) as caught:
        check_output_path(path, database)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message  # one line naming the file
    return message


def test_the_open_database_and_its_companions_are_refused(database: Path) -> None:
    assert "is the open database" in _refusal(database, database)
    for companion in ("-wal", "-shm", "-journal"):
        path = Path(f"{database}{companion}")  # whether the file exists or not
        assert "belongs to the open database forum.db" in _refusal(path, database)
    # Without being told which database is open: by its header, and its companions by name.
    assert "is a SQLite database" in _refusal(database)
    assert "belongs to the SQLite database forum.db" in _refusal(Path(f"{database}-wal"))


def test_links_to_the_database_are_refused(database: Path, tmp_path: Path) -> None:
    symlink = tmp_path / "report.pdf"
    symlink.symlink_to(database)
    hard = tmp_path / "copy.xlsx"
    os.link(database, hard)
    assert "is the open database" in _refusal(symlink, database)
    assert "is the open database" in _refusal(hard, database)
    assert "is a SQLite database" in _refusal(hard)


def test_backups_other_databases_folders_and_missing_folders_are_refused(
    tmp_path: Path,
) -> None:
    backups_dir().mkdir(parents=True, exist_ok=True)
    assert "backups folder" in _refusal(backups_dir() / "new-export.pdf")
    assert "is a folder" in _refusal(backups_dir())
    other = _sqlite_file(tmp_path / "office.sqlite")
    assert "is a SQLite database" in _refusal(other)
    assert "is a folder" in _refusal(tmp_path)
    assert "does not exist" in _refusal(tmp_path / "nope" / "x.pdf")
    assert not (tmp_path / "nope").exists()  # no folder made for a single file


def test_an_ordinary_file_may_be_written_or_replaced(tmp_path: Path, database: Path) -> None:
    assert check_output_path(tmp_path / "new.pdf", database) == (tmp_path / "new.pdf").resolve()
    old = tmp_path / "old.csv"
    old.write_text("a,b\n", encoding="utf-8")
    assert check_output_path(old, database) == old.resolve()


def test_folders_for_several_files(tmp_path: Path, database: Path) -> None:
    made = check_output_folder(tmp_path / "minutes" / "2006", database)
    assert made.is_dir()
    with pytest.raises(OutputPathError, match="open database"):
        check_output_folder(f"{database}-wal", database)
    assert not Path(f"{database}-wal").is_dir()
    with pytest.raises(OutputPathError, match="not a folder"):
        (tmp_path / "file.txt").write_text("x", encoding="utf-8")
        check_output_folder(tmp_path / "file.txt")
    with pytest.raises(OutputPathError, match="backups folder"):
        check_output_folder(backups_dir() / "minutes")
    assert not check_output_folder(tmp_path / "later", create=False).exists()


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"previous")
    for failure in (RuntimeError("disk full"), KeyboardInterrupt()):
        with pytest.raises(type(failure)), output_binary(target) as stream:
            stream.write(b"half")
            raise failure
        assert target.read_bytes() == b"previous"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]  # no temp left


def test_a_written_file_replaces_the_old_one_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "minutes.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    with output_text(target) as stream:
        stream.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with output_path(tmp_path / "fresh.bin") as temporary:
        assert temporary.parent == tmp_path and temporary.name != "fresh.bin"
        temporary.write_bytes(b"x")
        assert not (tmp_path / "fresh.bin").exists()  # only once the block ends
    assert stat.S_IMODE((tmp_path / "fresh.bin").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.bin", "minutes.md"]


def test_a_symlinked_target_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with output_text(link) as stream:
        stream.write("new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


FORMULAS = ('=HYPERLINK("x")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tx", "\r=1", "-")
PLAIN = ("-12", "+41 22 917 12 34", "+33142685300", "-3.5", "Dupont", "", "a=b", "12")


def test_neutral_cell() -> None:
    for value in FORMULAS:
        assert neutral_cell(value) == "'" + value
    for value in PLAIN:
        assert neutral_cell(value) == value


def test_registry_exports_neutralise_formulas(demo_db: object, tmp_path: Path) -> None:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    from forumdesk.services.registry.listing.export import export_representatives
    from forumdesk.store.database import Database
    from forumdesk.store.models import Representative

    db = demo_db
    assert isinstance(db, Database)
    with db.unit_of_work() as session:
        for family, phone in zip(FORMULAS[:4], PLAIN[:2] * 2, strict=True):
            session.add(Representative(family_name=family, given_name="Test", phone=phone))
    with db.reading() as session:
        export_representatives(session, tmp_path / "people.csv", "csv", ["family_name", "phone"])
        export_representatives(session, tmp_path / "people.xlsx", "xlsx", ["family_name", "phone"])
    with (tmp_path / "people.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["Family name"]: row["Phone"] for row in csv.DictReader(stream)}
    for family in FORMULAS[:4]:
        assert "'" + family in rows and family not in rows
    assert rows["'" + FORMULAS[0]] == "-12" and rows["'" + FORMULAS[1]] == "+41 22 917 12 34"
    sheet = load_workbook(tmp_path / "people.xlsx").active
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    for family in FORMULAS[:4]:
        assert cells[family][0].data_type == "s"  # text, as typed: never a formula
    assert cells[FORMULAS[0]][1].value == "-12" and cells[FORMULAS[0]][1].data_type == "s"


def test_the_import_report_neutralises_quoted_cells(tmp_path: Path) -> None:
    from forumdesk.services.registry.import_.report import ImportReport, RowProblem, save_report_csv

    report = ImportReport(source="list.csv", dry_run=True)
    report.errors.append(RowProblem(4, '=HYPERLINK("x")', "@SUM(1) is not a country"))
    save_report_csv(report, tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1] == ["4", '\'=HYPERLINK("x")', "error", "'@SUM(1) is not a country"]


def test_a_disk_error_is_one_line_and_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(OutputPathError) as caught, output_text(target) as stream:
        stream.write("half")
        raise OSError(28, "No space left on device")
    assert str(caught.value) == (
        f"cannot write {target}: No space left on device; the previous file, if any, is unchanged"
    )
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes into a read-only folder"
)
def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(OutputPathError, match="Permission denied"), output_binary(folder / "x"):
        pass


def test_file_names_are_made_unique() -> None:
    from forumdesk.exports.document.file_batch import file_slug, unique_file_names

    stems = ["Panel", "panel", "Panel-2", "Panel", "Café", "CAFÉ"]
    names = unique_file_names(stems, "pdf")
    assert names == [
        "Panel.pdf",
        "panel-2.pdf",
        "Panel-2-2.pdf",
        "Panel-3.pdf",
        "Café.pdf",
        "CAFÉ-2.pdf",
    ]
    assert unique_file_names(["Séance", "Séance"], "md", "{stem} ({n})") == [
        "Séance.md",
        "Séance (2).md",
    ]
    assert file_slug("Séance d'ouverture", "x") == "seance-d-ouverture"
    assert file_slug("Заседание №1", "x") == "заседание-no1"
    assert file_slug("会议", "x") == "会议"
    assert file_slug("★ ★", "segment-3") == "segment-3"


def test_a_batch_refuses_every_name_before_writing_any(tmp_path: Path) -> None:
    from forumdesk.exports.document.file_batch import write_batch

    _sqlite_file(tmp_path / "b.md")
    written: list[str] = []

    def writer(path: Path) -> None:
        written.append(path.name)
        path.write_text("x", encoding="utf-8")

    with pytest.raises(OutputPathError, match=r"b\.md: it is a SQLite database"):
        write_batch(tmp_path, [("a.md", writer), ("b.md", writer)])
    assert written == [] and not (tmp_path / "a.md").exists()
    with pytest.raises(ValueError, match="unique"):
        write_batch(tmp_path / "all.zip", [("a.md", writer), ("A.md", writer)])


def test_a_file_name_with_a_line_break_is_shown_on_one_line(tmp_path: Path) -> None:
    with pytest.raises(OutputPathError) as caught:
        check_output_path(tmp_path / "no\nsuch\x1b[31m" / "x.pdf")
    assert "\n" not in str(caught.value) and "\x1b" not in str(caught.value)
    assert "no?such?[31m" in str(caught.value)


def test_a_partial_file_a_killed_export_left_is_cleared_by_the_next_once_old(
    tmp_path: Path,
) -> None:
    import os
    import time

    from forumdesk.services.common.output_files import STALE_PARTIAL_SECONDS, output_text

    old = tmp_path / ".minutes.abc123.partial.csv"
    recent = tmp_path / ".minutes.def456.partial.csv"
    other = tmp_path / ".agenda.abc123.partial.csv"
    for leftover in (old, recent, other):
        leftover.write_text("half")
    past = time.time() - STALE_PARTIAL_SECONDS - 60
    for leftover in (old, other):
        os.utime(leftover, (past, past))
    with output_text(tmp_path / "minutes.csv") as stream:
        stream.write("whole\n")
    assert not old.exists(), "an hour-old leftover of this export is removed"
    assert recent.exists(), "a recent one may belong to an export still running"
    assert other.exists(), "another file's leftovers are not this export's to remove"
    assert (tmp_path / "minutes.csv").read_text() == "whole\n"

"""Registry export: CSV and XLSX of the current filter, names as typed, and back again."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.importer import run_import
from forumdesk.services.registry.listing.export import (
    ExportError,
    export_representatives,
)
from forumdesk.services.registry.listing.query import RepresentativeQuery
from forumdesk.store.database import Database
from forumdesk.store.enums import Gender, OrganisationCategory
from forumdesk.store.models import Forum, Representative

SOURCE = (
    "Nom;Prénom;Titre;Sexe;Organisation;Catégorie;Pays;Courriel;Téléphone\n"
    "Dupont;Jérôme;M.;M;Médecins du Monde;ONG;FR;jerome@example.org;+33 1 42 68 53 00\n"
    "Иванова;Анна;;F;Профсоюз;Syndicat;RU;anna@example.ru;\n"
    "王;伟;Dr;;China Research Institute;Recherche;CN;;\n"
    '"=HYPERLINK(""http://x"")";"Robert\'); DROP TABLE representatives;--";;;;;;;\n'
)


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    from forumdesk.store.migrate import open_database

    db, _ = open_database(str(empty_db_path), backup=False)
    yield db
    db.dispose()


def _load(database: Database, path: Path) -> None:
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        report = run_import(session, path, guess_mapping(headers, session))
    assert report.invalid == 0, report.errors


@pytest.fixture
def filled(database: Database, tmp_path: Path) -> Database:
    source = tmp_path / "source.csv"
    source.write_text(SOURCE, encoding="utf-8")
    _load(database, source)
    return database


def _names(database: Database) -> set[tuple[str, str]]:
    with database.reading() as session:
        return {
            (row.family_name, row.given_name)
            for row in session.execute(
                select(Representative.family_name, Representative.given_name)
            )
        }


def test_csv_export_is_utf8_with_bom_and_names_as_typed(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with filled.reading() as session:
        count = export_representatives(session, target, "csv")
    assert count == 4
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    by_family = {row["Family name"]: row for row in rows}
    assert by_family["Иванова"]["Given name"] == "Анна"
    assert by_family["Иванова"]["Category"] == "Trade union"
    assert by_family["Иванова"]["Country"] == "RUS"
    assert by_family["Dupont"]["Phone"] == "+33142685300"
    assert by_family["Dupont"]["Gender"] == "male"
    # A formula-like name gets a leading quote (OWASP), so no spreadsheet runs it.
    assert by_family['\'=HYPERLINK("http://x")']["Given name"] == (
        "Robert'); DROP TABLE representatives;--"
    )
    # Sorted by the Latin sort key: Dupont, =HYPERLINK (h…), Иванова (i…), 王 (w…).
    assert [row["Family name"] for row in rows][-2:] == ["Иванова", "王"]


def test_csv_export_imports_back_the_same(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with filled.reading() as session:
        export_representatives(session, target, "csv")
    names = _names(filled)
    from forumdesk.store.migrate import open_database

    other, _ = open_database(str(tmp_path / "other.db"), backup=False, create=True)
    try:
        _load(other, target)
        # Every name comes back as typed: the formula-like one was quoted in the file
        # (a spreadsheet will not run it) and the import takes the quote off again.
        assert _names(other) == names
        assert "'=" in target.read_text(encoding="utf-8-sig")
        with other.reading() as session:
            person = session.scalars(
                select(Representative).where(Representative.family_name == "Dupont")
            ).one()
            assert person.gender is Gender.MALE
            assert person.organisation is not None
            assert person.organisation.category is OrganisationCategory.CIVIL_SOCIETY
    finally:
        other.dispose()


def test_xlsx_export_round_trip_keeps_text_as_text(filled: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "out.xlsx"
    columns = ["family_name", "given_name", "organisation", "category", "email"]
    with filled.reading() as session:
        assert export_representatives(session, target, "xlsx", columns) == 4
    book = load_workbook(target)
    sheet = book.active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Family name", "Given name", "Organisation", "Category", "Email"]
    formula_like = next(row for row in sheet.iter_rows(min_row=2) if row[0].value.startswith("="))
    assert formula_like[0].data_type == "s"  # a name, not a formula
    assert formula_like[0].value == '=HYPERLINK("http://x")'
    assert ["王", "伟", "China Research Institute", "Research and academia", None] in rows
    # And back: the export's headers are guessed, every name comes back as typed.
    from forumdesk.store.migrate import open_database

    other, _ = open_database(str(tmp_path / "other.db"), backup=False, create=True)
    try:
        _load(other, target)
        assert _names(other) == _names(filled)
    finally:
        other.dispose()


def test_export_of_the_current_filter(filled: Database, tmp_path: Path) -> None:
    target = tmp_path / "unions.csv"
    query = RepresentativeQuery(category=OrganisationCategory.TRADE_UNION)
    with filled.reading() as session:
        count = export_representatives(session, target, "csv", ["family_name"], query)
    assert count == 1
    assert target.read_text(encoding="utf-8-sig").splitlines() == ["Family name", "Иванова"]


def test_export_of_a_forum_lists_its_registrations(demo_db: object, tmp_path: Path) -> None:
    assert isinstance(demo_db, Database)
    source = tmp_path / "source.csv"
    source.write_text(SOURCE, encoding="utf-8")
    headers, _rows = read_rows(source)
    with demo_db.unit_of_work() as session:
        forum_id = session.scalars(select(Forum.id)).first()
        run_import(session, source, guess_mapping(headers), forum_id=forum_id)
    target = tmp_path / "forum.csv"
    with demo_db.reading() as session:
        count = export_representatives(
            session,
            target,
            "csv",
            ["family_name", "status", "badge_number"],
            RepresentativeQuery(forum_id=forum_id),
            registered_only=True,
        )
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert count == len(lines) - 1 >= 4  # the demo's own registrations, and ours
    assert lines[0] == "Family name,Status,Badge number"
    assert "Dupont,requested," in lines


def test_unknown_columns_and_formats_are_refused(filled: Database, tmp_path: Path) -> None:
    with filled.reading() as session:
        with pytest.raises(ExportError, match="unknown column 'shoe_size'"):
            export_representatives(session, tmp_path / "x.csv", "csv", ["shoe_size"])
        with pytest.raises(ExportError, match="unknown format"):
            export_representatives(session, tmp_path / "x.ods", "ods")

"""Registry import: files from real offices, the mapping step, the report, one transaction."""

from __future__ import annotations

import csv
import gc
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.services.registry.import_.columns import (
    ColumnMapping,
    guess_mapping,
    header_key,
    load_mapping_file,
    remember_mapping,
)
from forumdesk.services.registry.import_.files import ImportFileError, read_rows, split_full_name
from forumdesk.services.registry.import_.importer import (
    ImportCancelled,
    ImportReport,
    run_import,
    save_report_csv,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import (
    Forum,
    ImportMapping,
    Organisation,
    Registration,
    Representative,
)

FRENCH_LINES = [
    "Nom;Prénom;Organisation;Catégorie;Pays;Courriel",  # 1
    "Dupont;Jérôme;Médecins du Monde;ONG;FR;jerome.dupont@example.org",  # 2
    "",  # 3: blank, skipped but counted
    "Lefèvre;Anaïs;CGT;Syndicat;France;anais@cgt.fr;en trop",  # 4: extra column
    "Martin;Zoé;CGT;Syndicat;FRA;zoe-at-cgt.fr",  # 5: bad email
    "Nguyen;Thi;Association X;ONG;XX;thi@example.org",  # 6: unknown country code
    '"Robert\'); DROP TABLE representatives;--";Bobby;"Ligue; des ""droits""";ONG;BE;b@e.be',
    '"N\'Diaye";Aminata;"Réseau Femmes Migrantes";Diaspora;SN;aminata@example.sn',  # 8
    "",  # 9: blank
    "Keïta;Moussa;Réseau X;ONG;ML;moussa@@example.ml",  # 10: bad email after a 2-line row
]


def _french_file(folder: Path) -> Path:
    path = folder / "liste-bureau-paris.csv"
    path.write_bytes(("\r\n".join(FRENCH_LINES) + "\r\n").encode("cp1252"))
    return path


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    from forumdesk.store.migrate import open_database

    db, _ = open_database(str(empty_db_path), backup=False)
    yield db
    db.dispose()


@pytest.fixture
def demo_database(demo_db: Any) -> Database:
    assert isinstance(demo_db, Database)
    return demo_db


def _import(database: Database, path: Path, **options: Any) -> ImportReport:
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        mapping = options.pop("mapping", None) or guess_mapping(headers, session)
        return run_import(session, path, mapping, **options)


def _people(database: Database) -> list[Representative]:
    with database.reading() as session:
        people = list(session.scalars(select(Representative).order_by(Representative.sort_key)))
        session.expunge_all()  # keep the loaded values readable after the session closes
        return people


def _counts(path: Path) -> tuple[int, ...]:
    connection = sqlite3.connect(path)
    try:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("organisations", "representatives", "registrations", "import_mappings")
        )
    finally:
        connection.close()


def test_french_windows_1252_list_maps_and_reports_rows(database: Database, tmp_path: Path) -> None:
    path = _french_file(tmp_path)
    headers, _rows = read_rows(path)
    assert headers == ["Nom", "Prénom", "Organisation", "Catégorie", "Pays", "Courriel"]
    mapping = guess_mapping(headers)
    assert [mapping.fields[i] for i in range(6)] == [
        "family_name",
        "given_name",
        "organisation",
        "category",
        "country",
        "email",
    ]
    report = _import(database, path)
    assert (report.valid, report.invalid) == (4, 3)
    assert [(e.row, e.column) for e in report.errors] == [
        (5, "Courriel"),
        (6, "Pays"),
        (10, "Courriel"),
    ]
    assert "XX" in report.errors[1].reason
    assert [(w.row, w.column) for w in report.warnings] == [(4, "Column 7")]
    assert "en trop" in report.warnings[0].reason
    people = {p.family_name: p for p in _people(database)}
    assert set(people) == {
        "Dupont",
        "Lefèvre",
        "Robert'); DROP TABLE representatives;--",
        "N'Diaye",
    }
    assert people["Dupont"].given_name == "Jérôme"
    with database.reading() as session:
        organisations = {o.name: o for o in session.scalars(select(Organisation))}
        session.expunge_all()
    assert organisations["CGT"].category is OrganisationCategory.TRADE_UNION
    assert organisations["CGT"].country_code == "FRA"
    assert organisations['Ligue; des "droits"'].country_code == "BEL"
    assert organisations["Réseau Femmes Migrantes"].category is (
        OrganisationCategory.MIGRANT_ASSOCIATION
    )
    assert report.organisations_created == 4


def test_any_text_is_stored_and_shown_as_typed(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    typed = "Robert'); DROP TABLE representatives;--"
    path.write_text(
        f'Family name,Given name,Function\n"{typed}",=1+1,"<b>Chair</b>, ""acting"""\n',
        encoding="utf-8",
    )
    report = _import(database, path)
    assert report.valid == 1
    (person,) = _people(database)
    assert (person.family_name, person.given_name) == (typed, "=1+1")
    assert person.function == '<b>Chair</b>, "acting"'


def test_utf8_names_in_any_script_keep_their_text_and_get_latin_sort_keys(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "delegates.csv"
    path.write_text(
        "Last name,First name,Organization,Category,Country,E-mail\n"
        "الحسيني,ليلى,Arab Migrant Network,Migrant association,Jordan,layla@example.jo\n"
        "Иванова,Анна,Профсоюз,Trade union,RU,anna@example.ru\n"
        "王,伟,China Research Institute,Research,CN,wei@example.cn\n",
        encoding="utf-8",
    )
    report = _import(database, path)
    assert (report.valid, report.invalid) == (3, 0), report.errors
    people = {p.family_name: p for p in _people(database)}
    assert set(people) == {"الحسيني", "Иванова", "王"}
    assert people["Иванова"].given_name == "Анна"
    assert people["Иванова"].sort_key == "ivanova anna"
    assert people["王"].sort_key == "wang wei"
    # Arabic: no Latin form is made up (a letter-by-letter one drops the vowels), but
    # the list is still sorted by a transliteration.
    assert people["الحسيني"].family_name_latin is None
    assert people["الحسيني"].sort_key and people["الحسيني"].sort_key.isascii()
    assert (people["Иванова"].family_name_latin, people["王"].given_name_latin) == (
        "Ivanova",
        "Wei",
    )


def test_utf8_bom_comma_and_quoted_line_breaks(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        "\ufeffNom,Prénom,Notes\n"
        'Diallo,Fatou,"Arrives 12 July,\nleaves 13 July"\n'
        "Sow,Ousmane,\n".encode()
    )
    headers, rows = read_rows(path)
    assert headers == ["Nom", "Prénom", "Notes"]
    assert [number for number, _cells in rows] == [2, 4]
    report = _import(database, path)
    assert report.valid == 2
    notes = {p.family_name: p.notes for p in _people(database)}
    assert notes["Diallo"] == "Arrives 12 July,\nleaves 13 July"


def test_excel_separator_line_and_utf16_text(tmp_path: Path) -> None:
    excel = tmp_path / "excel.csv"
    excel.write_bytes(b"sep=;\r\nNom;Pr\xe9nom\r\nDupont;J\xe9r\xf4me\r\n")
    headers, rows = read_rows(excel)
    assert (headers, list(rows)) == (["Nom", "Prénom"], [(3, ["Dupont", "Jérôme"])])
    unicode_text = tmp_path / "unicode.txt"
    unicode_text.write_text("Nom\tPrénom\nИванова\tАнна\n", encoding="utf-16")
    headers, rows = read_rows(unicode_text)
    assert (headers, list(rows)) == (["Nom", "Prénom"], [(2, ["Иванова", "Анна"])])


def test_xlsx_import(database: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "Organisation", "Catégorie", "Pays", "Courriel", "Téléphone"])
    sheet.append(["Dupont", "Jérôme", "Médecins du Monde", "ONG", "FR", "j@example.org", None])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["Sarr", "Awa", "Sénégal", "État membre", "SEN", "pas un courriel", 221338891212])
    sheet.append(["Tall", "Ibou", "Sénégal", "État membre", "SEN", "ibou@gouv.sn", 221338891212])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    report = _import(database, path)
    assert (report.valid, report.invalid) == (2, 1)
    assert [(e.row, e.column) for e in report.errors] == [(4, "Courriel")]
    phones = {p.family_name: p.phone for p in _people(database)}
    assert phones["Tall"] == "+221338891212"


def test_a_mapping_is_remembered_for_the_same_headers(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("A;B;C;D\nOkafor;Chidi;Youth for Change;Jeunes\n", encoding="utf-8")
    headers, _rows = read_rows(path)
    assert guess_mapping(headers).fields == {}
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(
        json.dumps(
            {
                "columns": {"A": "family_name", "B": "given_name", "2": "organisation"},
                "category_values": {"Jeunes": "youth"},
            }
        ),
        encoding="utf-8",
    )
    mapping = load_mapping_file(mapping_file, headers)
    mapping.fields[3] = "category"
    report = _import(database, path, mapping=mapping)
    assert report.valid == 1
    with database.reading() as session:
        remembered = guess_mapping(headers, session)
        stored_key = session.scalars(select(ImportMapping.header_key)).one()
    assert remembered.remembered
    assert remembered.fields == {
        0: "family_name",
        1: "given_name",
        2: "organisation",
        3: "category",
    }
    assert remembered.category_values == {"jeunes": OrganisationCategory.YOUTH}
    assert stored_key == header_key(headers) == "a|b|c|d"
    # A second file with the same headers maps itself, and the organisation is reused.
    second = tmp_path / "odd-2.csv"
    second.write_text("A;B;C;D\nEze;Ngozi;youth for change;Jeunes\n", encoding="utf-8")
    report = _import(database, second)
    assert (report.valid, report.organisations_created) == (1, 0)


def test_category_words_are_mapped(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "categories.csv"
    path.write_text(
        "Nom;Prénom;Organisation;Type\n"
        "A;Un;Fédération syndicale;Syndicat\n"
        "B;Deux;Médecins Sans Frontières;ONG\n"
        "C;Trois;Entreprise Y;Bidule\n"
        "D;Quatre;Nouvelle org;\n",
        encoding="utf-8",
    )
    headers, _rows = read_rows(path)
    mapping = guess_mapping(headers)
    mapping.category_values["ong"] = OrganisationCategory.NGO_ECOSOC  # this office's "ONG"
    report = _import(database, path, mapping=mapping)
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (4, "Type", "unknown category 'Bidule'"),
        (5, "Type", "required for a new organisation"),
    ]
    with database.reading() as session:
        categories = {o.name: o.category for o in session.scalars(select(Organisation))}
    assert categories == {
        "Fédération syndicale": OrganisationCategory.TRADE_UNION,
        "Médecins Sans Frontières": OrganisationCategory.NGO_ECOSOC,
    }
    # With a default category the category-less row goes in.
    mapping.default_category = OrganisationCategory.CIVIL_SOCIETY
    report = _import(database, path, mapping=mapping)
    assert [e.row for e in report.errors] == [4]


def test_the_same_person_in_two_files_is_proposed_not_merged(
    database: Database, tmp_path: Path
) -> None:
    first = tmp_path / "geneva.csv"
    first.write_text(
        "Family name,Given name,Organisation,Category,Email\n"
        "Mensah,Kwame,ITUC,Trade union,kwame.mensah@ituc.org\n"
        "Okoro,Ada,ITUC,Trade union,\n",
        encoding="utf-8",
    )
    second = tmp_path / "new-york.csv"
    second.write_text(
        "Nom;Prénom;Organisation;Catégorie;Courriel\n"
        "MENSAH;Kwame;ITUC;Syndicat;kwame.mensah@ituc.org\n"
        "Lopez;Maria;Red de Migrantes;Diaspora;\n"
        "Lopez;María;Red de Migrantes;Diaspora;\n",
        encoding="utf-8",
    )
    _import(database, first)
    report = _import(database, second)
    assert report.valid == 3
    assert report.duplicates == []
    # Row 2 is the same person, organisation and email as listed: skipped, not twice;
    # row 4 is row 3 again (the same name once folded, organisation, no email).
    mensah, lopez = report.skipped
    assert (mensah.row, mensah.reason) == (2, "already listed")
    assert mensah.representative_id is not None
    assert (lopez.row, lopez.reason, lopez.match) == (4, "already listed", "row 3")
    assert len(_people(database)) == 3


def test_namesakes_and_shared_emails_in_one_file(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "namesakes.csv"
    path.write_text(
        "Nom;Prénom;Courriel\n"
        "Lopez;Maria;a@example.org\n"  # 2
        "Lopez;Maria;b@example.org\n"  # 3: a namesake of row 2
        "Lopez;Maria;c@example.org\n"  # 4: and another
        "Gomez;Pedro;b@example.org\n",  # 5: row 3's email
        encoding="utf-8",
    )
    report = _import(database, path)
    assert report.valid == 4
    rows = {d.row: [(m.row, m.reasons[0]) for m in d.matches] for d in report.duplicates}
    assert rows[3][0][0] == 2 and rows[4][0][0] == 2
    assert rows[5] == [(3, "same email")]


def test_dry_run_writes_nothing(database: Database, empty_db_path: Path, tmp_path: Path) -> None:
    before = _counts(empty_db_path)
    report = _import(database, _french_file(tmp_path), dry_run=True)
    assert (report.valid, report.invalid, report.dry_run) == (4, 3, True)
    assert report.organisations_created == 4
    database.dispose()
    assert _counts(empty_db_path) == before


def test_cancel_leaves_nothing_half_written(
    database: Database, empty_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    lines = ["Nom;Prénom;Organisation;Catégorie"]
    lines += [f"Nom{i};Prénom{i};Org {i % 7};ONG" for i in range(2600)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = _counts(empty_db_path)
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        # Polled before each progress report: stops at row 2250, after a batch of
        # 2000 went to the database.
        return bool(seen) and seen[-1][0] >= 2000

    with pytest.raises(ImportCancelled) as caught:
        _import(database, path, progress=lambda d, t: seen.append((d, t)), cancelled=cancelled)
    assert caught.value.report.cancelled
    assert caught.value.report.valid == 2250
    assert gc.isenabled()  # paused during the rows only
    assert seen[0] == (0, 2600)
    database.dispose()
    assert _counts(empty_db_path) == before


def test_rows_are_registered_to_the_forum_with_their_badges(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.reading() as session:
        forum_id = session.scalars(select(Forum.id)).first()
    assert forum_id is not None
    path = tmp_path / "registrations.csv"
    path.write_text(
        "Name,Organisation,Category,Badge\n"
        "OUEDRAOGO Salif,Mission du Burkina Faso,Member State,\n"
        "Jane Doe,Mission du Burkina Faso,,\n",
        encoding="utf-8",
    )
    report = _import(demo_database, path, forum_id=forum_id)
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (2, "country", "required for a State"),  # no such column: named by its field
        (3, "Category", "required for a new organisation"),
    ]
    path.write_text(
        "Name,Organisation,Category,Country,Badge\n"
        "OUEDRAOGO Salif,Mission du Burkina Faso,Member State,BF,\n"
        "Jane Doe,Mission du Burkina Faso,,,B-7\n"
        "Smith Paul,Mission du Burkina Faso,,,B-7\n",
        encoding="utf-8",
    )
    report = _import(demo_database, path, forum_id=forum_id)
    assert (report.valid, report.registrations_created) == (2, 2), report.errors
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (4, "Badge", "badge B-7 is already given")
    ]
    with demo_database.reading() as session:
        rows = session.execute(
            select(Representative.family_name, Representative.given_name, Registration)
            .join(Registration, Registration.representative_id == Representative.id)
            .where(Registration.forum_id == forum_id)
        ).all()
        session.expunge_all()
        named = Organisation.name == "Mission du Burkina Faso"
        state = session.scalars(select(Organisation).where(named))
        assert state.one().regional_group is not None
    found = {(family, given): reg for family, given, reg in rows}
    assert set(found) >= {("OUEDRAOGO", "Salif"), ("Doe", "Jane")}
    assert found[("Doe", "Jane")].badge_number == "B-7"
    assert found[("Doe", "Jane")].status is AccreditationStatus.REQUESTED
    # Written in bulk, yet stamped as the ORM would stamp them.
    doe = found[("Doe", "Jane")]
    assert doe.created_device_id == doe.updated_device_id == demo_database.device_id
    assert doe.version == 1 and doe.created_at == doe.updated_at and doe.deleted_at is None
    assert doe.requested_at is not None and doe.id.version == 7


def test_report_csv(database: Database, tmp_path: Path) -> None:
    report = _import(database, _french_file(tmp_path), dry_run=True)
    target = tmp_path / "report.csv"
    save_report_csv(report, target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == ["row", "column", "kind", "reason"]
    assert [line[:3] for line in lines[1:]] == [
        ["4", "Column 7", "warning"],
        ["5", "Courriel", "error"],
        ["6", "Pays", "error"],
        ["10", "Courriel", "error"],
    ]


def test_full_names_are_split() -> None:
    assert split_full_name("DUPONT Jean-Pierre") == ("Jean-Pierre", "DUPONT")
    assert split_full_name("DE LA CRUZ María José") == ("María José", "DE LA CRUZ")
    assert split_full_name("Dupont, Jean") == ("Jean", "Dupont")
    assert split_full_name("Jean Dupont") == ("Jean", "Dupont")
    assert split_full_name("Suharto") == ("", "Suharto")
    assert split_full_name("J. SMITH") == ("J.", "SMITH")


def test_header_guesses_in_english_and_french() -> None:
    mapping = guess_mapping(
        ["Civilité", "Surname", "Given name", "Mél", "Tél.", "Sexe", "Fonction", "Organisme"]
    )
    assert list(mapping.fields.values()) == [
        "title",
        "family_name",
        "given_name",
        "email",
        "phone",
        "gender",
        "function",
        "organisation",
    ]
    # "Name" is split only when there are no separate name columns.
    assert guess_mapping(["Name", "Country"]).fields == {0: "full_name", 1: "country"}
    assert guess_mapping(["Name", "Last name", "First name"]).fields == {
        1: "family_name",
        2: "given_name",
    }


def test_remember_mapping_replaces_the_previous_one(database: Database) -> None:
    headers = ["Nom", "Prénom", "X"]
    with database.unit_of_work() as session:
        remember_mapping(session, headers, ColumnMapping({0: "family_name"}))
    with database.unit_of_work() as session:
        remember_mapping(
            session, headers, ColumnMapping({0: "family_name", 2: "notes"}), {"ONG": "youth"}
        )
    with database.reading() as session:
        assert session.scalars(select(ImportMapping)).one().columns == {
            "0": "family_name",
            "2": "notes",
        }
        assert guess_mapping(headers, session).category_values == {
            "ong": OrganisationCategory.YOUTH
        }


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"\r\n\r\n", "no header row"),
        ("binary.csv", b"\x00\x01\x02", "not a text file"),
        ("old.xls", b"\xd0\xcf\x11\xe0", ".xls"),
        ("notes.pdf", b"%PDF", "unsupported file type"),
        ("broken.xlsx", b"PK\x03\x04 broken", "not a readable .xlsx"),
    ],
)
def test_unreadable_files_are_refused_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message) as caught:
        read_rows(path)
    assert name in str(caught.value)


def test_unknown_forum_is_refused(database: Database, tmp_path: Path) -> None:
    from forumdesk.services.registry.people import RegistryError

    with pytest.raises(RegistryError, match="no such forum"):
        _import(database, _french_file(tmp_path), forum_id=uuid.uuid4())


def test_short_rows_and_repeated_bad_values_are_reported_on_every_row(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "short.csv"
    path.write_text(
        "Nom;Prénom;Organisation;Catégorie;Pays;Téléphone\n"
        "Dupont;Jean\n"  # 2: short row, the missing cells are empty
        "Martin;Zoé;CGT;Syndicat;Narnia;+33 1 45 67 89 00\n"  # 3
        "Keïta;Moussa;CGT;Syndicat;Narnia;12\n"  # 4
        "Diallo;Awa;WIEGO;Bogus;;12\n"  # 5
        "Sow;Aïda;ILO;Bogus;;12\n",  # 6: the same bad words and number again
        encoding="utf-8",
    )
    report = _import(database, path)
    assert report.valid == 1
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (3, "Pays", "unknown country 'Narnia'"),
        (4, "Pays", "unknown country 'Narnia'"),
        (4, "Téléphone", "no country: write it with +code"),
        (5, "Catégorie", "unknown category 'Bogus'"),
        (5, "Téléphone", "no country: write it with +code"),
        (6, "Catégorie", "unknown category 'Bogus'"),
        (6, "Téléphone", "no country: write it with +code"),
    ]
    (dupont,) = _people(database)
    assert (dupont.family_name, dupont.organisation_id, dupont.phone) == ("Dupont", None, None)


def test_json_report_lines_are_those_of_as_json() -> None:
    from forumdesk.services.registry.duplicates.finder import DuplicateMatch
    from forumdesk.services.registry.import_.report import RowDuplicates

    shared = DuplicateMatch(uuid.uuid4(), None, 91.5, ("same email",), 'DUPONT, "J" — \\ Ü 王')
    earlier = DuplicateMatch(None, 3, 100.0, ("same name", "different email"), "X\n\tY")
    report = ImportReport(source="a.csv", valid=3)
    assert json.loads(_written(report)) == report.as_json()
    report.duplicates = [
        RowDuplicates(4, 'LÓPEZ, "Ana"', (shared, earlier)),
        RowDuplicates(5, "SMITH, John — ILO", (shared,)),
    ]
    text = _written(report)
    assert json.loads(text) == report.as_json()
    lines = [line.strip().rstrip(",") for line in text.splitlines() if line.startswith("    {")]
    assert lines == [json.dumps(d.as_json(), ensure_ascii=False) for d in report.duplicates]


def _written(report: ImportReport) -> str:
    import io

    stream = io.StringIO()
    report.write_json(stream)
    return stream.getvalue()


def test_an_import_gives_back_the_page_cache_and_the_collector(
    database: Database, tmp_path: Path
) -> None:
    path = _french_file(tmp_path)
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        before = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        run_import(session, path, guess_mapping(headers, session))
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one() == before
    assert gc.isenabled()

"""Names in every script: imported, then found by `forumdesk search --json` by any part of
the name, in its own script and in its Latin form (issue 18, "Names in every script")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forumdesk.cli import main

LIST = (
    "Last name,First name,Organization,Category,Country,E-mail\n"
    "العلوي,فاطمة,Réseau des migrants,Migrant association,MA,fatima@example.ma\n"
    "Иванова,Анна,Профсоюз,Trade union,RU,anna@example.ru\n"
    "王,小明,China Research Institute,Research,CN,xiaoming@example.cn\n"
    "Παπαδοπούλου,Ελένη,Ένωση Μεταναστών,Migrant association,GR,eleni@example.gr\n"
    "Diallo,Aminata,Réseau des migrants,Migrant association,SN,aminata@example.sn\n"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


@pytest.fixture(params=["csv", "xlsx"])
def imported(
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    empty_db_path: Path,
    tmp_path: Path,
) -> str:
    source = tmp_path / f"delegates.{request.param}"
    if request.param == "csv":
        source.write_text(LIST, encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        for line in LIST.splitlines():
            book.active.append(line.split(","))
        book.save(source)
    _run(capsys, "--database", str(empty_db_path), "registry", "import", str(source))
    return str(empty_db_path)


def _people_found(capsys: pytest.CaptureFixture[str], database: str, query: str) -> list[str]:
    hits = json.loads(_run(capsys, "--database", database, "search", query, "--json"))
    return [hit["snippet"] for hit in hits if hit["kind"] == "representative"]


@pytest.mark.parametrize(
    ("query", "family"),
    [
        # the family name in its own script
        ("العلوي", "العلوي"),
        ("Иванова", "Иванова"),
        ("王", "王"),
        ("Παπαδοπούλου", "Παπαδοπούλου"),
        # the given name
        ("فاطمة", "العلوي"),
        ("Анна", "Иванова"),
        ("小明", "王"),
        ("Ελένη", "Παπαδοπούλου"),
        # the Arabic name without its article, or written otherwise
        ("علوي", "العلوي"),
        ("فاطمه العلوى", "العلوي"),
        ("فَاطِمَة", "العلوي"),
        # a substring of a Chinese name; the Greek without accents, in capitals
        ("明", "王"),
        ("ΠΑΠΑΔΟΠΟΥΛΟΥ", "Παπαδοπούλου"),
        # the Latin forms proposed on import (ICAO 9303, pinyin, ELOT 743)
        ("Ivanova", "Иванова"),
        ("Xiaoming", "王"),
        ("Eleni Papadopoulou", "Παπαδοπούλου"),
    ],
)
def test_an_imported_person_is_found_by_any_part_of_the_name(
    capsys: pytest.CaptureFixture[str], imported: str, query: str, family: str
) -> None:
    found = _people_found(capsys, imported, query)
    assert len(found) == 1 and family in found[0], (query, found)


def test_the_arabic_name_gets_no_made_up_latin_form_and_keeps_being_found_with_one(
    capsys: pytest.CaptureFixture[str], imported: str
) -> None:
    from forumdesk.services.registry.edit import representative_values, update_representative
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Representative

    (found,) = _people_found(capsys, imported, "علوي")
    assert "ftmh" not in found.casefold() and found == "فاطمة العلوي · Réseau des migrants"
    database, _ = open_database(imported, backup=False)
    try:
        with database.unit_of_work() as session:
            (person,) = session.query(Representative).filter_by(family_name="العلوي").all()
            assert (person.given_name_latin, person.family_name_latin) == (None, None)
            typed = representative_values(person)
            corrected = type(typed)(
                **{**typed.__dict__, "given_name_latin": "Fatima", "family_name_latin": "Alaoui"}
            )
            update_representative(session, person.id, corrected)
    finally:
        database.dispose()
    for query in ("العلوي", "علوي", "فاطمة", "Alaoui", "fatima alaoui"):
        assert _people_found(capsys, imported, query) == [
            "فاطمة العلوي · Fatima ALAOUI · Réseau des migrants"
        ], query


def test_text_output_names_people_and_organisations(
    capsys: pytest.CaptureFixture[str], imported: str
) -> None:
    out = _run(capsys, "--database", imported, "search", "migrants")
    assert "organisation: Réseau des migrants" in out.splitlines()
    assert _run(capsys, "--database", imported, "search", "Aminata").startswith("person: ")
    # A Chinese name as it is written, family name first, in both scripts.
    assert _people_found(capsys, imported, "小明") == [
        "王小明 · WANG Xiaoming · China Research Institute"
    ]


@pytest.mark.parametrize(
    ("typed", "family"),
    [
        ("علوي", "العلوي"),
        ("العل", "العلوي"),
        ("فاط", "العلوي"),
        ("小明", "王"),
        ("王", "王"),
        ("Анна", "Иванова"),
        ("Ива", "Иванова"),
        ("Ελ", "Παπαδοπούλου"),
        ("iva", "Иванова"),  # the Latin sort key, as before
        ("xiaom", "王"),  # the given name's Latin form, from three letters
        ("Di", "Diallo"),  # one or two Latin letters: family names only
    ],
)
def test_registry_type_ahead_finds_any_part_of_the_name(
    imported: str, typed: str, family: str
) -> None:
    from forumdesk.services.registry.listing.query import (
        RepresentativeQuery,
        count_representatives,
        representative_page,
    )
    from forumdesk.store.migrate import open_database

    database, _ = open_database(imported, backup=False)
    try:
        with database.reading() as session:
            query = RepresentativeQuery(text=typed)
            rows = representative_page(session, query, 0, 10)
            assert [row.family_name for row in rows] == [family]
            assert count_representatives(session, query) == 1
    finally:
        database.dispose()

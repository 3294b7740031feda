"""The representatives list under type-ahead: the union of the ways a text matches
(search index, sort key, e-mail, organisation) counts, pages and orders as one list,
with the other filters and without deleted people."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from forumdesk.cli import main
from forumdesk.services.registry.listing.query import (
    RepresentativeQuery,
    count_representatives,
    representative_page,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import Gender
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Representative

LIST = "\n".join(
    [
        "Last name,First name,Organization,Category,Country,E-mail,Gender",
        "Martínez,Lucía,Marché solidaire,NGO,ES,lucia@example.es,female",
        "Martin,Paul,Réseau des migrants,NGO,FR,paul@example.fr,male",
        "Dupont,Marie,Réseau des migrants,NGO,FR,marie.dupont@example.fr,female",
        "Diallo,Mariam,Association des femmes,NGO,SN,mdiallo@example.sn,female",
        "Smith,John,Marché solidaire,NGO,GB,john@example.org,male",
        "García Márquez,José,Union des travailleurs,Trade union,CO,jose@example.co,male",
        "Иванов,Марк,Профсоюз,Trade union,RU,ivanov@example.ru,male",
        "Wilson,Emily,Other body,NGO,GB,mary.wilson@example.org,female",
        "Brown,Thomas,Other body,NGO,GB,thomas@example.org,male",
        "王,小明,China Research Institute,Research,CN,xiaoming@example.cn,male",
    ]
)


@pytest.fixture()
def database(capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path) -> Database:
    source = tmp_path / "people.csv"
    source.write_text(LIST + "\n", encoding="utf-8")
    assert main(["--database", str(empty_db_path), "registry", "import", str(source)]) == 0
    capsys.readouterr()
    opened, _ = open_database(str(empty_db_path), backup=False)
    return opened


def _families(database: Database, query: RepresentativeQuery, offset: int = 0) -> list[str]:
    with database.reading() as session:
        return [row.family_name for row in representative_page(session, query, offset, 100)]


def _count(database: Database, query: RepresentativeQuery) -> int:
    with database.reading() as session:
        return count_representatives(session, query)


def test_every_way_to_match_counts_once_in_name_order(database: Database) -> None:
    try:
        query = RepresentativeQuery(text="Mar")
        # Family names, given names (Marie, Mariam, Марк → Mark), an e-mail (mary.…),
        # an organisation (Marché solidaire), a later word of the name (Márquez).
        expected = [
            "Diallo",
            "Dupont",
            "García Márquez",
            "Иванов",
            "Martin",
            "Martínez",
            "Smith",
            "Wilson",
        ]
        assert _families(database, query) == expected
        assert _count(database, query) == len(expected)
        descending = RepresentativeQuery(text="Mar", descending=True)
        assert _families(database, descending) == expected[::-1]
        with database.reading() as session:
            pages = [
                row.family_name
                for offset in range(0, len(expected), 3)
                for row in representative_page(session, query, offset, 3)
            ]
        assert pages == expected
    finally:
        database.dispose()


def test_type_ahead_keeps_the_other_filters_and_leaves_deleted_people_out(
    database: Database,
) -> None:
    try:
        women = RepresentativeQuery(text="Mar", gender=Gender.FEMALE)
        assert _families(database, women) == ["Diallo", "Dupont", "Martínez", "Wilson"]
        assert _count(database, women) == 4
        by_organisation = RepresentativeQuery(text="Mar", sort="organisation")
        assert sorted(_families(database, by_organisation)) == sorted(
            _families(database, RepresentativeQuery(text="Mar"))
        )
        with database.unit_of_work() as session:
            session.execute(
                update(Representative)
                .where(Representative.family_name == "Dupont")
                .values(deleted_at=datetime.now(UTC))
            )
        assert "Dupont" not in _families(database, RepresentativeQuery(text="Mar"))
        assert _count(database, RepresentativeQuery(text="Mar")) == 7
        assert _count(database, women) == 3
    finally:
        database.dispose()


def test_one_or_two_latin_letters_match_family_names_accented_or_not(
    database: Database,
) -> None:
    try:
        assert _families(database, RepresentativeQuery(text="Ma")) == ["Martin", "Martínez"]
        assert _families(database, RepresentativeQuery(text="Má")) == ["Martin", "Martínez"]
        # A letter of another script matches any word of the name from the first one
        # (Марк), and family names by its Latin letter, as the sort key has them.
        cyrillic = RepresentativeQuery(text="М")
        assert _families(database, cyrillic) == ["Иванов", "Martin", "Martínez"]
    finally:
        database.dispose()

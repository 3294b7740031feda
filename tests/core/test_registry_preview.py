"""The import's first look: headers, samples, row count and each column's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from forumdesk.services.registry.import_.files import ImportFileError
from forumdesk.services.registry.import_.preview import DISTINCT_CAP, SAMPLE_ROWS, preview_import
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    db, _ = open_database(str(empty_db_path), backup=False)
    yield db
    db.dispose()


def test_a_long_list_is_counted_and_its_words_capped(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    lines = ["Family name,Given name,Type"]
    lines += [f"Name{n},Given{n},{'NGO' if n % 3 else 'Trade union'}" for n in range(500)]
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    with database.reading() as session:
        preview = preview_import(session, path)
    assert preview.rows == 500
    assert preview.headers == ("Family name", "Given name", "Type")
    assert len(preview.samples) == SAMPLE_ROWS and preview.samples[0] == (
        "Name0",
        "Given0",
        "Trade union",
    )
    assert preview.column_values(2) == (("NGO", 333), ("Trade union", 167))
    assert len(preview.column_values(0)) == DISTINCT_CAP and preview.more_values[0]
    assert not preview.more_values[2]
    assert preview.mapping.fields == {0: "family_name", 1: "given_name", 2: "category"}
    assert preview.text_format == "UTF-8, ','"


def test_a_workbook_has_no_text_format(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Nom", "Prénom", "Courriel"])
    book.active.append(["Diop", "Awa", "awa@example.sn"])
    book.save(path)
    with database.reading() as session:
        preview = preview_import(session, path)
    assert preview.rows == 1 and preview.text_format is None
    assert preview.mapping.fields == {0: "family_name", 1: "given_name", 2: "email"}


def test_an_empty_file_is_refused_by_name(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    with database.reading() as session, pytest.raises(ImportFileError, match=r"vide\.csv"):
        preview_import(session, path)

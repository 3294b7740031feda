"""An import writes the search entries and type-ahead words of the people and
organisations it adds as it inserts them: exactly what `refresh_registry_index`
would write, in each kind's range of ids, found by search at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from tests.core.postgres_db import empty_database, marks

from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.importer import LikelyPolicy, run_import
from forumdesk.services.search.index import ORGANISATION_IDS
from forumdesk.services.search.people import (
    ORGANISATION,
    REPRESENTATIVE,
    find_in_registry,
    outdated_registry_ids,
    refresh_registry_index,
)
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Representative

LINES = [
    "Nom;Prénom;Organisation;Catégorie;Pays;Courriel",
    "Dupont;Jérôme;Médecins du Monde;ONG;FR;jerome.dupont@example.org",
    "Иванова;Мария;Российский Красный Крест;ONG;RU;maria@example.ru",
    "العلوي;محمد;الهلال الأحمر;ONG;MA;m.alaoui@example.ma",
    "王;小明;中国红十字会;ONG;CN;xm@example.cn",
    "García Márquez;Ana María;Médecins du Monde;ONG;ES;ana@example.es",
    "Zoé;;;ONG;FR;",
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=marks)])
def database(request: pytest.FixtureRequest) -> Iterator[Database]:
    if request.param == "sqlite":
        yield from _opened(str(request.getfixturevalue("empty_db_path")))
        return
    with empty_database("forumdesk_import_index") as url:
        yield from _opened(url)


def _opened(url: str) -> Iterator[Database]:
    db, _ = open_database(url, backup=False)
    yield db
    db.dispose()


def _sqlite(database: Database) -> bool:
    return database.engine.dialect.name == "sqlite"


def _file(folder: Path, lines: list[str], name: str = "liste.csv") -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(database: Database, path: Path, **options: Any) -> None:
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        run_import(session, path, guess_mapping(headers, session), **options)


def _index(database: Database) -> tuple[list[Any], list[Any]]:
    """The registry's entries (without their ids) and name_words rows, sorted."""
    with database.reading() as session:
        entries = session.execute(
            text(
                "SELECT kind, target_id, text, folded FROM search_index "
                "WHERE kind IN ('representative', 'organisation') ORDER BY target_id"
            )
        ).all()
        words = session.execute(text("SELECT * FROM name_words ORDER BY word, id")).all()
    return [tuple(row) for row in entries], [tuple(row) for row in words]


def test_imported_records_have_the_entries_a_refresh_writes(
    database: Database, tmp_path: Path
) -> None:
    _import(database, _file(tmp_path, LINES))
    written = _index(database)
    assert len(written[0]) == 6 + 4  # six people, four new organisations
    with database.reading() as session:
        for kind in (REPRESENTATIVE, ORGANISATION):
            assert outdated_registry_ids(session, kind, None, 100) == []
        if _sqlite(database):
            ranges = session.execute(
                text("SELECT kind, min(id), max(id) FROM search_index GROUP BY kind ORDER BY kind")
            ).all()
            assert [tuple(row) for row in ranges] == [
                ("organisation", -ORGANISATION_IDS - 4, -ORGANISATION_IDS - 1),
                ("representative", -6, -1),
            ]
            # Every entry is in the FTS5 index under its own id.
            fts = session.execute(text("SELECT count(*) FROM search_index_fts")).scalar_one()
            assert fts == 10
        # In its own script, without the article, and in its Latin form.
        for typed in ("علوي", "mariia ivanova", "小明"):
            assert [hit.kind for hit in find_in_registry(session, typed)] == [REPRESENTATIVE]
        assert find_in_registry(session, "russian red cross") == []
        organisations = find_in_registry(session, "medecins", kinds=[ORGANISATION])
        assert [hit.kind for hit in organisations] == [ORGANISATION]
    with database.unit_of_work() as session:  # every entry and word written again
        session.execute(text("DELETE FROM name_words"))
        if _sqlite(database):
            session.execute(
                text("INSERT INTO search_index_fts (search_index_fts) VALUES ('delete-all')")
            )
        session.execute(text("DELETE FROM search_index"))
        assert refresh_registry_index(session) == 10
    assert _index(database) == written


def test_a_second_import_numbers_its_entries_after_the_first(
    database: Database, tmp_path: Path
) -> None:
    _import(database, _file(tmp_path, LINES[:3]))
    more = [LINES[0], "Martin;Paul;Caritas;ONG;FR;paul@example.org", LINES[1]]
    # The repeated row is a listed person: skipped, and no entry is written twice.
    _import(database, _file(tmp_path, more, "suite.csv"), likely=LikelyPolicy.UPDATE)
    with database.reading() as session:
        ids = (
            session.execute(
                text("SELECT id FROM search_index WHERE kind = 'representative' ORDER BY id")
            )
            .scalars()
            .all()
        )
        assert len(set(ids)) == 3
        if _sqlite(database):
            assert list(ids) == [-3, -2, -1]
        targets = session.execute(text("SELECT count(DISTINCT target_id) FROM search_index"))
        assert targets.scalar_one() == 3 + 3
        people = session.scalars(select(Representative.family_name)).all()
        assert sorted(people) == ["Dupont", "Martin", "Иванова"]
        assert [h.kind for h in find_in_registry(session, "paul martin")] == [REPRESENTATIVE]


def test_a_dry_run_writes_no_entry(database: Database, tmp_path: Path) -> None:
    _import(database, _file(tmp_path, LINES), dry_run=True)
    assert _index(database) == ([], [])


def test_the_names_go_into_fts5_as_one_segment_per_batch(
    database: Database, tmp_path: Path
) -> None:
    """People's ids fall; FTS5 starts a segment whenever a rowid does not rise, so the
    rows are given to it in rising order (one segment a row was six times slower)."""
    if not _sqlite(database):
        pytest.skip("FTS5 is SQLite's")
    rows = [f"Nom{n};Prénom{n};Organisation {n % 3};ONG;FR;p{n}@example.org" for n in range(120)]
    _import(database, _file(tmp_path, [LINES[0], *rows]))
    with database.reading() as session:
        segments = session.execute(
            text("SELECT count(DISTINCT segid) FROM search_index_fts_idx")
        ).scalar_one()
    assert segments <= 2  # the organisations' batch and the people's


def test_a_fault_after_batches_went_in_leaves_no_entry_behind(
    database: Database, tmp_path: Path
) -> None:
    """The entries go in with each batch, in the import's transaction: a file refused
    at a late row (a control character) takes them out with the rows."""
    from forumdesk.services.registry.import_.files import ImportFileError

    rows = [f"Nom{n};Prénom{n};Organisation {n % 7};ONG;FR;p{n}@example.org" for n in range(2100)]
    rows.append("Dupont\x1b[2J;Jean;Organisation 1;ONG;FR;late@example.org")
    with pytest.raises(ImportFileError, match="row 2102"):
        _import(database, _file(tmp_path, [LINES[0], *rows]))
    assert _index(database) == ([], [])
    if _sqlite(database):
        with database.reading() as session:
            fts = session.execute(text("SELECT count(*) FROM search_index_fts")).scalar_one()
        assert fts == 0

"""The full-text index's segments merged after bulk writes (`rebuild.compact_search_index`):
a rebuild and an import big enough to set its indexes aside leave one segment, and the
searches find what they found before."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from forumdesk.services.registry.import_ import bulk_writer
from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.importer import run_import
from forumdesk.services.search.people import find_in_registry
from forumdesk.services.search.query import index_note, rebuild_search_index, search
from forumdesk.services.search.rebuild import compact_search_index
from forumdesk.store.database import Database
from forumdesk.store.models import Note

_WORDS = ("migrants", "envois", "fonds", "diaspora", "retour", "intégration")


def _segments(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(
            connection.execute("SELECT count(DISTINCT segid) FROM search_index_fts_idx").fetchone()[
                0
            ]
        )


def _notes_in_writes(database: Database, writes: int = 3) -> None:
    """Committed writes: FTS5 gives each its own segment (and merges four into one)."""
    for write in range(writes):
        with database.unit_of_work() as session:
            for n in range(5):
                body = f"Note {write}-{n} : {_WORDS[(write + n) % 6]} et {_WORDS[n % 6]}"
                note = Note(body_text=body, body_html=f"<p>{body}</p>")
                session.add(note)
                session.flush()
                index_note(session, note.id)


def _found(database: Database, typed: str) -> list[tuple[str, Any]]:
    with database.reading() as session:
        return [(hit.kind, hit.target_id) for hit in search(session, typed, limit=100)]


def test_compacting_merges_the_segments_and_every_search_finds_the_same(
    empty_db: Database, empty_db_path: Path
) -> None:
    _notes_in_writes(empty_db)
    assert _segments(empty_db_path) >= 3
    before = {typed: _found(empty_db, typed) for typed in (*_WORDS, "migrants fonds", "env*")}
    assert all(before.values())

    with empty_db.unit_of_work() as session:
        assert compact_search_index(session) is True
    assert _segments(empty_db_path) == 1
    assert {typed: _found(empty_db, typed) for typed in before} == before
    with empty_db.unit_of_work() as session:
        assert compact_search_index(session) is False, "one segment: nothing to merge"


def test_a_rebuild_leaves_one_segment(empty_db: Database, empty_db_path: Path) -> None:
    _notes_in_writes(empty_db)
    before = _found(empty_db, "migrants")
    with empty_db.unit_of_work() as session:
        rebuild_search_index(session)
    assert _segments(empty_db_path) == 1
    assert sorted(map(str, _found(empty_db, "migrants"))) == sorted(map(str, before))


def _import(database: Database, path: Path) -> Any:
    headers, _rows = read_rows(path)
    with database.unit_of_work() as session:
        return run_import(session, path, guess_mapping(headers, session))


def _people(path: Path, rows: int) -> Path:
    lines = ["Nom;Prénom;Organisation;Catégorie"]
    lines += [f"Person{n:05d};Anne;Org {n % 7};ONG" for n in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(("rows", "merged"), [(60, True), (10, False)])
def test_an_import_that_sets_its_indexes_aside_merges_the_segments(
    empty_db: Database,
    empty_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rows: int,
    merged: bool,
) -> None:
    monkeypatch.setattr(bulk_writer, "SET_ASIDE_FROM_ROWS", 20)
    monkeypatch.setattr(bulk_writer, "_BYTES_PER_ROW", 40)
    _notes_in_writes(empty_db, writes=2)
    diaspora = _found(empty_db, "diaspora")

    report = _import(empty_db, _people(tmp_path / "list.csv", rows))

    assert report.representatives_created == rows
    if merged:
        assert _segments(empty_db_path) == 1
    else:  # a small import leaves the index as FTS5 keeps it: segments added
        assert _segments(empty_db_path) > 2
    with empty_db.reading() as session:
        assert len(find_in_registry(session, "Person0000", prefix_last=True)) == min(rows, 10)
    assert diaspora and _found(empty_db, "diaspora") == diaspora


def test_an_import_that_fails_after_merging_the_segments_leaves_everything_as_it_was(
    empty_db: Database, empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge is in the import's transaction: a failure after it (here, a full disk
    said by the next statement) takes back the merge with the rows."""
    from forumdesk.services.registry.import_ import importer

    monkeypatch.setattr(bulk_writer, "SET_ASIDE_FROM_ROWS", 20)
    monkeypatch.setattr(bulk_writer, "_BYTES_PER_ROW", 40)
    _notes_in_writes(empty_db, writes=2)
    segments = _segments(empty_db_path)
    diaspora = _found(empty_db, "diaspora")

    def merged_then_full(session: Any) -> bool:
        assert compact_search_index(session) is True
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(importer, "compact_search_index", merged_then_full)
    with pytest.raises(sqlite3.OperationalError):
        _import(empty_db, _people(tmp_path / "list.csv", 60))

    assert _segments(empty_db_path) == segments > 1
    with sqlite3.connect(empty_db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM representatives").fetchone()[0] == 0
    assert _found(empty_db, "diaspora") == diaspora

"""bench/import_split.py, the probe of an import whose writes run in a second process:
it must write what `forumdesk registry import` writes, or its time says nothing about
that design. No timing is asserted."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.core.test_bench_registry import _bench

from forumdesk.cli import main as forumdesk

SPLIT = Path(__file__).resolve().parents[2] / "bench" / "import_split.py"


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return sorted(connection.execute(query).fetchall(), key=repr)
    finally:
        connection.close()


def test_the_split_import_writes_what_the_import_writes(
    empty_db_path: Path, tmp_path: Path
) -> None:
    source = tmp_path / "people.csv"
    _bench().write_csv(source, 300, 30, 2006)
    split_db = tmp_path / "split.db"
    shutil.copyfile(empty_db_path, split_db)
    assert forumdesk(["--database", str(empty_db_path), "registry", "import", str(source)]) == 0

    done = subprocess.run(
        [sys.executable, str(SPLIT), str(source), "--one", str(split_db)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )

    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    assert figures["people"] == 300 and figures["organisations"] == 30
    for query in (
        "SELECT family_name, given_name, email, sort_key, given_name_latin FROM representatives",
        "SELECT name, sort_key, category, country_code FROM organisations",
        "SELECT kind, text, folded FROM search_index",
        "SELECT word FROM name_words",
    ):
        assert _rows(split_db, query) == _rows(empty_db_path, query)
    # One audit entry per person and organisation; the import's own record (left out by
    # the probe) adds its entries to the real import's.
    entries = "SELECT table_name, action FROM audit_entries WHERE table_name IN "
    registry = entries + "('representatives', 'organisations')"
    assert len(_rows(split_db, registry)) == 330
    assert _rows(split_db, registry) == _rows(empty_db_path, registry)
    # The indexes the writer set aside are all back.
    indexes = "SELECT name FROM sqlite_master WHERE type = 'index'"
    assert _rows(split_db, indexes) == _rows(empty_db_path, indexes)

"""The bad-input corpus: every file, database and argument someone fed ForumDesk to break it.

Each case in `tests/data/bad/*.json` runs `forumdesk --database {db} ARGS` against a
fresh copy of the demo database (or a damaged one the case asks for) and must:
- exit with the expected code, its last line on stderr holding the expected words;
- print no traceback, and nothing the case says must stay secret;
- leave the database's content as it was (its file and WAL, byte for byte).

A case: {"name", "args", "expect", "exit" (default 1), "stream" ("stderr" or "stdout"),
"database" (a generator below, default the demo), "files" ({name in {tmp}: generator}),
"env", "stdin", "absent" (words that must appear nowhere), "tmp_stays_empty"}.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "data" / "bad"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def _cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for manifest in sorted(CORPUS.glob("*.json")):
        for case in json.loads(manifest.read_text(encoding="utf-8")):
            case.setdefault("group", manifest.stem)
            cases.append(case)
    return cases


CASES = _cases()


# Damaged databases, made from a sound copy of the demo ------------------------------


def _zero(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\x00" * length)


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big") or 65536


def _zeroed_page(path: Path) -> None:
    size = _page_size(path)
    _zero(path, size * 100, size)


def _zeroed_header(path: Path) -> None:
    _zero(path, 0, 100)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _foreign_sqlite(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE expenses (id INTEGER PRIMARY KEY, label TEXT)")
    connection.execute("INSERT INTO expenses (label) VALUES ('coffee')")
    connection.commit()
    connection.close()


def _newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()


def _damaged_search_index(path: Path) -> None:
    """The full-text index's structure record overwritten: the rest of the file is sound."""
    connection = sqlite3.connect(path)
    connection.execute("UPDATE search_index_fts_data SET block = x'0000ffffffff' WHERE id = 10")
    connection.commit()
    connection.close()


def _replace_with(content: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(content)

    return make


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _missing(path: Path) -> None:
    path.unlink()


GENERATORS: dict[str, Callable[[Path], None]] = {
    "demo": lambda path: None,
    "zeroed-page": _zeroed_page,
    "zeroed-header": _zeroed_header,
    "truncated": _truncated,
    "foreign-sqlite": _foreign_sqlite,
    "newer-schema": _newer_schema,
    "damaged-search-index": _damaged_search_index,
    "text": _replace_with(b"Minutes of the meeting, not a database.\n" * 40),
    "png": _replace_with(PNG),
    "empty": _replace_with(b""),
    "folder": _folder,
    "missing": _missing,
}


# Running a case --------------------------------------------------------------------------


def _settle(path: Path) -> None:
    """Open the copy once (it records its own device, as any copy does) and fold its WAL,
    so that what the case itself does is all that could change the file."""
    from forumdesk.services.database.maintenance import prepare_database
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(path), backup=False)
    with database.unit_of_work() as session:
        prepare_database(session)
    database.dispose()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def _content(path: Path) -> str:
    """The database's bytes and its WAL's: a committed change shows in one of them."""
    if path.is_dir():
        return "folder:" + ",".join(sorted(p.name for p in path.iterdir()))
    if not path.exists():
        return "missing"
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    digest.update(b"|wal|" + (wal.read_bytes() if wal.exists() else b""))
    return digest.hexdigest()


def _run(argv: list[str], stdin: str | None, monkeypatch: pytest.MonkeyPatch) -> int:
    from forumdesk.cli import main

    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's usage errors
        return int(exc.code or 0)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}:{c['name']}" for c in CASES])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    case: dict[str, Any],
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = demo_db_path
    _settle(database)
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(database, pristine)
    GENERATORS[case.get("database", "demo")](database)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    for name, generator in case.get("files", {}).items():
        shutil.copyfile(pristine, scratch / name)
        GENERATORS[generator](scratch / name)
    for name, value in case.get("env", {}).items():
        monkeypatch.setenv(name, value.format(db=database, data=CORPUS, tmp=scratch))
    before = _content(database)
    scratch_before = sorted(p.name for p in scratch.iterdir())
    capsys.readouterr()

    argv = [
        "--database",
        str(database),
        *(arg.format(db=database, data=CORPUS, tmp=scratch) for arg in case["args"]),
    ]
    code = _run(argv, case.get("stdin"), monkeypatch)
    out, err = capsys.readouterr()

    assert "Traceback" not in out + err, f"a traceback reached the user:\n{err}"
    assert code == case.get("exit", 1), f"exit {code}\nstdout: {out[-2000:]}\nstderr: {err}"
    shown = out if case.get("stream") == "stdout" else err
    lines = [line for line in shown.strip().splitlines() if line.strip()]
    assert lines, f"nothing said on {case.get('stream', 'stderr')}"
    last = lines[-1] if case.get("stream") != "stdout" else shown
    assert case["expect"].lower() in last.lower(), f"expected {case['expect']!r} in {last!r}"
    for secret in case.get("absent", []):
        assert secret not in out + err, f"{secret!r} was printed"
    assert "\x1b" not in err, "an escape sequence reached the terminal"
    assert _content(database) == before, "the database changed"
    if case.get("tmp_stays_empty"):
        assert sorted(p.name for p in scratch.iterdir()) == scratch_before


def test_the_corpus_is_large_and_every_case_is_well_formed() -> None:
    assert len(CASES) >= 60, f"only {len(CASES)} bad-input cases"
    names = [(case["group"], case["name"]) for case in CASES]
    assert len(names) == len(set(names)), "two cases share a name"
    for case in CASES:
        assert set(case) <= {
            "group",
            "name",
            "args",
            "expect",
            "exit",
            "stream",
            "database",
            "files",
            "env",
            "stdin",
            "absent",
            "tmp_stays_empty",
            "note",
        }, case["name"]
        assert case.get("database", "demo") in GENERATORS, case["name"]
        for generator in case.get("files", {}).values():
            assert generator in GENERATORS, case["name"]

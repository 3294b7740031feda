"""`forumdesk document import|show`, `forumdesk note add` and `forumdesk search`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from forumdesk.cli import main
from forumdesk.paths import seed_document


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _counts(path: Path) -> tuple[int, ...]:
    connection = sqlite3.connect(path)
    try:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "language_versions", "paragraphs", "notes", "note_links")
        )
    finally:
        connection.close()


def test_import_reports_the_seed_structure_as_json(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path
) -> None:
    report = _json(
        capsys,
        "--database",
        str(empty_db_path),
        "document",
        "import",
        str(seed_document()),
        "--json",
    )
    assert isinstance(report, dict)
    assert report["paragraphs"] == 76
    assert report["footnotes"] == 1
    assert report["warnings"] == []
    assert report["language"] == "fr"
    sections = report["sections"]
    assert [(s["number"], s["first"], s["last"]) for s in sections] == [
        ("I", 1, 7),
        ("II", 8, 22),
        ("III", 23, 29),
        ("IV", 30, 64),
        ("V", 65, 76),
    ]
    three = sections[2]["children"]
    assert [(s["number"], s["first"], s["last"]) for s in three] == [
        ("A", 23, 25),
        ("B", 26, 26),
        ("C", 27, 27),
        ("D", 28, 28),
        ("E", 29, 29),
    ]
    part_b = sections[3]["children"][1]
    assert part_b["number"] == "B"
    assert [(s["number"], s["first"]) for s in part_b["children"]][:2] == [("1", 31), ("2", 32)]


def test_show_prints_the_paragraph_with_its_section_path(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    shown = _json(
        capsys, "--database", str(demo_db_path), "document", "show", "--paragraph", "32", "--json"
    )
    assert isinstance(shown, dict)
    assert [part.split(".")[0] for part in shown["section_path"]] == ["IV", "B", "2"]
    assert shown["text"].startswith("Plusieurs participants ont souligné l'importance des envois")
    footnoted = _json(
        capsys, "--database", str(demo_db_path), "document", "show", "--paragraph", "22", "--json"
    )
    assert isinstance(footnoted, dict)
    assert footnoted["footnotes"] == [{"marker": "¹", "text": "A/60/871."}]
    code, _out, err = _run(
        capsys, "--database", str(demo_db_path), "document", "show", "--paragraph", "99"
    )
    assert code == 1 and "no paragraph 99" in err


def test_search_finds_the_done_when_paragraphs(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    hits = _json(capsys, "--database", str(demo_db_path), "search", "envois de fonds", "--json")
    assert isinstance(hits, list)
    assert {13, 32, 49} <= {h["paragraph"] for h in hits if h["kind"] == "paragraph"}
    assert all(set(h) >= {"kind", "paragraph", "id", "snippet"} for h in hits)
    hits = _json(capsys, "--database", str(demo_db_path), "search", "reintegration", "--json")
    assert isinstance(hits, list)
    assert {18, 62} <= {h["paragraph"] for h in hits}
    assert "réintégration" in hits[0]["snippet"]


def test_a_note_added_from_the_command_line_is_found_by_search(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    added = _json(
        capsys,
        "--database",
        str(demo_db_path),
        "note",
        "add",
        "--paragraphs",
        "23-25,29",
        "--text",
        "Ratification de la Convention : à suivre",
        "--tag",
        "ratification",
        "--json",
    )
    assert isinstance(added, dict)
    assert added["paragraphs"] == [23, 24, 25, 29]
    hits = _json(capsys, "--database", str(demo_db_path), "search", "ratif*", "--json")
    assert isinstance(hits, list)
    notes = [h for h in hits if h["kind"] == "note"]
    assert [h["id"] for h in notes] == [added["id"]]
    assert notes[0]["paragraph"] == 23


def test_a_bad_reference_is_refused_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    before = _counts(demo_db_path)
    code, _out, err = _run(
        capsys,
        "--database",
        str(demo_db_path),
        "note",
        "add",
        "--paragraphs",
        "75-80",
        "--text",
        "x",
    )
    assert code == 1 and "¶77–80" in err
    assert _counts(demo_db_path) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("noise.txt", bytes(range(256)) * 40, "binary"),
        ("prose.txt", "Une note sans paragraphe numéroté.\n".encode(), "no numbered paragraph"),
        ("twice.txt", b"I. Titre\n\n1. Un.\n\n2. Deux.\n\n2. Encore deux.\n", "2 appears"),
    ],
)
def test_bad_files_are_refused_with_the_file_named_and_the_database_unchanged(
    capsys: pytest.CaptureFixture[str],
    demo_db_path: Path,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = _counts(demo_db_path)
    code, out, err = _run(capsys, "--database", str(demo_db_path), "document", "import", str(path))
    assert code == 1 and out == ""
    assert name in err and message in err
    assert _counts(demo_db_path) == before


def test_a_huge_file_is_refused_before_it_is_read(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _out, err = _run(capsys, "--database", str(demo_db_path), "document", "import", str(path))
    assert code == 1 and "huge.txt" in err and "MB" in err


def test_a_second_language_is_added_to_the_same_document(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    shown = _json(
        capsys, "--database", str(demo_db_path), "document", "show", "--paragraph", "1", "--json"
    )
    assert isinstance(shown, dict)
    document_id = shown["document_id"]
    add_english = (
        "--database",
        str(demo_db_path),
        "document",
        "import",
        str(seed_document()),
        "--language",
        "en",
        "--document",
        document_id,
    )
    report = _json(capsys, *add_english, "--json")
    assert isinstance(report, dict)
    assert report["document_id"] == document_id and report["language"] == "en"
    code, _out, err = _run(capsys, *add_english)
    assert code == 1 and "already has" in err

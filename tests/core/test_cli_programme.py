"""`forumdesk programme new|show|templates|import|export|save-template`."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from forumdesk.cli import main

NEW_YORK = [
    ("10:00", "10:30"),
    ("10:35", "11:45"),
    ("11:50", "13:00"),
    ("15:00", "16:15"),
    ("16:20", "17:30"),
    ("17:30", "18:00"),
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _new(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> str:
    result = _json(
        capsys,
        "--database",
        str(db),
        "programme",
        "new",
        "--template",
        "hearings-2006",
        "--date",
        "2027-07-12",
        "--timezone",
        "America/New_York",
        "--json",
        *extra,
    )
    assert set(result) == {"forum_id", "title", "timezone"}
    assert result["timezone"] == "America/New_York"
    return str(result["forum_id"])


def test_new_then_show_as_json(capsys: pytest.CaptureFixture[str], empty_db_path: Path) -> None:
    forum_id = _new(capsys, empty_db_path, "--language", "fr", "--venue", "Siège, New York")
    shown = _json(capsys, "--database", str(empty_db_path), "programme", "show", "--json")
    assert shown["forum_id"] == forum_id
    assert shown["timezone"] == "America/New_York"
    segments = shown["segments"]
    assert len(segments) == 6
    assert [(s["start"], s["end"]) for s in segments] == [
        (f"2027-07-12T{a}:00-04:00", f"2027-07-12T{b}:00-04:00") for a, b in NEW_YORK
    ]
    assert [s["kind"] for s in segments] == ["opening", *["thematic"] * 4, "closing"]
    assert segments[0]["title"] == "Séance inaugurale"
    assert segments[0]["room"] == "Salle plénière"
    assert [r["role"] for r in segments[0]["roles"]] == ["address"] * 3
    assert all(r["person"] is None for r in segments[0]["roles"])
    assert segments[1]["roles"] == []  # the annex names no chair per part
    assert all(len(s["id"]) == 36 for s in segments)
    assert _count(empty_db_path, "forums") == 1
    assert _count(empty_db_path, "segment_roles") == 3 + 1  # the addresses


def test_show_as_text_and_plain_new(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path
) -> None:
    code, out, err = _run(
        capsys,
        "--database",
        str(empty_db_path),
        "programme",
        "new",
        "--template",
        "hearings-2006",
        "--date",
        "2027-07-12",
        "--title",
        "Hearings 2027",
    )
    assert code == 0, err
    assert "6 segment(s)" in out
    code, out, err = _run(capsys, "--database", str(empty_db_path), "programme", "show")
    assert code == 0, err
    assert out.startswith("Hearings 2027\n")
    assert "Times in UTC" in out
    assert "12 July 2027" in out
    assert "10:00–10:30  Opening session  (Plenary hall)" in out
    assert "Address by the Deputy Secretary-General: —" in out
    assert "17:30–18:00  Closing session" in out


def test_templates_listing(capsys: pytest.CaptureFixture[str], empty_db_path: Path) -> None:
    listed = _json(capsys, "--database", str(empty_db_path), "programme", "templates", "--json")
    by_slug = {t["slug"]: t for t in listed}
    assert by_slug["hearings-2006"]["segments"] == 6
    assert by_slug["hearings-2006"]["source"] == "bundled"
    assert "hearings-panels" in by_slug
    code, out, _ = _run(capsys, "--database", str(empty_db_path), "programme", "templates")
    assert code == 0 and "hearings-2006" in out


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--date", "2027-02-30"], "bad date '2027-02-30': use YYYY-MM-DD"),
        (["--date", "12/07/2027"], "bad date '12/07/2027'"),
        (["--timezone", "Europe/Atlantis"], "unknown time zone 'Europe/Atlantis'"),
        (["--language", "de"], "unknown language 'de'"),
        (["--template", "no-such-template"], "there is no template 'no-such-template'"),
        (["--template", "{bad}"], "broken.json: not JSON"),
        (["--template", "{field}"], "wrong.json: days[0].sessions[0].segments[0].starts_at"),
    ],
)
def test_new_refuses_bad_arguments_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    empty_db_path: Path,
    tmp_path: Path,
    options: list[str],
    message: str,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    body = json.loads(
        (Path(__file__).parents[2] / "resources/templates/hearings-2006.json").read_text("utf-8")
    )
    body["days"][0]["sessions"][0]["segments"][0]["starts_at"] = "9h"
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps(body), encoding="utf-8")
    arguments = {
        "--template": "hearings-2006",
        "--date": "2027-07-12",
        "--timezone": "America/New_York",
    }
    arguments.update(dict(zip(options[::2], options[1::2], strict=True)))
    if arguments["--template"] == "{bad}":
        arguments["--template"] = str(broken)
    if arguments["--template"] == "{field}":
        arguments["--template"] = str(wrong)
    before = _digest(empty_db_path)
    flat = [item for pair in arguments.items() for item in pair]
    code, out, err = _run(capsys, "--database", str(empty_db_path), "programme", "new", *flat)
    assert code == 1
    assert out == ""
    assert err.startswith("forumdesk: ") and err.count("\n") == 1
    assert message in err
    assert _count(empty_db_path, "forums") == 0
    assert _count(empty_db_path, "agenda_templates") == 0
    if "no-such-template" not in options:
        assert _digest(empty_db_path) == before  # refused before the database was opened


def test_show_needs_a_forum_or_the_only_one(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path
) -> None:
    code, _, err = _run(capsys, "--database", str(empty_db_path), "programme", "show")
    assert (code, err) == (1, "forumdesk: the database holds no forum\n")
    first = _new(capsys, empty_db_path)
    _new(capsys, empty_db_path, "--language", "fr")
    code, _, err = _run(capsys, "--database", str(empty_db_path), "programme", "show")
    assert (code, err) == (1, "forumdesk: several forums: pass --forum ID\n")
    shown = _json(
        capsys, "--database", str(empty_db_path), "programme", "show", "--forum", first, "--json"
    )
    assert shown["forum_id"] == first and shown["segments"][0]["title"] == "Opening session"
    code, _, err = _run(
        capsys, "--database", str(empty_db_path), "programme", "show", "--forum", "nope"
    )
    assert (code, err) == (1, "forumdesk: bad forum id 'nope'\n")


def test_save_template_import_export_round_trip(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    db = str(empty_db_path)
    first = _new(capsys, empty_db_path, "--language", "fr")
    saved = tmp_path / "ours.json"
    code, _, err = _run(
        capsys,
        "--database",
        db,
        "programme",
        "save-template",
        str(saved),
        "--slug",
        "ours",
        "--name",
        "Les nôtres",
        "--forum",
        first,
    )
    assert code == 0, err
    assert json.loads(saved.read_text(encoding="utf-8"))["slug"] == "ours"
    second = _json(
        capsys,
        "--database",
        db,
        "programme",
        "new",
        "--template",
        str(saved),
        "--date",
        "2027-07-12",
        "--timezone",
        "America/New_York",
        "--language",
        "fr",
        "--json",
    )["forum_id"]

    def segments(forum_id: str) -> list[tuple[Any, ...]]:
        shown = _json(capsys, "--database", db, "programme", "show", "--forum", forum_id, "--json")
        return [
            (s["kind"], s["title"], s["theme"], s["start"], s["end"], s["room"], s["roles"])
            for s in shown["segments"]
        ]

    assert segments(second) == segments(first)
    listed = _json(capsys, "--database", db, "programme", "templates", "--json")
    assert {t["slug"]: t["source"] for t in listed}["ours"] == "database"

    exported = tmp_path / "exported.json"
    code, _, err = _run(capsys, "--database", db, "programme", "export", "ours", str(exported))
    assert code == 0, err
    assert json.loads(exported.read_text("utf-8")) == json.loads(saved.read_text("utf-8"))
    code, out, err = _run(capsys, "--database", db, "programme", "import", str(exported))
    assert code == 0, err
    assert "'ours'" in out
    assert _count(empty_db_path, "agenda_templates") == 2

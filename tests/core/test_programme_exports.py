"""Programme exports (iCalendar, PDF, DOCX) and `programme conflicts|ics|pdf|docx`."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import uuid
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import docx
import icalendar
import pytest
from sqlalchemy import select

from forumdesk.cli.programme import add_export_commands, run_export_command
from forumdesk.exports.programme.docx import write_programme_docx
from forumdesk.exports.programme.ics import write_programme_ics
from forumdesk.exports.programme.pdf import write_programme_pdf
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.store.database import Database
from forumdesk.store.models import Forum, Intervention, Representative, Segment

NEW_YORK = ZoneInfo("America/New_York")
# The annex of the 2006 summary, in programme order.
SEGMENTS = [
    ("Séance inaugurale", time(10, 0), time(10, 30)),
    ("Première partie", time(10, 35), time(11, 45)),
    ("Deuxième partie", time(11, 50), time(13, 0)),
    ("Troisième partie", time(15, 0), time(16, 15)),
    ("Quatrième partie", time(16, 20), time(17, 30)),
    ("Séance de clôture", time(17, 30), time(18, 0)),
]


def _french(value: time) -> str:
    return f"{value.hour} h {value.minute:02d}"


def _forum_id(db: Database) -> uuid.UUID:
    with db.reading() as session:
        forum_id = demo_forum_id(session)
    assert forum_id is not None
    return forum_id


def _sutherland(db: Database) -> uuid.UUID:
    with db.reading() as session:
        return session.scalars(
            select(Representative.id).where(Representative.family_name == "Sutherland")
        ).one()


def _events(path: Path) -> list[Any]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def _in_order(text: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = text.find(needle, at)
        assert found >= 0, f"{needle!r} missing or out of order"
        at = found + len(needle)


# ---------------------------------------------------------------------------------------
# iCalendar


def test_ics_has_the_six_segments_at_the_right_instants(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    path = tmp_path / "programme.ics"
    with db.reading() as session:
        count = write_programme_ics(session, _forum_id(db), path)
        ids = {s.title: s.id for s in session.scalars(select(Segment)).all()}
    assert count == 6

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    events = _events(path)
    assert [str(e["SUMMARY"]) for e in events] == [title for title, _, _ in SEGMENTS]
    for event, (title, starts, ends) in zip(events, SEGMENTS, strict=True):
        assert event["DTSTART"].params["TZID"] == "America/New_York"
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start == datetime(2006, 7, 12, starts.hour, starts.minute, tzinfo=NEW_YORK)
        assert end == datetime(2006, 7, 12, ends.hour, ends.minute, tzinfo=NEW_YORK)
        assert str(event["UID"]) == f"{ids[title]}@forumdesk"
        assert "Salle plénière" in str(event["LOCATION"])
        assert "New York" in str(event["LOCATION"])
    # Summer time in New York: the opening starts at 14:00 UTC.
    assert events[0].decoded("DTSTART").astimezone(UTC) == datetime(2006, 7, 12, 14, 0, tzinfo=UTC)
    assert "M. Peter Sutherland" in str(events[0]["DESCRIPTION"])
    assert "Promotion d'une approche globale" in str(events[1]["DESCRIPTION"])


def test_ics_uids_are_stable_between_exports(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    with db.reading() as session:
        write_programme_ics(session, _forum_id(db), tmp_path / "a.ics")
        write_programme_ics(session, _forum_id(db), tmp_path / "b.ics")
    uids = [[str(e["UID"]) for e in _events(tmp_path / n)] for n in ("a.ics", "b.ics")]
    assert uids[0] == uids[1] and len(set(uids[0])) == 6


def test_ics_for_one_person(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    person = _sutherland(db)
    with db.reading() as session:
        assert write_programme_ics(session, _forum_id(db), tmp_path / "p.ics", person) == 1
    assert [str(e["SUMMARY"]) for e in _events(tmp_path / "p.ics")] == ["Séance inaugurale"]

    with db.unit_of_work() as session:
        part_3 = session.scalars(select(Segment).where(Segment.title == "Troisième partie")).one()
        last = max(turn.position for turn in part_3.interventions)  # the demo's list
        session.add(Intervention(segment_id=part_3.id, representative_id=person, position=last + 1))
    with db.reading() as session:
        assert write_programme_ics(session, _forum_id(db), tmp_path / "p.ics", person) == 2
        assert write_programme_ics(session, _forum_id(db), tmp_path / "n.ics", uuid.uuid4()) == 0
    assert [str(e["SUMMARY"]) for e in _events(tmp_path / "p.ics")] == [
        "Séance inaugurale",
        "Troisième partie",
    ]


# ---------------------------------------------------------------------------------------
# PDF and DOCX


def test_pdf_lists_the_segments_in_order_with_french_times(demo_db: Any, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    db: Database = demo_db
    path = tmp_path / "programme.pdf"
    with db.reading() as session:
        assert write_programme_pdf(session, _forum_id(db), path) == 6
    assert path.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    _in_order(
        text,
        [
            "Rencontres interactives informelles de l'Assemblée",
            "Mercredi 12 juillet 2006",
            "10 h 00–13 h 00 – Séance du matin",
        ]
        + [f"{_french(s)}–{_french(e)} – {title}" for title, s, e in SEGMENTS],
    )
    _in_order(text, ["Séance du matin", "Vice-Secrétaire général", "Séance de l'après-midi"])
    assert "(M. Peter Sutherland)" in text


def test_pdf_in_english_uses_colon_times(demo_db: Any, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    db: Database = demo_db
    with db.unit_of_work() as session:
        forum = session.get(Forum, _forum_id(db))
        assert forum is not None
        forum.language = "en"
        forum.title = "Informal interactive hearings of the General Assembly"
    path = tmp_path / "programme.pdf"
    with db.reading() as session:
        write_programme_pdf(session, _forum_id(db), path)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    _in_order(
        text,
        ["Informal interactive hearings", "Wednesday 12 July 2006"]
        + [f"{s:%H:%M}–{e:%H:%M} – {title}" for title, s, e in SEGMENTS],
    )


def test_docx_lists_the_segments_in_order(demo_db: Any, tmp_path: Path) -> None:
    db: Database = demo_db
    path = tmp_path / "programme.docx"
    with db.reading() as session:
        assert write_programme_docx(session, _forum_id(db), path) == 6
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    text = "\n".join(paragraphs)
    _in_order(
        text,
        ["Programme", "Rencontres interactives informelles", "Mercredi 12 juillet 2006"]
        + [f"{_french(s)}–{_french(e)} – {title}" for title, s, e in SEGMENTS],
    )
    assert "– Allocution du Vice-Secrétaire général" in paragraphs
    assert document.core_properties.language == "fr-FR"


# ---------------------------------------------------------------------------------------
# The command line: a tiny harness standing in for `forumdesk programme`


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="forumdesk programme")
    actions = parser.add_subparsers(dest="programme_command", required=True)
    add_export_commands(actions)
    return parser.parse_args(list(argv))


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_export_command(_parse(*argv), db)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_conflicts(demo_db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    db: Database = demo_db
    assert _run(db, capsys, "conflicts") == (0, "No clashes in the programme.\n", "")
    code, out, _ = _run(db, capsys, "conflicts", "--json", "--forum", str(_forum_id(db)))
    assert (code, json.loads(out)) == (0, [])

    with db.unit_of_work() as session:
        parts = session.scalars(select(Segment).where(Segment.title.like("%partie"))).all()
        first, second = sorted(parts, key=lambda s: s.starts_at)[:2]
        second.starts_at = time(11, 0)
        ids = {str(first.id), str(second.id)}
    code, out, err = _run(db, capsys, "conflicts")
    assert code == 1 and err == ""
    assert out.startswith("room_double_booked: Room Salle plénière is double-booked")
    code, out, _ = _run(db, capsys, "conflicts", "--json")
    assert code == 1
    (clash,) = json.loads(out)
    assert clash["kind"] == "room_double_booked" and set(clash["segment_ids"]) == ids


def test_cli_exports(demo_db: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db: Database = demo_db
    code, out, err = _run(db, capsys, "ics", str(tmp_path / "all.ics"))
    assert (code, err) == (0, "") and "6 event(s)" in out
    person = str(_sutherland(db))
    code, out, _ = _run(db, capsys, "ics", str(tmp_path / "one.ics"), "--person", person)
    assert code == 0 and "1 event(s)" in out
    assert len(_events(tmp_path / "one.ics")) == 1
    code, out, _ = _run(db, capsys, "pdf", str(tmp_path / "p.pdf"))
    assert code == 0 and "6 segment(s)" in out
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = _run(db, capsys, "docx", str(tmp_path / "p.docx"))
    assert code == 0 and "6 segment(s)" in out
    assert len(docx.Document(str(tmp_path / "p.docx")).paragraphs) > 6


def test_cli_errors_are_one_line(
    demo_db: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db: Database = demo_db
    missing = uuid.uuid4()
    code, out, err = _run(db, capsys, "pdf", str(tmp_path / "p.pdf"), "--forum", str(missing))
    assert (code, out, err) == (1, "", f"forumdesk: there is no forum {missing}\n")
    code, _, err = _run(db, capsys, "ics", str(tmp_path / "p.ics"), "--person", str(missing))
    assert (code, err) == (1, f"forumdesk: there is no representative {missing}\n")
    assert not (tmp_path / "p.ics").exists()
    code, _, err = _run(db, capsys, "docx", str(tmp_path / "no" / "such" / "p.docx"))
    assert code == 1 and err.startswith("forumdesk: cannot write") and err.count("\n") == 1

    with db.unit_of_work() as session:
        session.add(Forum(title="Second forum", timezone="Europe/Geneva", language="en"))
    code, _, err = _run(db, capsys, "conflicts")
    assert (code, err) == (1, "forumdesk: several forums: pass --forum ID\n")


def test_cli_needs_a_forum(empty_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        code, out, err = _run(database, capsys, "conflicts")
    finally:
        database.dispose()
    assert (code, out, err) == (1, "", "forumdesk: the database holds no forum\n")

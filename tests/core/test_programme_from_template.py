"""The 2006 template on 2027-07-12, end to end through the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from forumdesk.cli import main

TIMES = [
    ("10:00", "10:30"),
    ("10:35", "11:45"),
    ("11:50", "13:00"),
    ("15:00", "16:15"),
    ("16:20", "17:30"),
    ("17:30", "18:00"),
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_a_forum_from_the_2006_template_is_clean_and_exports(
    capsys: pytest.CaptureFixture[str], empty_db_path: Path, tmp_path: Path
) -> None:
    db = ["--database", str(empty_db_path), "programme"]
    code, out = _run(
        capsys, *db, "new", "--template", "hearings-2006", "--date", "2027-07-12",
        "--timezone", "America/New_York", "--language", "fr", "--json",
    )  # fmt: skip
    assert code == 0
    forum = json.loads(out)["forum_id"]
    code, out = _run(capsys, *db, "show", "--forum", forum, "--json")
    segments = json.loads(out)["segments"]
    assert [(s["start"][11:16], s["end"][11:16]) for s in segments] == TIMES
    assert {s["start"][-6:] for s in segments} == {"-04:00"}
    code, out = _run(capsys, *db, "conflicts", "--forum", forum, "--json")
    assert (code, json.loads(out)) == (0, [])

    ics = tmp_path / "programme.ics"
    assert _run(capsys, *db, "ics", str(ics), "--forum", forum)[0] == 0
    events = sorted(
        (e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")),
        key=lambda e: e.decoded("DTSTART"),
    )
    zone = ZoneInfo("America/New_York")
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        (
            datetime(2027, 7, 12, int(a[:2]), int(a[3:]), tzinfo=zone),
            datetime(2027, 7, 12, int(b[:2]), int(b[3:]), tzinfo=zone),
        )
        for a, b in TIMES
    ]

    pdf = tmp_path / "programme.pdf"
    assert _run(capsys, *db, "pdf", str(pdf), "--forum", forum)[0] == 0
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    french = [f"{a[:2]} h {a[3:]}–{b[:2]} h {b[3:]}" for a, b in TIMES]
    positions = [text.index(span) for span in french]
    assert positions == sorted(positions)
    for title in ("Séance inaugurale", "Première partie", "Quatrième partie", "Séance de clôture"):
        assert title in text


def test_a_segments_speakers_list_from_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    from sqlalchemy import select
    from tests.demo_day import clear_demo_speakers

    from forumdesk.services.programme.speakers.lists import add_speaker, record_speech
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Representative, Segment

    clear_demo_speakers(demo_db_path)
    database, _ = open_database(str(demo_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            segment = session.scalars(select(Segment).order_by(Segment.starts_at)).all()[1]
            person = session.scalars(
                select(Representative).where(Representative.family_name == "Sutherland")
            ).first()
            assert person is not None
            line = add_speaker(session, segment.id, person.id, allotted_seconds=120)
            start = datetime(2006, 7, 12, 14, 40, tzinfo=ZoneInfo("UTC"))
            end = datetime(2006, 7, 12, 14, 42, 15, tzinfo=ZoneInfo("UTC"))
            record_speech(session, line.id, start, end, 135)
            segment_id = str(segment.id)
    finally:
        database.dispose()
    db = ["--database", str(demo_db_path), "programme", "speakers", "--segment", segment_id]
    code, out = _run(capsys, *db, "--json")
    speakers = json.loads(out)
    assert code == 0 and len(speakers) == 1
    assert speakers[0]["allotted_seconds"] == 120 and speakers[0]["used_seconds"] == 135
    assert speakers[0]["status"] == "spoke" and speakers[0]["name"].endswith("Sutherland")
    code, out = _run(capsys, *db)
    assert "2:00 allotted, 2:15 used" in out
    code = main(["--database", str(demo_db_path), "programme", "speakers", "--segment",
                 "00000000-0000-0000-0000-000000000000"])  # fmt: skip
    assert code == 1 and "segment" in capsys.readouterr().err

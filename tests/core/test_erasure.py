"""Erasure (issue 19): after `forumdesk person erase`, no export, search, minutes,
report, backup or audit entry holds the person's name or e-mail, the database file
neither, `check` passes; approved minutes and the report keep their text with a
stable pseudonym and say so."""

from __future__ import annotations

import json
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.services.common.refusals import Refused
from forumdesk.services.minutes.workflow import approve, start_minutes
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note
from forumdesk.services.privacy.erasure import erase_people, erasure_plan
from forumdesk.services.privacy.pseudonyms import pseudonym
from forumdesk.store.database import Database
from forumdesk.store.models import (
    AuditEntry,
    Erasure,
    Footnote,
    Intervention,
    MinutesVersion,
    Note,
    Paragraph,
    Representative,
    Segment,
)

#: The demo's Dina Abdallah: an e-mail, a turn at the closing; no one shares her names.
GIVEN, FAMILY, EMAIL = "Dina", "Abdallah", "dina.abdallah@lebanon-rural-development-action.example"
SECRETS = (f"{GIVEN} {FAMILY}", FAMILY, EMAIL, FAMILY.lower())


def _person(database: Database, given: str, family: str) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(
            select(Representative.id).where(
                Representative.given_name == given, Representative.family_name == family
            )
        ).one()


def _named_everywhere(database: Database, person_id: uuid.UUID) -> uuid.UUID:
    """Her turn's segment gets a note naming her, approved minutes (whose speakers
    table names her), and a paragraph of the summary report naming her; returns the
    segment."""
    with database.unit_of_work() as session:
        turn = session.scalars(
            select(Intervention).where(Intervention.representative_id == person_id)
        ).one()
        turn.summary = f"{FAMILY.upper()} {GIVEN} spoke of rural credit."
        note = NoteInput(
            "<p>x</p>", f"Ask {GIVEN} {FAMILY} for her slides.", segment_id=turn.segment_id
        )
        create_note(session, None, NoteInput(**{**note.__dict__, "author": "Rapporteur"}))
        minutes_id = start_minutes(session, turn.segment_id, "Rapporteur")
        approve(session, minutes_id, "Ms. Head")
        paragraph = session.scalars(select(Paragraph).order_by(Paragraph.number)).first()
        assert paragraph is not None
        paragraph.text += f" Mme {GIVEN} {FAMILY} l'a rappelé."
        return turn.segment_id


def _cli(database: Database, *args: str) -> int:
    return main(["--database", str(database.path), *args])


def _text_of(path: Path) -> str:
    """What a file says: a PDF's text, a zip's members, else its bytes as text."""
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(path)
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        pdf.close()
        return text
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                _text_of_member(archive.read(name), name) for name in archive.namelist()
            )
    return path.read_bytes().decode("utf-8", errors="replace")


def _text_of_member(data: bytes, name: str) -> str:
    return data.decode("utf-8", errors="replace") if not name.endswith(".pdf") else ""


def _assert_gone(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} is still in {where}"


def test_erase_leaves_her_nowhere(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person_id = _person(demo_db, GIVEN, FAMILY)
    segment_id = _named_everywhere(demo_db, person_id)
    assert _cli(demo_db, "person", "erase", str(person_id), "--yes", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    stand_in = result["erased"][0]["pseudonym"]
    assert stand_in.startswith("Représentant·e d") and stand_in.endswith("(1)")  # in French
    assert result["backup"] and Path(result["backup"]).is_file()  # a backup before

    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["registry", "export", str(out / "registry.csv")],
        ["registry", "badges", str(out / "badges.pdf")],
        ["minutes", "export-all", "--forum", "x", "--format", "md", "-o", str(out / "minutes")],
        ["report", "export", "--format", "md", "-o", str(out / "report.md")],
        ["person", "export", str(person_id), "-o", str(out / "access.json")],
    ]
    forum = _only_forum(demo_db)
    for command in commands:
        command = [str(forum) if part == "x" else part for part in command]
        assert _cli(demo_db, *command) == 0, command
    assert _cli(demo_db, "programme", "speakers", "--segment", str(segment_id), "--json") == 0
    assert _cli(demo_db, "search", FAMILY, "--json") == 0
    assert _cli(demo_db, "search", GIVEN, "--json") == 0
    _assert_gone(capsys.readouterr().out, "the speakers list or the search")
    for path in sorted(out.rglob("*"), key=lambda path: path.name == "access.json"):
        if path.is_file():
            _assert_gone(_text_of(path), path.name)
    minutes = _text_of_folder(out)
    assert stand_in in minutes and "pseudonym" in minutes  # kept, and said so
    assert stand_in in (out / "report.md").read_text(encoding="utf-8")

    assert _cli(demo_db, "backup", "create", "--json") == 0
    backup = Path(json.loads(capsys.readouterr().out)["path"])
    assert _cli(demo_db, "check") == 0, capsys.readouterr()
    demo_db.dispose()
    with sqlite3.connect(demo_db.path) as connection:
        connection.execute("VACUUM")
    connection.close()
    for path in (backup, demo_db.path):
        _assert_gone(path.read_bytes().decode("utf-8", errors="replace"), path.name)


def _text_of_folder(folder: Path) -> str:
    return "\n".join(
        _text_of(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "minutes" in str(path)
    )


def _only_forum(database: Database) -> uuid.UUID:
    from forumdesk.store.models import Forum

    with database.reading() as session:
        return session.scalars(select(Forum.id)).one()


def test_approved_minutes_and_the_report_keep_their_text_and_say_so(demo_db: Database) -> None:
    person_id = _person(demo_db, GIVEN, FAMILY)
    segment_id = _named_everywhere(demo_db, person_id)
    erase_people(demo_db, [person_id])
    with demo_db.reading() as session:
        [tombstone] = session.scalars(select(Erasure)).all()
        stand_in = pseudonym(tombstone.category, tombstone.number, "fr")
        segment = session.get_one(Segment, segment_id)
        minutes = session.scalars(select(MinutesVersion)).all()
        approved = [v for v in minutes if v.state.value == "approved"]
        assert approved and all(stand_in in v.body_html for v in approved)
        assert all("pseudonymes" in v.body_html for v in approved), "said, in French"
        paragraph = session.scalars(select(Paragraph).order_by(Paragraph.number)).first()
        assert paragraph is not None and stand_in in paragraph.text
        footnotes = session.scalars(
            select(Footnote).where(Footnote.paragraph_id == paragraph.id)
        ).all()
        assert any("pseudonymes" in f.text for f in footnotes)
        note = session.scalars(select(Note).where(Note.body_text.contains(stand_in))).one()
        assert note.body_text == f"Ask {stand_in} for her slides."
        turn = session.scalars(
            select(Intervention).where(Intervention.representative_id == person_id)
        ).one()
        assert turn.summary == f"{stand_in} spoke of rural credit."
        assert turn.segment_id == segment.id
        person = session.get_one(Representative, person_id)
        assert (person.given_name, person.family_name, person.email) == ("", stand_in, None)
        # the erasure itself is in the audit log: whose record, never their name
        [entry] = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "erasures")
        ).all()
        assert entry.after is not None and entry.after["record_id"] == str(person_id)
        assert FAMILY not in json.dumps(entry.after)


def test_the_pseudonym_numbers_never_change(demo_db: Database) -> None:
    first = _person(demo_db, GIVEN, FAMILY)
    with demo_db.reading() as session:
        planned = erasure_plan(session, first)
    erase_people(demo_db, [first])
    others = _same_category_people(demo_db, first)
    erase_people(demo_db, others[:2])
    with demo_db.reading() as session:
        name = session.get_one(Representative, first).family_name
        numbers = sorted(e.number for e in session.scalars(select(Erasure)))
    assert name == planned.pseudonym  # as the confirmation said
    assert numbers == [1, 2, 3]
    with demo_db.reading() as session, pytest.raises(Refused, match="already erased"):
        erasure_plan(session, first)


def _same_category_people(database: Database, person_id: uuid.UUID) -> list[uuid.UUID]:
    from forumdesk.store.models import Organisation

    with database.reading() as session:
        person = session.get_one(Representative, person_id)
        organisation = session.get_one(Organisation, person.organisation_id)
        return list(
            session.scalars(
                select(Representative.id)
                .join(Organisation, Organisation.id == Representative.organisation_id)
                .where(
                    Organisation.category == organisation.category,
                    Representative.id != person_id,
                    Representative.merged_into_id.is_(None),
                )
                .order_by(Representative.sort_key)
            )
        )


def test_a_name_in_its_own_script_is_replaced_and_a_namesake_kept(demo_db: Database) -> None:
    majed = _person(demo_db, "ماجد", "بلقاسم")
    with demo_db.unit_of_work() as session:
        segment = session.scalars(select(Segment)).first()
        assert segment is not None
        for body in ("قال ماجد بلقاسم إن…", "Majed BELKACEM and Omar Belkacem spoke."):
            create_note(
                session, None, NoteInput("<p>x</p>", body, segment_id=segment.id, author="R")
            )
    erase_people(demo_db, [majed])
    with demo_db.reading() as session:
        texts = sorted(session.scalars(select(Note.body_text).where(Note.author == "R")))
    assert all("ماجد" not in text and "Majed" not in text for text in texts)
    assert any("Omar Belkacem" in text for text in texts)


def test_erase_asks_first_and_a_no_changes_nothing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    person_id = _person(demo_db, GIVEN, FAMILY)
    before = demo_db.path.read_bytes() if demo_db.path else b""
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert _cli(demo_db, "person", "erase", str(person_id)) == 1
    captured = capsys.readouterr()
    assert f"{GIVEN} {FAMILY}" in captured.err and "cannot be undone" in captured.err
    assert demo_db.path is not None and demo_db.path.read_bytes() == before
    assert _cli(demo_db, "person", "erase", str(uuid.uuid4()), "--yes") == 1
    assert "no person" in capsys.readouterr().err

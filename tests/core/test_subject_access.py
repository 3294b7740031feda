"""Subject access (issue 19): everything held about one person, as JSON and as a PDF,
from the service, the writers and `forumdesk person export`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.exports.privacy.files import write_subject_access
from forumdesk.services.common.output_files import OutputPathError
from forumdesk.services.common.refusals import Refused
from forumdesk.services.minutes.workflow import start_minutes
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note
from forumdesk.services.privacy.naming import name_pattern, names_in
from forumdesk.services.privacy.subject_access import SubjectAccess, subject_access
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Intervention, Representative, Segment

OPENING = "Séance inaugurale"


def _person(database: Database, given_name: str, family_name: str) -> uuid.UUID:
    with database.reading() as session:
        return session.scalars(
            select(Representative.id).where(
                Representative.given_name == given_name, Representative.family_name == family_name
            )
        ).one()


def _with_notes_and_minutes(database: Database) -> uuid.UUID:
    """The demo's Peter Sutherland (registered, checked in, an address and a turn at the
    opening), with a note on his turn, a note naming him, one that does not, and the
    opening's minutes (whose speakers table names him)."""
    person_id = _person(database, "Peter", "Sutherland")
    with database.unit_of_work() as session:
        segment = session.scalars(select(Segment).where(Segment.title == OPENING)).one()
        turn = session.scalars(
            select(Intervention).where(Intervention.representative_id == person_id)
        ).one()
        notes = (
            NoteInput("<p>x</p>", "Ran over time.", segment_id=segment.id, intervention_id=turn.id),
            NoteInput(
                "<p>x</p>", "SUTHERLAND Peter asked for the floor again.", segment_id=segment.id
            ),
            NoteInput("<p>x</p>", "Mr. Sutherland was thanked.", segment_id=segment.id),
        )
        for note in notes:
            create_note(session, None, NoteInput(**{**note.__dict__, "author": "Rapporteur"}))
        start_minutes(session, segment.id, "Rapporteur")
    return person_id


def _access(database: Database, person_id: uuid.UUID) -> SubjectAccess:
    with database.reading() as session:
        return subject_access(session, person_id)


def test_the_json_holds_every_section(demo_db: Database, tmp_path: Path) -> None:
    person_id = _with_notes_and_minutes(demo_db)
    target = tmp_path / "sutherland.json"
    write_subject_access(_access(demo_db, person_id), target, database_path=demo_db.path)
    data = json.loads(target.read_text(encoding="utf-8"))

    assert data["id"] == str(person_id)
    assert data["person"]["given_name"] == "Peter"
    assert data["person"]["family_name"] == "Sutherland"
    assert data["organisation"]["acronym"] == "ONU"
    [registration] = data["registrations"]
    assert (registration["status"], registration["badge_number"]) == ("accredited", "0001")
    assert registration["decided_by"] and registration["decided_at"]
    [check_in] = data["check_ins"]
    assert check_in["desk"] and check_in["device"] and check_in["door"] is None
    assert datetime.fromisoformat(check_in["at"]).tzinfo is not None  # ISO, with its zone
    assert data["roles"] == [
        {"forum": registration["forum"], "segment": OPENING, "role": "address"}
    ]
    [turn] = data["interventions"]
    assert (turn["segment"], turn["state"], turn["used_seconds"]) == (OPENING, "spoke", 613)
    notes = {note["text"]: note["linked"] for note in data["notes"]}
    assert notes == {"Ran over time.": True, "SUTHERLAND Peter asked for the floor again.": False}
    [minutes] = data["minutes"]
    assert minutes["version"] == 1 and any("Peter Sutherland" in line for line in minutes["lines"])
    tables = {entry["table"] for entry in data["history"]}
    assert {"representatives", "registrations", "check_ins", "interventions"} <= tables
    assert all(entry["at"] for entry in data["history"])
    assert list(data) == sorted(data), "stable keys"


def test_the_pdf_reads_with_the_name_in_its_own_script(demo_db: Database, tmp_path: Path) -> None:
    person_id = _person(demo_db, "ماجد", "بلقاسم")
    target = tmp_path / "person.pdf"
    write_subject_access(_access(demo_db, person_id), target)
    pdf = pypdfium2.PdfDocument(target)
    text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "بلقاسم" in text and "Majed Belkacem" in text
    for section in ("Registrations", "Check-ins", "Interventions", "Audit history"):
        assert section in text
    assert "0203" in text  # the badge


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ("merged", "merged into"),
        ("deleted", "deleted from the registry"),
        ("unknown", "no person in the registry"),
    ],
)
def test_a_person_not_in_the_registry_is_refused(
    demo_db: Database, change: str, refusal: str
) -> None:
    person_id = _person(demo_db, "Peter", "Sutherland")
    other_id = _person(demo_db, "Samuel", "Kamau")
    with demo_db.unit_of_work() as session:
        person = session.get_one(Representative, person_id)
        if change == "merged":
            person.merged_into_id = other_id
        elif change == "deleted":
            person.deleted_at = datetime.now(UTC)
    asked = uuid.uuid4() if change == "unknown" else person_id
    with pytest.raises(Refused, match=refusal):
        _access(demo_db, asked)


def test_the_history_includes_a_duplicate_merged_into_them(demo_db: Database) -> None:
    person_id, other_id = (
        _person(demo_db, "Peter", "Sutherland"),
        _person(demo_db, "Samuel", "Kamau"),
    )
    with demo_db.unit_of_work() as session:
        session.get_one(Representative, other_id).merged_into_id = person_id
    history = _access(demo_db, person_id).history
    assert any(("family_name", None, "Kamau") in entry.changes for entry in history)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Peter Sutherland opened the meeting.", True),
        ("SUTHERLAND, Peter", False),  # a comma between: not side by side
        ("sutherland  peter", True),
        ("Mr. Sutherland spoke.", False),
        ("Petersutherland", False),
        ("M. Majed Belkacem (Bahreïn)", True),
        ("السيد مَاجِد بلقاسم", True),  # vowel marks ignored
        ("王小明发言", True),
    ],
)
def test_what_naming_means(text: str, named: bool) -> None:
    pattern = name_pattern(
        [("Peter", "Sutherland"), ("Majed", "Belkacem"), ("ماجد", "بلقاسم"), ("小明", "王")]
    )
    assert pattern is not None
    assert names_in(pattern, text) is named


def test_the_command_writes_the_file(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = open_database(str(demo_db_path), backup=False)
    person_id = _person(database, "Peter", "Sutherland")
    database.dispose()
    for name in ("person.json", "person.pdf"):
        target = tmp_path / name
        assert main(["--database", str(demo_db_path), "person", "export", str(person_id),
                     "-o", str(target)]) == 0  # fmt: skip
        assert "Peter Sutherland" in capsys.readouterr().out
    assert json.loads((tmp_path / "person.json").read_text("utf-8"))["id"] == str(person_id)
    assert (tmp_path / "person.pdf").read_bytes().startswith(b"%PDF")
    forced = tmp_path / "person.data"
    assert main(["--database", str(demo_db_path), "person", "export", str(person_id),
                 "-o", str(forced), "--format", "json"]) == 0  # fmt: skip
    assert json.loads(forced.read_text("utf-8"))["person"]["family_name"] == "Sutherland"


def test_the_command_never_writes_over_the_database(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _ = open_database(str(demo_db_path), backup=False)
    person_id = _person(database, "Peter", "Sutherland")
    database.dispose()
    before = demo_db_path.read_bytes()
    code = main(["--database", str(demo_db_path), "person", "export", str(person_id),
                 "-o", str(demo_db_path), "--format", "pdf"])  # fmt: skip
    assert code == 1
    assert "open database" in capsys.readouterr().err
    assert demo_db_path.read_bytes() == before


def test_the_writer_refuses_the_database_too(demo_db: Database) -> None:
    access = _access(demo_db, _person(demo_db, "Peter", "Sutherland"))
    assert demo_db.path is not None
    with pytest.raises(OutputPathError, match="open database"):
        write_subject_access(access, demo_db.path, "json", database_path=demo_db.path)

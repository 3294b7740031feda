"""Internal and public: only notes marked for the record leave the secretariat.

The minutes PDF, DOCX and ODT are read back (pdftotext, python-docx, the ODT's
content.xml) to check which notes they print; the internal version prints them all and
says so on every page.
"""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.core.test_document_writers import pdf_text
from tests.core.test_minutes_workflow import _person, _segment, _speak

from forumdesk.exports.document.writers import write_document
from forumdesk.exports.minutes.document import minutes_document
from forumdesk.services.common.edit_conflicts import ReadAt
from forumdesk.services.minutes.compose import compose_minutes_html
from forumdesk.services.minutes.notes import NotesTaken, is_note_line, notes_taken
from forumdesk.services.minutes.workflow import recompose, start_minutes, version_html
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import (
    create_note,
    get_note,
    html_from_plain,
    mark_note,
    update_note,
)
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.models import Note, Segment

PUBLIC = "Les remises de fonds ont dominé les échanges de la matinée."
INTERNAL = "Point à reprendre avec la délégation : micro défectueux au pupitre 4."
MARKING = "VERSION INTERNE – NE PAS DIFFUSER"


def _note(
    session: Session, segment_id: uuid.UUID, text: str, *, for_record: bool = False
) -> uuid.UUID:
    return create_note(
        session,
        None,
        NoteInput(
            body_html=html_from_plain(text),
            body_text=text,
            segment_id=segment_id,
            author="Ana Lima",
            for_record=for_record,
        ),
    )


@pytest.fixture
def segment_id(demo_db: Any) -> uuid.UUID:
    with demo_db.unit_of_work() as session:
        return _segment(session)


@pytest.fixture
def minutes_id(demo_db: Any, segment_id: uuid.UUID) -> uuid.UUID:
    """Minutes long enough for several pages, a note for the record and an internal one."""
    with demo_db.unit_of_work() as session:
        for n in range(24):
            person = _person(session, f"Orateur{n}", "Diallo", OrganisationCategory.NGO_ECOSOC)
            said = f"Intervention {n} sur les migrations et le développement. " * 6
            _speak(session, segment_id, person, 60 + n, said)
        _note(session, segment_id, PUBLIC, for_record=True)
        _note(session, segment_id, INTERNAL)
        return start_minutes(session, segment_id, "Ben Okafor")


def _export(demo_db: Any, minutes: uuid.UUID, path: Path, *, internal: bool = False) -> Path:
    session: Session
    with demo_db.reading() as session:
        write_document(minutes_document(session, minutes, internal=internal), path, path.suffix[1:])
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def _docx_text(path: Path) -> str:
    import docx

    return "\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)


def _odt_text(path: Path) -> str:
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    document = load(str(path))
    parts = [*document.text.getElementsByType(H), *document.text.getElementsByType(P)]
    return "\n".join(teletype.extractText(part) for part in parts)


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines() if "Pages" in line))


def test_the_draft_takes_only_notes_for_the_record(
    demo_db: Any, segment_id: uuid.UUID, minutes_id: uuid.UUID
) -> None:
    session: Session
    with demo_db.reading() as session:
        html = version_html(session, minutes_id)
        assert PUBLIC in html and "Point à reprendre" not in html
        assert notes_taken(session, segment_id) == NotesTaken(1, 1, 0)


@pytest.mark.parametrize("form", ["pdf", "docx", "odt"])
def test_minutes_print_notes_for_the_record_and_no_internal_note(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path, form: str
) -> None:
    read = {"pdf": pdf_text, "docx": _docx_text, "odt": _odt_text}[form]
    public = _flat(read(_export(demo_db, minutes_id, tmp_path / f"m.{form}")))
    assert PUBLIC in public
    assert "Point à reprendre" not in public and "Notes internes" not in public
    assert MARKING not in public
    internal = _flat(read(_export(demo_db, minutes_id, tmp_path / f"i.{form}", internal=True)))
    assert PUBLIC in internal and INTERNAL in internal
    assert internal.index("Notes internes") < internal.index(INTERNAL)


def test_the_internal_version_is_marked(demo_db: Any, minutes_id: uuid.UUID) -> None:
    session: Session
    with demo_db.reading() as session:
        assert minutes_document(session, minutes_id, internal=True).marking == MARKING
        assert minutes_document(session, minutes_id).marking is None


def test_every_page_of_the_internal_pdf_carries_the_marking(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path
) -> None:
    path = _export(demo_db, minutes_id, tmp_path / "internal.pdf", internal=True)
    pages = _pdf_pages(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert MARKING in _flat(pdf_text(path, page)), f"page {page} of {pages}"


@pytest.mark.parametrize("form", ["html", "md"])
def test_html_and_markdown_publish_no_internal_note(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path, form: str
) -> None:
    public = _export(demo_db, minutes_id, tmp_path / f"p.{form}").read_text(encoding="utf-8")
    assert PUBLIC in public and "Point à reprendre" not in public and MARKING not in public
    internal = _export(demo_db, minutes_id, tmp_path / f"i.{form}", internal=True)
    assert INTERNAL in internal.read_text(encoding="utf-8")


@pytest.mark.parametrize("form", ["html", "md"])
def test_html_and_markdown_carry_the_marking(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path, form: str
) -> None:
    internal = _export(demo_db, minutes_id, tmp_path / f"i.{form}", internal=True)
    title = '<h1 class="title">' if form == "html" else "\n# "
    head = internal.read_text(encoding="utf-8").split(title)[0]
    assert MARKING in head  # before the title


def test_a_line_composed_before_the_note_turned_internal_is_not_published(
    demo_db: Any, segment_id: uuid.UUID, tmp_path: Path
) -> None:
    """A draft composed while the note was for the record (or before notes were told
    apart) still prints it: the published copy leaves that line and its heading out,
    the internal one keeps it once."""
    with demo_db.unit_of_work() as session:
        note_id = _note(session, segment_id, INTERNAL, for_record=True)
        minutes = start_minutes(session, segment_id, "Ben Okafor")
        mark_note(session, note_id, False)
    with demo_db.reading() as session:
        assert INTERNAL in version_html(session, minutes)
        assert notes_taken(session, segment_id) == NotesTaken(0, 1, 0)
        public = minutes_document(session, minutes).text()
        internal = minutes_document(session, minutes, internal=True).text()
    assert "Point à reprendre" not in public
    assert "\nNotes\n" not in public  # the heading left with nothing under it
    assert internal.count("Point à reprendre") == 1 and "Notes internes" not in internal
    path = _export(demo_db, minutes, tmp_path / "m.docx")
    assert "Point à reprendre" not in _docx_text(path)


def test_a_note_marked_for_the_record_after_composing_waits_for_a_recompose(
    demo_db: Any, segment_id: uuid.UUID, minutes_id: uuid.UUID
) -> None:
    with demo_db.unit_of_work() as session:
        internal_id = session.scalar(select(Note.id).where(Note.body_text == INTERNAL))
        assert internal_id is not None
        mark_note(session, internal_id, True, read=False)
        assert notes_taken(session, segment_id) == NotesTaken(1, 0, 1)
        recompose(session, minutes_id, "Ben Okafor", replace_edits=False)
        assert notes_taken(session, segment_id) == NotesTaken(2, 0, 0)
        assert INTERNAL in version_html(session, minutes_id)


def test_marking_keeps_what_another_user_changed(demo_db: Any, segment_id: uuid.UUID) -> None:
    """A reads the note; B marks it for the record; A saves a new text: both stay."""
    with demo_db.unit_of_work() as session:
        note_id = _note(session, segment_id, INTERNAL)
    with demo_db.reading() as session:
        seen = get_note(session, note_id)
    with demo_db.unit_of_work() as session:
        mark_note(session, note_id, True, read=False)
    edited = NoteInput(**{**seen.as_input().__dict__, "body_text": "Texte revu."})
    with demo_db.unit_of_work() as session:
        update_note(session, note_id, edited, read=ReadAt(seen.version, seen.as_input()))
    with demo_db.reading() as session:
        after = get_note(session, note_id)
    assert (after.body_text, after.for_record) == ("Texte revu.", True)
    # An unmark read as for the record, over someone who unmarked it already: still internal.
    with demo_db.unit_of_work() as session:
        mark_note(session, note_id, False)
        mark_note(session, note_id, False, read=True)
        assert not get_note(session, note_id).for_record


def test_compose_leaves_internal_notes_out(demo_db: Any, segment_id: uuid.UUID) -> None:
    with demo_db.unit_of_work() as session:
        _note(session, segment_id, INTERNAL)
        html = compose_minutes_html(session, segment_id)
    assert "Point à reprendre" not in html and "<h3>Notes</h3>" not in html


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        (f"Ana Lima : {INTERNAL}", True),
        (f"{INTERNAL} (¶ 3, 5)", True),
        (INTERNAL, True),
        (f"Nous avons dit : « {INTERNAL} » hier.", False),
        ("Point à reprendre", False),
    ],
)
def test_a_note_line_is_the_composers_and_nothing_else(line: str, printed: bool) -> None:
    assert is_note_line(line, INTERNAL) is printed


def test_the_demo_holds_a_note_for_the_record_and_an_internal_one(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        notes = {note.for_record: note for note in session.scalars(select(Note))}
        assert sorted(notes) == [False, True]
        opening = session.scalar(select(Segment.id).where(Segment.title == "Séance inaugurale"))
        assert opening is not None
        assert notes_taken(session, opening) == NotesTaken(1, 1, 0)
        html = compose_minutes_html(session, opening)
    assert notes[True].body_text in html and notes[False].body_text not in html


def test_a_mark_made_on_a_laptop_travels_with_themerge(demo_db_path: Path, tmp_path: Path) -> None:
    from tests.core.two_copies import merge, two_copies, work

    def the_internal_note(session: Session) -> uuid.UUID:
        note_id = session.scalar(select(Note.id).where(Note.for_record.is_(False)))
        assert note_id is not None
        return note_id

    office, laptop = two_copies(demo_db_path, tmp_path)
    work(laptop, "Ben", lambda session: mark_note(session, the_internal_note(session), True))
    assert merge(office, laptop).conflicts == []
    marked = work(office, "Ana", lambda session: sorted(session.scalars(select(Note.for_record))))
    assert marked == [True, True]


def test_the_minutes_of_a_seance_publish_its_segments_notes_for_the_record(
    demo_db: Any, segment_id: uuid.UUID
) -> None:
    from forumdesk.services.minutes.workflow import start_session_minutes
    from forumdesk.store.models import Segment as StoredSegment

    with demo_db.unit_of_work() as session:
        _note(session, segment_id, PUBLIC, for_record=True)
        _note(session, segment_id, INTERNAL)
        segment = session.get_one(StoredSegment, segment_id)
        minutes = start_session_minutes(session, segment.session_id, "Ben Okafor")
        title = segment.title
    with demo_db.reading() as session:
        public = minutes_document(session, minutes).text()
        internal = minutes_document(session, minutes, internal=True).text()
    assert PUBLIC in public and "Point à reprendre" not in public
    # the internal version says which segment each internal note is on
    assert f"{title} — Ana Lima\u00a0: {INTERNAL}" in internal


# --- a draft that still prints a note the minutes may no longer publish (review) -------

SECRET = "Le délégué X a quitté la salle avant le vote, à vérifier."


@pytest.mark.parametrize("change", ["edited", "deleted", "moved", "list", "joined", "heading"])
@pytest.mark.parametrize("form", ["md", "html"])
def test_a_note_taken_then_withheld_is_not_published_by_any_path(
    demo_db: Any, segment_id: uuid.UUID, tmp_path: Path, change: str, form: str
) -> None:
    """The draft took the note while it was for the record; then it was marked internal
    and edited, deleted or moved to an organisation, or the draft was edited by hand
    around its line: no published copy prints it."""
    from forumdesk.services.minutes.workflow import save_draft
    from forumdesk.services.notes.notes import delete_note
    from forumdesk.store.models import Organisation

    with demo_db.unit_of_work() as session:
        note_id = _note(session, segment_id, SECRET, for_record=True)
        _note(session, segment_id, PUBLIC, for_record=True)
        minutes = start_minutes(session, segment_id, "Ben Okafor")
        html = version_html(session, minutes)
        assert SECRET in html
    with demo_db.unit_of_work() as session:
        mark_note(session, note_id, False)
        edited = SECRET.replace("vote,", "vote ;")
        if change == "edited":
            data = NoteInput(html_from_plain(edited), edited, segment_id=segment_id)
            update_note(session, note_id, data)
        elif change == "deleted":
            delete_note(session, note_id)
        elif change == "moved":
            organisation = session.scalars(select(Organisation.id)).first()
            update_note(
                session,
                note_id,
                NoteInput(html_from_plain(SECRET), SECRET, organisation_id=organisation),
            )
        elif change == "list":
            body = html + f"<ul><li>Ana Lima : {SECRET}</li><li>Autre point.</li></ul>"
            save_draft(session, minutes, body, "Ben Okafor")
        elif change == "joined":
            save_draft(session, minutes, html.replace("</p>", " Suite.</p>"), "Ben Okafor")
        else:
            save_draft(session, minutes, html + f"<h3>{SECRET}</h3><p>Fin.</p>", "Ben Okafor")
    text = _flat(_export(demo_db, minutes, tmp_path / f"minutes.{form}").read_text("utf-8"))
    assert "quitté la salle" not in text
    assert PUBLIC in text or change == "joined"  # a joined paragraph goes whole
    internal = _export(demo_db, minutes, tmp_path / f"internal.{form}", internal=True)
    assert "quitté la salle" in _flat(internal.read_text("utf-8"))

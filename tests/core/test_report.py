"""The forum's summary report: the seed's shape, rebuilt from the stored document."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.exports.document.model import (
    BulletList,
    Contents,
    Heading,
    OutputDocument,
    PageBreak,
    Paragraph,
)
from forumdesk.exports.report.summary import report_document
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note, get_note
from forumdesk.services.report.report import (
    ReportError,
    add_report_paragraph,
    move_paragraph,
    paragraph_from_note,
    remove_report_paragraph,
    report_outline,
    restore_report_paragraph,
)
from forumdesk.store.models import Document, Forum, LanguageVersion
from forumdesk.store.models import Paragraph as StoredParagraph
from forumdesk.store.types import utcnow

TOP_RANGES = [("I", 1, 7), ("II", 8, 22), ("III", 23, 29), ("IV", 30, 64), ("V", 65, 76)]
ANNEX_TIMES = [
    "10 h 00–10 h 30",
    "10 h 35–11 h 45",
    "11 h 50–13 h 00",
    "15 h 00–16 h 15",
    "16 h 20–17 h 30",
    "17 h 30–18 h 00",
]


def _forum_id(session: Any) -> uuid.UUID:
    return session.scalars(select(Forum.id)).one()


def _report(demo_db: Any) -> OutputDocument:
    with demo_db.reading() as session:
        return report_document(session, _forum_id(session))


def _numbers(document: OutputDocument) -> list[int]:
    return [b.number for b in document.blocks if isinstance(b, Paragraph) and b.number]


def test_contents_give_the_ranges_of_the_seed(demo_db: Any) -> None:
    document = _report(demo_db)
    contents = next(b for b in document.blocks if isinstance(b, Contents))
    top = [
        (e.label, e.first_paragraph, e.last_paragraph)
        for e in contents.entries
        if e.level == 1 and e.label
    ]
    assert top == TOP_RANGES
    sub = {(e.level, e.label, e.first_paragraph, e.last_paragraph) for e in contents.entries}
    assert (2, "B", 31, 41) in sub  # IV.B
    assert (3, "2", 45, 50) in sub  # IV.C.2, with the un-numbered headings under it
    assert any(e.level == 4 and e.title == "Migrantes" for e in contents.entries)
    assert contents.title == "Table des matières"
    assert document.language == "fr"
    assert document.title.startswith("Mondialisation et interdépendance")


def test_paragraphs_are_numbered_through_the_document_under_their_headings(demo_db: Any) -> None:
    document = _report(demo_db)
    assert _numbers(document) == list(range(1, 77))
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    assert [(h.level, h.label) for h in headings[:3]] == [(1, "I"), (1, "II"), (1, "III")]
    blocks = list(document.blocks)
    first_iii = blocks.index(headings[2])
    after = [b for b in blocks[first_iii:] if isinstance(b, Heading | Paragraph)]
    assert isinstance(after[1], Heading) and after[1].label == "A" and after[1].level == 2
    assert isinstance(after[2], Paragraph) and after[2].number == 23
    # every heading the contents point to is in the body
    contents = next(b for b in blocks if isinstance(b, Contents))
    anchors = {h.anchor for h in headings}
    assert all(e.anchor in anchors for e in contents.entries)


def test_paragraph_22_carries_the_footnote(demo_db: Any) -> None:
    document = _report(demo_db)
    noted = [b for b in document.blocks if isinstance(b, Paragraph) and b.footnotes]
    assert [p.number for p in noted] == [22]
    assert noted[0].footnotes[0].number == 1
    assert "A/60/871" in noted[0].footnotes[0].runs[0].text


def test_the_annex_is_the_programme_with_the_times_of_the_seed(demo_db: Any) -> None:
    document = _report(demo_db)
    blocks = list(document.blocks)
    # The last page break: the first one ends the cover.
    brk = max(i for i, b in enumerate(blocks) if isinstance(b, PageBreak))
    annex = blocks[brk + 1 :]
    assert isinstance(annex[0], Heading) and annex[0].title == "Annexe"
    times = [
        b.runs[0].text for b in annex if isinstance(b, Paragraph) and b.runs and b.runs[0].bold
    ]
    assert times == ANNEX_TIMES
    segment_lines = [
        "".join(r.text for r in b.runs) for b in annex if isinstance(b, Paragraph) and b.runs
    ]
    assert any("Séance inaugurale" in line for line in segment_lines)
    assert any("Première partie" in line for line in segment_lines)
    addresses = [item for b in annex if isinstance(b, BulletList) for item in b.items]
    assert any("Vice-Secrétaire général" in "".join(r.text for r in item) for item in addresses)
    assert not any(isinstance(b, Paragraph) and b.number for b in annex)


def test_outline_for_the_ui(demo_db: Any) -> None:
    with demo_db.reading() as session:
        outline = report_outline(session, _forum_id(session))
    top = [(s.label, s.first_paragraph, s.last_paragraph) for s in outline.sections if s.depth == 1]
    assert top == TOP_RANGES
    assert outline.paragraphs == 76 and outline.language == "fr"


def test_no_summary_document_is_a_clear_error(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        for document in session.scalars(select(Document)).all():
            document.deleted_at = utcnow()
    with demo_db.reading() as session:
        with pytest.raises(ReportError, match="no summary document"):
            report_document(session, _forum_id(session))
        with pytest.raises(ReportError, match="no summary document"):
            report_outline(session, _forum_id(session), language="en")


def _version(session: Any) -> LanguageVersion:
    return session.scalars(select(LanguageVersion)).one()


def _paragraph(session: Any, number: int) -> StoredParagraph:
    return session.scalars(
        select(StoredParagraph).where(
            StoredParagraph.number == number, StoredParagraph.deleted_at.is_(None)
        )
    ).one()


def _note_on(session: Any, version: LanguageVersion, numbers: tuple[int, ...]) -> uuid.UUID:
    return create_note(
        session,
        _forum_id(session),
        NoteInput(
            body_html="<p>Remittances</p>",
            body_text="Les envois de fonds ont été évoqués.",
            document_id=version.document_id,
            paragraphs=numbers,
        ),
    )


def test_moving_a_paragraph_renumbers_the_document_and_notes_follow(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        version = _version(session)
        note_id = _note_on(session, version, (5, 23))
        moved = _paragraph(session, 5)
        text_5, text_6 = moved.text, _paragraph(session, 6).text
        # down to place 23: after old ¶23 (now ¶22), in its section III.A
        mapping = move_paragraph(session, moved.id, 23)
        assert mapping[5] == 23 and mapping[6] == 5 and mapping[23] == 22
        assert 24 not in mapping
        assert _paragraph(session, 5).text == text_6
        assert _paragraph(session, 23).text == text_5
        assert get_note(session, note_id).paragraphs == (22, 23)
    with demo_db.reading() as session:
        document = report_document(session, _forum_id(session))
        outline = report_outline(session, _forum_id(session))
    assert _numbers(document) == list(range(1, 77))
    top = [(s.label, s.first_paragraph, s.last_paragraph) for s in outline.sections if s.depth == 1]
    assert top == [("I", 1, 6), ("II", 7, 21), ("III", 22, 29), ("IV", 30, 64), ("V", 65, 76)]
    # the footnote stays with its paragraph, now ¶21
    noted = [b.number for b in document.blocks if isinstance(b, Paragraph) and b.footnotes]
    assert noted == [21]


def test_adding_a_paragraph_and_pulling_in_a_note(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        version = _version(session)
        outline = report_outline(session, _forum_id(session))
        section_ii = next(s for s in outline.sections if s.label == "II" and s.depth == 1)
        note_id = _note_on(session, version, (30,))
        new_id = add_report_paragraph(session, version.id, section_ii.id, "Un nouveau constat.")
        assert session.get_one(StoredParagraph, new_id).number == 23
        assert get_note(session, note_id).paragraphs == (31,)
        pulled = paragraph_from_note(session, note_id, section_ii.id)
        assert session.get_one(StoredParagraph, pulled).number == 24
        assert session.get_one(StoredParagraph, pulled).text.startswith("Les envois de fonds")
        assert get_note(session, note_id).paragraphs == (24, 32)
        section_i = next(s for s in outline.sections if s.label == "I" and s.depth == 1)
        after = add_report_paragraph(
            session, version.id, section_i.id, "Ouverture.", after_number=1
        )
        assert session.get_one(StoredParagraph, after).number == 2
        assert get_note(session, note_id).paragraphs == (25, 33)
        with pytest.raises(ReportError):
            add_report_paragraph(session, version.id, section_ii.id, "  ")
        with pytest.raises(ReportError, match="no paragraph 500"):
            add_report_paragraph(session, version.id, section_ii.id, "x", after_number=500)
    with demo_db.reading() as session:
        outline = report_outline(session, _forum_id(session))
        document = report_document(session, _forum_id(session))
    top = [(s.label, s.first_paragraph, s.last_paragraph) for s in outline.sections if s.depth == 1]
    assert top == [("I", 1, 8), ("II", 9, 25), ("III", 26, 32), ("IV", 33, 67), ("V", 68, 79)]
    assert _numbers(document) == list(range(1, 80))


def test_removing_a_paragraph_renumbers_and_undo_puts_it_back(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        version = _version(session)
        note_id = _note_on(session, version, (5, 23))
        text_5, text_6 = _paragraph(session, 5).text, _paragraph(session, 6).text
        removed = remove_report_paragraph(session, _paragraph(session, 5).id)
        assert removed.number == 5 and len(removed.link_ids) == 1
        assert _paragraph(session, 5).text == text_6
        note = get_note(session, note_id)
        assert note.paragraphs == (22,) and note.orphaned == (5,)
        with pytest.raises(ReportError):
            remove_report_paragraph(session, removed.paragraph_ids[0])
    with demo_db.reading() as session:
        outline = report_outline(session, _forum_id(session))
        assert _numbers(report_document(session, _forum_id(session))) == list(range(1, 76))
    top = [(s.label, s.first_paragraph, s.last_paragraph) for s in outline.sections if s.depth == 1]
    assert top == [("I", 1, 6), ("II", 7, 21), ("III", 22, 28), ("IV", 29, 63), ("V", 64, 75)]
    with demo_db.unit_of_work() as session:
        restored = restore_report_paragraph(session, removed)
        assert restored == removed.paragraph_ids[0]
        assert _paragraph(session, 5).text == text_5 and _paragraph(session, 6).text == text_6
        note = get_note(session, note_id)
        assert note.paragraphs == (5, 23) and note.orphaned == ()
    with demo_db.reading() as session:
        outline = report_outline(session, _forum_id(session))
    top = [(s.label, s.first_paragraph, s.last_paragraph) for s in outline.sections if s.depth == 1]
    assert top == TOP_RANGES


def test_export_to_pdf_shows_the_ranges_in_the_contents(demo_db: Any, tmp_path: Path) -> None:
    writers = pytest.importorskip("forumdesk.exports.document.writers")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    document = _report(demo_db)
    target = tmp_path / "report.pdf"
    writers.write_document(document, target, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    for _label, first, last in TOP_RANGES:
        assert re.search(rf"{first}\s*[-–]\s*{last}\b", flat), (first, last)
    assert "10 h 00–10 h 30" in flat or "10 h 00-10 h 30" in flat
    assert "A/60/871" in flat

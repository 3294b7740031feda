"""Minutes as files: what pdftotext, python-docx and LibreOffice read back."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from tests.core.test_document_writers import pdf_text
from tests.core.test_minutes_workflow import _person, _segment, _speak
from tests.demo_day import clear_demo_speakers

from forumdesk.exports.document.model import Heading, OutputDocument, Paragraph, Table, plain
from forumdesk.exports.document.writers import write_document
from forumdesk.exports.minutes.document import minutes_document
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.minutes.workflow import start_minutes
from forumdesk.store.enums import OrganisationCategory

SPEAKERS = (  # given, family, category, seconds
    ("Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION, 200),
    ("José", "Núñez", OrganisationCategory.TRADE_UNION, 95),
    ("Мария", "Иванова", OrganisationCategory.NGO_ECOSOC, 61),
    ("Li", "Wei", OrganisationCategory.RESEARCH, 240),
)


@pytest.fixture(autouse=True)
def _without_demo_speakers(demo_db_path: Path) -> None:
    """A list's own workings, from empty lists (tests/demo_day.py)."""
    clear_demo_speakers(demo_db_path)


@pytest.fixture
def minutes_id(demo_db: Any) -> uuid.UUID:
    with demo_db.unit_of_work() as session:
        segment_id = _segment(session)
        for given, family, category, seconds in SPEAKERS:
            person = _person(session, given, family, category)
            _speak(session, segment_id, person, seconds, f"{given} spoke on remittances.")
        return start_minutes(session, segment_id, "Rapporteur")


def _document(demo_db: Any, minutes: uuid.UUID) -> OutputDocument:
    session: Session
    with demo_db.reading() as session:
        return minutes_document(session, minutes)


def test_pdf_lists_every_speaker_in_order_with_times(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "minutes.pdf"
    write_document(_document(demo_db, minutes_id), path, "pdf")
    text = pdf_text(path)
    rows = [
        re.search(rf"^\s*{n}\s+{given}\s+.*?(\d+ min \d+ s)\s*$", text, re.MULTILINE)
        for n, (given, *_rest) in enumerate(SPEAKERS, start=1)
    ]
    assert all(rows), text
    times = [row.group(1) for row in rows if row]
    assert times == ["3 min 20 s", "1 min 35 s", "1 min 01 s", "4 min 00 s"]
    starts = [row.start() for row in rows if row]
    assert starts == sorted(starts)
    assert "Иванова" in text and "Page 1 sur 1" in text


def test_a_heading_over_a_long_table_stays_with_its_first_rows(tmp_path: Path) -> None:
    rows = tuple(
        (str(n), f"Orateur {n}", "Organisation des migrants", "2 min 50 s") for n in range(1, 121)
    )
    blocks = (
        Paragraph(plain("Une introduction courte.")),
        Heading(2, "Orateurs"),
        Table(("N°", "Orateur", "Organisation", "Temps de parole"), rows),
    )
    document = OutputDocument(title="Compte rendu", language="fr", blocks=blocks)
    path = tmp_path / "table.pdf"
    write_document(document, path, "pdf")
    first = pdf_text(path, 1)
    assert "Orateurs" in first and re.search(r"^\s*1\s+Orateur 1\s", first, re.MULTILINE)
    # The number column stays narrow and a duration is never broken over two lines.
    text = pdf_text(path)
    for n in (1, 60, 120):
        assert re.search(rf"^\s*{n}\s+Orateur {n}\s.*2 min 50 s\s*$", text, re.MULTILINE)


def _office() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(source: Path, folder: Path) -> Path:
    office = _office()
    assert office is not None
    profile = (folder / "lo-profile").as_uri()  # its own profile: tests may run side by side
    done = subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder / "out"), str(source)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    converted = folder / "out" / (source.stem + ".pdf")
    assert done.returncode == 0 and converted.is_file(), done.stderr
    return converted


@pytest.mark.skipif(_office() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("form", ["docx", "odt"])
def test_libreoffice_reads_the_minutes(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path, form: str
) -> None:
    path = tmp_path / f"minutes.{form}"
    write_document(_document(demo_db, minutes_id), path, form)
    text = pdf_text(_convert(path, tmp_path))
    rows = [
        re.search(rf"^\s*{n}\s+{given}\s", text, re.MULTILINE)
        for n, (given, *_rest) in enumerate(SPEAKERS, start=1)
    ]
    assert all(rows), text
    starts = [row.start() for row in rows if row]
    assert starts == sorted(starts)
    assert "Orateurs" in text and "3 min 20 s" in text


def test_docx_headings_are_heading_styles(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path
) -> None:
    import docx

    path = tmp_path / "minutes.docx"
    document = _document(demo_db, minutes_id)
    write_document(document, path, "docx")
    styles = {p.text: p.style.name for p in docx.Document(str(path)).paragraphs}
    headings = [block for block in document.blocks if isinstance(block, Heading)]
    assert headings
    for heading in headings:
        assert styles[heading.title] == f"Heading {heading.level}"


def test_export_all_names_files_the_file_system_takes(demo_db: Any, tmp_path: Path) -> None:
    """Segments titled in Chinese at length, "CON" or with a control character go to a
    folder: each name fits in 255 bytes, holds no control character, and is the name
    Export… proposes for that segment's minutes."""
    from sqlalchemy import select

    from forumdesk.exports.minutes.files import export_all
    from forumdesk.store.models import Segment

    titles = ["关于国际移徙与发展问题的高级别对话" * 8, "CON", "Débat\x07 final"]
    with demo_db.unit_of_work() as session:
        segments = session.scalars(select(Segment).order_by(Segment.starts_at)).all()
        for segment, title in zip(segments, titles, strict=False):
            segment.title = title
            start_minutes(session, segment.id, "Ben Okafor")
        forum_id = demo_forum_id(session)
    folder = tmp_path / "all"
    with demo_db.reading() as session:
        result = export_all(session, forum_id, folder, "md")
    written = sorted(path.name for path in folder.iterdir())
    forum = "Rencontres-interactives-informelles-12-juillet-2006"
    assert result.written == 3 and f"{forum}_CON_minutes_2006-07-12.md" in written
    assert f"{forum}_Débat-final_minutes_2006-07-12.md" in written
    assert all(len(name.encode("utf-8")) <= 255 for name in written)
    assert not any(re.search(r"[\x00-\x1f]", name) for name in written)

"""The minutes as an official document: their cover block (stored, defaulted, edited
from the CLI) and their speakers' table, whose header words no layout breaks."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from tests.core.test_document_shape import pdftotext
from tests.core.test_minutes_files import SPEAKERS, _convert, _office
from tests.core.test_minutes_workflow import _person, _segment, _speak

from forumdesk.cli import main
from forumdesk.exports.document.model import Table
from forumdesk.exports.document.writers import write_document
from forumdesk.exports.minutes.document import minutes_document
from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
from forumdesk.services.minutes.cover import (
    CoverError,
    CoverValues,
    minutes_cover,
    set_minutes_cover,
)
from forumdesk.services.minutes.workflow import start_minutes
from forumdesk.store.enums import OrganisationCategory

# Long names and organisations: the columns that would squeeze the last one's header.
LONG = (
    (
        "Marie-Françoise Alexandrine",
        "de Vasconcelos-Obiang Mbarga",
        OrganisationCategory.NGO_ECOSOC,
        75,
    ),
    (
        "Jean-Baptiste Théodore",
        "Rakotoarisoa-Andriamanantena",
        OrganisationCategory.MIGRANT_ASSOCIATION,
        130,
    ),
)


@pytest.fixture
def minutes_id(demo_db: Any) -> uuid.UUID:
    with demo_db.unit_of_work() as session:
        segment_id = _segment(session)
        for given, family, category, seconds in SPEAKERS + LONG:
            person = _person(session, given, family, category)
            _speak(session, segment_id, person, seconds, f"{given} spoke on remittances.")
        return start_minutes(session, segment_id, "Rapporteur")


def test_an_empty_cover_prints_the_forum_and_its_summary(
    demo_db: Any, minutes_id: uuid.UUID
) -> None:
    session: Session
    with demo_db.reading() as session:
        cover = minutes_cover(session, minutes_id)
        document = minutes_document(session, minutes_id)
    assert cover.stored == CoverValues()
    printed = cover.printed
    assert printed.organ == "Assemblée générale"
    assert printed.distribution == "general"
    assert printed.issued_on == date(2006, 7, 12)  # the day of the meeting, until approved
    assert printed.original_language == "fr"
    assert printed.session_label == "Soixante et unième session"
    assert printed.agenda_item == "Point 54 b) de l'ordre du jour provisoire"
    assert printed.symbol is None and printed.preamble is None
    assert document.cover is not None
    assert document.cover.stamp == (
        "Distr. générale",
        "12 juillet 2006",
        "Français",
        "Original : français",
    )


def test_a_stored_cover_is_printed_in_every_format(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        set_minutes_cover(
            session,
            minutes_id,
            CoverValues(
                symbol=" FD/2006/CRP.1 ",
                distribution="Restricted",
                issued_on=date(2006, 8, 1),
                preamble="Note du Secrétariat\n\nLe Secrétariat transmet le compte rendu.",
            ),
        )
    with demo_db.reading() as session:
        stored = minutes_cover(session, minutes_id).stored
        document = minutes_document(session, minutes_id)
    assert stored.symbol == "FD/2006/CRP.1" and stored.distribution == "restricted"
    assert document.symbol == "FD/2006/CRP.1"
    path = tmp_path / "minutes.pdf"
    write_document(document, path, "pdf")
    first = " ".join(pdftotext(path, "-f", "1", "-l", "1").split())
    for line in (
        "FD/2006/CRP.1",
        "Assemblée générale",
        "Distr. restreinte",
        "1er août 2006",
        "Note du Secrétariat",
        "Le Secrétariat transmet le compte rendu.",
    ):
        assert line in first
    assert first.index("Distr. restreinte") < first.index("Note du Secrétariat")
    write_document(document, tmp_path / "minutes.md", "md")
    assert "Distr. restreinte" in (tmp_path / "minutes.md").read_text(encoding="utf-8")


def test_a_bad_distribution_is_refused_and_nothing_stored(
    demo_db: Any, minutes_id: uuid.UUID
) -> None:
    with (
        pytest.raises(CoverError, match="distribution 'public'"),
        demo_db.unit_of_work() as session,
    ):
        set_minutes_cover(session, minutes_id, CoverValues(distribution="public"))
    with demo_db.reading() as session:
        assert minutes_cover(session, minutes_id).stored == CoverValues()


def test_cover_edits_merge_or_conflict(demo_db: Any, minutes_id: uuid.UUID) -> None:
    with demo_db.reading() as session:
        read = minutes_cover(session, minutes_id)
    with demo_db.unit_of_work() as session:  # someone else sets the symbol
        set_minutes_cover(session, minutes_id, CoverValues(symbol="A/1"))
    at = ReadAt(read.version, read.stored)
    with pytest.raises(EditConflict), demo_db.unit_of_work() as session:
        set_minutes_cover(session, minutes_id, CoverValues(symbol="A/2"), at)
    with demo_db.unit_of_work() as session:  # another field: merged, theirs kept
        wanted = dataclasses.replace(read.stored, organ="Conseil des droits de l'homme")
        set_minutes_cover(session, minutes_id, wanted, at)
    with demo_db.reading() as session:
        stored = minutes_cover(session, minutes_id).stored
    assert stored.symbol == "A/1" and stored.organ == "Conseil des droits de l'homme"


def _segment_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT segment_id FROM minutes").fetchone()
    finally:
        connection.close()
    return str(uuid.UUID(hex=str(row[0]).replace("-", "")))


def test_the_cli_sets_and_clears_cover_fields(
    demo_db: Any, demo_db_path: Path, minutes_id: uuid.UUID, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_db.dispose()
    db, segment = str(demo_db_path), _segment_of(demo_db_path)
    args = ["--database", db, "minutes", "cover", segment]
    assert main([*args, "--symbol", "FD/1", "--distribution", "limited"]) == 0
    out = capsys.readouterr().out
    assert "symbol: FD/1\n" in out and "distribution: limited\n" in out
    assert "organ: Assemblée générale  (default)" in out
    assert main([*args, "--symbol", "", "--expect-version", "1"]) == 1
    assert "changed since version 1" in capsys.readouterr().err
    assert main(["--database", db, "minutes", "cover", str(minutes_id), "--symbol", ""]) == 0
    assert "symbol: —  (default)" in capsys.readouterr().out


def _speakers_table(demo_db: Any, minutes: uuid.UUID) -> tuple[Any, Table]:
    with demo_db.reading() as session:
        document = minutes_document(session, minutes)
    table = next(b for b in document.blocks if isinstance(b, Table))
    return document, table


def _header_words_whole(text: str, table: Table) -> None:
    """Every word of the table's header is printed whole, before the first row."""
    first_row = re.search(rf"\b{SPEAKERS[0][0]}\b", text)
    assert first_row is not None, text
    words = set(re.findall(r"[\w°']+", text[: first_row.start()]))
    for title in table.header:
        for header_word in title.split():
            assert header_word in words, (header_word, text[: first_row.start()][-400:])


@pytest.mark.parametrize("form", ["pdf", "docx", "odt"])
def test_no_header_word_breaks(
    demo_db: Any, minutes_id: uuid.UUID, tmp_path: Path, form: str
) -> None:
    document, table = _speakers_table(demo_db, minutes_id)
    assert "Temps de parole" in table.header
    path = tmp_path / f"minutes.{form}"
    write_document(document, path, form)
    if form != "pdf":
        if _office() is None:
            pytest.skip("LibreOffice is not installed")
        path = _convert(path, tmp_path)  # LibreOffice's reading of the file
    _header_words_whole(pdftotext(path, "-layout"), table)


def test_the_approval_day_is_the_venues_day_not_utcs(demo_db: Any, minutes_id: uuid.UUID) -> None:
    """Approved at 00:25 UTC on 6 December, the demo forum in New York was still on
    the 5th: the approval line and the cover's date say the 5th."""
    from datetime import UTC, datetime

    from forumdesk.store.enums import MinutesState
    from forumdesk.store.models import Minutes

    with demo_db.unit_of_work() as session:
        minutes = session.get(Minutes, minutes_id)
        minutes.state = MinutesState.APPROVED
        minutes.approved_by = "Ana Lima"
        minutes.approved_at = datetime(2026, 12, 6, 0, 25, tzinfo=UTC)
        for version in minutes.versions:
            version.state = MinutesState.APPROVED
    with demo_db.reading() as session:
        assert minutes_cover(session, minutes_id).printed.issued_on == date(2026, 12, 5)
        document = minutes_document(session, minutes_id)
    assert document.approval == "Approuvé par Ana Lima le 5 décembre 2026"
    assert document.cover is not None and "5 décembre 2026" in document.cover.stamp

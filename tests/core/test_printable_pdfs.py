"""The PDFs File > Print… prints that are new with it: badges one a card (also
`registry badges --layout card`) and a segment's speakers list."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.exports.programme.layout import ProgrammeExportError
from forumdesk.exports.programme.speakers import speakers_document, write_speakers_pdf
from forumdesk.exports.registry.badges import write_badges
from forumdesk.services.registry.badges import Badge
from forumdesk.store.models import Representative, Segment

MM = 72 / 25.4


def _pages(path: Path) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[index].get_size() for index in range(len(document))]
    finally:
        document.close()


def _badges(count: int) -> list[Badge]:
    return [
        Badge(uuid.uuid4(), "Sam", f"Person{n}", "", "Sample NGO", None, f"{n:04d}", "Forum")
        for n in range(count)
    ]


def test_cards_are_one_badge_a_page_the_badge_s_size(tmp_path: Path) -> None:
    cards, sheets = tmp_path / "cards.pdf", tmp_path / "sheets.pdf"
    assert write_badges(_badges(9), cards, layout="card") == 9
    assert write_badges(_badges(9), sheets) == 9
    assert [size == pytest.approx((95 * MM, 70 * MM), abs=0.1) for size in _pages(cards)] == [
        True
    ] * 9
    assert len(_pages(sheets)) == 2
    with pytest.raises(ValueError, match="unknown badge layout"):
        write_badges(_badges(1), tmp_path / "x.pdf", layout="poster")  # type: ignore[arg-type]


def test_registry_badges_layout_card_on_the_command_line(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path, tmp_path: Path
) -> None:
    import sqlite3

    db = str(demo_db_path)
    with sqlite3.connect(db) as raw:
        accredited = raw.execute(
            "SELECT count(*) FROM registrations WHERE status = 'accredited'"
        ).fetchone()[0]
    raw.close()
    cards, sheets = tmp_path / "cards.pdf", tmp_path / "sheets.pdf"
    assert main(["--database", db, "registry", "badges", str(cards), "--layout", "card"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"Wrote {accredited} badge(s)") and not err
    assert main(["--database", db, "registry", "badges", str(sheets)]) == 0
    assert _pages(cards) == [pytest.approx((95 * MM, 70 * MM), abs=0.1)] * accredited
    assert _pages(sheets) == [pytest.approx((210 * MM, 297 * MM), abs=0.5)] * (-(-accredited // 8))


def test_the_speakers_list_in_the_forum_s_language(demo_db: Any, tmp_path: Path) -> None:
    from tests.demo_day import clear_speakers

    from forumdesk.services.programme.speakers.lists import add_speaker

    with demo_db.unit_of_work() as session:
        clear_speakers(session)  # the demo's own lists: this one starts empty
        segment = session.scalars(select(Segment).order_by(Segment.starts_at)).first()
        person = session.scalars(select(Representative)).first()
        line = add_speaker(session, segment.id, person.id, allotted_seconds=300)
        segment_id, name = segment.id, line.name
    with demo_db.reading() as session:
        document = speakers_document(session, segment_id)
        assert write_speakers_pdf(session, segment_id, tmp_path / "speakers.pdf") == 1
        with pytest.raises(ProgrammeExportError, match="there is no segment"):
            speakers_document(session, uuid.UUID(int=1))
    text = document.text()
    assert document.title == "Liste des orateurs"  # the demo forum speaks French
    assert f"N° | Orateur | Organisation | Temps | Statut\n1 | {name} |" in text
    assert text.endswith("| 5:00 | inscrit")
    assert (tmp_path / "speakers.pdf").read_bytes().startswith(b"%PDF")

"""File > Print… and Print Preview…: our own PDFs drawn on a QPrinter, page for page.

The printer is Qt's PDF printer writing into tmp_path, read back with pypdfium2.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.printing.pdf_printing import page_count, print_pdf
from forumdesk.ui.printing.printable import Printable
from forumdesk.ui.shell.main_window import (
    CHECKIN,
    DOCUMENTS,
    MINUTES,
    OVERVIEW,
    PROGRAMME,
    REGISTRY,
    MainWindow,
)
from tests.ui.conftest import open_window, wait_idle

MM = 72 / 25.4


def _accredit(database_path: Path, count: int) -> tuple[uuid.UUID, int]:
    """The demo forum with `count` accredited people of its own (the demo's are withdrawn);
    its id and how many badges it has."""
    from forumdesk.services.registry.badges import badges_for
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Forum, Organisation, Registration, Representative

    database, _ = open_database(str(database_path), backup=False)
    try:
        with database.unit_of_work() as session:
            forum = session.scalars(select(Forum).where(Forum.deleted_at.is_(None))).first()
            assert forum is not None
            session.execute(
                update(Registration)
                .where(Registration.forum_id == forum.id)
                .values(status=AccreditationStatus.WITHDRAWN)
            )
            categories = list(OrganisationCategory)
            for number in range(count):
                organisation = Organisation(
                    name=f"Sample Organisation {number}", category=categories[number % 12]
                )
                person = Representative(
                    organisation=organisation, family_name=f"Person{number}", given_name="Sam"
                )
                session.add(
                    Registration(
                        forum_id=forum.id,
                        representative=person,
                        status=AccreditationStatus.ACCREDITED,
                        badge_number=f"P-{number:04d}",
                    )
                )
            session.flush()
            return forum.id, len(badges_for(session, forum.id))
    finally:
        database.dispose()


@pytest.fixture
def people(demo_db_path: Path) -> tuple[Path, uuid.UUID, int]:
    forum_id, total = _accredit(demo_db_path, 9)
    return demo_db_path, forum_id, total


@pytest.fixture
def badge_pdfs(people: tuple[Path, uuid.UUID, int], tmp_path: Path) -> dict[str, Path]:
    """The badges of the forum as `registry badges` writes them, in both layouts."""
    from forumdesk.exports.registry.badges import write_badge_sheet
    from forumdesk.store.migrate import open_database

    database_path, forum_id, total = people
    assert total == 9
    database, _ = open_database(str(database_path), backup=False)
    found = {}
    try:
        with database.reading() as session:
            for layout in ("sheet", "card"):
                found[layout] = tmp_path / f"{layout}.pdf"
                write_badge_sheet(session, forum_id, found[layout], layout=layout)  # type: ignore[arg-type]
    finally:
        database.dispose()
    return found


def _pdf_printer(path: Path, resolution: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)  # quick; the scaling is the same at any resolution
    return printer


def _sizes(path: Path) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[index].get_size() for index in range(len(document))]
    finally:
        document.close()


def _ink(path: Path, index: int = 0) -> float:
    """The share of the page's pixels that are not white."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[index].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    histogram = image.histogram()
    return 1 - sum(histogram[250:]) / (image.width * image.height)


def _difference(exported: Path, printed: Path) -> float:
    """How far the printed page is from the exported one, 0 to 255 a pixel, blurred
    so that the raster's own softness does not count."""
    from PIL import ImageChops, ImageFilter, ImageStat

    def look(path: Path) -> Any:
        document = pdfium.PdfDocument(str(path))
        try:
            image = document[0].render(scale=1).to_pil().convert("L")
        finally:
            document.close()
        return image.filter(ImageFilter.GaussianBlur(3))

    return float(ImageStat.Stat(ImageChops.difference(look(exported), look(printed))).mean[0])


def test_badge_sheets_print_eight_a_page(qtbot: QtBot, badge_pdfs: dict[str, Path]) -> None:
    from forumdesk.ui.printing.pdf_printing import match_paper

    out = badge_pdfs["sheet"].with_name("printed-sheets.pdf")
    printer = _pdf_printer(out)
    match_paper(printer, badge_pdfs["sheet"])
    assert print_pdf(badge_pdfs["sheet"], printer) == 2
    assert out.read_bytes().startswith(b"%PDF")
    sizes = _sizes(out)
    assert len(sizes) == 2  # 9 people: 8 on the first sheet, 1 on the second
    assert sizes[0] == pytest.approx((210 * MM, 297 * MM), abs=1)  # A4, as the export
    assert _ink(out, 0) > 5 * _ink(out, 1) > 0  # eight badges, then one
    assert _difference(badge_pdfs["sheet"], out) < 4  # paper as the PDF: same place, same size


def test_badge_cards_print_one_a_page_on_card_paper(
    qtbot: QtBot, badge_pdfs: dict[str, Path]
) -> None:
    from forumdesk.ui.printing.pdf_printing import match_paper

    exported = _sizes(badge_pdfs["card"])
    assert len(exported) == 9
    assert exported[0] == pytest.approx((95 * MM, 70 * MM), abs=0.5)  # the badge itself
    out = badge_pdfs["card"].with_name("printed-cards.pdf")
    printer = _pdf_printer(out)
    match_paper(printer, badge_pdfs["card"])
    assert print_pdf(badge_pdfs["card"], printer) == 9
    printed = _sizes(out)
    assert len(printed) == 9
    assert printed[0] == pytest.approx((95 * MM, 70 * MM), abs=1)
    assert _ink(out, 8) > 0.05


def test_the_page_range_and_the_copies_are_honoured(
    qtbot: QtBot, badge_pdfs: dict[str, Path]
) -> None:
    out = badge_pdfs["card"].with_name("range.pdf")
    printer = _pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 4)
    assert print_pdf(badge_pdfs["card"], printer) == 3
    assert page_count(out) == 3

    again = badge_pdfs["card"].with_name("copies.pdf")
    printer = _pdf_printer(again)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(9, 20)  # past the end: up to the last page
    printer.setCopyCount(2)
    assert printer.supportsMultipleCopies() is False  # Qt's PDF printer: we make them
    assert print_pdf(badge_pdfs["card"], printer) == 2
    assert page_count(again) == 2


def test_cancelling_stops_the_job(qtbot: QtBot, badge_pdfs: dict[str, Path]) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 3

    printer = _pdf_printer(badge_pdfs["card"].with_name("cancelled.pdf"))
    assert print_pdf(badge_pdfs["card"], printer, progress) == 3
    assert seen == [1, 2, 3]


def _window(qtbot: QtBot, settings: AppSettings, people: tuple[Path, uuid.UUID, int]) -> MainWindow:
    return open_window(qtbot, settings, people[0])


def test_print_is_on_the_file_menu_with_ctrl_p_where_a_page_prints(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.print_menu
    assert menu.print_action.objectName() == "print_action"
    assert QKeySequence("Ctrl+P") in menu.print_action.shortcuts()
    file_menu = window.menuBar().actions()[0].menu()
    assert menu.print_action in file_menu.actions()  # type: ignore[union-attr]
    assert menu.preview_action in file_menu.actions()  # type: ignore[union-attr]
    for index, prints in (
        (OVERVIEW, False),
        (REGISTRY, True),
        (PROGRAMME, True),
        (DOCUMENTS, False),
        (MINUTES, True),
        (CHECKIN, False),
    ):
        window.show_page(index)
        wait_idle(qtbot, window)
        assert menu.print_action.isEnabled() is prints, index
        assert menu.preview_action.isEnabled() is prints, index
        if not prints:
            assert menu.print_action.toolTip() == "This page has nothing to print."


def test_each_page_offers_its_documents(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    titles = [p.title for p in window.registry_page.printables()]
    assert titles == [
        "Badges of everyone accredited: A4 sheets of 8 badges",
        "Badges of everyone accredited: One badge per card (95 × 70 mm)",
    ]
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    assert window.programme_page.printables()[0].title == "The programme"
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    assert "The summary report" in [p.title for p in window.minutes_page.printables()]
    assert window.overview_page.printables() is None


def test_print_makes_the_pdf_off_the_gui_thread_then_deletes_it(
    qtbot: QtBot, settings: AppSettings, people: tuple[Path, uuid.UUID, int], tmp_path: Path
) -> None:
    window = _window(qtbot, settings, people)
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    menu = window.print_menu
    opened: list[tuple[str, int]] = []
    sent: list[Path] = []

    def ask_and_print(printable: Printable, path: Path) -> None:
        opened.append((printable.title, page_count(path)))
        sent.append(path)
        printer = _pdf_printer(tmp_path / "out.pdf")
        menu.send(printable, path, printer)

    menu.ask_and_print = ask_and_print  # type: ignore[method-assign]
    card = window.registry_page.printables()[1]
    menu.prepare(card, preview=False)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [(card.title, 9)]
    assert not sent[0].exists() and not sent[0].parent.exists()  # nothing left behind
    assert page_count(tmp_path / "out.pdf") == 9
    assert "9 page(s)" in window.statusBar().currentMessage()


def test_a_pdf_that_fails_gives_one_line(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.ui.common import errors

    shown: list[str] = []
    monkeypatch.setattr(
        errors, "show_failure", lambda _parent, line, _details="": shown.append(line)
    )

    from forumdesk.ui.printing.documents import speakers_pdf

    missing = uuid.UUID(int=1)  # a segment deleted on another laptop, say
    window.print_menu.prepare(Printable("The speakers list", speakers_pdf(missing)), preview=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [f"Cannot print The speakers list: there is no segment {missing}"]
    assert window.print_menu._folder is None
    assert "\n" not in window.statusBar().currentMessage()


def test_the_preview_draws_the_same_pages(
    qtbot: QtBot, window: MainWindow, badge_pdfs: dict[str, Path]
) -> None:
    menu = window.print_menu
    printable = Printable("Badges", lambda _session, _path: None)
    printer = menu.printer_for(printable, badge_pdfs["sheet"])
    dialog = QPrintPreviewDialog(printer, window)
    qtbot.addWidget(dialog)
    drawn: list[int] = []
    dialog.paintRequested.connect(lambda p: drawn.append(menu.paint(badge_pdfs["sheet"], p)))
    dialog.show()  # the preview asks for its pages as it opens
    qtbot.waitUntil(lambda: bool(drawn), timeout=10_000)
    assert drawn[0] == 2
    out = badge_pdfs["sheet"].with_name("from-preview.pdf")
    assert menu.paint(badge_pdfs["sheet"], _pdf_printer(out)) == 2
    assert page_count(out) == 2
    dialog.close()


def test_print_preview_from_the_menu_draws_the_chosen_layout(
    qtbot: QtBot,
    settings: AppSettings,
    people: tuple[Path, uuid.UUID, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window = _window(qtbot, settings, people)
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    menu = window.print_menu
    offered: list[list[str]] = []
    drawn: list[tuple[int, Path]] = []
    paint = menu.paint

    def choose(*args: object) -> tuple[str, bool]:
        titles = list(args[3])  # type: ignore[call-overload]
        offered.append(titles)
        return titles[0], True  # the sheets

    def record(path: Path, printer: QPrinter) -> int:
        drawn.append((paint(path, printer), path))
        return drawn[-1][0]

    def show(dialog: QPrintPreviewDialog) -> int:
        dialog.show()  # the preview asks for its pages as it opens
        qtbot.waitUntil(lambda: bool(drawn), timeout=10_000)
        dialog.close()
        return 0

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    monkeypatch.setattr(menu, "paint", record)
    menu.preview_action.trigger()
    qtbot.waitUntil(lambda: bool(drawn), timeout=30_000)
    assert offered == [[p.title for p in window.registry_page.printables()]]
    assert drawn[0][0] == 2  # 9 badges, 8 a sheet
    qtbot.waitUntil(lambda: not drawn[0][1].parent.exists(), timeout=5_000)


def test_cancel_while_the_pdf_is_made_prints_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    menu = window.print_menu
    opened: list[Path] = []
    monkeypatch.setattr(menu, "ask_and_print", lambda _printable, path: opened.append(path))
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    menu.prepare(window.registry_page.printables()[0], preview=False)
    folder = menu._folder
    assert folder is not None and folder.exists()
    waiting = window.findChild(QProgressDialog, "print_preparing")
    assert waiting is not None
    waiting.canceled.emit()  # the user pressed Cancel
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Printing cancelled."
    assert opened == []
    assert not folder.exists() and menu._folder is None

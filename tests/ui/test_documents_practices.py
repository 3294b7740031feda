"""Practices on the Documents page and in Ctrl+K (issue 20): the demo's practice on ¶32
is in the margin beside the notes, in coverage and in the notes panel; practices and
recommendations are hits of their own kind that open the Practices page."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.documents.paragraph_model import MARK
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import DOCUMENTS
from forumdesk.ui.shell.search_dialog import SearchDialog
from tests.ui.conftest import wait_idle


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(DOCUMENTS)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.documents_page.document is not None, timeout=20_000)


def _mark(window: MainWindow, number: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    model = window.documents_page.paragraph_view.paragraphs
    row = model.row_of_number(number)
    assert row is not None
    return str(model.index(row, MARK).data(role))


def test_a_practice_on_a_paragraph_is_in_its_margin_coverage_and_panel(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    assert _mark(window, 32) == "◆ 1"
    assert _mark(window, 67) == "◆ 2"
    assert _mark(window, 33) == ""
    # (the tests run without the English catalogue: "practice(s)")
    assert _mark(window, 32, Qt.ItemDataRole.ToolTipRole).startswith("¶32: 1 practice")
    assert "8" in page.coverage_panel.summary.text()  # eight paragraphs by practices
    page.paragraph_view.select_numbers([32])
    panel = page.notes_panel
    qtbot.waitUntil(lambda: not panel.practices.isHidden(), timeout=10_000)
    text = panel.practices.text()
    assert text.count("<a href=") == 1 and "Remittance price comparison service" in text
    assert "published" in text
    link = text.split("<a href='")[1].split("'")[0]
    with qtbot.waitSignal(page.practice_requested, timeout=5_000) as opened:
        panel.practices.linkActivated.emit(link)
    assert opened.args == [uuid.UUID(link)]
    page.paragraph_view.select_numbers([33])
    qtbot.waitUntil(lambda: panel.practices.isHidden(), timeout=10_000)


def test_the_margin_tells_notes_and_practices_apart() -> None:
    from forumdesk.ui.pages.documents.paragraph_model import DocumentRow, ParagraphModel

    model = ParagraphModel()
    rows = [DocumentRow(n, f"Paragraph {n}") for n in (1, 2, 3)]
    model.set_document(rows, ("fr", ""), comparing=False)
    model.set_backlinks({1: 2, 2: 1}, {2: 1, 3: 3})
    marks = [model.index(r, MARK).data() for r in range(3)]
    tips = [model.index(r, MARK).data(Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert marks == ["● 2", "● 1\n◆ 1", "◆ 3"]
    # (no translator here: the plural forms are the source's, "note(s)")
    assert tips[0].startswith("2 note") and tips[0].endswith("cite ¶1")
    assert tips[1].startswith("¶2: 1 note") and tips[1].endswith("1 practice(s)")
    assert tips[2] == "¶3: 3 practice(s)"


def _search(qtbot: QtBot, window: MainWindow, text: str) -> SearchDialog:
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText(text)
    dialog.run_search()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10_000)
    return dialog


def test_practices_are_ctrl_k_hits_of_their_own_kind(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _search(qtbot, window, "fictional example")
    hits = [dialog.model.index(r, 0) for r in range(dialog.model.rowCount())]
    practices = [
        i for i in hits if i.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Practice")
    ]
    assert len(practices) == 7
    dialog.results.setCurrentIndex(practices[0])
    with qtbot.waitSignal(dialog.practice_opened, timeout=5_000) as opened:
        dialog.open_current()
    assert opened.args == [practices[0].data(Qt.ItemDataRole.UserRole + 1).target_id]

from __future__ import annotations

from pytestqt.qtbot import QtBot

from forumdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(3)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.documents_page.document is not None, timeout=20_000)


def test_outline_lists_sections_with_paragraph_ranges(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    outline = window.documents_page.outline
    top = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    assert [item.text(0).split(".")[0] for item in top] == ["I", "II", "III", "IV", "V", "Annex"]
    assert [item.text(1) for item in top[:5]] == ["1–7", "8–22", "23–29", "30–64", "65–76"]
    part_b = top[3].child(1)
    assert part_b.text(0).startswith("B. Liens entre migration")
    assert part_b.child(0).text(0).startswith("1. Impact économique")
    assert part_b.child(0).text(1) == "31"


def test_text_shows_the_76_numbered_paragraphs(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    assert page.document is not None
    assert [p.number for p in page.document.paragraphs] == list(range(1, 77))
    text = page.text.toPlainText()
    assert "31.\nL'effet positif" in text or "31.\tL'effet positif" in text or "31. L'effet" in text
    assert "¹ A/60/871." in text
    assert page.paragraph_spin.maximum() == 76


def test_clicking_the_outline_scrolls_to_the_section(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    page.resize(1200, 700)
    scroll = page.text.verticalScrollBar()
    scroll.setValue(0)
    section_v = page.outline.topLevelItem(4)
    page.outline.itemClicked.emit(section_v, 0)
    assert scroll.value() > scroll.maximum() // 2

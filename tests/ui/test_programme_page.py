from __future__ import annotations

from pytestqt.qtbot import QtBot

from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_programme_shows_the_demo_day_with_segment_times(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(2)
    wait_idle(qtbot, window)
    tree = window.programme_page.tree
    assert tree.topLevelItemCount() == 1
    day = tree.topLevelItem(0)
    assert "12 juillet 2006" in day.text(0)
    sessions = [day.child(i) for i in range(day.childCount())]
    assert [s.text(1) for s in sessions] == ["Séance du matin", "Séance de l'après-midi"]
    assert [s.text(0) for s in sessions] == ["10:00–13:00", "15:00–18:00"]
    segments = [s.child(i) for s in sessions for i in range(s.childCount())]
    assert [seg.text(0) for seg in segments] == [
        "10:00–10:30",
        "10:35–11:45",
        "11:50–13:00",
        "15:00–16:15",
        "16:20–17:30",
        "17:30–18:00",
    ]
    assert segments[0].text(1) == "Séance inaugurale"
    assert segments[1].text(1).startswith("Première partie : Promotion")
    addresses = [segments[0].child(i).text(1) for i in range(segments[0].childCount())]
    assert len(addresses) == 3
    assert all(text.startswith("Allocution du") for text in addresses)
    assert addresses[2].endswith("(M. Peter Sutherland)")


def test_selecting_a_segment_shows_its_details(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(2)
    wait_idle(qtbot, window)
    tree = window.programme_page.tree
    closing = tree.topLevelItem(0).child(1).child(2)
    tree.setCurrentItem(closing)
    details = window.programme_page.details.toPlainText()
    assert "Séance de clôture" in details
    assert "17:30–18:00" in details
    assert "Allocution du Président en exercice" in details

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import open_window, wait_idle


def test_overview_shows_demo_forum_figures(window: MainWindow) -> None:
    page = window.overview_page
    assert page.isVisible()
    assert page.title_label.text().startswith("Rencontres interactives informelles")
    assert page._figure_labels["segments"].text() == "6"
    assert page._figure_labels["paragraphs"].text() == "76"
    assert page._figure_labels["sessions"].text() == "2"
    assert "12 juillet 2006" in page.subtitle_label.text()
    assert "America/New_York" in page.subtitle_label.text()
    assert not page.empty_box.isVisible()


def test_empty_database_offers_the_demo_and_loads_it(
    qtbot: QtBot, settings: AppSettings, empty_db_path: Path
) -> None:
    window = open_window(qtbot, settings, empty_db_path)
    page = window.overview_page
    assert page.empty_box.isVisible()
    assert page.title_label.text() == "No forum open"
    assert window.forum_combo.count() == 0

    page.demo_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page._figure_labels["segments"].text() == "6", timeout=20_000)
    assert window.forum_combo.count() == 1
    assert not page.empty_box.isVisible()


def test_overview_names_schema_and_latest_backup(qtbot: QtBot, window: MainWindow) -> None:
    from forumdesk.store.migrate import head_revision

    page = window.overview_page
    qtbot.waitUntil(lambda: page.schema_label.text() != "", timeout=10_000)
    assert page.schema_label.text() == f"{head_revision()} (sqlite)"
    # Opening a database already at head takes no backup.
    assert page.backup_label.text() == "None yet"


def test_overview_shows_participation_figures(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(0)
    wait_idle(qtbot, window)
    box = window.overview_page.participation
    # The demo's registrations: requested or accredited (not the two withdrawn).
    qtbot.waitUntil(lambda: box.people.text() == "418", timeout=10_000)
    assert box.states.text() == "100"
    assert box.categories.text().startswith("Member State 145")
    assert "UN entity or agency 1" in box.categories.text()  # Peter Sutherland
    assert box.gender.text().count("%") == 3  # women, men, and a few undisclosed

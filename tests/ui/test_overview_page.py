from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from forumdesk.ui.common.operations import Area
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


def _change(qtbot: QtBot, window: MainWindow, work: Any, *areas: Area) -> Any:
    results: list[Any] = []
    window.ops.change(work, areas, results.append)
    wait_idle(qtbot, window)
    return results[0] if results else None


def _demo_person(window: MainWindow) -> tuple[uuid.UUID, uuid.UUID]:
    """The forum and the registration of one accredited person of the demo."""
    from sqlalchemy import select

    from forumdesk.store.enums import AccreditationStatus
    from forumdesk.store.models import Registration

    assert window.ops.database is not None
    forum_id = window.forum.forum_id
    assert forum_id is not None
    with window.ops.database.reading() as session:
        registration = session.scalars(
            select(Registration.id)
            .where(
                Registration.forum_id == forum_id,
                Registration.status == AccreditationStatus.ACCREDITED,
            )
            .order_by(Registration.id)
            .limit(1)
        ).one()
    return forum_id, registration


def test_overview_charts_accredited_against_present_and_a_check_in_moves_them(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.services.attendance.checkin import check_in
    from forumdesk.services.attendance.counts import attendance
    from forumdesk.services.overview import load as overview_module

    page = window.overview_page
    wait_idle(qtbot, window)
    charts = page.charts
    forum_id, registration = _demo_person(window)
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        before = attendance(session, forum_id)
    qtbot.waitUntil(lambda: charts.by_category.summary != "", timeout=10_000)
    assert f"{before.present} present of {before.registered} accredited" in (
        charts.headline.text().replace("\u202f", "").replace("\xa0", "").replace(",", "")
    )

    asked: list[frozenset[str]] = []
    real = overview_module.load_overview

    def spy(session: Any, forum: Any, parts: Any, accredited: Any, at: Any) -> Any:
        asked.append(parts)
        return real(session, forum, parts, accredited, at)

    monkeypatch.setattr(overview_module, "load_overview", spy)
    answer = _change(
        qtbot,
        window,
        lambda session: check_in(session, forum_id, str(registration), desk="Test desk"),
        Area.ATTENDANCE,
    )
    assert answer.outcome.value in ("checked_in", "already")
    qtbot.waitUntil(lambda: asked != [], timeout=10_000)
    wait_idle(qtbot, window)
    # A check-in reloads who came, not the registry's accredited counts.
    assert asked == [frozenset({overview_module.Part.ARRIVALS})]
    with window.ops.database.reading() as session:
        after = attendance(session, forum_id)
    assert after.present >= 1
    assert f"{after.present} present of {after.registered} accredited" in (
        charts.headline.text().replace("\u202f", "").replace("\xa0", "").replace(",", "")
    )
    assert charts.by_hour.summary != ""  # an hour with an arrival
    assert page.sentence.isVisible()
    assert "Member States" in page.sentence.sentence.text() or "États Membres" in (
        page.sentence.sentence.text()
    )


def test_now_and_next_follow_the_speaker_on_the_floor(qtbot: QtBot, window: MainWindow) -> None:
    from sqlalchemy import select

    from forumdesk.services.programme.programme import programme_view
    from forumdesk.services.programme.speakers.lists import add_speaker
    from forumdesk.services.programme.speakers.turns import checkpoint_turn, start_turn
    from forumdesk.store.models import Registration
    from forumdesk.store.types import utcnow
    from tests.demo_day import clear_speakers

    page = window.overview_page
    forum_id, registration = _demo_person(window)
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        segments = [
            s for d in programme_view(session, forum_id) for x in d.sessions for s in x.segments
        ]
        person = session.scalars(
            select(Registration.representative_id).where(Registration.id == registration)
        ).one()
    second, third, fourth = segments[1], segments[2], segments[3]
    box = page.now_next
    # The demo stops at 11:20 on the day, a speaker on the floor in the first part.
    qtbot.waitUntil(lambda: second.title in box.now_label.text(), timeout=10_000)
    assert third.title in box.next_label.text()
    assert box.floor_label.text() not in ("Nobody", "–")
    assert box.clock_label.text().endswith("of 3:00")

    line_id: list[uuid.UUID] = []

    def speak(session: Any) -> None:
        clear_speakers(session)  # the demo's own lists, so that anyone may speak
        line = add_speaker(session, third.id, person, 180)
        start_turn(session, line.id, utcnow(), used_seconds=75)
        line_id.append(line.id)

    _change(qtbot, window, speak, Area.PROGRAMME)
    qtbot.waitUntil(lambda: third.title in box.now_label.text(), timeout=10_000)
    assert fourth.title in box.next_label.text()
    assert box.floor is not None and box.floor.intervention_id == line_id[0]
    # Seen once, the turn shows its time as saved.
    assert box.clock_label.text() == "1:15 of 3:00"
    assert box.elapsed(box.floor.saved_at + timedelta(seconds=4)) == 75

    # The speakers panel saves the running turn again 5 s later: the clock now runs,
    # ticking on between the saves, and stops ticking if the saves stop.
    def checkpoint(session: Any) -> None:
        checkpoint_turn(session, line_id[0], 80)

    _change(qtbot, window, checkpoint, Area.PROGRAMME)
    qtbot.waitUntil(lambda: box.floor is not None and box.floor.used_seconds == 80, timeout=10_000)
    assert box.floor is not None
    assert box.elapsed(box.floor.saved_at + timedelta(seconds=4)) == 84
    assert box.elapsed(box.floor.saved_at + timedelta(seconds=60)) == 80


def test_things_to_act_on_open_the_place_where_they_are_dealt_with(
    qtbot: QtBot, window: MainWindow
) -> None:
    from forumdesk.services.registry.walk_in import WalkIn, register_walk_in
    from forumdesk.store.enums import AccreditationStatus

    page = window.overview_page
    forum_id, _ = _demo_person(window)

    def request(session: Any) -> None:
        register_walk_in(
            session,
            forum_id,
            WalkIn(given_name="Amina", family_name="Testrequest", accredit=False),
            decided_by="Test",
        )

    _change(qtbot, window, request, Area.REGISTRY)
    button = page.to_act.buttons["requests"]
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert "request" in button.text()
    button.click()
    wait_idle(qtbot, window)
    registry = window.registry_page
    assert window.stack.currentWidget() is registry
    facet = registry.representatives.status_filter
    assert facet.currentData() == AccreditationStatus.REQUESTED

    window.show_page(0)
    wait_idle(qtbot, window)
    uncited = page.to_act.buttons["uncited"]
    qtbot.waitUntil(uncited.isVisible, timeout=10_000)
    uncited.click()
    documents = window.documents_page
    assert window.stack.currentWidget() is documents
    assert documents.side_tabs.currentWidget() is documents.coverage_panel


def test_the_participation_sentence_goes_to_the_summary_report(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from forumdesk.services.attendance.checkin import check_in
    from forumdesk.ui.pages.report.dialogs import ParagraphDialog

    page = window.overview_page
    forum_id, registration = _demo_person(window)
    _change(
        qtbot,
        window,
        lambda session: check_in(session, forum_id, str(registration), desk="Test desk"),
        Area.ATTENDANCE,
    )
    qtbot.waitUntil(page.sentence.isVisible, timeout=10_000)
    sentence = page.sentence.sentence.text()
    assert sentence.startswith("Environ ")
    page.sentence.copy_button.click()
    assert QApplication.clipboard().text() == sentence

    seen: list[str] = []

    def accept() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = next((w for w in shown if isinstance(w, ParagraphDialog)), None)
        if dialog is None:  # not open yet on a loaded machine: look again
            QTimer.singleShot(20, accept)
            return
        seen.append(dialog.text())
        dialog.accept()

    QTimer.singleShot(0, accept)
    page.sentence.add_button.click()
    qtbot.waitUntil(lambda: seen != [], timeout=10_000)
    wait_idle(qtbot, window)
    assert seen == [sentence]
    paragraphs = window.minutes_page.report.section_paragraphs()
    assert any(p.text == sentence for p in paragraphs)


def test_the_charting_library_loads_no_qt_module_off_the_gui_thread() -> None:
    """pyqtgraph's Qt modules are loaded on the GUI thread before the library's Python
    is imported on another: a Qt extension module initialised off the GUI thread while
    the window paints crashed a test run once."""
    import os
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6 import QtWidgets\n"
        "from forumdesk.ui.pages.overview import charts\n"
        "before = {m for m in sys.modules if m.startswith('PySide6')}\n"
        "for module in charts._QT_MODULES_OF_PYQTGRAPH:\n"
        "    __import__(module)\n"
        "after_qt = {m for m in sys.modules if m.startswith('PySide6')}\n"
        "import pyqtgraph\n"
        "left = {m for m in sys.modules if m.startswith('PySide6')} - after_qt\n"
        "print(sorted(left))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert done.stdout.strip() == "[]"

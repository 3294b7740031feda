"""The check-in desk page: a scan typed and Enter answers green, amber or red at once;
the last scans stay listed and the last check-in can be undone. From a red answer the
desk accredits a waiting request or registers a walk-in, by keyboard alone."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.pages.checkin.page import CheckInPage
from forumdesk.ui.shell.main_window import CHECKIN, MainWindow
from tests.ui.conftest import open_window, wait_idle

IN_JULY = datetime(2006, 7, 12, 14, 32, tzinfo=UTC)  # 10:32 in New York
ANIMATED_CLICK_MS = 250


def _registration(path: Path) -> tuple[str, str]:
    """An accredited person the demo's morning has not checked in, and their name."""
    with sqlite3.connect(path) as raw:
        found = raw.execute(
            "SELECT r.id, p.given_name || ' ' || p.family_name FROM registrations r"
            " JOIN representatives p ON p.id = r.representative_id"
            " WHERE r.status = 'accredited' AND r.id NOT IN (SELECT registration_id FROM check_ins)"
            " ORDER BY p.sort_key"
        ).fetchone()
    raw.close()
    return str(uuid.UUID(found[0])), found[1]


def _rows(path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        found = raw.execute(sql, args).fetchall()
    raw.close()
    return found


def _scan(qtbot: QtBot, window: MainWindow, page: CheckInPage, text: str) -> str:
    page.scan_edit.setFocus()
    qtbot.keyClicks(page.scan_edit, text)
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert page.scan_edit.text() == ""  # ready for the next badge
    assert page.scan_edit.hasFocus()
    return str(page.answer_label.property("outcome"))


def _outcome(page: CheckInPage) -> object:
    return page.answer_label.property("outcome")


def _desk(qtbot: QtBot, window: MainWindow) -> CheckInPage:
    window.show_page(CHECKIN)
    wait_idle(qtbot, window)
    page = window.page(CHECKIN)
    assert isinstance(page, CheckInPage)
    return page


def _keys(
    qtbot: QtBot, window: MainWindow, page: CheckInPage, key: Qt.Key, until: Callable[[], bool]
) -> None:
    """Alt+`key` from the scan field, as the operator would; a mnemonic clicks its
    button once the click's animation is over, so wait `until` it shows."""
    qtbot.keyClick(page.scan_edit, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(until, timeout=10_000)
    wait_idle(qtbot, window)


@dataclass
class Door:
    """The demo forum with a request waiting, a withdrawn registration and a badge
    already scanned on a July morning."""

    requested: uuid.UUID
    withdrawn: uuid.UUID
    scanned: uuid.UUID


@pytest.fixture
def door(demo_db: object) -> Door:
    from forumdesk.services.attendance.checkin import check_in
    from forumdesk.services.database.demo import demo_forum_id
    from forumdesk.services.registry.edit import create_representative, decide, register
    from forumdesk.services.registry.people import RepresentativeInput
    from forumdesk.store.enums import AccreditationStatus

    database = demo_db
    with database.unit_of_work() as session:  # type: ignore[attr-defined]
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        made = {}
        for given, family in (("Lena", "Schmidt"), ("Ivan", "Petrov"), ("Awa", "Ndiaye")):
            person = create_representative(session, RepresentativeInput(given, family))
            made[family] = register(session, forum_id, person)
        decide(session, [made["Petrov"]], AccreditationStatus.WITHDRAWN, decided_by="Office")
        decide(session, [made["Ndiaye"]], AccreditationStatus.ACCREDITED, decided_by="Office")
        check_in(session, forum_id, str(made["Ndiaye"]), desk="Laptop B, side door", now=IN_JULY)
    database.dispose()  # type: ignore[attr-defined]
    return Door(made["Schmidt"], made["Petrov"], made["Ndiaye"])


@pytest.fixture
def desk_window(qtbot: QtBot, settings: AppSettings, demo_db_path: Path, door: Door) -> MainWindow:
    return open_window(qtbot, settings, demo_db_path)


def test_green_amber_red_and_undo_at_the_desk(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    page = _desk(qtbot, window)
    assert page.door_combo.count() == 7  # the entrance and the demo's six segments
    qtbot.keyClicks(page.desk_edit, "Laptop B, side door")
    registration, name = _registration(demo_db_path)

    assert _scan(qtbot, window, page, registration) == "checked_in"
    assert page.answer_label.text().startswith(f"Checked in\n{name}")
    assert page.undo_button.isEnabled()

    assert _scan(qtbot, window, page, registration) == "already"
    assert "Laptop B, side door" in page.answer_label.text()

    assert _scan(qtbot, window, page, "https://example.org/") == "refused"
    assert "not a ForumDesk badge" in page.answer_label.text()
    assert page.history_list.count() == 3

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert page.answer_label.property("outcome") == "undone"
    assert not page.undo_button.isEnabled()
    assert page.scan_edit.hasFocus()
    assert _scan(qtbot, window, page, registration) == "checked_in"  # green again


def test_the_amber_answer_and_the_last_scans_are_on_new_york_time(
    qtbot: QtBot, desk_window: MainWindow, door: Door
) -> None:
    page = _desk(qtbot, desk_window)
    assert _scan(qtbot, desk_window, page, str(door.scanned)) == "already"
    head = page.answer_label.text().splitlines()[0]
    assert head.startswith("Already checked in at 12.07.06 10:32 on Laptop B, side door")
    now = page.history_list.item(0).text().split(" · ")[0]
    assert now.count(":") == 1 and len(now) == 5  # today's venue time, "HH:MM" in fr_CH
    assert page.answer is not None and page.answer.scanned_at is not None
    assert page.answer.scanned_at.tzname() in ("EST", "EDT")


def test_a_waiting_request_is_accredited_and_checked_in_by_keyboard_then_undone(
    qtbot: QtBot, desk_window: MainWindow, demo_db_path: Path, door: Door
) -> None:
    page = _desk(qtbot, desk_window)
    registration = str(door.requested)
    assert _scan(qtbot, desk_window, page, registration) == "refused"
    assert "waiting for a decision" in page.answer_label.text()
    assert page.accredit_button.isVisible()
    assert "Alt+A: accredit and check in" in page.answer_label.text()

    _keys(qtbot, desk_window, page, Qt.Key.Key_A, lambda: _outcome(page) == "checked_in")
    assert page.answer_label.property("outcome") == "checked_in"
    assert page.answer_label.text().startswith("Checked in\nLena Schmidt")
    assert not page.accredit_button.isVisible() and page.scan_edit.hasFocus()
    hex_id = door.requested.hex
    [(status, badge, decided_by)] = _rows(
        demo_db_path,
        "SELECT status, badge_number, decided_by FROM registrations WHERE id = ?",
        hex_id,
    )
    assert status == "accredited" and badge and decided_by == page.author
    check_ins = "SELECT id FROM check_ins WHERE registration_id = ? AND deleted_at IS NULL"
    [(check_in,)] = _rows(demo_db_path, check_ins, hex_id)
    audit = "SELECT actor FROM audit_entries WHERE table_name = ? AND record_id = ?"
    assert _rows(demo_db_path, audit, "check_ins", check_in) == [("Test Secretary",)]
    assert len(_rows(demo_db_path, audit, "registrations", hex_id)) >= 2  # asked, decided

    _keys(qtbot, desk_window, page, Qt.Key.Key_U, lambda: _outcome(page) == "undone")
    assert page.answer_label.property("outcome") == "undone"
    assert "accreditation" in page.answer_label.text()
    assert _rows(demo_db_path, check_ins, hex_id) == []
    [(status,)] = _rows(demo_db_path, "SELECT status FROM registrations WHERE id = ?", hex_id)
    assert status == "requested"
    assert _scan(qtbot, desk_window, page, registration) == "refused"
    assert page.accredit_button.isVisible()  # offered again


def test_a_withdrawn_registration_is_red_with_no_accreditation_offered(
    qtbot: QtBot, desk_window: MainWindow, door: Door
) -> None:
    page = _desk(qtbot, desk_window)
    assert _scan(qtbot, desk_window, page, str(door.withdrawn)) == "refused"
    assert "accreditation office" in page.answer_label.text()
    assert not page.accredit_button.isVisible()
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(ANIMATED_CLICK_MS)  # nothing to accredit: nothing happens
    wait_idle(qtbot, desk_window)
    assert page.answer_label.property("outcome") == "refused"

    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Escape)  # Esc clears
    assert page.answer_label.property("outcome") is None and page.scan_edit.hasFocus()


def test_an_unknown_code_offers_a_walk_in_who_is_then_checked_in_here(
    qtbot: QtBot, desk_window: MainWindow, demo_db_path: Path
) -> None:
    page = _desk(qtbot, desk_window)
    qtbot.keyClicks(page.desk_edit, "Main door")
    assert _scan(qtbot, desk_window, page, "9999") == "refused"
    assert "Alt+W: register a walk-in" in page.answer_label.text()
    assert "Alt+W" not in page.history_list.item(0).text()  # the list keeps the answer only
    assert page.walk_in_button.isDefault()

    _keys(qtbot, desk_window, page, Qt.Key.Key_W, lambda: page.walk_in is not None)
    dialog = page.walk_in
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.given, "Amina")
    qtbot.keyClick(dialog.given, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family, "Diallo")
    qtbot.keyClicks(dialog.email, "amina.diallo@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, desk_window)
    qtbot.waitUntil(lambda: page.walk_in is None, timeout=10_000)
    wait_idle(qtbot, desk_window)
    assert page.answer_label.property("outcome") == "checked_in"
    assert page.answer_label.text() == "Checked in\nAmina Diallo"  # of no organisation
    assert desk_window.focusWidget() is page.scan_edit  # once the dialog has gone
    found = "SELECT c.desk FROM check_ins c JOIN representatives r ON r.id = c.representative_id"
    where = " WHERE r.family_name = 'Diallo' AND c.deleted_at IS NULL AND r.deleted_at IS NULL"
    assert _rows(demo_db_path, found + where) == [("Main door",)]

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # the walk-in goes too
    wait_idle(qtbot, desk_window)
    assert _rows(demo_db_path, found + where) == []
    assert "walk-in" in page.answer_label.text()


def test_every_control_of_the_desk_is_named(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget

    page = _desk(qtbot, window)
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget)
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds)]
    assert controls and all(control.accessibleName() for control in controls)
    assert {"checkin_accredit", "checkin_walk_in"} <= {c.objectName() for c in controls}

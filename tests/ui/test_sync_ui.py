"""Merging from the desktop: preview, merge, cancel, conflicts, history, laptops, names."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.database.devices import local_device
from forumdesk.services.registry.edit import create_representative
from forumdesk.services.registry.people import RepresentativeInput
from forumdesk.services.registry.representative_detail import representative_detail
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation, Representative
from forumdesk.ui.common.operations import Area
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.sync.sync_dialog import SyncDialog
from tests.ui.conftest import LOAD_TIMEOUT_MS, open_window, wait_idle

SECRETARIAT = "Secrétariat%"


def _database(window: MainWindow) -> Database:
    assert window.ops.database is not None
    return window.ops.database


def copy_of(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Path:
    """A copy of the window's database (a laptop made the simple way): its own device."""
    wait_idle(qtbot, window)
    source = _database(window).path
    assert source is not None
    target = tmp_path / "laptop.db"
    reading, writing = sqlite3.connect(source), sqlite3.connect(target)
    try:
        reading.backup(writing)
    finally:
        reading.close()
        writing.close()
    return target


def edit(path: Path, actor: str, work: Callable[[Session], object]) -> None:
    database, _ = open_database(str(path), backup=False)
    database.actor = actor
    try:
        with database.unit_of_work() as session:
            work(session)
    finally:
        database.dispose()


def add_person(session: Session) -> None:
    create_representative(session, RepresentativeInput("Amina", "Diallo", email="a@mfa.org"))


def set_secretariat_email(email: str) -> Callable[[Session], object]:
    def work(session: Session) -> None:
        found = session.scalars(
            select(Organisation).where(Organisation.name.like(SECRETARIAT))
        ).one()
        found.email = email

    return work


def people_named(window: MainWindow, family_name: str) -> int:
    with _database(window).reading() as session:
        found = session.scalars(
            select(Representative).where(Representative.family_name == family_name)
        )
        return len(found.all())


def cell(model: object, row: int, column: int) -> str:
    index = model.index(row, column, QModelIndex())  # type: ignore[attr-defined]
    return str(model.data(index))  # type: ignore[attr-defined]


def open_merge(qtbot: QtBot, window: MainWindow, path: Path) -> SyncDialog:
    window.sync_menu.choose_file = lambda: str(path)
    dialog = window.sync_menu.merge_from_file()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.running, timeout=LOAD_TIMEOUT_MS)
    return dialog


def test_preview_then_merge_brings_the_new_person(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    laptop = copy_of(qtbot, window, tmp_path)
    edit(laptop, "Ben", add_person)
    dialog = open_merge(qtbot, window, laptop)
    assert dialog.preview is not None
    assert "1 new, 0 changed, 0 deleted" in dialog.summary.text()
    assert dialog.merge_button.isEnabled()
    assert dialog.isVisible() and not dialog.review_button.isVisible(), "nothing to review yet"
    assert dialog.lines_label.text() == "Records coming in: 1"
    assert [cell(dialog.lines, 0, column) for column in range(3)] == [
        "Person",
        "Amina Diallo",
        "New",
    ]
    assert people_named(window, "Diallo") == 0  # a preview writes nothing
    with qtbot.waitSignal(window.ops.changes_applied, timeout=LOAD_TIMEOUT_MS) as applied:
        dialog.merge()
    assert applied.args == [frozenset({Area.ALL})]
    qtbot.waitUntil(lambda: dialog.merge_result is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.summary.text().startswith("Merged: 1 new")
    assert "Backup at" in dialog.summary.text()
    assert not dialog.review_button.isVisible() and not dialog.merge_button.isVisible()
    assert people_named(window, "Diallo") == 1
    wait_idle(qtbot, window)


def test_a_cancelled_merge_merges_nothing(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    laptop = copy_of(qtbot, window, tmp_path)
    edit(laptop, "Ben", add_person)
    dialog = open_merge(qtbot, window, laptop)
    dialog.merge()
    assert dialog.running
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=LOAD_TIMEOUT_MS)
    assert dialog.error_label.text() == "Cancelled: nothing was merged."
    assert dialog.merge_result is None and dialog.merge_button.isEnabled()
    assert people_named(window, "Diallo") == 0


def test_a_refused_merge_names_the_file(qtbot: QtBot, window: MainWindow) -> None:
    itself = _database(window).path
    assert itself is not None
    dialog = open_merge(qtbot, window, itself)
    assert dialog.error_label.isVisible()
    assert str(itself) in dialog.error_label.text()
    assert "this database itself" in dialog.error_label.text()
    assert not dialog.merge_button.isEnabled()


def test_a_conflict_is_shown_then_settled_by_taking_theirs(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    laptop = copy_of(qtbot, window, tmp_path)
    edit(laptop, "Ben", set_secretariat_email("secretariat-b@un.org"))
    database = _database(window)
    database.actor = "Ana"
    with database.unit_of_work() as session:
        set_secretariat_email("secretariat-a@un.org")(session)
    dialog = open_merge(qtbot, window, laptop)
    assert dialog.conflicts.rowCount() == 1
    assert cell(dialog.conflicts, 0, 1) == "E-mail"
    assert cell(dialog.conflicts, 0, 2) == "secretariat-a@un.org"
    assert cell(dialog.conflicts, 0, 4) == "secretariat-b@un.org"
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.merge_result is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.review_button.isVisible()
    dialog.review_button.click()
    conflicts = window.sync_menu.conflicts_dialog
    assert conflicts is not None and conflicts.isVisible()
    qtbot.waitUntil(lambda: conflicts.model.rowCount() == 1, timeout=LOAD_TIMEOUT_MS)
    assert cell(conflicts.model, 0, 2) == "secretariat-a@un.org"
    assert cell(conflicts.model, 0, 3).startswith("Ana · ")
    assert cell(conflicts.model, 0, 4) == "secretariat-b@un.org"
    assert cell(conflicts.model, 0, 5).startswith("Ben · ")
    assert conflicts.take_button.isEnabled()
    conflicts.take_button.click()
    qtbot.waitUntil(lambda: conflicts.empty_label.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert conflicts.model.rowCount() == 0 and not conflicts.take_button.isEnabled()
    with database.reading() as session:
        found = session.scalars(
            select(Organisation).where(Organisation.name.like(SECRETARIAT))
        ).one()
        assert found.email == "secretariat-b@un.org"


def test_history_lists_the_creation_and_the_change(qtbot: QtBot, window: MainWindow) -> None:
    database = _database(window)
    database.actor = "Registrar"
    with database.unit_of_work() as session:
        person_id = create_representative(session, RepresentativeInput("Li", "Wei"))
    with database.unit_of_work() as session:
        session.get_one(Representative, person_id).email = "li.wei@worldbank.org"
    with database.reading() as session:
        detail = representative_detail(session, person_id)
    form = RepresentativeDialog(window.ops, detail, window)
    qtbot.addWidget(form)
    history = form.history_button.open_history()
    qtbot.waitUntil(lambda: history.loaded, timeout=LOAD_TIMEOUT_MS)
    assert history.model.rowCount() == 2
    assert [cell(history.model, row, 3) for row in range(2)] == ["Created", "Changed"]
    assert cell(history.model, 1, 1) == "Registrar"
    assert cell(history.model, 1, 2)  # the device's name
    assert cell(history.model, 1, 4) == "E-mail: — → li.wei@worldbank.org"
    created = cell(history.model, 0, 4)
    assert "Family name: — → Wei" in created and "Gender: — → Undisclosed" in created
    assert "sort" not in created.casefold(), "a computed key is nothing to show"
    history.close()


def test_history_of_a_record_never_changed_says_so(qtbot: QtBot, window: MainWindow) -> None:
    from forumdesk.ui.sync.history_dialog import HistoryDialog

    dialog = HistoryDialog(window.ops, uuid.uuid4(), "nobody", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=LOAD_TIMEOUT_MS)
    assert dialog.empty_label.isVisible() and not dialog.view.isVisible()


def test_the_open_database_records_the_user_name_from_the_settings(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    settings.set_user_name("Aïcha Koné")
    window = open_window(qtbot, settings, demo_db_path)
    assert _database(window).actor == "Aïcha Koné"


def test_preferences_set_the_actor_and_the_device_name(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    registry = window.registry_page  # built now, so it signs with the new name too
    dialog = window.preferences_menu.show_preferences()
    qtbot.waitUntil(dialog.device_edit.isEnabled, timeout=LOAD_TIMEOUT_MS)
    assert dialog.device is not None and dialog.device_edit.text() == dialog.device.name
    dialog.user_edit.setText("  Chief of   registration ")
    dialog.device_edit.setText("")
    dialog.save()
    qtbot.waitUntil(dialog.device_error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "needs a name" in dialog.device_error.text() and dialog.isVisible()
    assert _database(window).actor == "Chief of registration"
    assert settings.user_name() == "Chief of registration"
    assert registry.author == "Chief of registration"
    dialog.device_edit.setText("Laptop 2, registration desk")
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        dialog.save()
    with _database(window).reading() as session:
        assert local_device(session).name == "Laptop 2, registration desk"


def test_prepare_a_laptop_for_one_forum(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.sync_menu.prepare_laptop()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.forums_loaded, timeout=LOAD_TIMEOUT_MS)
    assert dialog.forum_combo.itemText(0) == "All forums"
    assert dialog.forum_combo.count() >= 2
    assert dialog.forum_combo.currentData() == window.forum.forum_id
    target = tmp_path / "venue"
    dialog.choose_target = lambda: str(target)
    dialog.browse()
    assert dialog.target_edit.text() == str(target) + ".db"
    dialog.name_edit.setText("Laptop 2")
    dialog.clear_check.setChecked(True)  # a clear copy: recognised as a database below
    dialog.prepare()
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=LOAD_TIMEOUT_MS)
    assert dialog.prepared is not None and dialog.prepared.path == tmp_path / "venue.db"
    assert (tmp_path / "venue.db").is_file()
    text = dialog.result_label.text()
    assert text.startswith("Written ") and "people of other forums left out" in text
    dialog.prepare()  # the file exists now: refused, with the reason
    qtbot.waitUntil(dialog.error.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "is a SQLite database" in dialog.error.text()
    database = window.ops.database
    assert database is not None and database.path is not None
    dialog.target_edit.setText(str(database.path))  # nor over the open database
    dialog.prepare()
    qtbot.waitUntil(lambda: "open database" in dialog.error.text(), timeout=LOAD_TIMEOUT_MS)


def test_a_cancelled_laptop_copy_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.sync_menu.prepare_laptop()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.forums_loaded, timeout=LOAD_TIMEOUT_MS)
    dialog.target_edit.setText(str(tmp_path / "venue.db"))
    dialog.clear_check.setChecked(True)
    dialog.prepare()
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.close_button.isEnabled()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=LOAD_TIMEOUT_MS)
    assert dialog.result_label.text() == "Cancelled: no copy was written."
    assert dialog.prepared is None and not (tmp_path / "venue.db").exists()
    assert not dialog.cancel_button.isVisibleTo(dialog) and dialog.prepare_button.isEnabled()


def test_every_control_of_the_merge_dialogs_is_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QWidget,
    )

    laptop = copy_of(qtbot, window, tmp_path)
    menu = window.sync_menu
    dialogs: list[QWidget | None] = [
        open_merge(qtbot, window, laptop),
        menu.show_conflicts(),
        menu.prepare_laptop(),
        window.preferences_menu.show_preferences(),
    ]
    wait_idle(qtbot, window)
    controls = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit)
    unnamed = [
        f"{type(widget).__name__} {widget.objectName() or '(no objectName)'}"
        for dialog in dialogs
        if dialog is not None
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, controls)
        and not (widget.accessibleName() and widget.objectName())
        and not widget.objectName().startswith("qt_")
        and not isinstance(widget, QHeaderView)
        and not isinstance(widget.parent().parent(), QComboBox)
        and not type(widget.parent()).__name__.startswith(("QScrollBar", "QLineEdit"))
    ]
    assert None not in dialogs and unnamed == []
    assert menu.merge_action.shortcut().toString() == "Ctrl+Shift+M"
    assert menu.merge_action in window.menuBar().actions()[0].menu().actions()

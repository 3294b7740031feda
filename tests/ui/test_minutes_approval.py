"""Approval by someone else, confirmed; the user's name asked for; refusals in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.common import messages
from forumdesk.services.common.signer import stored_signer
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import Minutes
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.pages.minutes.approval import ApprovalDialog
from forumdesk.ui.pages.minutes.editor import MinutesEditor
from forumdesk.ui.pages.minutes.page import MinutesPage
from forumdesk.ui.shell.main_window import MINUTES, MainWindow
from forumdesk.ui.shell.user_name import NameDialog
from tests.ui.conftest import LOAD_TIMEOUT_MS, open_window, wait_idle


def approval_dialog(qtbot: QtBot, editor: MinutesEditor) -> ApprovalDialog:
    """The confirmation Approve opened (once its summary is read)."""
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in editor.findChildren(ApprovalDialog)),
        timeout=LOAD_TIMEOUT_MS,
    )
    return next(d for d in editor.findChildren(ApprovalDialog) if d.isVisible())


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)


def _composed_by(qtbot: QtBot, window: MainWindow, author: str) -> MinutesPage:
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    page.author = author
    page.table.selectRow(0)
    wait_idle(qtbot, window)
    page.editor.compose_button.click()
    qtbot.waitUntil(lambda: page.editor.snapshot is not None and page.editor.snapshot.number == 1)
    _settle(qtbot, window)
    return page


def test_the_author_is_told_why_they_cannot_approve_until_the_forum_allows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _composed_by(qtbot, window, "Ana Ruiz")
    editor = page.editor
    editor.approve_button.click()
    dialog = approval_dialog(qtbot, editor)
    assert not dialog.approve_button.isEnabled() and not dialog.approve_button.isVisible()
    assert dialog.notice.text().startswith(
        "Ana Ruiz composed or last edited version 1, so someone else must approve it"
    )
    assert dialog.values["edited"].text() == "as composed from the programme, not edited"
    assert dialog.values["length"].text().endswith(" interventions")
    dialog.reject()

    box = page.self_approval
    qtbot.waitUntil(box.isEnabled, timeout=LOAD_TIMEOUT_MS)
    assert not box.isChecked()
    box.click()  # this small meeting allows one-person approval
    _settle(qtbot, window)
    assert box.isChecked()
    editor.approve_button.click()
    dialog = approval_dialog(qtbot, editor)
    assert dialog.approve_button.isEnabled()
    assert "one-person approval" in dialog.notice.text()
    dialog.approve_button.click()
    qtbot.waitUntil(
        lambda: editor.snapshot is not None and editor.snapshot.state == MinutesState.APPROVED
    )
    _settle(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        minutes = session.scalars(select(Minutes)).one()
        assert (minutes.approved_by, minutes.approved_alone) == ("Ana Ruiz", True)


@pytest.fixture
def french_interface(qtbot: QtBot) -> Iterator[None]:
    """The interface in French (the tests' locale), as a French user starts it."""
    from forumdesk.ui.shell.interface_language import install_interface

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    interface = install_interface(app)
    try:
        assert messages.language() == "fr"
        yield
    finally:
        interface.remove()


def test_a_refusal_for_want_of_a_name_reads_in_french_and_asks_for_the_name(
    qtbot: QtBot,
    settings: AppSettings,
    demo_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    french_interface: None,
) -> None:
    monkeypatch.delenv("FORUMDESK_USER")
    window = open_window(qtbot, settings, demo_db_path)
    assert window.ops.database is not None and window.ops.database.actor == ""
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    assert page.author == ""
    page.table.selectRow(0)
    wait_idle(qtbot, window)
    page.editor.compose_button.click()
    _settle(qtbot, window)
    assert page.editor.status_label.text() == (
        "Non effectué : Aucun nom n’est défini : indiquez --by NOM, définissez "
        "FORUMDESK_USER ou saisissez votre nom dans les Préférences"
    )
    dialog = window.user_name_prompt.dialog
    assert isinstance(dialog, NameDialog) and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # a name is required
    qtbot.keyClicks(dialog.fields.name_edit, "Aicha Kone")
    assert dialog.fields.initials_edit.text() == "AK"
    dialog.ok_button.click()
    stored = stored_signer()
    assert stored is not None and (stored.name, stored.initials) == ("Aicha Kone", "AK")
    assert window.ops.database.actor == "Aicha Kone" and page.author == "Aicha Kone"
    page.editor.compose_button.click()
    qtbot.waitUntil(lambda: page.editor.snapshot is not None and page.editor.snapshot.number == 1)
    _settle(qtbot, window)
    assert page.editor.versions.item(0, 2).text() == "Aicha Kone"


def test_the_first_start_asks_for_a_name_and_cancelling_leaves_the_user_unnamed(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORUMDESK_USER")
    window = open_window(qtbot, settings, demo_db_path)
    dialog = window.user_name_prompt.ask_if_unnamed()
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.fields.name_edit, "Jean-Pierre Dupont")
    assert dialog.fields.initials_edit.text() == "JPD"
    dialog.fields.initials_edit.clear()
    qtbot.keyClicks(dialog.fields.initials_edit, "JP")  # the user's own, kept as typed
    qtbot.keyClicks(dialog.fields.name_edit, "-Martin")
    assert dialog.fields.initials_edit.text() == "JP"
    dialog.reject()
    assert stored_signer() is None and settings.user_name() == ""
    window.show_page(MINUTES)  # reading needs no name
    qtbot.waitUntil(lambda: window.minutes_page.editor.snapshot is not None)

    settings.set_user_name("Ana Lima")
    assert window.user_name_prompt.ask_if_unnamed() is None


def test_a_name_kept_by_an_older_forumdesk_moves_to_the_shared_file(
    settings: AppSettings,
) -> None:
    settings._settings.setValue("user/name", "  Chen   Wei ")
    assert settings.user_name() == "Chen Wei"
    stored = stored_signer()
    assert stored is not None and (stored.name, stored.initials) == ("Chen Wei", "CW")
    assert settings._settings.value("user/name") is None


def test_approve_asks_before_approving_and_cancel_approves_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _composed_by(qtbot, window, "Ana Ruiz")
    page.author = "Ben Okafor"
    page.editor.approve_button.click()
    dialog = approval_dialog(qtbot, page.editor)
    assert dialog.values["approver"].text() == "Ben Okafor"
    assert dialog.values["title"].text() == "Compte rendu : Séance inaugurale"
    assert dialog.values["segment"].text() == "Séance inaugurale"
    assert dialog.approve_button.text() == "Approve Version 1"
    dialog.reject()
    _settle(qtbot, window)
    snapshot = page.editor.snapshot
    assert snapshot is not None and snapshot.state == MinutesState.DRAFT
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_preferences_edit_the_name_and_initials_the_command_line_reads(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    from forumdesk.services.common.signer import signer_name

    settings.set_user_name("Ana Lima", "AnL")
    dialog = window.preferences_menu.show_preferences()
    assert (dialog.user_edit.text(), dialog.initials_edit.text()) == ("Ana Lima", "AnL")
    dialog.user_edit.setText("Ana Lima Souza")
    dialog.initials_edit.setText("ALS")
    with qtbot.waitSignal(dialog.accepted, timeout=LOAD_TIMEOUT_MS):
        dialog.save()
    stored = stored_signer()
    assert stored is not None and (stored.name, stored.initials) == ("Ana Lima Souza", "ALS")
    assert signer_name() == "Test Secretary"  # $FORUMDESK_USER comes first on the command line
    assert window.ops.database is not None and window.ops.database.actor == "Ana Lima Souza"


def test_history_shows_a_recorded_login_as_a_login_and_nobody_as_unnamed(
    window: MainWindow,
) -> None:
    import uuid
    from datetime import UTC, datetime

    from forumdesk.services.database.devices import HistoryEntry
    from forumdesk.ui.sync.history_dialog import HistoryDialog

    dialog = HistoryDialog(window.ops, uuid.uuid4(), "Note", window)
    at = datetime(2026, 12, 5, tzinfo=UTC)
    entry = HistoryEntry("notes", at, "root", "Office", "update", (), actor_is_login=True)
    assert dialog.who_text(entry) == "root (computer login)"
    assert dialog.who_text(HistoryEntry("notes", at, "", "Office", "update", ())) == (
        "unnamed user"
    )
    assert dialog.who_text(HistoryEntry("notes", at, "Ana Lima", "Office", "create", ())) == (
        "Ana Lima"
    )


def test_the_first_start_asks_when_forumdesk_user_names_nobody(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORUMDESK_USER", "\u200b")  # invisible: not a name
    window = open_window(qtbot, settings, demo_db_path)
    dialog = window.user_name_prompt.ask_if_unnamed()
    assert dialog is not None and dialog.isVisible()
    dialog.fields.name_edit.setText("\u200b\u200b")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_approval_is_refused_if_the_text_changed_while_the_dialog_was_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    from forumdesk.services.minutes.workflow import save_draft

    page = _composed_by(qtbot, window, "Ben Okafor")
    editor = page.editor
    page.author = "Ana Lima"
    editor.approve_button.click()
    dialog = approval_dialog(qtbot, editor)
    assert dialog.summary.number == 1 and dialog.approve_button.isEnabled()
    database = window.ops.database
    assert database is not None and editor.minutes_id is not None
    with database.unit_of_work() as session:  # Ben saves a new text meanwhile
        save_draft(session, editor.minutes_id, "<p>Autre texte.</p>", "Ben Okafor")
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: editor.status_label.text().startswith("Not done"))
    assert "changed after you reviewed it" in editor.status_label.text()
    _settle(qtbot, window)
    with database.reading() as session:
        minutes = session.scalars(select(Minutes)).one()
        assert minutes.approved_by is None and minutes.state != MinutesState.APPROVED


def test_the_minutes_pages_mark_an_old_login_as_a_login(
    qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    from forumdesk.services.minutes.status import minutes_overview
    from forumdesk.services.minutes.workflow import approve, start_minutes
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Forum, RecordedLogin

    database, _ = open_database(str(demo_db_path))
    try:  # as an older ForumDesk signed: with the computer's login
        with database.unit_of_work() as session:
            session.add(RecordedLogin(name="root"))
            forum_id = session.scalars(select(Forum.id)).first()
            segment_id = minutes_overview(session, forum_id)[0].segment_id
            minutes_id = start_minutes(session, segment_id, "root")
            approve(session, minutes_id, "Ana Lima")
            session.get(Minutes, minutes_id).approved_by = "root"
    finally:
        database.dispose()
    window = open_window(qtbot, settings, demo_db_path)
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    assert page.model.index(0, 5).data().startswith("root (computer login), ")
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.snapshot is not None and page.editor.snapshot.number == 1)
    _settle(qtbot, window)
    assert page.editor.approval_label.text().startswith("Approved by root (computer login) on ")
    assert page.editor.versions.item(0, 2).text() == "root (computer login)"


def test_the_recompose_question_marks_an_old_login_as_a_login(
    qtbot: QtBot, window: MainWindow
) -> None:
    import dataclasses

    page = _composed_by(qtbot, window, "Ana Ruiz")
    snapshot = page.editor.snapshot
    assert snapshot is not None
    page.editor.snapshot = dataclasses.replace(snapshot, logins=frozenset({"root"}))
    assert page.editor._edited_by(2, "root") == (
        "Version 2 was edited by hand by root (computer login)"
    )
    assert page.editor._edited_by(2, "Ana Ruiz") == "Version 2 was edited by hand by Ana Ruiz"

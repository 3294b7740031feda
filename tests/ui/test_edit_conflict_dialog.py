"""Two users edit one organisation: the later save shows the fields both changed, with
both values, to choose from (issue 14, point 3)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.common.edit_conflicts import ReadAt
from forumdesk.services.notes.notes import get_note, update_note
from forumdesk.services.programme.edit import segment_place
from forumdesk.services.programme.segment_editor import segment_detail, update_segment
from forumdesk.services.registry.edit import (
    create_organisation,
    create_representative,
    update_organisation,
    update_representative,
)
from forumdesk.services.registry.organisation_detail import organisation_detail
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.services.registry.representative_detail import representative_detail
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory, SegmentKind
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Segment
from forumdesk.ui.common.edit_conflict_dialog import MINE, THEIRS, EditConflictDialog
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.programme.segment_dialog import SegmentDialog
from forumdesk.ui.pages.registry.organisation_dialog import OrganisationDialog
from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
from forumdesk.ui.shell.main_window import MainWindow

TIMEOUT_MS = 10_000
SWITZERLAND = OrganisationInput(
    name="Mission permanente de la Suisse",
    category=OrganisationCategory.MEMBER_STATE,
    country="CHE",
    email="mission@eda.admin.ch",
    phone="+41227492424",
)


@pytest.fixture
def ops(qtbot: QtBot, demo_db_path: Path) -> Iterator[Operations]:
    operations = Operations()
    database, _ = open_database(str(demo_db_path), backup=False)
    database.actor = "Ben"
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(database)
    yield operations
    operations.wait()
    operations.set_database(None)


@pytest.fixture
def other_user(demo_db_path: Path) -> Iterator[Database]:
    """Ana, at another desk: a database of her own over the same file."""
    database, _ = open_database(str(demo_db_path), backup=False)
    database.actor = "Ana"
    yield database
    database.dispose()


@pytest.fixture
def organisation_id(other_user: Database) -> uuid.UUID:
    with other_user.unit_of_work() as session:
        return create_organisation(session, SWITZERLAND)


def _stored(database: Database, ident: uuid.UUID) -> OrganisationInput:
    with database.reading() as session:
        return organisation_detail(session, ident).data


def _ana_saves(database: Database, ident: uuid.UUID, **changes: object) -> None:
    with database.reading() as session:
        form = organisation_detail(session, ident)
    with database.unit_of_work() as session:
        update_organisation(
            session,
            ident,
            dataclasses.replace(form.data, **changes),
            read=ReadAt(form.version, form.data),
        )


def _form_in_conflict(
    qtbot: QtBot, ops: Operations, other_user: Database, ident: uuid.UUID
) -> tuple[OrganisationDialog, EditConflictDialog]:
    """Ben opens the form; Ana saves a new phone; Ben saves his phone and website."""
    assert ops.database is not None
    with ops.database.reading() as session:
        detail = organisation_detail(session, ident)
    form = OrganisationDialog(ops, detail)
    qtbot.addWidget(form)
    form.show()
    _ana_saves(other_user, ident, phone="+41 22 749 24 25", notes="Ana called")
    form.fields["phone"].setText("+41 22 749 00 00")
    form.fields["website"].setText("https://www.eda.admin.ch")
    with qtbot.assertNotEmitted(form.saved, wait=0):
        qtbot.keyClick(form.fields["phone"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: form.conflict_dialog is not None, timeout=TIMEOUT_MS)
    dialog = form.conflict_dialog
    assert isinstance(dialog, EditConflictDialog) and dialog.isVisible()
    return form, dialog


def test_the_conflict_shows_both_values_and_who_saved_theirs(
    qtbot: QtBot, ops: Operations, other_user: Database, organisation_id: uuid.UUID
) -> None:
    before = _stored(other_user, organisation_id)
    _form, dialog = _form_in_conflict(qtbot, ops, other_user, organisation_id)
    assert list(dialog.choices) == ["phone"]  # the website and the notes are no conflict
    assert dialog.findChild(object, "edit_conflict_phone_field").text() == "Phone"
    assert dialog.mine_labels["phone"].text() == "+41227490000"
    theirs = dialog.theirs_labels["phone"].text()
    assert "+41227492425" in theirs and "Ana" in theirs
    assert dialog.choices["phone"].currentData() == MINE
    assert dialog.choices["phone"].accessibleName()
    stored = _stored(other_user, organisation_id)
    assert stored.phone == "+41227492425" and stored.website == before.website  # not yet saved


@pytest.mark.parametrize(("choice", "phone"), [(THEIRS, "+41227492425"), (MINE, "+41227490000")])
def test_saving_with_a_choice_stores_it_and_keeps_the_rest(
    qtbot: QtBot,
    ops: Operations,
    other_user: Database,
    organisation_id: uuid.UUID,
    choice: str,
    phone: str,
) -> None:
    form, dialog = _form_in_conflict(qtbot, ops, other_user, organisation_id)
    dialog.choose("phone", choice)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.is_idle, timeout=TIMEOUT_MS)
    stored = _stored(other_user, organisation_id)
    assert stored.phone == phone
    assert stored.website == "https://www.eda.admin.ch"  # Ben's change
    assert stored.notes == "Ana called"  # Ana's change
    assert not form.isVisible()


def test_cancel_leaves_the_form_open_and_the_record_as_the_other_user_saved_it(
    qtbot: QtBot, ops: Operations, other_user: Database, organisation_id: uuid.UUID
) -> None:
    form, dialog = _form_in_conflict(qtbot, ops, other_user, organisation_id)
    ana = _stored(other_user, organisation_id)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.conflict_dialog is None, timeout=TIMEOUT_MS)
    assert form.isVisible()
    assert form.fields["phone"].text() == "+41 22 749 00 00"
    assert form.fields["website"].text() == "https://www.eda.admin.ch"
    assert form.general_error.isVisible()
    assert _stored(other_user, organisation_id) == ana


# --- a person and a note ------------------------------------------------------------


def test_a_person_saved_meanwhile_shows_the_conflict(
    qtbot: QtBot, ops: Operations, other_user: Database
) -> None:
    with other_user.unit_of_work() as session:
        ident = create_representative(
            session, RepresentativeInput(given_name="Jean", family_name="Dupont", function="Chef")
        )
    assert ops.database is not None
    with ops.database.reading() as session:
        form = RepresentativeDialog(ops, representative_detail(session, ident), None)
    qtbot.addWidget(form)
    form.show()
    with other_user.reading() as session:
        read = representative_detail(session, ident)
    with other_user.unit_of_work() as session:
        update_representative(
            session,
            ident,
            dataclasses.replace(read.data, function="Ambassadeur"),
            read=ReadAt(read.version, read.data),
        )
    form.fields["function"].setText("Conseiller")
    form.fields["email"].setText("jean.dupont@eda.admin.ch")
    form.save()
    qtbot.waitUntil(lambda: form.conflict_dialog is not None, timeout=TIMEOUT_MS)
    dialog = form.conflict_dialog
    assert isinstance(dialog, EditConflictDialog) and list(dialog.choices) == ["function"]
    assert dialog.mine_labels["function"].text() == "Conseiller"
    assert "Ambassadeur" in dialog.theirs_labels["function"].text()
    dialog.choose("function", THEIRS)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ops.is_idle, timeout=TIMEOUT_MS)
    with other_user.reading() as session:
        stored = representative_detail(session, ident).data
    assert (stored.function, stored.email) == ("Ambassadeur", "jean.dupont@eda.admin.ch")


def test_a_note_saved_meanwhile_shows_the_conflict_in_the_editor(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path
) -> None:
    from tests.ui.conftest import wait_idle

    window.show_page(3)
    wait_idle(qtbot, window)
    page = window.documents_page
    qtbot.waitUntil(lambda: page.document is not None, timeout=20_000)
    page.paragraph_view.select_numbers([23])
    page.new_note()
    assert page.editor is not None
    page.editor.body.setPlainText("Transferts de fonds")
    page.editor.request_save()
    qtbot.waitUntil(lambda: page.editor is None, timeout=TIMEOUT_MS)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 3, timeout=TIMEOUT_MS)
    note = page.notes_panel.model.row_at(2)  # after the demo's two notes
    page.edit_note(note)
    editor = page.editor
    assert editor is not None

    ana, _ = open_database(str(demo_db_path), backup=False)
    ana.actor = "Ana"
    try:
        with ana.unit_of_work() as session:
            data = note.as_input()
            update_note(
                session,
                note.id,
                dataclasses.replace(data, body_text="Remises", body_html="<p>Remises</p>"),
                read=ReadAt(note.version, data),
            )
        editor.body.setPlainText("Transferts de fonds des migrants")
        editor.tags.setText("remittances")
        editor.request_save()
        qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=TIMEOUT_MS)
        dialog = editor.conflict_dialog
        assert isinstance(dialog, EditConflictDialog) and list(dialog.choices) == ["body_text"]
        assert dialog.mine_labels["body_text"].text() == "Transferts de fonds des migrants"
        assert "Remises" in dialog.theirs_labels["body_text"].text()
        assert "Ana" in dialog.theirs_labels["body_text"].text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # keep mine
        qtbot.waitUntil(lambda: page.editor is None, timeout=TIMEOUT_MS)
        wait_idle(qtbot, window)
        with ana.reading() as session:
            stored = get_note(session, note.id)
        assert stored.body_text == "Transferts de fonds des migrants"
        assert stored.tags == ("remittances",)
    finally:
        ana.dispose()


def test_a_segment_saved_meanwhile_shows_the_conflict(
    qtbot: QtBot, ops: Operations, other_user: Database
) -> None:
    assert ops.database is not None
    with ops.database.reading() as session:
        ident = session.scalars(select(Segment.id).where(Segment.title == "Première partie")).one()
        detail = segment_detail(session, ident)
        place = segment_place(session, ident)
    form = SegmentDialog(ops, detail, place, None)
    qtbot.addWidget(form)
    form.show()
    with other_user.reading() as session:
        read = segment_detail(session, ident)
    with other_user.unit_of_work() as session:
        update_segment(
            session,
            ident,
            dataclasses.replace(read.data, title="Part One", kind=SegmentKind.PANEL),
            read=ReadAt(read.version, read.data),
        )
    form.title_edit.setText("Première partie : les droits")
    form.theme.setPlainText("Droits des migrants")
    form.save()
    qtbot.waitUntil(lambda: form.conflict_dialog is not None, timeout=TIMEOUT_MS)
    dialog = form.conflict_dialog
    assert isinstance(dialog, EditConflictDialog) and list(dialog.choices) == ["title"]
    assert dialog.mine_labels["title"].text() == "Première partie : les droits"
    assert "Part One" in dialog.theirs_labels["title"].text()
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # keep mine
    qtbot.waitUntil(lambda: ops.is_idle, timeout=TIMEOUT_MS)
    with other_user.reading() as session:
        stored = segment_detail(session, ident).data
    assert (stored.title, stored.kind, stored.theme) == (
        "Première partie : les droits",
        SegmentKind.PANEL,
        "Droits des migrants",
    )

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

from forumdesk.services.edit_conflicts import ReadAt
from forumdesk.services.organisation_detail import organisation_detail
from forumdesk.services.people import OrganisationInput
from forumdesk.services.registry_edit import create_organisation, update_organisation
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.ui.edit_conflict_dialog import MINE, THEIRS, EditConflictDialog
from forumdesk.ui.operations import Operations
from forumdesk.ui.pages.registry.organisation_dialog import OrganisationDialog

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

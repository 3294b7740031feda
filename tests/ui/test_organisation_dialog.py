"""The organisation form: values shown, problems beside fields, save, undo and redo."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from forumdesk.services.registry.edit import create_organisation, create_representative
from forumdesk.services.registry.organisation_detail import OrganisationDetail, organisation_detail
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.store.database import Database
from forumdesk.store.enums import EcosocStatus, OrganisationCategory, RegionalGroup
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation
from forumdesk.store.types import utcnow
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.registry.organisation_dialog import OrganisationDialog, organisation_edited

TIMEOUT_MS = 10_000
SWITZERLAND = OrganisationInput(
    name="Mission permanente de la Suisse",
    category=OrganisationCategory.MEMBER_STATE,
    acronym="CH",
    country="CHE",
    website="https://www.eda.admin.ch",
    address="Rue de Varembé 9-11\n1202 Genève",
    email="gen.vertretung@eda.admin.ch",
    phone="+41227492424",
    notes="Co-facilitator",
)


@pytest.fixture
def ops(qtbot: QtBot, demo_db_path: Path) -> Iterator[Operations]:
    operations = Operations()
    database, _ = open_database(str(demo_db_path), backup=False)
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(database)
    yield operations
    operations.wait()
    operations.set_database(None)


def _database(ops: Operations) -> Database:
    assert ops.database is not None
    return ops.database


@pytest.fixture
def organisation_id(ops: Operations) -> uuid.UUID:
    with _database(ops).unit_of_work() as session:
        ident = create_organisation(session, SWITZERLAND)
        for given, family, function in (
            ("Jean", "Dupont", "Ambassadeur"),
            ("Anna", "Keller", "Attachée"),
        ):
            create_representative(
                session,
                RepresentativeInput(
                    given_name=given,
                    family_name=family,
                    organisation_id=ident,
                    function=function,
                    email=f"{given.lower()}.{family.lower()}@eda.admin.ch",
                ),
            )
        return ident


def _detail(ops: Operations, ident: uuid.UUID) -> OrganisationDetail:
    with _database(ops).reading() as session:
        return organisation_detail(session, ident, language="fr")


def _stored(ops: Operations, ident: uuid.UUID) -> OrganisationInput:
    return _detail(ops, ident).data


def _dialog(qtbot: QtBot, ops: Operations, ident: uuid.UUID) -> OrganisationDialog:
    dialog = OrganisationDialog(ops, _detail(ops, ident))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_idle(qtbot: QtBot, ops: Operations) -> None:
    qtbot.waitUntil(lambda: ops.is_idle, timeout=TIMEOUT_MS)


def test_the_values_people_and_figures_are_shown(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    assert dialog.fields["name"].text() == "Mission permanente de la Suisse"
    assert dialog.fields["acronym"].text() == "CH"
    assert dialog.fields["website"].text() == "https://www.eda.admin.ch"
    assert dialog.fields["email"].text() == "gen.vertretung@eda.admin.ch"
    assert dialog.fields["phone"].text() == "+41227492424"
    assert dialog.texts["address"].toPlainText() == "Rue de Varembé 9-11\n1202 Genève"
    assert dialog.texts["notes"].toPlainText() == "Co-facilitator"
    assert dialog.data().category is OrganisationCategory.MEMBER_STATE
    assert dialog.category.currentText() == labels.organisation_category(
        OrganisationCategory.MEMBER_STATE
    )
    assert dialog.country.currentText() == "Suisse (CHE)"  # named in the language asked
    assert dialog.country_code() == "CHE"
    assert dialog.ecosoc_status.currentData() is None
    assert not dialog.ecosoc_year.isEnabled()
    # A State: its UN regional group is shown, read-only.
    assert dialog.form.isRowVisible(dialog.regional_group)
    assert dialog.regional_group.text() == labels.regional_group(
        RegionalGroup.WESTERN_EUROPEAN_OTHER
    )
    model = dialog.representatives_model
    assert model.rowCount() == 2
    assert [model.index(row, 0).data() for row in range(2)] == ["Dupont, Jean", "Keller, Anna"]
    assert model.index(1, 1).data() == "Attachée"
    assert model.index(1, 2).data() == "anna.keller@eda.admin.ch"
    assert dialog.truncated.isHidden()
    assert "2" in dialog.summary.text()
    assert dialog.data() == SWITZERLAND  # what the form holds is what is stored
    for widget in (
        *dialog.fields.values(),
        *dialog.texts.values(),
        dialog.category,
        dialog.country,
        dialog.ecosoc_status,
        dialog.ecosoc_year,
        dialog.representatives_view,
        dialog.save_button,
    ):
        assert widget.accessibleName(), widget.objectName()
        assert widget.objectName().startswith("organisation_")


def test_the_regional_group_follows_the_category_and_the_country(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    dialog.country.setEditText("Kenya")
    assert dialog.country_code() == "KEN"
    assert dialog.regional_group.text() == labels.regional_group(RegionalGroup.AFRICAN)
    dialog.country.setEditText("ken")  # the ISO code, any case
    assert dialog.country_code() == "KEN"
    ngo = dialog.category.findData(OrganisationCategory.NGO_ECOSOC)
    dialog.category.setCurrentIndex(ngo)
    assert not dialog.form.isRowVisible(dialog.regional_group)  # only States have one
    dialog.ecosoc_status.setCurrentIndex(dialog.ecosoc_status.findData(EcosocStatus.GENERAL))
    assert dialog.ecosoc_year.isEnabled()


def test_a_bad_website_and_email_are_shown_beside_the_fields_and_nothing_is_saved(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    saved: list[object] = []
    dialog.saved.connect(lambda before, after: saved.append((before, after)))
    dialog.fields["name"].setText("Mission suisse")
    dialog.fields["website"].setText("not a web site")
    dialog.fields["email"].setText("not-an-email")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.errors["website"].isHidden(), timeout=TIMEOUT_MS)
    _wait_idle(qtbot, ops)
    assert "not a web address" in dialog.errors["website"].text()
    assert not dialog.errors["email"].isHidden() and dialog.errors["email"].text()
    assert dialog.errors["name"].isHidden() and dialog.general_error.isHidden()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert saved == []
    assert _stored(ops, organisation_id) == SWITZERLAND  # the valid name was not saved either

    # Corrected, the same form saves; the old problems are gone.
    dialog.fields["website"].setText("www.eda.admin.ch/geneve")
    dialog.fields["email"].setText("mission@eda.admin.ch")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.save()
    assert dialog.errors["website"].isHidden() and dialog.errors["email"].isHidden()
    assert _stored(ops, organisation_id).website == "www.eda.admin.ch/geneve"


def test_a_State_without_a_country_is_refused_beside_the_country(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    dialog.country.setEditText("")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.errors["country"].isHidden(), timeout=TIMEOUT_MS)
    assert "required" in dialog.errors["country"].text()
    dialog.country.setEditText("Atlantis")
    dialog.save()
    qtbot.waitUntil(lambda: "Atlantis" in dialog.errors["country"].text(), timeout=TIMEOUT_MS)
    _wait_idle(qtbot, ops)
    assert _stored(ops, organisation_id) == SWITZERLAND


def test_ctrl_return_saves_and_emits_before_and_after(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    dialog.fields["acronym"].setText("CH-GE")
    dialog.category.setCurrentIndex(dialog.category.findData(OrganisationCategory.OBSERVER_STATE))
    dialog.country.setEditText("Saint-Siège")  # any name the service knows
    dialog.texts["notes"].setPlainText("Observer since 1964")
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as signal:
        qtbot.keyClick(
            dialog.texts["notes"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    before, after = signal.args
    assert before == SWITZERLAND
    assert after == dialog.data()
    assert after.acronym == "CH-GE" and after.notes == "Observer since 1964"
    assert after.category is OrganisationCategory.OBSERVER_STATE  # an enum, not Qt's str
    assert dialog.texts["notes"].toPlainText() == "Observer since 1964"  # no line break typed
    assert dialog.result() == QDialog.DialogCode.Accepted
    _wait_idle(qtbot, ops)
    stored = _stored(ops, organisation_id)
    assert stored.acronym == "CH-GE"
    assert stored.category is OrganisationCategory.OBSERVER_STATE
    assert stored.country == "VAT"
    assert stored.notes == "Observer since 1964"


def test_an_unchanged_form_closes_without_saving(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    with qtbot.assertNotEmitted(dialog.saved), qtbot.assertNotEmitted(ops.changes_applied):
        qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
        assert ops.is_idle
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_undo_restores_the_old_values_and_redo_applies_them_again(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    stack = QUndoStack()
    dialog.saved.connect(
        lambda before, after: stack.push(
            organisation_edited(ops, organisation_id, before, after, "Edit Suisse")
        )
    )
    dialog.fields["name"].setText("Mission suisse à Genève")
    dialog.fields["phone"].setText("+41 22 749 24 25")
    dialog.ecosoc_status.setCurrentIndex(dialog.ecosoc_status.findData(EcosocStatus.SPECIAL))
    dialog.ecosoc_year.setValue(2001)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        qtbot.keyClick(
            dialog.fields["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    _wait_idle(qtbot, ops)
    assert stack.count() == 1 and stack.undoText() == "Edit Suisse"
    edited = _stored(ops, organisation_id)
    assert edited.name == "Mission suisse à Genève"
    assert edited.phone == "+41227492425"
    assert (edited.ecosoc_status, edited.ecosoc_year) == (EcosocStatus.SPECIAL, 2001)

    with qtbot.waitSignal(ops.changes_applied, timeout=TIMEOUT_MS):
        stack.undo()
    assert _stored(ops, organisation_id) == SWITZERLAND

    with qtbot.waitSignal(ops.changes_applied, timeout=TIMEOUT_MS):
        stack.redo()
    assert _stored(ops, organisation_id) == edited


def test_activating_a_representative_asks_for_that_person(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    view = dialog.representatives_view
    model = dialog.representatives_model
    keller = model.row_at(1).id
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    with (
        qtbot.waitSignal(dialog.representative_requested, timeout=TIMEOUT_MS) as signal,
        qtbot.assertNotEmitted(dialog.saved),
    ):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [keller]
    assert dialog.isVisible()  # Return in the list does not press Save

    dupont = model.row_at(0).id
    rect = view.visualRect(model.index(0, 0))
    with qtbot.waitSignal(dialog.representative_requested, timeout=TIMEOUT_MS) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [dupont]


def test_an_organisation_deleted_meanwhile_is_reported_below_the_form(
    qtbot: QtBot, ops: Operations, organisation_id: uuid.UUID
) -> None:
    dialog = _dialog(qtbot, ops, organisation_id)
    with _database(ops).unit_of_work() as session:
        session.get_one(Organisation, organisation_id).deleted_at = utcnow()
    dialog.fields["acronym"].setText("CHE")
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
        qtbot.waitUntil(lambda: not dialog.general_error.isHidden(), timeout=TIMEOUT_MS)
    assert "organisation" in dialog.general_error.text()
    assert dialog.isVisible()

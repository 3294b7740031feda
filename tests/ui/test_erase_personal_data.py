"""A person's form's "Erase Personal Data…": a dialog names the person, says what will
happen and that it cannot be undone; Cancel changes nothing; Erase erases in the
background, closes the form and every page reloads."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.registry.representative_detail import representative_detail
from forumdesk.store.models import Erasure, Representative
from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS


def _form(
    qtbot: QtBot, window: MainWindow, person_id: uuid.UUID | None = None
) -> tuple[RepresentativeDialog, uuid.UUID]:
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        person_id = (
            person_id
            or session.scalars(
                select(Representative.id).where(Representative.family_name == "Abdallah")
            ).one()
        )
        detail = representative_detail(session, person_id)
    form = RepresentativeDialog(window.ops, detail, window)
    qtbot.addWidget(form)
    form.show()
    return form, person_id


def _confirmation(qtbot: QtBot, form: RepresentativeDialog) -> QMessageBox:
    form.erase_data.click()
    qtbot.waitUntil(lambda: form.erase_data.confirmation is not None, timeout=LOAD_TIMEOUT_MS)
    box = form.erase_data.confirmation
    assert box is not None
    return box


def _erasures(window: MainWindow) -> list[Any]:
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        return list(session.scalars(select(Erasure.record_id)))


def test_cancel_erases_nothing(qtbot: QtBot, window: MainWindow) -> None:
    form, _person_id = _form(qtbot, window)
    box = _confirmation(qtbot, form)
    assert "Dina Abdallah" in box.text()
    assert "cannot be undone" in box.informativeText()
    assert "(1)" in box.informativeText()  # the pseudonym they would get
    box.escapeButton().click()
    QApplication.processEvents()
    window.ops.wait()
    assert _erasures(window) == []
    assert form.isVisible()


def test_erase_closes_the_form_and_reloads(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    form, person_id = _form(qtbot, window)
    box = _confirmation(qtbot, form)
    erase = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    with qtbot.waitSignal(window.ops.changes_applied, timeout=LOAD_TIMEOUT_MS):
        erase.click()
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=LOAD_TIMEOUT_MS)
    assert _erasures(window) == [person_id]
    assert said and "Dina Abdallah" in said[0] and "(1)" in said[0]
    again, _ = _form(qtbot, window, person_id)
    again.erase_data.click()  # a second time: refused in one line
    qtbot.waitUntil(again.personal_data.report.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert "already erased" in again.personal_data.report.text()

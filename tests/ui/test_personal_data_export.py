"""A person's form's "Export Personal Data…": the file written in the background, the
form says which; a file ForumDesk must not write is refused in one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.registry.representative_detail import representative_detail
from forumdesk.store.models import Representative
from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS


def _form(qtbot: QtBot, window: MainWindow) -> RepresentativeDialog:
    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        person_id = session.scalars(
            select(Representative.id).where(Representative.family_name == "Sutherland")
        ).one()
        detail = representative_detail(session, person_id)
    form = RepresentativeDialog(window.ops, detail, window)
    qtbot.addWidget(form)
    return form


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, kind: str = "") -> None:
    def ask(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(path), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))


def test_the_button_writes_the_persons_data(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    form = _form(qtbot, window)
    form.show()
    target = tmp_path / "sutherland"
    _save_as(monkeypatch, target, form.personal_data.tr("JSON data (*.json)"))
    form.personal_data.click()
    qtbot.waitUntil(form.personal_data.report.isVisible, timeout=LOAD_TIMEOUT_MS)
    written = json.loads((tmp_path / "sutherland.json").read_text(encoding="utf-8"))
    assert written["person"]["family_name"] == "Sutherland"
    assert written["registrations"][0]["badge_number"] == "0001"
    assert "sutherland.json" in form.personal_data.report.text()
    assert form.personal_data.isEnabled()


def test_the_button_refuses_the_open_database(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot, window)
    database = window.ops.database
    assert database is not None and database.path is not None
    before = database.path.read_bytes()
    _save_as(monkeypatch, database.path)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    form.personal_data.click()
    assert warnings and "open database" in warnings[0]
    assert database.path.read_bytes() == before


def test_a_format_it_cannot_tell_is_one_line_in_the_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    form = _form(qtbot, window)
    form.show()
    _save_as(monkeypatch, tmp_path / "person.txt")
    form.personal_data.click()
    qtbot.waitUntil(form.personal_data.report.isVisible, timeout=LOAD_TIMEOUT_MS)
    assert ".json" in form.personal_data.report.text()
    assert "\n" not in form.personal_data.report.text()
    assert not (tmp_path / "person.txt").exists()

"""Export Compendium… and Export Open Data…: the file written off the GUI thread, the
same as `forumdesk compendium export` would write; a database refused before any work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.practices.compendium_dialog import (
    open_compendium_export,
    open_open_data_export,
)
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_the_compendium_is_written_on_the_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_compendium_export(window, window.ops, window.forum)
    assert dialog.isVisible() and dialog.form == "pdf"
    assert dialog.file_edit.text().endswith(".pdf")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
    assert dialog.file_edit.text().endswith(".md")  # the extension follows the format
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.fictional_check.setChecked(True)
    target = tmp_path / "recueil.md"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.written, timeout=60_000) as said:
        dialog.export_button.click()
    wait_idle(qtbot, window)
    assert "recueil.md" in said.args[0] and not dialog.isVisible()
    text = target.read_text(encoding="utf-8")
    assert "Recueil des pratiques" in text and "Index des pays" in text


def test_the_open_data_and_a_refused_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, demo_db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    warned: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *args: object) -> object:
        warned.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = open_open_data_export(window, window.ops, window.forum)
    assert [dialog.format_combo.itemData(i) for i in range(2)] == ["csv", "json"]
    assert not dialog.language_combo.isVisible() and dialog.published_check.isChecked()
    dialog.format_combo.setCurrentIndex(1)
    dialog.file_edit.setText(str(demo_db_path))
    dialog.export_button.click()
    assert warned and "database" in warned[0] and dialog.isVisible()
    target = tmp_path / "practices.json"
    dialog.file_edit.setText(str(target))
    with qtbot.waitSignal(dialog.written, timeout=60_000):
        dialog.export_button.click()
    wait_idle(qtbot, window)
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == "1.0"

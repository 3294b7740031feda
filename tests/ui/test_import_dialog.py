"""The import dialog: a French office's list mapped, checked, imported and reported."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.models import Organisation, Representative
from forumdesk.ui.pages.registry.import_dialog import ImportDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.core.test_registry_import import FRENCH_LINES
from tests.ui.conftest import wait_idle

COLUMNS, REPORT = 1, 2


def _french_file(folder: Path) -> Path:
    path = folder / "liste-bureau-paris.csv"
    path.write_bytes(("\r\n".join(FRENCH_LINES) + "\r\n").encode("cp1252"))
    return path


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> ImportDialog:
    window.show_page(1)
    wait_idle(qtbot, window)
    page = window.registry_page
    page.import_list(str(path))
    dialog = page.importer
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == COLUMNS, timeout=10_000)
    return dialog


def _people(window: MainWindow) -> int:
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Representative)) or 0)


def _field(dialog: ImportDialog, column: int) -> Any:
    return dialog.editor._field_combo(column).currentData()


def _category_row(dialog: ImportDialog, word: str) -> int:
    table = dialog.editor.categories
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.text() == word:
            return row
    raise AssertionError(f"{word} not listed: category words are {table.rowCount()}")


def test_a_french_office_list_is_mapped_checked_and_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = _people(window)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    assert "Windows-1252, ';'" in dialog.file_label.text()
    assert "7 row(s)" in dialog.file_label.text()  # the blank line is not a row
    assert [_field(dialog, i) for i in range(6)] == [
        "family_name",
        "given_name",
        "organisation",
        "category",
        "country",
        "email",
    ]
    syndicat = dialog.editor.categories.cellWidget(_category_row(dialog, "Syndicat"), 2)
    assert syndicat.currentData() == OrganisationCategory.TRADE_UNION  # type: ignore[union-attr]

    dialog.check()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    assert dialog.report is not None and dialog.report.dry_run
    assert _people(window) == before  # a check writes nothing
    lines = [dialog.problems.row_at(r) for r in range(dialog.problems.rowCount())]
    refused = {(row, column) for row, column, kind, _reason in lines if kind == "refused"}
    assert refused == {(5, "Courriel"), (6, "Pays"), (10, "Courriel")}
    assert any(row == 4 and kind == "warning" for row, _c, kind, _r in lines)
    assert "4 row(s) can be imported" in dialog.summary.text()

    report_file = tmp_path / "rapport.csv"
    dialog.save_report(str(report_file))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "rapport.csv" in dialog.summary.text(), timeout=10_000)
    with report_file.open(encoding="utf-8-sig", newline="") as stream:
        saved = list(csv.reader(stream))
    assert saved[0] == ["row", "column", "kind", "reason"]
    assert saved[2][:3] == ["5", "Courriel", "error"]

    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    assert dialog.import_checked_button.isVisibleTo(dialog)
    dialog.import_checked_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    assert not imported[0].dry_run and imported[0].valid == 4
    assert _people(window) == before + 4
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        names = set(session.scalars(select(Representative.family_name)))
    # Stored as typed, SQL included.
    assert "Robert'); DROP TABLE representatives;--" in names and "N'Diaye" in names


def test_the_users_category_words_are_remembered_for_the_next_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = _french_file(tmp_path)
    dialog = _open(qtbot, window, path)
    # This office's "ONG" are all in consultative status, not the usual reading.
    combo = dialog.editor.categories.cellWidget(_category_row(dialog, "ONG"), 2)
    assert combo.currentData() == OrganisationCategory.CIVIL_SOCIETY  # type: ignore[union-attr]
    combo.setCurrentIndex(combo.findData(OrganisationCategory.NGO_ECOSOC))  # type: ignore[union-attr]
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    dialog.done_button.click()
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        category = session.scalar(
            select(Organisation.category).where(Organisation.name == "Médecins du Monde")
        )
    assert category is OrganisationCategory.NGO_ECOSOC

    again = _open(qtbot, window, path)
    assert "last time" in again.editor.remembered.text()
    combo = again.editor.categories.cellWidget(_category_row(again, "ONG"), 2)
    assert combo.currentData() == OrganisationCategory.NGO_ECOSOC  # type: ignore[union-attr]


def test_a_list_read_in_a_second_process_is_imported_from_the_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog's worker thread starts the reading process of a big import (its
    threshold lowered here for seven rows) and the window shows the people it wrote."""
    from forumdesk.services.registry.import_.parallel import source

    monkeypatch.setattr(source, "PARALLEL_FROM_ROWS", 1)
    before = _people(window)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.run_import()
    qtbot.waitUntil(lambda: bool(imported), timeout=30_000)
    assert imported[0].valid == 4 and imported[0].representatives_created == 4
    assert _people(window) == before + 4
    assert "4" in dialog.summary.text()


def test_a_cancelled_import_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = _people(window)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    gate = threading.Event()
    window.ops.call(gate.wait)  # holds the worker so the cancel lands before the first row
    dialog.run_import()
    assert dialog.steps.currentIndex() == 0 and dialog.cancel_button.isEnabled()
    dialog.cancel()
    gate.set()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == COLUMNS, timeout=10_000)
    assert dialog.columns_error.text() == "Cancelled: nothing was written."
    assert _people(window) == before


def test_the_steps_after_the_rows_are_shown_and_can_no_longer_be_cancelled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a million rows, 20 s pass after the last row: the dialog names each step,
    its bar turns busy, and Cancel, which could no longer take the import back, is off."""
    from forumdesk.services.registry.import_ import importer

    before = _people(window)
    gate = threading.Event()
    real_refresh = importer.refresh_statistics

    def held(session: Any) -> Any:
        gate.wait(10)
        return real_refresh(session)

    monkeypatch.setattr(importer, "refresh_statistics", held)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    dialog.run_import()
    statistics = "Updating the registry's statistics…"
    qtbot.waitUntil(lambda: dialog.running_label.text() == statistics, timeout=10_000)
    assert dialog.progress_bar.maximum() == 0  # busy: no count to show
    assert not dialog.cancel_button.isEnabled()
    dialog.reject()  # closing waits for the end; it does not pretend to cancel
    assert dialog.running_label.text() == statistics
    gate.set()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    assert dialog.report is not None and not dialog.report.dry_run
    assert _people(window) == before + dialog.report.representatives_created > before


def test_a_mapping_without_a_family_name_is_refused_beside_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open(qtbot, window, _french_file(tmp_path))
    combo = dialog.editor._field_combo(0)
    combo.setCurrentIndex(combo.findData("ignore"))
    dialog.run_import()
    assert dialog.steps.currentIndex() == COLUMNS
    assert "family name" in dialog.columns_error.text()


def test_an_unreadable_file_is_named_and_nothing_can_be_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    window.show_page(1)
    wait_idle(qtbot, window)
    window.registry_page.import_list(str(path))
    dialog = window.registry_page.importer
    assert dialog is not None
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == COLUMNS, timeout=10_000)
    assert "vide.csv" in dialog.file_label.text()
    assert not dialog.import_button.isEnabled()


SEATS = "Nom;Prénom;Organisation;Catégorie;Courriel;Fonction\n"


def test_an_import_is_taken_back_by_undo_and_brought_back_by_redo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = _people(window)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.run_import()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    dialog.done_button.click()
    assert _people(window) == before + 4
    stack = window.registry_page.undo_stack
    assert stack.canUndo() and "liste-bureau-paris.csv" in stack.undoText()

    def live() -> int:
        assert window.ops.database is not None
        with window.ops.database.reading() as session:
            query = select(func.count()).where(Representative.deleted_at.is_(None))
            return int(session.scalar(query.select_from(Representative)) or 0)

    stack.undo()
    wait_idle(qtbot, window)
    assert live() == before
    stack.redo()
    wait_idle(qtbot, window)
    assert live() == before + 4


def test_a_refused_undo_of_an_import_leaves_it_on_the_stack_as_done(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "forumdesk.ui.common.errors.show_failure",
        lambda _parent, line, _details="": shown.append(line),
    )
    dialog = _open(qtbot, window, _french_file(tmp_path))
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.run_import()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    dialog.done_button.click()
    assert window.ops.database is not None
    with window.ops.database.unit_of_work() as session:  # someone corrects one of them
        person = session.scalars(
            select(Representative).where(Representative.import_id == imported[0].import_id)
        ).first()
        assert person is not None
        person.function = "Chair"
    stack = window.registry_page.undo_stack
    stack.undo()
    wait_idle(qtbot, window)
    assert shown and "edited since" in shown[0]
    assert stack.canUndo() and "liste-bureau-paris.csv" in stack.undoText()
    assert not stack.canRedo()
    with window.ops.database.reading() as session:
        live = select(func.count()).where(
            Representative.import_id == imported[0].import_id,
            Representative.deleted_at.is_(None),
        )
        assert session.scalar(live.select_from(Representative)) == 4


def test_the_review_step_asks_what_to_do_with_likely_matches(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text(SEATS + "Diallo;Amina;Migrant Forum Asia;ONG;amina@mfa.org;\n")
    dialog = _open(qtbot, window, first)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    dialog.done_button.click()

    second = tmp_path / "second.csv"
    second.write_text(SEATS + "Diallo;Amina;Migrant Forum Asia;ONG;a.diallo@mfa.org;Chair\n")
    dialog = _open(qtbot, window, second)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    assert dialog.likely_choice.isVisibleTo(dialog)
    assert "1 row(s) look like people already listed" in dialog.summary.text()
    lines = [dialog.problems.row_at(r) for r in range(dialog.problems.rowCount())]
    assert any(row == 2 and kind == "looks listed" for row, _c, kind, _r in lines)
    dialog.likely_choice.setCurrentIndex(dialog.likely_choice.findData("update"))
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    dialog.import_checked_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    (updated,) = imported[0].updated
    assert set(updated.fields) == {"email", "function"}
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        person = session.scalars(
            select(Representative).where(Representative.family_name == "Diallo")
        ).one()
        assert (person.email, person.function) == ("a.diallo@mfa.org", "Chair")


def test_a_refused_redo_of_an_import_leaves_it_on_the_stack_as_undone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QUndoStack

    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import
    from forumdesk.services.registry.import_.listed import LikelyPolicy
    from forumdesk.ui.pages.registry.commands import import_command

    shown: list[str] = []
    monkeypatch.setattr(
        "forumdesk.ui.common.errors.show_failure",
        lambda _parent, line, _details="": shown.append(line),
    )
    wait_idle(qtbot, window)
    database = window.ops.database
    assert database is not None
    reports = []
    for name, line in (
        ("first.csv", "Diallo;Amina;Migrant Forum Asia;ONG;amina@mfa.org;\n"),
        ("second.csv", "Diallo;Amina;Migrant Forum Asia;ONG;a.diallo@mfa.org;Chair\n"),
    ):
        path = tmp_path / name
        path.write_text(SEATS + line, encoding="utf-8")
        headers, _rows = read_rows(path)
        with database.unit_of_work() as session:
            mapping = guess_mapping(headers, session)
            reports.append(run_import(session, path, mapping, likely=LikelyPolicy.UPDATE))
    import_id = reports[1].import_id
    assert import_id is not None
    stack = QUndoStack()
    stack.push(import_command(window.ops, import_id, "Import second.csv", stack))
    stack.undo()
    wait_idle(qtbot, window)
    with database.unit_of_work() as session:  # corrected while the import is undone
        person = session.scalars(
            select(Representative).where(
                Representative.family_name == "Diallo", Representative.deleted_at.is_(None)
            )
        ).one()
        assert person.function is None
        person.phone = "+221 77 000 00 00"
    stack.redo()
    wait_idle(qtbot, window)
    assert shown and "redo refused" in shown[0]
    assert stack.canRedo() and not stack.canUndo()
    with database.reading() as session:
        person = session.scalars(
            select(Representative).where(
                Representative.family_name == "Diallo", Representative.deleted_at.is_(None)
            )
        ).one()
        assert person.function is None and person.phone == "+221 77 000 00 00"


def test_a_long_report_lists_its_first_lines_and_counts_the_rest(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import forumdesk.ui.pages.registry.import_dialog as import_dialog

    monkeypatch.setattr(import_dialog, "LISTED", 2)
    dialog = _open(qtbot, window, _french_file(tmp_path))
    dialog.check()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    lines = [dialog.problems.row_at(r) for r in range(dialog.problems.rowCount())]
    # Three refused rows and a warning: the first two lines by row, the others counted.
    assert [(row, kind) for row, _column, kind, _reason in lines] == [
        (4, "warning"),
        (5, "refused"),
    ]
    assert "2 more problem" in dialog.summary.text()

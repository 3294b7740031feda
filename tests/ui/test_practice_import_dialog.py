"""The practices import dialog: a file mapped, checked, refused whole, then imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from forumdesk.store.models import Practice
from forumdesk.ui.pages.practices.import_dialog import PracticeImportDialog, open_practice_import
from forumdesk.ui.shell.main_window import MainWindow
from tests.demo_day import clear_demo_practices
from tests.ui.conftest import wait_idle

COLUMNS, REPORT = 1, 2
GOOD = (
    "Titre;Genre;Région;Pays;Thèmes;Soumis par\n"
    "Corridors de transferts;programme;Amériques;Mexique, USA;remittances;CCDM\n"
    "Observatoire des diasporas;research;Afrique;SEN;diaspora;MHRL\n"
)


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """The demo without its fictional practices: these tests count their own."""
    return clear_demo_practices(demo_db_path)


def _practices(window: MainWindow) -> int:
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Practice)) or 0)


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> PracticeImportDialog:
    wait_idle(qtbot, window)
    dialog = open_practice_import(window, window.ops, window.forum, str(path))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == COLUMNS, timeout=10_000)
    return dialog


def _set_field(dialog: PracticeImportDialog, column: int, field: str) -> None:
    combo = dialog.editor._field_combo(column)
    combo.setCurrentIndex(combo.findData(field))


def test_a_file_is_mapped_refused_whole_then_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "pratiques.csv"
    path.write_text(GOOD + "Sans type;astrologie;;;;\n", encoding="utf-8")
    dialog = _open(qtbot, window, path)
    assert not dialog.editor.categories.isVisibleTo(dialog)
    # "Genre" is no header the practices know: the type must be chosen.
    assert dialog.editor._field_combo(1).currentData() == "ignore"
    dialog.run_import()
    assert "type of practice" in dialog.columns_error.text()
    _set_field(dialog, 1, "type")

    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    wait_idle(qtbot, window)
    assert dialog.report is not None and dialog.report.invalid == 1
    assert dialog.problems.row_at(0)[:2] == (4, "Genre")
    assert "nothing was written" in dialog.summary.text()
    assert _practices(window) == 0

    path.write_text(GOOD, encoding="utf-8")
    dialog.close()
    dialog = _open(qtbot, window, path)
    assert dialog.editor._field_combo(1).currentData() == "ignore"
    _set_field(dialog, 1, "type")
    dialog.check()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == REPORT, timeout=10_000)
    assert "2 practice(s) can be imported" in dialog.summary.text()
    imported: list[Any] = []
    dialog.imported.connect(imported.append)
    assert dialog.import_checked_button.isVisibleTo(dialog)
    dialog.import_checked_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    assert imported[0].created == 2
    assert _practices(window) == 2
    assert not dialog.back_button.isVisibleTo(dialog)

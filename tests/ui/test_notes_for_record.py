"""Notes for the record in the window: the editor's box, the list's column and button
(undoable), what the Minutes page says it takes, and the internal version's export."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.minutes.export import ExportAllDialog
from forumdesk.ui.shell.main_window import MINUTES, MainWindow
from tests.ui.conftest import wait_idle

MINUTES_COLUMN = 4  # the notes list's "Minutes" column
PUBLIC = "Le programme des rencontres"  # the demo's note for the record
INTERNAL = "Point à reprendre avec le service des conférences"  # the demo's internal note


def _documents(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(3)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.documents_page.document is not None, timeout=20_000)


def _row(window: MainWindow, text: str) -> int:
    model = window.documents_page.notes_panel.model
    rows = [r for r in range(model.rowCount()) if model.row_at(r).body_text.startswith(text)]
    assert len(rows) == 1, text
    return rows[0]


def _shown(window: MainWindow, text: str) -> str:
    model = window.documents_page.notes_panel.model
    return str(model.index(_row(window, text), MINUTES_COLUMN).data())


def test_a_note_is_written_for_the_record_and_unmarked_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    _documents(qtbot, window)
    page = window.documents_page
    assert _shown(window, PUBLIC) == "For the record"
    assert _shown(window, INTERNAL) == "Internal"
    page.paragraph_view.select_numbers([23])
    page.new_note()
    editor = page.editor
    assert editor is not None
    assert editor.for_record.accessibleName() == "For the record"
    assert not editor.for_record.isChecked()  # internal unless said otherwise
    editor.body.setPlainText("Les envois de fonds, au cœur du débat")
    editor.for_record.setChecked(True)
    editor.request_save()
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 3, timeout=10_000)
    assert _shown(window, "Les envois de fonds") == "For the record"

    # Edited to internal in the editor, then undone.
    page.edit_note(page.notes_panel.model.row_at(_row(window, "Les envois de fonds")))
    editor = page.editor
    assert editor is not None and editor.for_record.isChecked()
    editor.for_record.setChecked(False)
    editor.request_save()
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _shown(window, "Les envois de fonds") == "Internal", timeout=10_000)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: _shown(window, "Les envois de fonds") == "For the record", timeout=10_000
    )


def test_the_list_button_marks_the_current_note_undoably(qtbot: QtBot, window: MainWindow) -> None:
    _documents(qtbot, window)
    panel = window.documents_page.notes_panel
    assert panel.mark_button.accessibleName() == "For the Record"
    panel.table.selectRow(_row(window, INTERNAL))
    assert panel.mark_button.isEnabled() and not panel.mark_button.isChecked()
    panel.mark_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _shown(window, INTERNAL) == "For the record", timeout=10_000)
    assert panel.mark_button.isChecked()
    assert "for the record" in window.undo_action.text()
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _shown(window, INTERNAL) == "Internal", timeout=10_000)
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _shown(window, INTERNAL) == "For the record", timeout=10_000)


def test_the_minutes_say_which_notes_they_take_and_export_both_versions(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    page.author = "Ana Ruiz"
    page.table.selectRow(0)  # the opening, where the demo's two notes are
    wait_idle(qtbot, window)
    editor = page.editor
    label = editor.notes_label
    qtbot.waitUntil(lambda: not label.isHidden(), timeout=10_000)
    assert "Compose takes 1 note(s) for the record" in label.text(), label.text()
    assert "1 internal note(s) left out" in label.text()
    assert not editor.export_internal_button.isEnabled()

    editor.compose_button.click()
    qtbot.waitUntil(lambda: editor.snapshot is not None and editor.snapshot.number == 1)
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)
    assert "1 note(s) for the record taken" in label.text(), label.text()
    assert PUBLIC in editor.body.toPlainText() and INTERNAL not in editor.body.toPlainText()
    assert editor.export_internal_button.isEnabled()
    assert editor.export_internal_button.accessibleName() == "Export Internal Version"

    public, internal = tmp_path / "public.html", tmp_path / "internal.html"
    editor.export_to(public, "html")
    wait_idle(qtbot, window)
    editor.export_to(internal, "html", internal=True)
    wait_idle(qtbot, window)
    assert "Internal version exported" in editor.status_label.text()
    published = public.read_text(encoding="utf-8")
    assert PUBLIC in published and INTERNAL not in published
    assert "VERSION INTERNE" not in published
    secretariat = internal.read_text(encoding="utf-8")
    assert INTERNAL in secretariat  # its marking: tests/core/test_minutes_public.py

    dialog = ExportAllDialog(page)
    assert dialog.version_combo.accessibleName() == "Which version"
    assert not dialog.internal
    dialog.version_combo.setCurrentIndex(1)
    assert dialog.internal
    archive = tmp_path / "all.zip"
    assert page.export_all_to(archive, "md", internal=dialog.internal) is not None
    wait_idle(qtbot, window)
    with zipfile.ZipFile(archive) as opened:
        (name,) = opened.namelist()
        text = opened.read(name).decode("utf-8")
    assert INTERNAL in text


def test_pulling_a_note_into_the_report_says_which_are_internal(qtbot: QtBot, demo_db: Any) -> None:
    from sqlalchemy import select

    from forumdesk.services.database.demo import demo_forum_id
    from forumdesk.services.notes.notes import notes_of_document
    from forumdesk.store.models import Document
    from forumdesk.ui.pages.report.dialogs import NoteChoiceDialog

    with demo_db.reading() as session:
        document_id = session.scalars(select(Document.id)).one()
        notes = notes_of_document(session, document_id, forum_id=demo_forum_id(session))
    dialog = NoteChoiceDialog(notes)
    qtbot.addWidget(dialog)
    items = {dialog.list.item(i).text(): dialog.list.item(i) for i in range(dialog.list.count())}
    assert sorted(text.split(" ")[0] for text in items) == ["(internal)", "Le"]
    internal = next(item for text, item in items.items() if text.startswith("(internal) Point"))
    assert internal.toolTip().startswith("Internal note")


def test_the_history_names_the_mark() -> None:
    from forumdesk.ui.common.field_labels import field_label, field_value

    assert field_label("notes", "for_record") == "For the record"
    assert (
        field_value("notes", "for_record", False),
        field_value("notes", "for_record", True),
    ) == (
        "✗",
        "✓",
    )

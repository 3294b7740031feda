"""Document & notes: outline, paragraphs, notes with undo, coverage, side by side, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from forumdesk.paths import seed_document
from forumdesk.ui.common.operations import Area
from forumdesk.ui.pages.documents.paragraph_model import MARK, NUMBER, OTHER, TEXT
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.demo_notes import delete_demo_notes


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """These tests count the notes they write: the demo's own are deleted first."""
    return delete_demo_notes(demo_db_path)


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(3)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.documents_page.document is not None, timeout=20_000)


def _cell(window: MainWindow, number: int, column: int) -> str:
    model = window.documents_page.paragraph_view.paragraphs
    row = model.row_of_number(number)
    assert row is not None
    return str(model.index(row, column).data())


def _write_note(
    qtbot: QtBot, window: MainWindow, numbers: list[int], text: str, tags: str = ""
) -> None:
    page = window.documents_page
    page.paragraph_view.select_numbers(numbers)
    page.new_note()
    editor = page.editor
    assert editor is not None
    editor.body.setPlainText(text)
    editor.tags.setText(tags)
    editor.request_save()
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    wait_idle(qtbot, window)


def _add_english(qtbot: QtBot, window: MainWindow, tmp_path: Path, paragraph_32: str) -> None:
    """Import the seed again as the English version, with ¶32 opening with `paragraph_32`."""
    english = tmp_path / "summary-en.txt"
    english.write_text(
        seed_document().read_text(encoding="utf-8").replace("32. ", f"32. {paragraph_32}", 1),
        encoding="utf-8",
    )
    document_id = window.documents_page.document_id
    assert document_id is not None

    def add_english(session: object) -> None:
        from forumdesk.services.documents.documents import import_summary
        from forumdesk.services.documents.files import load_summary

        import_summary(
            session,  # type: ignore[arg-type]
            load_summary(english),
            language="en",
            forum_id=window.forum.forum_id,
            document_id=document_id,
        )

    window.ops.change(add_english, {Area.DOCUMENTS})
    wait_idle(qtbot, window)


def test_outline_lists_sections_with_paragraph_ranges(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    outline = window.documents_page.outline
    top = [outline.topLevelItem(i) for i in range(outline.topLevelItemCount())]
    assert [item.text(0).split(".")[0] for item in top] == ["I", "II", "III", "IV", "V", "Annex"]
    assert [item.text(1) for item in top[:5]] == ["1–7", "8–22", "23–29", "30–64", "65–76"]
    part_b = top[3].child(1)
    assert part_b.text(0).startswith("B. Liens entre migration")
    assert part_b.child(0).text(0).startswith("1. Impact économique")
    assert part_b.child(0).text(1) == "31"


def test_paragraphs_are_numbered_with_the_footnote_under_22(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    assert page.document is not None
    assert [p.number for p in page.document.paragraphs] == list(range(1, 77))
    assert _cell(window, 31, NUMBER) == "31."
    assert _cell(window, 31, TEXT).startswith("L'effet positif")
    assert _cell(window, 22, TEXT).endswith("¹ A/60/871.")
    assert "A/60/871" not in _cell(window, 23, TEXT)
    assert page.paragraph_spin.maximum() == 76


def test_clicking_the_outline_scrolls_to_the_section(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    page.resize(1200, 700)
    scroll = page.paragraph_view.verticalScrollBar()
    scroll.setValue(0)
    page.outline.itemClicked.emit(page.outline.topLevelItem(4), 0)
    assert scroll.value() > scroll.maximum() // 2


def test_a_note_on_selected_paragraphs_marks_them_and_can_be_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _write_note(qtbot, window, [23, 24, 25], "Approche fondée sur les droits", "droits, genre")
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    note = page.notes_panel.model.row_at(0)
    assert note.paragraphs == (23, 24, 25)
    assert note.tags == ("droits", "genre")
    assert _cell(window, 24, MARK) == "● 1"
    assert _cell(window, 26, MARK) == ""
    # and the eight paragraphs the demo's practices answer
    assert page.coverage_panel.summary.text().startswith("11 sur 76") or (
        page.coverage_panel.summary.text().startswith("11 of 76")
    )
    assert window.undo_action.isEnabled()

    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 0, timeout=10_000)
    assert _cell(window, 24, MARK) == ""
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    assert _cell(window, 24, MARK) == "● 1"


def test_choosing_a_note_selects_its_paragraphs(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _write_note(qtbot, window, [13, 32, 49], "Envois de fonds")
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    page.paragraph_view.select_numbers([1])
    page.notes_panel.table.selectRow(0)
    page.notes_panel.table.clicked.emit(page.notes_panel.model.index(0, 1))
    assert page.paragraph_view.selected_numbers() == [13, 32, 49]
    assert "1" in page.notes_panel.backlinks.text()


def test_the_editor_refuses_a_bad_reference_beside_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    page.new_note()
    editor = page.editor
    assert editor is not None
    editor.body.setPlainText("Texte")
    editor.paragraphs.setText("12, abc")
    editor.request_save()
    assert editor.isVisible()
    assert not editor.paragraphs_error.isHidden()
    assert "abc" in editor.paragraphs_error.text()
    editor.paragraphs.setText("200")
    editor.request_save()
    wait_idle(qtbot, window)
    assert editor.isVisible()
    qtbot.waitUntil(lambda: not editor.error.isHidden(), timeout=10_000)
    assert "200" in editor.error.text()
    editor.reject()


def test_filtering_notes_by_tag(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _write_note(qtbot, window, [4], "Participants", "participation")
    _write_note(qtbot, window, [18], "Retour", "retour")
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 2, timeout=10_000)
    combo = page.notes_panel.tag_filter
    combo.setCurrentIndex(combo.findData("retour"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    assert page.notes_panel.model.row_at(0).body_text == "Retour"


def test_two_language_versions_side_by_side(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _add_english(qtbot, window, tmp_path, "[EN] ")
    qtbot.waitUntil(lambda: page.compare_combo.count() == 2, timeout=10_000)
    page.compare_combo.setCurrentIndex(page.compare_combo.findText("en"))
    wait_idle(qtbot, window)
    model = page.paragraph_view.paragraphs
    qtbot.waitUntil(lambda: model.columnCount() == 4, timeout=10_000)
    assert _cell(window, 32, OTHER).startswith("[EN] ")
    assert not _cell(window, 32, TEXT).startswith("[EN]")
    assert model.headerData(OTHER, Qt.Orientation.Horizontal) == "en"


def test_ctrl_k_finds_reintegration_and_opens_the_paragraph(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    window.show_page(0)
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.query.setText("reintegration")
    dialog.run_search()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    hits = [
        dialog.model.item(r).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(dialog.model.rowCount())
    ]
    numbers = {hit.paragraph for hit in hits if hit.kind == "paragraph"}
    assert {18, 62} <= numbers
    row = next(r for r, hit in enumerate(hits) if hit.paragraph == 62)
    dialog.results.setCurrentIndex(dialog.model.index(row, 0))
    dialog.open_current()
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.documents_page
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: window.documents_page.paragraph_view.selected_numbers() == [62], timeout=10_000
    )


def test_notes_can_be_written_with_the_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt as _Qt

    _open(qtbot, window)
    page = window.documents_page
    window.activateWindow()
    page.paragraph_spin.setFocus()
    page.paragraph_spin.setValue(32)
    qtbot.keyClick(page.paragraph_spin, _Qt.Key.Key_Return)
    assert page.paragraph_view.selected_numbers() == [32]
    view = page.paragraph_view
    view.setFocus()
    qtbot.keyClick(view, _Qt.Key.Key_Down, _Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_numbers() == [32, 33]
    qtbot.keyClick(
        view,
        _Qt.Key.Key_N,
        _Qt.KeyboardModifier.ControlModifier | _Qt.KeyboardModifier.ShiftModifier,
    )
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.paragraphs.text() == "32–33"
    assert editor.body.hasFocus() or editor.focusWidget() is editor.body
    qtbot.keyClicks(editor.body, "Travailleurs hautement qualifies")
    qtbot.keyClick(editor.body, _Qt.Key.Key_Return, _Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    assert page.notes_panel.model.row_at(0).body_text == "Travailleurs hautement qualifies"
    assert _cell(window, 33, MARK) == "● 1"

    # Delete from the notes list, then undo with the standard shortcut.
    table = page.notes_panel.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, _Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 0, timeout=10_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(view, _Qt.Key.Key_Z, _Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)


def test_a_revised_draft_moves_confirmed_notes_and_lists_orphans(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from tests.core.test_document_revisions import revised_draft

    _open(qtbot, window)
    page = window.documents_page
    _write_note(qtbot, window, [12], "Sur l'ancien 12")
    _write_note(qtbot, window, [58], "Sur l'ancien 58")
    draft = tmp_path / "draft-2.txt"
    draft.write_text(revised_draft(), encoding="utf-8")
    page.importer.read(
        draft,
        window.forum.forum_id,
        page.document_id,
        page.version_combo.currentText(),
        {"fr": page.version_combo.currentData()},
    )
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.importer.dialog is not None, timeout=10_000)
    dialog = page.importer.dialog
    assert dialog is not None
    assert "76 numbered paragraphs" in dialog.findChild(QLabel, "import_summary").text()
    assert dialog.revision_button.isChecked()  # same language as the document: a new draft
    dialog.accept()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.importer.revision_dialog is not None, timeout=10_000)
    revision = page.importer.revision_dialog
    assert revision is not None
    rows = {(m.old_number, m.new_number) for m in revision.rows}
    assert (12, 13) in rows and (58, None) in rows
    assert revision.confirmed()[12] == 13
    revision.accept()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _cell(window, 13, MARK) == "● 1", timeout=10_000)
    assert _cell(window, 12, MARK) == ""
    notes = {n.body_text: n for n in page.notes_panel._notes}
    assert notes["Sur l'ancien 12"].paragraphs == (13,)
    assert notes["Sur l'ancien 58"].orphaned == (58,)
    orphans = page.coverage_panel.tree.topLevelItem(0)
    assert orphans.childCount() == 1
    assert orphans.child(0).text(1) == "⚠ ¶58"


def test_a_note_on_a_segment_only_is_listed_and_selected_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    page.paragraph_view.select_numbers([])
    page.new_note()
    editor = page.editor
    assert editor is not None
    editor.body.setPlainText("Ouverture : trois allocutions")
    editor.paragraphs.setText("")
    editor.segment.setCurrentIndex(1)
    segment = editor.segment.currentText()
    editor.request_save()
    editor.request_save()  # a second Ctrl+Return while saving must not make a second note
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    note = page.notes_panel.model.row_at(0)
    assert note.paragraphs == () and note.segment is not None
    assert note.segment.label == segment
    assert page.notes_panel.current_note() == note
    assert window.ops.is_idle  # shown once, no reload loop


def test_a_search_hit_opens_its_own_language_version(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _add_english(qtbot, window, tmp_path, "Remittances ")
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText("remittances envois")  # not a demo practice's "remittances"
    dialog.run_search()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10_000)
    hit = dialog.current_hit()  # the paragraph, before a demo organisation of that name
    assert hit is not None and hit.kind == "paragraph"
    dialog.open_current()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.version_combo.currentText().endswith("(en)"), timeout=10_000)
    qtbot.waitUntil(lambda: page.paragraph_view.selected_numbers() == [32], timeout=10_000)


def test_a_note_being_edited_has_its_history(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.documents_page
    _write_note(qtbot, window, [23], "Transferts de fonds")
    qtbot.waitUntil(lambda: page.notes_panel.model.rowCount() == 1, timeout=10_000)
    page.new_note()
    assert page.editor is not None and not hasattr(page.editor, "history_button"), "nothing yet"
    page.editor.reject()
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    page.edit_note(page.notes_panel.model.row_at(0))
    editor = page.editor
    assert editor is not None
    history = editor.history_button.open_history()
    qtbot.waitUntil(lambda: history.loaded, timeout=10_000)
    assert history.model.rowCount() == 1
    assert history.model.index(0, 3).data() == "Created"
    created = history.model.index(0, 4).data()
    assert "Text: — → Transferts de fonds" in created and "<" not in created, "no markup"
    history.close()
    editor.reject()

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.report.dialogs import ID_ROLE
from forumdesk.ui.pages.report.panel import ReportPanel
from forumdesk.ui.shell.main_window import MINUTES, MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle


def open_panel(qtbot: QtBot, window: MainWindow) -> ReportPanel:
    window.show_page(MINUTES)
    page = window.minutes_page
    page.tabs.setCurrentWidget(page.report)
    panel = page.report
    qtbot.waitUntil(lambda: panel.sections_tree.topLevelItemCount() > 0, timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot, window)
    return panel


def top_texts(panel: ReportPanel) -> list[str]:
    tree = panel.sections_tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def number_of(window: MainWindow, paragraph_id: object) -> int:
    from forumdesk.store.models import Paragraph

    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        return session.get_one(Paragraph, paragraph_id).number


def test_outline_shows_sections_with_ranges(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    texts = top_texts(panel)
    assert texts[0].startswith("I. ") and texts[0].endswith("¶¶ 1–7")
    assert texts[-1].startswith("V. ") and texts[-1].endswith("¶¶ 65–76")
    assert window.minutes_page.undo_stack is panel.undo_stack
    assert "76" in panel.status_label.text()


def test_section_lists_its_paragraphs(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    assert panel.paragraphs_list.count() == 7
    assert panel.paragraphs_list.item(0).text().startswith("1. ")


def test_move_down_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    panel.select_paragraph(1)
    first = panel.selected_paragraph()
    assert first is not None and panel.down_button.isEnabled()
    panel.down_button.click()
    wait_idle(qtbot, window)
    assert number_of(window, first.id) == 2
    qtbot.waitUntil(lambda: panel.paragraphs_list.item(1).data(ID_ROLE) == first.id)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    assert number_of(window, first.id) == 1


def test_add_paragraph_at_section_end(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    panel.paragraphs_list.setCurrentRow(-1)
    panel.add_paragraph("A new paragraph written by the rapporteur.")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 8)
    assert panel.paragraphs_list.item(7).text() == "8. A new paragraph written by the rapporteur."
    assert top_texts(panel)[0].endswith("¶¶ 1–8")
    assert top_texts(panel)[1].split("¶¶ ")[1].startswith("9–")


def test_add_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    panel.select_paragraph(2)
    panel.add_paragraph("Inserted after the second.")
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 8)
    assert panel.paragraphs_list.item(2).text() == "3. Inserted after the second."
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 7)
    assert top_texts(panel)[0].endswith("¶¶ 1–7")
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 8)
    assert panel.paragraphs_list.item(2).text() == "3. Inserted after the second."


def test_remove_paragraph_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    panel = open_panel(qtbot, window)
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    panel.select_paragraph(1)
    removed = panel.selected_paragraph()
    assert removed is not None and panel.remove_button.isEnabled()
    second = panel.paragraphs_list.item(1).text().split(". ", 1)[1]
    panel.remove_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 6)
    assert panel.paragraphs_list.item(0).text() == f"1. {second}"
    assert top_texts(panel)[0].endswith("¶¶ 1–6") and top_texts(panel)[-1].endswith("¶¶ 64–75")
    assert "Remove paragraph 1" in window.undo_action.text()
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 7)
    assert number_of(window, removed.id) == 1
    assert top_texts(panel)[-1].endswith("¶¶ 65–76")


def test_export_markdown(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    panel = open_panel(qtbot, window)
    target = tmp_path / "report.md"
    panel.export_to(target)
    wait_idle(qtbot, window)
    text = target.read_text(encoding="utf-8")
    first_title = top_texts(panel)[0].split(". ", 1)[1].split(" ¶¶")[0]
    assert "Table des matières" in text or first_title in text
    assert str(target) in panel.status_label.text()


def test_export_refuses_an_unknown_extension(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, window)
    panel.export_to(tmp_path / "report.xyz")
    assert ".md" in panel.error_label.text()


def test_paragraph_from_a_note(qtbot: QtBot, window: MainWindow) -> None:
    from forumdesk.services.notes.note_input import NoteInput
    from forumdesk.services.notes.notes import create_note, notes_of_document

    panel = open_panel(qtbot, window)
    assert panel.view is not None and window.ops.database is not None
    body = "Delegations stressed the role of local communities."
    with window.ops.database.unit_of_work() as session:
        cited = NoteInput(
            f"<p>{body}</p>", body, document_id=panel.view.outline.document_id, paragraphs=(30,)
        )
        create_note(session, window.forum.forum_id, cited)
    with window.ops.database.reading() as session:
        notes = notes_of_document(
            session, panel.view.outline.document_id, forum_id=window.forum.forum_id
        )
    assert notes
    panel.sections_tree.setCurrentItem(panel.sections_tree.topLevelItem(0))
    panel.select_paragraph(3)
    panel.add_from_note(notes[0].id)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.paragraphs_list.count() == 8)
    assert panel.paragraphs_list.item(3).text() == f"4. {notes[0].body_text.strip()}"

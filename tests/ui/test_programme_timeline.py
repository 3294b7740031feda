"""The programme's timeline: blocks per room and time, dragged and resized with undo."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.store.models import Segment
from forumdesk.ui.pages.programme.timeline import PX_PER_MINUTE, BlockItem
from forumdesk.ui.shell.main_window import PROGRAMME, MainWindow
from tests.ui.conftest import wait_idle


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.programme_page.timeline.blocks) == 6, timeout=10_000)


def _times(window: MainWindow, title_start: str) -> tuple[time, time]:
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        for segment in session.scalars(select(Segment)):
            if segment.title.startswith(title_start):
                return segment.starts_at, segment.ends_at
    raise AssertionError(title_start)


def _drag(window: MainWindow, item: BlockItem, start: QPointF, end: QPointF) -> None:
    view = window.programme_page.timeline
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, buttons: object) -> None:
        point = QPointF(at)
        event = QMouseEvent(kind, point, QPointF(viewport.mapToGlobal(at)), button, buttons, mods)  # type: ignore[arg-type]
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, a, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, a + (b - a) * step / 5, none, left)
    send(QEvent.Type.MouseButtonRelease, b, left, none)


def _part(window: MainWindow, number: str) -> BlockItem:
    for item in window.programme_page.timeline.blocks.values():
        if item.block.title.startswith(f"Partie {number}") or item.block.title.startswith(
            f"{number}"
        ):
            return item
    titles = [i.block.title for i in window.programme_page.timeline.blocks.values()]
    raise AssertionError(titles)


def test_the_demo_day_is_drawn_as_six_blocks_in_time_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    view = window.programme_page.timeline
    items = sorted(view.blocks.values(), key=lambda i: i.sceneBoundingRect().top())
    starts = [i.block.place.starts_at for i in items]
    assert starts == sorted(starts) and starts[0] == time(10, 0) and starts[-1] == time(17, 30)
    # Half an hour is 36 px at 1.2 px a minute, whatever the first hour shown.
    assert round(items[0].rect().height()) == round(30 * PX_PER_MINUTE)
    assert len({i.sceneBoundingRect().left() for i in items}) == 1  # one room


def test_dragging_a_block_moves_its_segment_snapped_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    view = window.programme_page.timeline
    item = min(view.blocks.values(), key=lambda i: i.block.place.starts_at)
    title = item.block.title
    before = _times(window, title)
    centre = item.sceneBoundingRect().center()
    # 32 minutes down: snapped to 30.
    _drag(window, item, centre, centre + QPointF(0, 32 * PX_PER_MINUTE))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 30), time(11, 0)), timeout=10_000)
    assert window.undo_action.text().startswith("&Undo Move ")
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == before, timeout=10_000)
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 30), time(11, 0)), timeout=10_000)


def test_dragging_the_lower_edge_changes_the_length(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    view = window.programme_page.timeline
    item = min(view.blocks.values(), key=lambda i: i.block.place.starts_at)
    title = item.block.title
    rect = item.sceneBoundingRect()
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    # The press is 2 px above the edge: 16 minutes' drag ends about 15 minutes lower.
    _drag(window, item, edge, edge + QPointF(0, 16 * PX_PER_MINUTE))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 0), time(10, 45)), timeout=10_000)


def test_a_drop_where_it_was_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    view = window.programme_page.timeline
    item = min(view.blocks.values(), key=lambda i: i.block.place.starts_at)
    centre = item.sceneBoundingRect().center()
    moved: list[object] = []
    view.moved.connect(lambda *args: moved.append(args))
    _drag(window, item, centre, centre + QPointF(0, 1))
    assert moved == []
    assert not window.undo_action.isEnabled()


def test_selecting_a_block_shows_its_segment(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.programme_page
    last = max(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    last.setSelected(True)
    assert last.block.title in page.details.toPlainText()
    assert "17:30" in page.details.toPlainText()


def test_the_speakers_list_follows_the_selection_but_not_while_its_clock_runs(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    blocks = sorted(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    blocks[1].setSelected(True)
    assert page.speakers.segment_id == blocks[1].block.segment_id
    fake = [1000.0]
    page.speakers.clock_source = lambda: fake[0]
    page.speakers.clock.set_queue([])
    from forumdesk.services.programme.speakers.clock import QueuedSpeaker

    page.speakers.clock.set_queue([QueuedSpeaker(blocks[1].block.segment_id, 60, "X")])
    page.speakers.clock.start()
    blocks[1].setSelected(False)
    blocks[2].setSelected(True)
    assert page.speakers.segment_id == blocks[1].block.segment_id
    assert blocks[2].block.title in page.details.toPlainText()
    page.speakers.clock.pause()  # else closing the window asks before quitting


def test_moving_part_two_onto_part_one_marks_both_and_lists_the_clash(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    assert page.clash_list.count() == 0
    assert page.side.tabText(page.side.indexOf(page.clash_list)) == "No Clashes"
    blocks = sorted(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    first, second = blocks[1], blocks[2]  # Part 1 (10:35) and Part 2 (11:50)
    first_id, second_id = first.block.segment_id, second.block.segment_id
    rise = first.sceneBoundingRect().top() - second.sceneBoundingRect().top()
    centre = second.sceneBoundingRect().center()
    _drag(window, second, centre, centre + QPointF(0, rise))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.clash_list.count() == 1, timeout=10_000)
    assert "Clashes (1)" in page.side.tabText(page.side.indexOf(page.clash_list))
    assert page.timeline.blocks[first_id].clash and page.timeline.blocks[second_id].clash
    assert blocks[0].block.segment_id not in {i for i, b in page.timeline.blocks.items() if b.clash}
    # Clashes never block saving: the move is in the database, and undo clears it.
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.clash_list.count() == 0, timeout=10_000)


def test_a_new_forum_from_the_2006_template_becomes_the_current_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    page.files.new_forum()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: hasattr(page.files, "dialog"), timeout=10_000)
    dialog = page.files.dialog
    dialog.template.setCurrentIndex(dialog.template.findData("hearings-2006"))
    dialog.on.setDate(dialog.on.date().fromString("2027-07-12", "yyyy-MM-dd"))
    dialog.zone.setCurrentText("Mars/Olympus")
    dialog.create_forum()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10_000)
    assert "Mars/Olympus" in dialog.error.text()  # refused by name, nothing made
    dialog.zone.setCurrentText("Europe/Zurich")
    dialog.create_forum()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.forum_combo.count() == 2, timeout=10_000)
    wait_idle(qtbot, window)
    assert "2027" in window.forum_combo.currentText()
    qtbot.waitUntil(lambda: len(page.timeline.blocks) == 6, timeout=10_000)
    days = {item.block.place.day_id for item in page.timeline.blocks.values()}
    assert len(days) == 1 and page.timeline.columns[0].day.date.year == 2027


def test_the_programme_exports_to_the_three_formats(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    messages: list[str] = []
    page.message.connect(messages.append)
    for kind in ("ics", "pdf", "docx"):
        page.export(kind, str(tmp_path / f"programme.{kind}"))
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda k=kind: f"programme.{k}" in "".join(messages), timeout=10_000)
    assert (tmp_path / "programme.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (tmp_path / "programme.pdf").read_bytes().startswith(b"%PDF")
    assert messages[0].startswith("6 segment(s)")
    page.save_as_template(str(tmp_path / "Mon programme.json"))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "Mon programme.json" in messages[-1], timeout=10_000)
    assert '"segments"' in (tmp_path / "Mon programme.json").read_text(encoding="utf-8")


def test_double_clicking_a_block_opens_the_editor_and_its_save_is_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    item = min(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    title = item.block.title
    view = page.timeline
    at = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=10_000)
    editor = page.editor
    assert editor is not None and editor.title_edit.text() == title
    editor.title_edit.setText("Séance d'ouverture")
    editor.save_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.editor is None, timeout=10_000)
    assert _times(window, "Séance d'ouverture") == (time(10, 0), time(10, 30))
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _titles(window) >= {title}, timeout=10_000)


def _titles(window: MainWindow) -> set[str]:
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        return set(session.scalars(select(Segment.title)))


def test_the_segment_looked_at_stays_selected_after_a_change(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    blocks = sorted(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    chosen = blocks[3].block.segment_id
    blocks[3].setSelected(True)
    page.refresh()
    wait_idle(qtbot, window)
    assert page.speakers.segment_id == chosen
    assert page.timeline.blocks[chosen].isSelected()
    current = page.tree.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole + 1).id == chosen


def test_saving_the_editor_untouched_keeps_the_room(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.programme_page
    item = min(page.timeline.blocks.values(), key=lambda i: i.block.place.starts_at)
    room = item.block.place.room_id
    assert room is not None
    page.edit_segment(item.block.segment_id)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=10_000)
    editor = page.editor
    assert editor is not None and editor.room.currentText() == "Salle plénière"
    editor.title_edit.setText("Ouverture")
    editor.save_button.click()
    wait_idle(qtbot, window)
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        assert session.get_one(Segment, item.block.segment_id).room_id == room


def test_a_template_file_is_imported_from_the_new_forum_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _open(qtbot, window)
    page = window.programme_page
    saved = tmp_path / "Hearings shape.json"
    page.save_as_template(str(saved))
    wait_idle(qtbot, window)
    page.files.new_forum()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: hasattr(page.files, "dialog"), timeout=10_000)
    dialog = page.files.dialog
    bad = tmp_path / "broken.json"
    bad.write_text("{", encoding="utf-8")
    dialog.import_template(str(bad))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "broken.json" in dialog.error.text(), timeout=10_000)
    dialog.import_template(str(saved))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.template.currentData() == "hearings-shape", timeout=10_000)

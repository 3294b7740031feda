"""The timeline from the keyboard alone: Tab to a block, arrows to move and resize it,
Enter to edit it; one undoable step per burst of keys; mirrored under right to left."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from forumdesk.services.programme.edit import (
    SegmentPlace,
    Timeline,
    TimelineBlock,
    TimelineDay,
    TimelineRoom,
)
from forumdesk.store.enums import SegmentKind
from forumdesk.ui.pages.programme.timeline import BlockItem, TimelineView
from forumdesk.ui.shell.main_window import PROGRAMME, MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_programme_timeline import _times

ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier


def _focused_timeline(qtbot: QtBot, window: MainWindow) -> TimelineView:
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    view = window.programme_page.timeline
    qtbot.waitUntil(lambda: len(view.blocks) == 6, timeout=10_000)
    window.activateWindow()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus, timeout=5_000)
    return view


def _focused(view: TimelineView) -> BlockItem:
    item = view.scene().focusItem()
    assert isinstance(item, BlockItem) and item.isSelected()
    return item


def test_tab_walks_the_blocks_in_time_order_then_leaves(qtbot: QtBot, window: MainWindow) -> None:
    view = _focused_timeline(qtbot, window)
    ordered = sorted(view.blocks.values(), key=lambda i: i.place.starts_at)
    assert _focused(view) is ordered[0]
    for item in ordered[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert _focused(view) is item
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert _focused(view) is ordered[-2]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # past the last block: the next control
    assert not view.hasFocus()


def test_arrows_move_a_block_and_the_burst_is_one_undoable_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = _focused_timeline(qtbot, window)
    item = _focused(view)
    title = item.block.title
    assert _times(window, title) == (time(10, 0), time(10, 30))
    top = item.sceneBoundingRect().top()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    # Shown at once, 7 minutes lower; written once the keys rest.
    assert item.place.starts_at == time(10, 7)
    assert item.sceneBoundingRect().top() > top
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 7), time(10, 37)), timeout=10_000)
    wait_idle(qtbot, window)
    assert window.undo_action.text().startswith("&Undo Move ")
    # The keyboard is still on the block, drawn afresh from the database.
    again = _focused(view)
    assert again.block.segment_id == item.block.segment_id
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)  # Alt: the end moves
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT | SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter writes the burst and opens the editor
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 7), time(10, 43)), timeout=10_000)
    page = window.programme_page
    qtbot.waitUntil(lambda: page.editor is not None, timeout=10_000)
    assert page.editor is not None
    page.editor.reject()
    wait_idle(qtbot, window)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 7), time(10, 37)), timeout=10_000)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _times(window, title) == (time(10, 0), time(10, 30)), timeout=10_000)


def test_escape_puts_the_block_back_and_writes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    view = _focused_timeline(qtbot, window)
    item = _focused(view)
    moved: list[object] = []
    view.moved.connect(lambda *args: moved.append(args))
    qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert item.place.starts_at == time(10, 0)
    qtbot.wait(900)
    assert moved == [] and not window.undo_action.isEnabled()


def _two_rooms() -> Timeline:
    day = TimelineDay(uuid.uuid4(), date(2006, 7, 12), time(9, 0), time(18, 0))
    rooms = (TimelineRoom(uuid.uuid4(), "Plenary"), TimelineRoom(uuid.uuid4(), "Room XX"))
    place = SegmentPlace(day.id, rooms[0].id, time(10, 0), time(11, 0))
    block = TimelineBlock(uuid.uuid4(), "Opening", SegmentKind.OPENING, place)
    return Timeline((day,), rooms, (block,))


def test_under_right_to_left_the_rooms_and_the_arrows_mirror(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view = TimelineView(holder)
    data = _two_rooms()
    view.show_timeline(data)
    holder.show()
    item = next(iter(view.blocks.values()))
    # The first room stands on the right, the hours beyond it.
    assert item.sceneBoundingRect().left() > view._rect(1, item.place).left()
    hours = [t for t in view.scene().items() if getattr(t, "text", lambda: "")() == "10:00"]
    assert hours and hours[0].x() > item.sceneBoundingRect().right()
    # Its lines start on the right.
    lines = item.label.document().firstBlock().blockFormat()
    assert lines.layoutDirection() == Qt.LayoutDirection.RightToLeft
    moved: list[tuple[object, SegmentPlace, SegmentPlace]] = []
    view.moved.connect(lambda *args: moved.append(args))
    view.choose(item)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # towards the first room: nothing there
    qtbot.keyClick(view, Qt.Key.Key_Left)  # the next room, on the left
    assert item.place.room_id == data.rooms[1].id
    view.keys.commit()
    assert moved and moved[0][2].room_id == data.rooms[1].id
    assert moved[0][1].room_id == data.rooms[0].id
    # Back to left to right: the same block is drawn on the left again.
    holder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert view.blocks[item.block.segment_id].sceneBoundingRect().left() < 100

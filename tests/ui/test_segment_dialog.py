"""The segment editor dialog: edit, save, undo and redo, problems beside the fields."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.programme.edit import segment_place
from forumdesk.services.programme.segment_editor import (
    DocumentInput,
    SegmentDetail,
    SegmentInput,
    segment_detail,
)
from forumdesk.services.registry.people import sort_key
from forumdesk.store.database import Database
from forumdesk.store.enums import SegmentKind, SegmentRoleKind
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Representative, Segment
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.programme.segment_dialog import SegmentDialog, segment_edited


@pytest.fixture
def ops(qtbot: QtBot, demo_db_path: Path) -> Iterator[Operations]:
    operations = Operations()
    database, _ = open_database(str(demo_db_path), backup=False)
    with database.unit_of_work() as session:
        session.add(
            Representative(
                given_name="Ndioro",
                family_name="Ndiaye",
                given_name_latin="Ndioro",
                family_name_latin="Ndiaye",
                sort_key=sort_key("Ndiaye", "Ndioro"),
            )
        )
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(database)
    yield operations
    operations.wait()
    database.dispose()


def _database(ops: Operations) -> Database:
    assert ops.database is not None
    return ops.database


def _detail(ops: Operations, title: str = "Première partie") -> SegmentDetail:
    with _database(ops).reading() as session:
        segment_id = session.scalars(select(Segment.id).where(Segment.title == title)).one()
        return segment_detail(session, segment_id)


def _dialog(qtbot: QtBot, ops: Operations, detail: SegmentDetail) -> SegmentDialog:
    with _database(ops).reading() as session:
        place = segment_place(session, detail.segment_id)
    dialog = SegmentDialog(ops, detail, place, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _edit(qtbot: QtBot, dialog: SegmentDialog) -> None:
    """Title, kind, theme, a new room, a section, a chair found by typing, a document."""
    dialog.title_edit.setText("Part One: rights")
    dialog.kind.setCurrentIndex(dialog.kind.findData(SegmentKind.PANEL))
    dialog.theme.setPlainText("Rights of migrants and their families")
    dialog.room.setEditText("Conference Room 4")
    dialog.sections.item(0).setCheckState(Qt.CheckState.Checked)
    row = dialog.roles.add_role(SegmentRoleKind.CHAIR)
    qtbot.keyClicks(row.person, "Ndia")
    qtbot.waitUntil(lambda: dialog.roles.names == ["Ndioro Ndiaye"])
    row.person.setText("Ndioro Ndiaye")
    n = dialog.add_document(DocumentInput("", ""))
    dialog.document_table.item(n, 0).setText("Background note")
    dialog.document_table.item(n, 1).setText("https://example.org/note.pdf")


def test_every_control_has_an_accessible_name(qtbot: QtBot, ops: Operations) -> None:
    dialog = _dialog(qtbot, ops, _detail(ops, "Séance inaugurale"))
    assert len(dialog.roles.rows) == 3
    assert dialog.roles.rows[2].person.text() == "M. Peter Sutherland"
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(w, QLabel)
        and w.objectName() not in ("qt_scrollarea_viewport", "qt_spinbox_lineedit")
        and w.parent() is not None
        and w.isVisibleTo(dialog)
    ]
    assert len(controls) > 15
    unnamed = [
        (type(w).__name__, w.objectName()) for w in controls if not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_edit_and_save_then_undo_and_redo(qtbot: QtBot, ops: Operations) -> None:
    detail = _detail(ops)
    dialog = _dialog(qtbot, ops, detail)
    _edit(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    before, after, times = saved.args
    assert isinstance(after, SegmentInput) and not times.changed
    assert before == detail.data
    assert dialog.result() == SegmentDialog.DialogCode.Accepted

    def current() -> SegmentDetail:
        return _detail(ops, "Part One: rights")

    stored = current()
    assert stored.data == after
    assert stored.data.kind is SegmentKind.PANEL
    assert stored.data.theme == "Rights of migrants and their families"
    assert [room.name for room in stored.rooms][-1] == "Conference Room 4"
    assert stored.data.room_id == stored.rooms[-1].id
    assert stored.data.section_ids == (detail.sections[0].id,)
    assert [(r.role, r.person) for r in stored.roles] == [(SegmentRoleKind.CHAIR, "Ndioro Ndiaye")]
    assert [(d.title, d.location) for d in stored.data.documents] == [
        ("Background note", "https://example.org/note.pdf")
    ]

    stack = QUndoStack()
    stack.push(segment_edited(ops, detail.segment_id, before, after, "Edit segment"))
    assert ops.is_idle, "pushing an edit already saved runs nothing"
    stack.undo()
    qtbot.waitUntil(lambda: ops.is_idle)
    assert _detail(ops).data == detail.data
    stack.redo()
    qtbot.waitUntil(lambda: ops.is_idle)
    assert current().data == after


def test_problems_are_shown_beside_the_fields_and_nothing_is_saved(
    qtbot: QtBot, ops: Operations
) -> None:
    detail = _detail(ops)
    dialog = _dialog(qtbot, ops, detail)
    emitted: list[object] = []
    dialog.saved.connect(lambda *args: emitted.append(args))

    row = dialog.roles.add_role(SegmentRoleKind.MODERATOR)
    row.person.setText("Somebody Unknown")
    dialog.save()
    roles_error = dialog.findChild(QLabel, "segment_roles_error")
    assert roles_error is not None and roles_error.isVisible()
    assert "registry" in roles_error.text()
    dialog.roles.remove_role()

    dialog.title_edit.setText("   ")
    dialog.save()
    title_error = dialog.findChild(QLabel, "segment_title_error")
    assert title_error is not None
    qtbot.waitUntil(lambda: title_error.isVisible())
    assert "title" in title_error.text()
    assert not roles_error.isVisible()
    assert dialog.isVisible() and emitted == []
    assert _detail(ops).data == detail.data


def test_a_removed_role_and_document_go_on_save(qtbot: QtBot, ops: Operations) -> None:
    detail = _detail(ops, "Séance inaugurale")
    dialog = _dialog(qtbot, ops, detail)
    dialog.roles.table.selectRow(0)
    dialog.roles.remove_role()
    title = dialog.findChild(QLineEdit, "segment_title")
    assert title is dialog.title_edit
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    after = _detail(ops, "Séance inaugurale")
    assert [r.id for r in after.data.roles] == [r.id for r in detail.data.roles[1:]]
    assert isinstance(after.segment_id, uuid.UUID)


def test_the_segment_history_shows_who_changed_what(qtbot: QtBot, ops: Operations) -> None:
    from forumdesk.services.programme.segment_editor import update_segment

    detail = _detail(ops)
    database = _database(ops)
    database.actor = "Mme Rapporteure"
    with database.unit_of_work() as session:
        changed = dataclasses.replace(detail.data, title="Part One: rights")
        update_segment(session, detail.segment_id, changed)
    dialog = _dialog(qtbot, ops, _detail(ops, "Part One: rights"))
    history = dialog.history_button.open_history()
    qtbot.waitUntil(lambda: history.loaded)
    model = history.model
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "Mme Rapporteure"
    assert model.index(last, 4).data() == "Title: Première partie → Part One: rights"
    history.close()


def _times(ops: Operations, segment_id: uuid.UUID) -> tuple[time, time]:
    with _database(ops).reading() as session:
        segment = session.get_one(Segment, segment_id)
        return segment.starts_at, segment.ends_at


def test_the_times_are_changed_from_the_keyboard_and_undone(qtbot: QtBot, ops: Operations) -> None:
    detail = _detail(ops)
    dialog = _dialog(qtbot, ops, detail)
    assert dialog.times.value() == (time(10, 35), time(11, 45))
    # Alt+I (the row's mnemonic) leads to the start; the keys step its hours.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.times.starts
    qtbot.keyClick(dialog.times.starts, Qt.Key.Key_Home)  # the hours
    qtbot.keyClick(dialog.times.starts, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.times.starts, Qt.Key.Key_Tab)  # the minutes
    qtbot.keyClick(dialog.times.starts, Qt.Key.Key_Tab)  # the end
    assert dialog.focusWidget() is dialog.times.ends
    qtbot.keyClicks(dialog.times.ends, "1200")
    assert dialog.times.value() == (time(9, 35), time(12, 0))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.times.ends, Qt.Key.Key_Return)  # the default button
    before, after, times = saved.args
    assert times.changed and before == detail.data
    assert _times(ops, detail.segment_id) == (time(9, 35), time(12, 0))
    stack = QUndoStack()
    stack.push(segment_edited(ops, detail.segment_id, before, after, "Edit segment", times))
    stack.undo()
    qtbot.waitUntil(lambda: ops.is_idle)
    assert _times(ops, detail.segment_id) == (time(10, 35), time(11, 45))
    stack.redo()
    qtbot.waitUntil(lambda: ops.is_idle)
    assert _times(ops, detail.segment_id) == (time(9, 35), time(12, 0))


def test_an_end_before_the_start_is_refused_beside_the_times(qtbot: QtBot, ops: Operations) -> None:
    detail = _detail(ops)
    dialog = _dialog(qtbot, ops, detail)
    emitted: list[object] = []
    dialog.saved.connect(lambda *args: emitted.append(args))
    dialog.times.ends.setTime(QTime(10, 35))
    dialog.save()
    error = dialog.findChild(QLabel, "segment_times_error")
    assert error is not None and error.isVisible() and "after" in error.text()
    assert emitted == [] and _times(ops, detail.segment_id) == (time(10, 35), time(11, 45))


def test_times_changed_meanwhile_are_not_overwritten(qtbot: QtBot, ops: Operations) -> None:
    from forumdesk.services.programme.edit import move_segment

    detail = _detail(ops)
    dialog = _dialog(qtbot, ops, detail)
    database = _database(ops)
    database.actor = "Mme Rapporteure"
    with database.unit_of_work() as session:
        place = segment_place(session, detail.segment_id)
        move_segment(session, detail.segment_id, dataclasses.replace(place, ends_at=time(12, 0)))
    dialog.times.ends.setTime(QTime(11, 50))
    dialog.save()
    error = dialog.findChild(QLabel, "segment_times_error")
    assert error is not None
    qtbot.waitUntil(error.isVisible)
    assert "Mme Rapporteure" in error.text()
    assert _times(ops, detail.segment_id) == (time(10, 35), time(12, 0))

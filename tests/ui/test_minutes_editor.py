from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forumdesk.store.enums import MinutesState
from forumdesk.ui.pages.minutes.page import MinutesPage
from forumdesk.ui.shell.main_window import MINUTES, MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_minutes_approval import approval_dialog


def _page(qtbot: QtBot, window: MainWindow) -> MinutesPage:
    window.show_page(MINUTES)
    wait_idle(qtbot, window)
    page = window.minutes_page
    page.author = "Ana Ruiz"
    page.table.selectRow(0)
    wait_idle(qtbot, window)
    return page


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    wait_idle(qtbot, window)
    wait_idle(qtbot, window)  # the reload a change asks for


def _compose(qtbot: QtBot, window: MainWindow, page: MinutesPage) -> None:
    editor = page.editor
    assert editor.snapshot is not None and editor.snapshot.minutes_id is None
    assert not editor.save_button.isEnabled()
    editor.compose_button.click()
    qtbot.waitUntil(lambda: editor.snapshot is not None and editor.snapshot.number == 1)
    _settle(qtbot, window)


def _type(page: MinutesPage, text: str) -> None:
    cursor = page.editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertBlock()
    cursor.insertText(text)


def _latest(page: MinutesPage) -> tuple[int, MinutesState | None]:
    snapshot = page.editor.snapshot
    assert snapshot is not None
    return snapshot.number, snapshot.state


def test_the_page_opens_on_the_first_segment(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(MINUTES)
    page = window.minutes_page
    qtbot.waitUntil(lambda: page.editor.snapshot is not None)
    assert page.table.currentIndex().row() == 0
    assert page.editor.compose_button.isEnabled()
    assert "Compose" in page.editor.state_label.text()


def test_minutes_life_from_compose_to_a_draft_after_approval(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    editor = page.editor
    _compose(qtbot, window, page)
    assert page.model.index(0, 3).data() == "Draft"
    assert "Séance inaugurale" in editor.body.toPlainText()
    assert editor.versions.rowCount() == 1

    _type(page, "The Chair thanked the delegates.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (2, MinutesState.DRAFT))
    _settle(qtbot, window)
    assert "The Chair thanked the delegates." in editor.body.toPlainText()
    assert editor.versions.rowCount() == 2
    assert editor.versions.item(0, 2).text() == "Ana Ruiz"

    editor.submit_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (2, MinutesState.SUBMITTED))
    _settle(qtbot, window)
    assert page.model.index(0, 3).data() == "Submitted for review"
    assert not editor.submit_button.isEnabled()

    page.author = "Ben Okafor"  # someone else approves, and confirms what
    editor.approve_button.click()
    dialog = approval_dialog(qtbot, editor)
    assert dialog.values["approver"].text() == "Ben Okafor"
    assert dialog.values["author"].text() == "Ana Ruiz"
    assert dialog.values["version"].text() == "2 (submitted for review)"
    assert dialog.values["edited"].text() == "edited by hand"
    assert _latest(page) == (2, MinutesState.SUBMITTED)  # nothing until confirmed
    dialog.approve_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (2, MinutesState.APPROVED))
    _settle(qtbot, window)
    page.author = "Ana Ruiz"
    assert editor.body.isReadOnly()
    assert not editor.format_bar.isEnabled()
    assert editor.lock_label.isVisibleTo(editor)
    assert editor.approval_label.text().startswith("Approved by Ben Okafor on ")
    assert not editor.approve_button.isEnabled()

    assert editor.save_button.isEnabled()
    assert editor.save_button.text().replace("&", "") == "Save as New Draft"
    editor.save_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (3, MinutesState.DRAFT))
    _settle(qtbot, window)
    assert "locked" in editor.status_label.text()
    assert "version 3" in editor.status_label.text()
    assert not editor.body.isReadOnly()
    assert not editor.lock_label.isVisibleTo(editor)
    assert editor.versions.rowCount() == 3
    assert page.model.index(0, 3).data() == "Draft"

    _type(page, "A correction after approval.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "A correction" in (editor.snapshot.html if editor.snapshot else ""))
    _settle(qtbot, window)
    assert _latest(page) == (3, MinutesState.DRAFT)  # the same author's draft, saved in place

    dialog = editor.compare(2, 3)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.lines))
    kinds = {line.kind for line in dialog.lines}
    assert kinds & {"changed", "added"}
    changed = [line for line in dialog.lines if line.kind != "same"]
    assert any("A correction after approval." in line.right for line in changed)
    assert dialog.table.rowCount() == len(dialog.lines)


def test_recompose_over_hand_edits_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    page = _page(qtbot, window)
    editor = page.editor
    _compose(qtbot, window, page)
    _type(page, "Hand-written line.")
    editor.save_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (2, MinutesState.DRAFT))
    _settle(qtbot, window)

    asked: list[str] = []
    editor.confirm_replace = lambda reason: asked.append(reason) or False  # type: ignore[method-assign]
    editor.compose_button.click()
    qtbot.waitUntil(lambda: bool(asked))
    _settle(qtbot, window)
    assert _latest(page) == (2, MinutesState.DRAFT)
    assert asked[0].startswith("Version 2 was edited by hand")
    assert "edits stay" in editor.status_label.text()

    editor.confirm_replace = lambda reason: True  # type: ignore[method-assign]
    editor.compose_button.click()
    qtbot.waitUntil(lambda: _latest(page) == (3, MinutesState.DRAFT))
    _settle(qtbot, window)
    assert "Hand-written line." not in editor.body.toPlainText()


def test_export_html_and_all(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    try:
        from forumdesk.exports.document.html import write_html  # noqa: F401
        from forumdesk.exports.document.writers import write_document  # noqa: F401
    except ImportError as exc:  # the writers may not be there yet
        pytest.skip(f"document writers unavailable: {exc}")
    page = _page(qtbot, window)
    editor = page.editor
    _compose(qtbot, window, page)

    target = tmp_path / "minutes.html"
    editor.export_to(target, "html")
    wait_idle(qtbot, window)
    assert "exported" in editor.status_label.text(), editor.status_label.text()
    assert "Séance inaugurale" in target.read_text(encoding="utf-8")

    archive = tmp_path / "all.zip"
    progress = page.export_all_to(archive, "md")
    assert progress is not None
    wait_idle(qtbot, window)
    assert page.progress_dialog is None
    with zipfile.ZipFile(archive) as opened:
        assert len(opened.namelist()) == 1
        assert opened.namelist()[0].endswith(".md")

"""The recommendations panel and Make Recommendation… on the Document & notes page."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.practices.practices import PracticeInput, create_practice
from forumdesk.services.practices.recommending.recommendations import (
    RecommendationInput,
    recommendation_by_code,
    update_recommendation,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import FollowUpStatus, PracticeType
from forumdesk.store.models import Forum, Recommendation
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.edit_conflict_dialog import EditConflictDialog
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.practices.recommending.make_recommendation import MakeRecommendationDialog
from forumdesk.ui.pages.practices.recommending.recommendation_dialogs import (
    FollowUpDialog,
    PracticeChoiceDialog,
    StakeholderDialog,
)
from forumdesk.ui.pages.practices.recommending.recommendation_editor import RecommendationEditor
from forumdesk.ui.pages.practices.recommending.recommendations_panel import RecommendationsPanel
from forumdesk.ui.shell.main_window import DOCUMENTS, MainWindow
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle

LATER = "Forum mondial 2007"


@pytest.fixture
def ops(qtbot: QtBot, demo_db: Database) -> Iterator[Operations]:
    demo_db.actor = "Ana Lima"
    operations = Operations()
    with qtbot.waitSignal(operations.changes_applied):
        operations.set_database(demo_db)
    yield operations
    operations.wait()
    operations.set_database(None)


def _forum(database: Database, *, later: bool) -> uuid.UUID:
    with database.unit_of_work() as session:
        forum = demo_forum_id(session)
        assert forum is not None
        if later:
            session.add(Forum(title=LATER, language="fr", starts_on=date(2007, 7, 9)))
            create_practice(
                session, forum, PracticeInput("Couloirs de transfert", PracticeType.PROGRAMME)
            )
        return forum


def _panel(qtbot: QtBot, ops: Operations, forum_id: uuid.UUID) -> RecommendationsPanel:
    context = ForumContext()
    context.set_forum(forum_id, "Rencontres 2006")
    panel = RecommendationsPanel(ops, context)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() > 0, timeout=LOAD_TIMEOUT_MS)
    return panel


def _choose(qtbot: QtBot, panel: RecommendationsPanel, code: str) -> None:
    tree = panel.list
    item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == code  # type: ignore[union-attr]
    )  # fmt: skip
    tree.setCurrentItem(item)
    qtbot.waitUntil(
        lambda: panel.current is not None and panel.current.values.code == code,
        timeout=LOAD_TIMEOUT_MS,
    )


def _row(panel: RecommendationsPanel, code: str) -> list[str]:
    tree = panel.list
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        if item.text(0) == code:
            return [item.text(c) for c in range(tree.columnCount())]
    raise AssertionError(code)


def _answer(qtbot: QtBot, kind: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    """Fill and accept the modal dialog `kind` once it opens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        fill(dialog)

    QTimer.singleShot(0, run)


def _texts(tree: QTreeWidget, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_the_panel_lists_the_demos_recommendations(
    qtbot: QtBot, ops: Operations, demo_db: Database
) -> None:
    panel = _panel(qtbot, ops, _forum(demo_db, later=False))
    codes = _texts(panel.list, 0)
    assert codes[0] == "R8" and "R76" in codes and len(codes) >= 27
    assert _row(panel, "R13")[1] == "13" and _row(panel, "R13")[5] == "—"
    _choose(qtbot, panel, "R13")
    assert "envois de fonds" in panel.detail.text_label.text()
    assert not panel.detail.status_button.isEnabled()  # no later forum yet
    assert _texts(panel.detail.follow_up_list, 0) == ["No later forum yet"]
    assert panel.list.accessibleName() and panel.detail.uptake_list.accessibleName()


def test_uptake_practice_and_status_through_the_dialogs(
    qtbot: QtBot, ops: Operations, demo_db: Database
) -> None:
    panel = _panel(qtbot, ops, _forum(demo_db, later=True))
    _choose(qtbot, panel, "R13")

    def stakeholder(dialog: QDialog) -> None:
        assert isinstance(dialog, StakeholderDialog)
        dialog.organisation.setText("Ho")
        dialog._search("Ho")
        qtbot.waitUntil(lambda: bool(dialog._found), timeout=LOAD_TIMEOUT_MS)
        dialog.organisation.setText(next(iter(dialog._found)))
        dialog.commitment.setPlainText("Réduire les frais de transfert")
        dialog._accept()

    _answer(qtbot, StakeholderDialog, stakeholder)
    panel.detail.add_uptake_button.click()
    qtbot.waitUntil(lambda: _row(panel, "R13")[3] == "1", timeout=LOAD_TIMEOUT_MS)

    def practice(dialog: QDialog) -> None:
        assert isinstance(dialog, PracticeChoiceDialog)
        qtbot.waitUntil(lambda: dialog.found.count() > 0, timeout=LOAD_TIMEOUT_MS)
        dialog._accept()

    _answer(qtbot, PracticeChoiceDialog, practice)
    panel.detail.link_button.click()
    qtbot.waitUntil(lambda: _row(panel, "R13")[4] == "1", timeout=LOAD_TIMEOUT_MS)

    def status(dialog: QDialog) -> None:
        assert isinstance(dialog, FollowUpDialog)
        dialog.status.setCurrentIndex(dialog.status.findData(FollowUpStatus.UNDER_WAY))
        dialog.evidence.setPlainText("Deux couloirs ouverts")
        dialog.accept()

    _answer(qtbot, FollowUpDialog, status)
    panel.detail.status_button.click()
    qtbot.waitUntil(lambda: LATER in _row(panel, "R13")[5], timeout=LOAD_TIMEOUT_MS)
    assert _row(panel, "R13")[5] == f"under way ({LATER})"
    qtbot.waitUntil(lambda: _texts(panel.detail.follow_up_list, 2) == ["Deux couloirs ouverts"])
    assert _texts(panel.detail.follow_up_list, 3)[0].startswith("Ana Lima")
    assert _texts(panel.detail.uptake_list, 1) == ["Réduire les frais de transfert"]


def test_delete_and_export(
    qtbot: QtBot,
    ops: Operations,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(qtbot, ops, _forum(demo_db, later=True))
    _choose(qtbot, panel, "R76")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    panel.delete_button.click()
    qtbot.waitUntil(lambda: "R76" not in _texts(panel.list, 0), timeout=LOAD_TIMEOUT_MS)
    target = tmp_path / "suivi.docx"
    panel.export_to(target)
    qtbot.waitUntil(target.is_file, timeout=LOAD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: str(target) in panel.status_label.text(), timeout=LOAD_TIMEOUT_MS)
    panel.export_to(tmp_path / "suivi.xyz")
    assert ".pdf" in panel.error_label.text()


def test_make_recommendation_from_a_sentence(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(DOCUMENTS)
    page = window.documents_page
    qtbot.waitUntil(lambda: page.document is not None, timeout=LOAD_TIMEOUT_MS)
    page.paragraph_view.select_numbers([32])
    assert page.recommend_action.isEnabled()
    assert page.recommend_action in page.paragraph_view.actions()
    sentence = "Il était donc urgent de les réduire"

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, MakeRecommendationDialog)
        cursor = dialog.text.textCursor()
        start = dialog.text.toPlainText().index(sentence)
        cursor.setPosition(start)
        cursor.setPosition(start + len(sentence), QTextCursor.MoveMode.KeepAnchor)
        dialog.text.setTextCursor(cursor)
        dialog.code.setText("R32-frais")
        dialog.buttons.accepted.emit()

    messages: list[str] = []
    page.message.connect(messages.append)
    _answer(qtbot, MakeRecommendationDialog, choose)
    page.recommend_action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=LOAD_TIMEOUT_MS)
    wait_idle(qtbot, window)
    assert messages == ["Recommendation R32-frais made from ¶ 32"]
    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        made = session.scalars(select(Recommendation).where(Recommendation.code == "R32-frais"))
        assert [(r.paragraph_number, r.text) for r in made] == [(32, sentence)]


def _open_editor(qtbot: QtBot, panel: RecommendationsPanel) -> RecommendationEditor:
    panel.edit_button.click()
    qtbot.waitUntil(lambda: panel.editor is not None, timeout=LOAD_TIMEOUT_MS)
    assert isinstance(panel.editor, RecommendationEditor)
    return panel.editor


def test_edit_a_recommendation_and_settle_a_colleagues_edit(
    qtbot: QtBot, ops: Operations, demo_db: Database
) -> None:
    forum = _forum(demo_db, later=False)
    panel = _panel(qtbot, ops, forum)
    _choose(qtbot, panel, "R13")
    editor = _open_editor(qtbot, panel)
    editor.code.setText("R13-fonds")
    editor.theme.setCurrentIndex(editor.theme.findText("Remittances", Qt.MatchFlag.MatchContains))
    editor.save()
    qtbot.waitUntil(lambda: "R13-fonds" in _texts(panel.list, 0), timeout=LOAD_TIMEOUT_MS)
    assert panel.status_label.text() == "R13-fonds saved"

    _choose(qtbot, panel, "R14")
    editor = _open_editor(qtbot, panel)
    with demo_db.unit_of_work() as session:  # a colleague renames it meanwhile
        found = recommendation_by_code(session, forum, "R14")
        data = RecommendationInput("R14-femmes", found.text, found.theme_id)
        update_recommendation(session, found.id, data)
    editor.code.setText("R14-genre")
    editor.save()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None, timeout=LOAD_TIMEOUT_MS)
    conflict = editor.conflict_dialog
    assert isinstance(conflict, EditConflictDialog)
    conflict.choose("code", "mine")
    conflict.accept()
    qtbot.waitUntil(lambda: "R14-genre" in _texts(panel.list, 0), timeout=LOAD_TIMEOUT_MS)
    assert "R14-femmes" not in _texts(panel.list, 0)

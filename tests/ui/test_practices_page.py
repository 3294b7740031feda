"""The Practices page: a practice entered through its form (and undone), reviewed with a
reason, two compared side by side, and the facets narrowing what the list shows."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.ui.common.operations import Area
from forumdesk.ui.pages.practices.dialogs import PracticeCompareDialog, ReviewReasonDialog
from forumdesk.ui.pages.practices.page import PracticesPage
from forumdesk.ui.pages.practices.practice_dialog import PracticeDialog
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import PRACTICES
from tests.demo_day import clear_demo_practices
from tests.ui.conftest import wait_idle


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """The demo without its fictional practices: these tests count their own."""
    return clear_demo_practices(demo_db_path)


def _page(qtbot: QtBot, window: MainWindow) -> PracticesPage:
    window.show_page(PRACTICES)
    wait_idle(qtbot, window)
    page = window.page(PRACTICES)
    assert isinstance(page, PracticesPage)
    return page


def add_practices(window: MainWindow) -> list[uuid.UUID]:
    """Three fictional practices of the demo forum, submitted by registered organisations."""
    from forumdesk.services.practices.practices import PracticeInput, create_practice
    from forumdesk.services.practices.themes import ensure_themes, theme_id
    from forumdesk.store.models import Organisation

    forum = window.forum.forum_id
    assert window.ops.database is not None and forum is not None
    with window.ops.database.unit_of_work() as session:
        ensure_themes(session, forum)
        organisations = list(session.scalars(select(Organisation.id).limit(3)))
        made = []
        for title, kind, region, countries, theme in (
            ("Corridors de transferts à bas coût", PracticeType.PROGRAMME,
             WorldRegion.AMERICAS, ("MEX", "USA"), "remittances"),
            ("Diaspora investment bonds", PracticeType.POLICY, WorldRegion.AFRICA,
             ("ETH",), "diaspora"),
            ("Remittance price database", PracticeType.DATA_TOOL, WorldRegion.GLOBAL,
             (), "data"),
        ):  # fmt: skip
            made.append(
                create_practice(
                    session,
                    forum,
                    PracticeInput(
                        title=title,
                        practice_type=kind,
                        summary="Fictional sample practice.",
                        region=region,
                        countries=countries,
                        themes=(theme_id(forum, theme),),
                        submitters=(organisations[len(made)],),
                        fictional=True,
                    ),
                )
            )
    window.ops.changes_applied.emit(frozenset({Area.PRACTICES}))
    return made


def _titles(page: PracticesPage) -> list[str]:
    return [page.model.row_at(row).title for row in range(page.model.rowCount())]


def test_a_practice_entered_in_the_form_is_listed_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = _page(qtbot, window)
    assert page.model.rowCount() == 0
    page.new_practice()
    wait_idle(qtbot, window)
    dialog = page.dialog
    assert isinstance(dialog, PracticeDialog)
    dialog.save()  # no title: refused beside the field
    wait_idle(qtbot, window)
    assert dialog.isVisible() and dialog.errors["title"].text()
    dialog.title.setText("Migrant resource centres")
    dialog.region.setCurrentIndex(dialog.region.findData(WorldRegion.ASIA))
    dialog.themes.set_checked(dialog.themes.item(1).data(0x0100))
    dialog.paragraph_refs.setText("23–25, 32")
    dialog.save()
    wait_idle(qtbot, window)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert _titles(page) == ["Migrant resource centres"]
    wait_idle(qtbot, window)
    assert page.current is not None
    assert [r.number for r in page.current.view.values.paragraphs] == [23, 24, 25, 32]
    assert "¶ 23–25, 32" in page.detail.toPlainText()
    page.undo_stack.undo()
    wait_idle(qtbot, window)
    assert _titles(page) == []
    page.undo_stack.redo()
    wait_idle(qtbot, window)
    assert _titles(page) == ["Migrant resource centres"]


def test_a_practice_is_reviewed_and_declined_with_a_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    add_practices(window)
    page = _page(qtbot, window)
    wait_idle(qtbot, window)
    assert page.current is not None
    assert page.buttons["practice_start_review"].isEnabled()
    assert not page.buttons["practice_publish"].isEnabled()
    page.buttons["practice_start_review"].click()
    wait_idle(qtbot, window)
    assert page.current.view.state is ReviewState.UNDER_REVIEW
    assert page.buttons["practice_decline"].isEnabled()
    page.buttons["practice_decline"].click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewReasonDialog)
    assert not dialog.ok_button.isEnabled()  # declining says why
    dialog.reason.setPlainText("Outside the forum's themes.")
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert page.current.view.state is ReviewState.DECLINED
    assert page.current.view.review_reason == "Outside the forum's themes."
    assert page.current.view.reviewer
    assert "Outside the forum's themes." in page.detail.toPlainText()
    assert page.buttons["practice_return"].isEnabled()


def test_two_practices_are_compared_field_by_field(qtbot: QtBot, window: MainWindow) -> None:
    add_practices(window)
    page = _page(qtbot, window)
    assert not page.buttons["practice_compare"].isEnabled()
    selection = page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.model.index(0, 0), flags)
    selection.select(page.model.index(1, 0), flags)
    assert page.buttons["practice_compare"].isEnabled()
    page.compare()
    wait_idle(qtbot, window)
    dialog = page.dialog
    assert isinstance(dialog, PracticeCompareDialog)
    assert "Type" in dialog.differences and "Region" in dialog.differences
    assert "Summary" not in dialog.differences  # both the same sample text
    assert dialog.table.item(0, 0).font().bold()


def test_facets_narrow_what_the_list_shows(qtbot: QtBot, window: MainWindow) -> None:
    add_practices(window)
    page = _page(qtbot, window)
    assert len(_titles(page)) == 3
    page.facets.choose("region", WorldRegion.AFRICA)
    wait_idle(qtbot, window)
    assert _titles(page) == ["Diaspora investment bonds"]
    region = page.facets.lists["region"]
    assert region.currentItem().text().endswith("(1)")
    page.facets.choose("region", None)
    wait_idle(qtbot, window)
    page.facets.search.setText("cout")  # accent-folded: "coût"
    qtbot.waitUntil(lambda: _titles(page) == ["Corridors de transferts à bas coût"])
    assert "(1)" in page.count_label.text() or "1" in page.count_label.text()


def test_an_edit_over_a_colleagues_save_brings_up_the_conflict_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    from forumdesk.services.practices.practices import practice_input, update_practice
    from forumdesk.store.models import Practice
    from forumdesk.ui.common.edit_conflict_dialog import EditConflictDialog

    add_practices(window)
    page = _page(qtbot, window)
    assert page.current is not None
    practice_id = page.current.view.id
    page.edit_practice()
    wait_idle(qtbot, window)
    dialog = page.dialog
    assert isinstance(dialog, PracticeDialog)
    assert window.ops.database is not None
    with window.ops.database.unit_of_work() as session:  # a colleague saves meanwhile
        stored = practice_input(session, session.get(Practice, practice_id))  # type: ignore[arg-type]
        update_practice(session, practice_id, replace(stored, summary="Their summary."))
    dialog.summary.setPlainText("My summary.")
    dialog.save()
    wait_idle(qtbot, window)
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, EditConflictDialog)
    assert "summary" in conflict.choices
    conflict.choose("summary", "mine")
    conflict.accept()
    wait_idle(qtbot, window)
    assert page.current is not None and page.current.view.values.summary == "My summary."


def test_a_deleted_practice_comes_back_with_undo_and_a_published_one_goes_back_with_a_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    add_practices(window)
    page = _page(qtbot, window)
    first = _titles(page)[0]
    page.delete()
    wait_idle(qtbot, window)
    assert first not in _titles(page)
    page.undo_stack.undo()
    wait_idle(qtbot, window)
    assert first in _titles(page)
    page.table.selectRow(_titles(page).index(first))
    wait_idle(qtbot, window)
    for name in ("practice_start_review", "practice_publish"):
        page.buttons[name].click()
        wait_idle(qtbot, window)
    assert page.current is not None and page.current.view.state is ReviewState.PUBLISHED
    page.buttons["practice_return"].click()
    dialog = page.dialog
    assert isinstance(dialog, ReviewReasonDialog) and not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Results to be checked again.")
    dialog.ok_button.click()
    wait_idle(qtbot, window)
    assert page.current.view.state is ReviewState.UNDER_REVIEW


def test_partners_submitters_and_themes_from_the_page(qtbot: QtBot, window: MainWindow) -> None:
    from forumdesk.ui.pages.practices.dialogs import PartnersDialog
    from forumdesk.ui.pages.practices.themes_dialog import ThemesDialog

    add_practices(window)
    page = _page(qtbot, window)
    page.find_partners()
    wait_idle(qtbot, window)
    assert isinstance(page.dialog, PartnersDialog)
    page.dialog.reject()
    page.edit_themes()
    wait_idle(qtbot, window)
    themes = page.dialog
    assert isinstance(themes, ThemesDialog)
    themes.code.setText("climate")
    themes.new_label.setText("Climate and migration")
    themes.add()
    wait_idle(qtbot, window)
    assert any(t.code == "climate" for t in themes.themes)
    assert not themes.code.text()
    themes.code.setText("Not A Code")
    themes.new_label.setText("Bad")
    themes.add()
    wait_idle(qtbot, window)
    assert themes.error.text() and themes.code.text() == "Not A Code"
    themes.reject()
    wait_idle(qtbot, window)
    theme_list = page.facets.lists["theme"]
    labels = [theme_list.item(row).text() for row in range(theme_list.count())]
    assert any("Climate and migration" in label for label in labels)
    page.edit_practice()
    wait_idle(qtbot, window)
    form = page.dialog
    assert isinstance(form, PracticeDialog)
    before = form.submitters.ids()
    from forumdesk.store.models import Organisation

    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        other = session.scalars(
            select(Organisation.name).where(Organisation.id.not_in(before)).limit(1)
        ).one()
    form.submitters.search.setText(other[:8])
    form.submitters.look_up()
    wait_idle(qtbot, window)
    found = form.submitters.search.completer().model()
    names = [found.index(row, 0).data() for row in range(found.rowCount())]
    label = next(name for name in names if name.startswith(other))  # with its acronym
    form.submitters.add_named(label)
    assert len(form.submitters.ids()) == len(before) + 1
    form.submitters.list.setCurrentRow(1)
    form.submitters.make_lead()
    assert form.submitters.ids()[0] != before[0]

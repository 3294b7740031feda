"""The Practices page: a practice entered through its form (and undone), reviewed with a
reason, two compared side by side, and the facets narrowing what the list shows."""

from __future__ import annotations

import uuid

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
from tests.ui.conftest import wait_idle


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

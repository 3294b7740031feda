from __future__ import annotations

from pytestqt.qtbot import QtBot

from forumdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def test_registry_lists_demo_organisations_and_people(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    wait_idle(qtbot, window)
    page = window.registry_page
    organisations = page.organisations_model
    names = {organisations.row_at(i).name for i in range(organisations.rowCount())}
    assert names == {
        "Assemblée générale des Nations Unies",
        "Secrétariat de l'Organisation des Nations Unies",
    }
    assert page.representatives_model.rowCount() == 1
    assert page.representatives_model.row_at(0).family_name == "Sutherland"
    assert page.status_label.text() == "2 organisations, 1 representatives shown"


def test_typing_filters_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    wait_idle(qtbot, window)
    page = window.registry_page
    qtbot.keyClicks(page.filter_edit, "suther")
    qtbot.waitUntil(lambda: page.organisations_model.rowCount() == 0, timeout=10_000)
    assert page.representatives_model.rowCount() == 1
    page.filter_edit.setText("Secr")
    qtbot.waitUntil(lambda: page.organisations_model.rowCount() == 1, timeout=10_000)
    assert page.representatives_model.rowCount() == 0

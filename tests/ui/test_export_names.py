"""Every export dialog proposes a file name: the forum, what is exported, the date."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.minutes.export import ExportAllDialog
from forumdesk.ui.pages.registry.export_dialog import ExportDialog
from forumdesk.ui.shell.main_window import PROGRAMME, REGISTRY, MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_minutes_editor import _compose, _page

# The demo forum, as the forum selector names it ("…, 12 juillet 2006").
FORUM = "Rencontres-interactives-informelles-12-juillet-2006"
TODAY = date.today().isoformat()


@pytest.fixture
def proposed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names the save dialogs proposed; each dialog is then cancelled."""
    names: list[str] = []

    def ask(_parent: Any, _title: str, name: str = "", *_args: Any) -> tuple[str, str]:
        names.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    return names


def test_minutes_exports_propose_forum_segment_and_day(
    qtbot: QtBot, window: MainWindow, proposed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, window)
    _compose(qtbot, window, page)
    page.editor.export_button.click()
    assert re.fullmatch(rf"{FORUM}_Séance-inaugurale_minutes_2006-07-12\.pdf", proposed[0])
    monkeypatch.setattr(ExportAllDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ExportAllDialog, "as_zip", property(lambda _self: True))
    page.export_all_button.click()
    assert re.fullmatch(rf"{FORUM}_minutes_{TODAY}\.zip", proposed[1])


def test_report_programme_and_registry_exports_propose_names(
    qtbot: QtBot, window: MainWindow, proposed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, window)
    page.report._export_clicked()
    window.show_page(PROGRAMME)
    wait_idle(qtbot, window)
    window.programme_page.export("ics")
    window.programme_page.export("docx")
    window.show_page(REGISTRY)
    wait_idle(qtbot, window)
    monkeypatch.setattr(ExportDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    window.registry_page.export_listed()
    window.registry_page.print_badges()
    expected = [
        f"report_{TODAY}.pdf",
        f"programme_{TODAY}.ics",
        f"programme_{TODAY}.docx",
        f"representatives_{TODAY}.xlsx",
        f"badges_{TODAY}.pdf",
    ]
    assert len(proposed) == len(expected)
    for name, ending in zip(proposed, expected, strict=True):
        assert re.fullmatch(rf"{FORUM}_{re.escape(ending)}", name), name

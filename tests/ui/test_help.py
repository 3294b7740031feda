"""Help: F1 opens the user guide at the section of the page or dialog in use, the
Keyboard Shortcuts list is read from the actions, and the guide is whole (every section,
anchor and screenshot there, in English and French, the screenshots from the script)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTreeWidget
from pytestqt.qtbot import QtBot

from forumdesk.paths import resources_dir
from forumdesk.services.common.messages import set_language
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.help.guide_window import GuideWindow
from forumdesk.ui.help.sections import (
    DIALOG_SECTIONS,
    PAGE_SECTIONS,
    PART_SECTIONS,
    SECTIONS,
    Place,
    guide_language,
    guide_languages,
    help_dir,
    section_path,
    section_title,
)
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import PAGE_NAMES
from tests.ui.conftest import open_window, wait_idle

ROOT = Path(__file__).resolve().parents[2]
_IMAGE = re.compile(r'<img\s[^>]*src="([^"]+)"')
_LINK = re.compile(r'<a\s[^>]*href="([^"]+)"')
_ANCHOR = re.compile(r'<a\s[^>]*name="([^"]+)"')


def _guide(window: MainWindow, qtbot: QtBot) -> GuideWindow:
    guide = window.help_menu.guide
    assert guide is not None, "F1 opened no guide"
    qtbot.addWidget(guide)
    return guide


def _anchors(language: str, section: str) -> set[str]:
    return set(_ANCHOR.findall(section_path(language, section).read_text(encoding="utf-8")))


# F1 -------------------------------------------------------------------------


def test_f1_on_each_page_opens_the_guide_at_that_pages_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.help_menu.guide_action.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    window.activateWindow()
    for index, name in enumerate(PAGE_NAMES):
        window.show_page(index)
        assert window.stack.currentIndex() == index
        window.page_list.setFocus()
        qtbot.keyClick(window.page_list, Qt.Key.Key_F1)
        guide = _guide(window, qtbot)
        place = PAGE_SECTIONS[name]
        assert guide.current_place() == place, name
        title = section_title("en", place.section)
        assert guide.browser.documentTitle() == title
        # The heading the reader sees first is the section's.
        assert guide.browser.toPlainText().lstrip().startswith(title)
        assert guide.contents.currentItem().text() == title
        assert guide.isVisible() and not guide.isModal()


def test_f1_in_a_part_of_a_page_opens_that_parts_place(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(PAGE_NAMES.index("programme_page"))
    wait_idle(qtbot, window)  # the programme shown, a segment chosen: its list enabled
    programme = window.programme_page
    programme.side.setCurrentWidget(programme.speakers)
    window.activateWindow()
    programme.speakers.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is programme.speakers.search)
    qtbot.keyClick(programme.speakers.search, Qt.Key.Key_F1)
    assert _guide(window, qtbot).current_place() == Place("speakers")
    # On the tab that shows the speakers list, too; on the timeline, the programme's.
    programme.side.tabBar().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is programme.side.tabBar())
    assert window.help_menu.show_help().current_place() == Place("speakers")
    programme.timeline.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is programme.timeline)
    assert window.help_menu.show_help().current_place() == Place("programme")


def test_f1_in_a_dialog_opens_its_own_place(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(PAGE_NAMES.index("registry_page"))
    registry = window.registry_page
    registry.open_walk_in()
    dialog = registry.walk_in
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    dialog.given.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.given)
    qtbot.keyClick(dialog.given, Qt.Key.Key_F1)
    guide = _guide(window, qtbot)
    assert guide.current_place() == Place("registry", "walk-in")
    # Scrolled down to the walk-in heading, not left at the top of the section.
    assert guide.browser.verticalScrollBar().value() > 0
    dialog.close()


def test_a_dialog_without_a_place_opens_the_page_behind_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    window.show_page(PAGE_NAMES.index("minutes_page"))
    guide = window.help_menu.show_dialog_help(QDialog(window))
    qtbot.addWidget(guide)
    assert guide.current_place() == Place("minutes")


def test_back_forward_and_find_in_the_guide(qtbot: QtBot) -> None:
    guide = GuideWindow("en")
    qtbot.addWidget(guide)
    guide.show_place(Place("registry"))
    guide.contents.itemClicked.emit(guide.contents.item(SECTIONS.index("minutes")))
    assert guide.current_place().section == "minutes"
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.current_place().section == "registry"
    assert guide.forward_button.isEnabled()
    assert guide.find_text("Walk-in")
    assert guide.browser.textCursor().selectedText().lower() == "walk-in"  # any case
    assert not guide.find_text("no such words in this guide")


def test_the_guide_reads_left_to_right_under_a_right_to_left_interface(qtbot: QtBot) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        guide = GuideWindow(guide_language("ar"))
        qtbot.addWidget(guide)
        assert guide.language == "en"
        assert guide.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert guide.browser.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# Keyboard Shortcuts ---------------------------------------------------------------


def _shown(tree: QTreeWidget) -> dict[str, list[tuple[str, str]]]:
    shown = {}
    for row in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(row)
        assert group is not None
        shown[group.text(0)] = [
            (group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())
        ]
    return shown


def _first_keys(shortcuts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(text, keys.split(", ")[0]) for text, keys in shortcuts]


def test_the_shortcuts_list_is_read_from_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    dialog = window.help_menu.show_shortcuts()
    shown = _shown(dialog.tree)
    assert ("Search Paragraphs and Notes…", "Ctrl+K") in shown["Edit"]
    # A standard key lists every binding of the platform: F1, and a keyboard's Help key.
    assert ("User Guide", "F1") in _first_keys(shown["Help"])
    assert ("Merge from Another Database…", "Ctrl+Shift+M") in shown["File"]
    assert [keys for _text, keys in shown["View"]] == [f"Ctrl+{n}" for n in range(1, 8)]
    # The page's names as the page list shows them ("Document & notes": its "&" is a word).
    assert [text for text, _keys in shown["View"]] == window.page_titles
    # Each page's own: its actions and its buttons.
    assert ("New Note on Selection", "Ctrl+Shift+N") in shown["Document & notes"]
    assert ("Walk-in…", "Ctrl+Shift+W") in shown["Registry"]
    assert ("Accredit and Check In", "Alt+A") in shown["Check-in"]


def test_the_shortcuts_list_follows_a_changed_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    window.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    shown = _shown(window.help_menu.show_shortcuts().tree)
    assert ("Search Paragraphs and Notes…", "Ctrl+Shift+F") in shown["Edit"]
    assert all(keys != "Ctrl+K" for _text, keys in shown["Edit"])


# The guide's files ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_is_whole(language: str) -> None:
    """Every section, every link's target and anchor, every screenshot is there."""
    assert language in guide_languages()
    for section in SECTIONS:
        path = section_path(language, section)
        text = path.read_text(encoding="utf-8")
        assert section_title(language, section) != section, f"{path} has no <title>"
        for image in _IMAGE.findall(text):
            assert (path.parent / image).is_file(), f"{path.name}: no {image}"
        for link in _LINK.findall(text):
            target, _, anchor = link.partition("#")
            assert (path.parent / target).is_file(), f"{path.name}: no {target}"
            if anchor:
                assert anchor in _anchors(language, target.removesuffix(".html")), link


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_page_and_dialog_has_its_place_in_the_guide(language: str) -> None:
    assert set(PAGE_SECTIONS) == set(PAGE_NAMES)
    for place in [*PAGE_SECTIONS.values(), *PART_SECTIONS.values(), *DIALOG_SECTIONS.values()]:
        assert place.section in SECTIONS
        if place.anchor:
            assert place.anchor in _anchors(language, place.section), place


def test_every_dialog_named_for_help_exists() -> None:
    for key in DIALOG_SECTIONS:
        module, _, name = key.rpartition(".")
        cls = getattr(importlib.import_module(f"forumdesk.ui.{module}"), name)
        assert cls.__module__ == f"forumdesk.ui.{module}"


def test_the_guide_language_follows_the_interface() -> None:
    assert guide_language("fr_CH") == "fr"
    assert guide_language("fr") == "fr"
    assert guide_language("en_GB") == "en"
    assert guide_language("ar") == "en"  # no Arabic guide: the English one
    assert guide_language("C") == "en"


@pytest.fixture
def french() -> Iterator[None]:
    translator = QTranslator()
    if not translator.load(str(resources_dir() / "translations" / "forumdesk_fr.qm")):
        pytest.skip("the French catalogue is not compiled (make translations)")
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    set_language("fr")
    yield
    set_language("en")
    app.removeTranslator(translator)


def test_the_french_guide_under_the_french_interface(
    french: None, qtbot: QtBot, settings: AppSettings, demo_db_path: Path
) -> None:
    window = open_window(qtbot, settings, demo_db_path)
    window.show_page(PAGE_NAMES.index("checkin_page"))
    guide = window.help_menu.show_help()
    qtbot.addWidget(guide)
    assert guide.language == "fr"
    assert guide.windowTitle() == "Guide de l’utilisateur de ForumDesk"
    assert guide.browser.documentTitle() == "L’accueil des participants"
    assert guide.browser.source().path().endswith("/help/fr/checkin.html")
    shown = _shown(window.help_menu.show_shortcuts().tree)
    assert ("Guide de l’utilisateur", "F1") in _first_keys(shown["Aide"])


# The screenshots' script -----------------------------------------------------------


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "help_screenshots", ROOT / "packaging" / "help_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_the_screenshots_script_visits_every_page_and_makes_every_image() -> None:
    script = _script()
    assert {shot.page for shot in script.SHOTS} == set(PAGE_NAMES)
    made = {shot.image for shot in script.SHOTS}
    for language in script.LOCALES:
        referenced = {
            Path(image).name
            for section in SECTIONS
            for image in _IMAGE.findall(section_path(language, section).read_text("utf-8"))
        }
        assert referenced <= made, referenced - made
        on_disk = {p.name for p in (help_dir() / language / "images").glob("*.png")}
        assert on_disk == made, "an image no script makes, or one never made"

"""The walk-in form and names in other scripts: no consonant skeleton for an Arabic name
(the Latin form is asked for), a standard romanisation proposed for a Cyrillic one, and
a confirmation that keeps its order around a right-to-left name."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog
from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle


def _walk_in(qtbot: QtBot, window: MainWindow) -> WalkInDialog:
    window.show_page(1)
    wait_idle(qtbot, window)
    window.registry_page.open_walk_in()
    dialog = window.registry_page.walk_in
    assert isinstance(dialog, WalkInDialog)
    return dialog


def _type(edit: QLineEdit, text: str) -> None:
    """Key presses carrying each character, as an Arabic or Russian keyboard sends them
    (QTest.keyClicks knows Latin keys only)."""
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(edit, event)


def _type_name(dialog: WalkInDialog, given: str, family: str) -> None:
    _type(dialog.given, given)
    _type(dialog.family, family)


def _registered(qtbot: QtBot, window: MainWindow, dialog: WalkInDialog) -> None:
    dialog.register()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.registered) == 1, timeout=10_000)


def _stored_latin(window: MainWindow, dialog: WalkInDialog) -> tuple[str | None, str | None]:
    from forumdesk.services.registry.representative_detail import representative_detail

    database = window.ops.database
    assert database is not None
    with database.reading() as session:
        detail = representative_detail(session, dialog.registered[0].representative_id)
        return detail.data.given_name_latin, detail.data.family_name_latin


def test_an_arabic_name_gets_no_latin_form_but_a_request_for_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _walk_in(qtbot, window)
    assert not dialog.given_latin.isVisibleTo(dialog)  # a Latin name: nothing to ask
    _type_name(dialog, "فاطمة", "العلوي")
    assert dialog.given_latin.isVisibleTo(dialog) and dialog.family_latin.isVisibleTo(dialog)
    assert (dialog.given_latin.text(), dialog.family_latin.text()) == ("", "")
    assert dialog.latin_hint.isVisibleTo(dialog)
    assert "printed under the name on the badge" in dialog.latin_hint.text()
    _registered(qtbot, window, dialog)
    assert _stored_latin(window, dialog) == (None, None)
    # The name sits between isolates: the sentence stays left to right around it.
    assert dialog.outcome.text() == "\u2068العلوي, فاطمة\u2069 registered: badge 0413."


def test_the_latin_form_typed_for_an_arabic_name_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _walk_in(qtbot, window)
    _type_name(dialog, "فاطمة", "العلوي")
    qtbot.keyClicks(dialog.given_latin, "Fatima")
    qtbot.keyClicks(dialog.family_latin, "Alaoui")
    assert not dialog.latin_hint.isVisibleTo(dialog)
    _registered(qtbot, window, dialog)
    assert _stored_latin(window, dialog) == ("Fatima", "Alaoui")


def test_a_cyrillic_name_is_given_its_icao_form_which_stays_editable(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _walk_in(qtbot, window)
    _type_name(dialog, "Сергей", "Щукин")
    assert (dialog.given_latin.text(), dialog.family_latin.text()) == ("Sergei", "Shchukin")
    assert "proposed" in dialog.latin_hint.text() and dialog.latin_hint.isVisibleTo(dialog)
    dialog.given_latin.clear()
    qtbot.keyClicks(dialog.given_latin, "Sergey")  # as in the person's passport
    _type(dialog.family, "а")  # Щукина: the typed Latin given name stays
    assert (dialog.given_latin.text(), dialog.family_latin.text()) == ("Sergey", "Shchukina")
    _registered(qtbot, window, dialog)
    assert _stored_latin(window, dialog) == ("Sergey", "Shchukina")
    # Ready for the next one: the Latin rows hidden again.
    assert dialog.given_latin.text() == "" and not dialog.given_latin.isVisibleTo(dialog)


def _fatima(qtbot: QtBot, window: MainWindow, page: int, **latin: str | None) -> uuid.UUID:
    """فاطمة العلوي added to the registry, with the page shown."""
    from forumdesk.services.registry.edit import create_representative
    from forumdesk.services.registry.people import RepresentativeInput

    window.show_page(page)
    wait_idle(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        return create_representative(session, RepresentativeInput("فاطمة", "العلوي", **latin))


def test_ctrl_k_finds_a_person_without_the_article_and_opens_them_on_the_registry(
    qtbot: QtBot, window: MainWindow
) -> None:
    from forumdesk.ui.shell.search_dialog import HIT_ROLE, HTML_ROLE

    person = _fatima(qtbot, window, 0, family_name_latin="Alaoui")
    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    dialog.query.setText("علوي")
    dialog.run_search()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    first = dialog.model.item(0)
    assert first.data(HIT_ROLE).target_id == person
    assert "\u2068فاطمة العلوي\u2069 · \u2068ALAOUI\u2069" in first.data(HTML_ROLE)
    assert first.data(HTML_ROLE).startswith("<div><span style='color:#555'>Person</span>")
    dialog.open_current()
    assert window.stack.currentWidget() is window.registry_page
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.registry_page.detail is not None, timeout=10_000)
    assert window.registry_page.detail.detail.id == person


def test_the_person_form_asks_for_the_latin_name_instead_of_a_skeleton(
    qtbot: QtBot, window: MainWindow
) -> None:
    from sqlalchemy import update

    from forumdesk.store.models import Representative

    person = _fatima(qtbot, window, 1)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        # What an older version stored: anyascii's consonant skeletons.
        session.execute(
            update(Representative)
            .where(Representative.id == person)
            .values(given_name_latin="ftmh", family_name_latin="l`lwy")
        )
    page = window.registry_page
    page.open_representative(person)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    dialog = page.detail
    assert dialog is not None
    fields = dialog.fields
    assert (fields["given_name_latin"].text(), fields["family_name_latin"].text()) == ("", "")
    assert dialog.latin_hint.isVisibleTo(dialog)
    assert dialog.windowTitle() == "Representative: \u2068العلوي, فاطمة\u2069"
    _type(fields["given_name_latin"], "Fatima")
    _type(fields["family_name_latin"], "Alaoui")
    assert not dialog.latin_hint.isVisibleTo(dialog)
    # Another script: its standard romanisation is proposed, and follows the name.
    fields["family_name"].clear()
    fields["family_name_latin"].clear()
    _type(fields["family_name"], "Ξενάκη")
    assert fields["family_name_latin"].text() == "Xenaki"
    _type(fields["family_name"], "ς")
    assert fields["family_name_latin"].text() == "Xenakis"

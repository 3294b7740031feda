"""Registry page: representatives paged from SQL, facets, type-ahead, bulk accreditation."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.ui.common.operations import Area
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.widgets.paged_model import LOADING, PAGE_SIZE
from tests.ui.conftest import wait_idle


def _open(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(1)
    wait_idle(qtbot, window)


def _listed(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type `text` in the representatives' filter: the demo lists 420 people."""
    panel = window.registry_page.representatives
    panel.filter_edit.setText(text)
    panel.reload()
    wait_idle(qtbot, window)


def _family_names(window: MainWindow) -> list[str]:
    model = window.registry_page.representatives.model
    names = []
    for row in range(model.rowCount()):
        value = model.index(row, 0).data()
        names.append(value)
    return names


def test_registry_lists_demo_organisations_and_people(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    page = window.registry_page
    organisations = page.organisations_model
    # The seed's two UN bodies, 100 States and the demo's invented organisations.
    qtbot.waitUntil(lambda: organisations.rowCount() == 205, timeout=10_000)
    qtbot.waitUntil(
        lambda: page.status_label.text() == "420 representative(s) · 205 organisation(s)",
        timeout=10_000,
    )
    page.filter_edit.setText("Nations Unies")
    page.refresh()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: organisations.rowCount() == 2, timeout=10_000)
    organisations.row_at(0)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: organisations.row_at(1) is not None, timeout=10_000)
    names = {organisations.row_at(i).name for i in range(2)}  # type: ignore[union-attr]
    assert names == {
        "Assemblée générale des Nations Unies",
        "Secrétariat de l'Organisation des Nations Unies",
    }
    _listed(qtbot, window, "suther")
    qtbot.waitUntil(lambda: _family_names(window) == ["Sutherland"], timeout=10_000)


def test_typing_filters_in_sql(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    panel = window.registry_page.representatives
    panel.filter_edit.setText("suther")
    panel.reload()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: _family_names(window) == ["Sutherland"], timeout=10_000)
    panel.filter_edit.setText("zzz")
    panel.reload()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)


def test_the_first_page_shows_before_the_count(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    panel = page.representatives
    held: list[tuple[Any, ...]] = []
    slow_query = window.ops.slow_query
    # The counts wait here: what the list shows until they arrive.
    monkeypatch.setattr(window.ops, "slow_query", lambda *job: held.append(job))
    _listed(qtbot, window, "")
    assert held
    assert panel.model.rowCount() == PAGE_SIZE  # the demo's 420 people: one full page
    assert panel.model.index(0, 0).data() not in (LOADING, None)
    assert page.status_label.text().startswith(f"{LOADING} · ")
    monkeypatch.setattr(window.ops, "slow_query", slow_query)
    for job in held:
        slow_query(*job)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 420, timeout=10_000)
    assert page.status_label.text().startswith("420 representative(s) · ")
    # A list shorter than a page is counted by its first page alone.
    _listed(qtbot, window, "suther")
    assert page.status_label.text().startswith("1 representative(s) · ")


def _add_people(window: MainWindow, qtbot: QtBot, count: int) -> None:
    def add(session: Any) -> None:
        from forumdesk.services.registry.edit import create_organisation, create_representative
        from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput

        union = create_organisation(
            session,
            OrganisationInput(
                name="Confédération syndicale internationale",
                category=OrganisationCategory.TRADE_UNION,
                country="BEL",
            ),
        )
        for number in range(count):
            create_representative(
                session,
                RepresentativeInput(
                    given_name=f"Personne{number:04d}",
                    family_name=f"Délégué{number:04d}",
                    organisation_id=union,
                ),
            )

    window.ops.change(add, {Area.REGISTRY})
    wait_idle(qtbot, window)


def test_a_long_list_loads_page_by_page_in_name_order(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    _add_people(window, qtbot, 2 * PAGE_SIZE + 30)
    _listed(qtbot, window, "délégué")
    panel = window.registry_page.representatives
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE + 30, timeout=10_000)
    first = model.index(0, 0).data()
    wait_idle(qtbot, window)
    assert first in (LOADING, "Délégué0000")
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Délégué0000", timeout=10_000)
    # The last page is fetched only when asked for.
    assert model.index(2 * PAGE_SIZE + 29, 0).data() == LOADING
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: model.index(2 * PAGE_SIZE + 29, 0).data() == "Délégué0429", timeout=10_000
    )


def test_a_page_scrolled_past_before_its_turn_is_not_read_until_shown_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.services.registry.listing import query as registry_query
    from forumdesk.ui.pages.registry import representatives_panel

    _open(qtbot, window)
    _listed(qtbot, window, "")
    model = window.registry_page.representatives.model
    qtbot.waitUntil(lambda: model.rowCount() == 420, timeout=10_000)  # pages 0, 1, 2
    monkeypatch.setattr(representatives_panel, "NEAR_PAGES", 0)
    read: list[int] = []
    page_of = registry_query.representative_page

    def reading(session: Any, query: Any, offset: int, limit: int) -> Any:
        read.append(offset)
        return page_of(session, query, offset, limit)

    monkeypatch.setattr(registry_query, "representative_page", reading)
    held: list[tuple[Any, ...]] = []
    query = window.ops.query
    monkeypatch.setattr(window.ops, "query", lambda *job: held.append(job))
    # The view shows page 1, then page 2 before page 1's turn has come.
    assert model.index(PAGE_SIZE, 0).data() == LOADING
    assert model.index(2 * PAGE_SIZE, 0).data() == LOADING
    monkeypatch.setattr(window.ops, "query", query)
    for job in held:
        query(*job)
    wait_idle(qtbot, window)
    assert read == [2 * PAGE_SIZE]
    assert model.index(2 * PAGE_SIZE, 0).data() not in (LOADING, None)
    # Page 1 shown again: asked for, and read this time.
    assert model.index(PAGE_SIZE, 0).data() == LOADING
    wait_idle(qtbot, window)
    assert read == [2 * PAGE_SIZE, PAGE_SIZE]
    assert model.index(PAGE_SIZE, 0).data() not in (LOADING, None)


def test_facets_and_bulk_accreditation(qtbot: QtBot, window: MainWindow) -> None:
    _open(qtbot, window)
    _add_people(window, qtbot, 3)
    page = window.registry_page
    panel = page.representatives
    combo = panel.category_filter
    combo.setCurrentIndex(combo.findData(OrganisationCategory.TRADE_UNION))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 3, timeout=10_000)  # the demo's too
    _listed(qtbot, window, "délégué")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: panel.model.index(2, 0).data() == "Délégué0002", timeout=10_000)
    panel.table.selectAll()
    page.accredit_selected()
    wait_idle(qtbot, window)
    status = panel.status_filter
    status.setCurrentIndex(status.findData(AccreditationStatus.ACCREDITED))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    # After the demo's 412 badges.
    qtbot.waitUntil(lambda: panel.model.index(0, 6).data() == "0413", timeout=10_000)
    assert [panel.model.index(r, 6).data() for r in range(3)] == ["0413", "0414", "0415"]


def test_a_walk_in_is_registered_by_keyboard_with_a_badge(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    _open(qtbot, window)
    page = window.registry_page
    page.open_walk_in()
    dialog = page.walk_in
    assert (dialog is not None and dialog.given.hasFocus()) or dialog.focusWidget() is dialog.given
    qtbot.keyClicks(dialog.given, "Amina")
    qtbot.keyClick(dialog.given, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family, "Diallo")
    qtbot.keyClicks(dialog.organisation, "Reseau des migrantes")
    dialog.category.setCurrentIndex(
        dialog.category.findData(OrganisationCategory.MIGRANT_ASSOCIATION)
    )
    qtbot.keyClicks(dialog.email, "amina.diallo@example.org")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.registered) == 1, timeout=10_000)
    result = dialog.registered[0]
    assert result.status is AccreditationStatus.ACCREDITED
    assert result.badge_number == "0413"  # the next badge of the demo forum
    assert "badge 0413" in dialog.outcome.text()
    assert dialog.given.text() == "" and dialog.family.text() == ""

    # The same person again: proposed as a likely duplicate, never merged.
    qtbot.keyClicks(dialog.given, "Amina")
    qtbot.keyClicks(dialog.family, "Diallo")
    qtbot.keyClicks(dialog.email, "amina.diallo@example.org")
    dialog.look_up()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "DIALLO" in dialog.duplicates.text().upper(), timeout=10_000)
    assert "same email" in dialog.duplicates.text()


def test_a_walk_in_with_a_bad_email_is_refused_beside_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    page.open_walk_in()
    dialog = page.walk_in
    assert dialog is not None
    dialog.family.setText("Ng")
    dialog.email.setText("not an email")
    dialog.register()
    assert not dialog.errors["email"].isHidden()
    assert dialog.registered == []


def test_editing_a_representative_shows_problems_beside_fields_and_undoes(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    panel = page.representatives
    _listed(qtbot, window, "suther")
    qtbot.waitUntil(lambda: _family_names(window) == ["Sutherland"], timeout=10_000)
    panel.table.activated.emit(panel.model.index(0, 0))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    dialog = page.detail
    assert dialog is not None
    assert dialog.fields["family_name"].text() == "Sutherland"
    dialog.fields["email"].setText("not-an-email")
    dialog.save()
    assert not dialog.errors["email"].isHidden() and dialog.isVisible()
    dialog.fields["email"].setText("peter.sutherland@un.org")
    dialog.fields["function"].setText("Représentant spécial")
    dialog.save()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is None, timeout=10_000)
    qtbot.waitUntil(
        lambda: panel.model.index(0, 7).data() == "peter.sutherland@un.org", timeout=10_000
    )
    window.show_page(1)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.index(0, 7).data() == "", timeout=10_000)
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(
        lambda: panel.model.index(0, 7).data() == "peter.sutherland@un.org", timeout=10_000
    )


def test_a_likely_duplicate_is_merged_field_by_field_only_when_asked(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    panel = page.representatives

    def add_twin(session: Any) -> None:
        from sqlalchemy import select

        from forumdesk.services.registry.edit import create_representative
        from forumdesk.services.registry.people import RepresentativeInput
        from forumdesk.store.models import Representative

        peter = session.scalars(
            select(Representative).where(Representative.family_name == "Sutherland")
        ).one()
        create_representative(
            session,
            RepresentativeInput(
                given_name="Peter",
                family_name="Sutherland",
                organisation_id=peter.organisation_id,
                title="Mr",
                function="Special Representative",
            ),
        )

    window.ops.change(add_twin, {Area.REGISTRY})
    wait_idle(qtbot, window)
    _listed(qtbot, window, "suther")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: panel.model.index(1, 0).data() == "Sutherland", timeout=10_000)
    panel.table.activated.emit(panel.model.index(0, 0))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    detail = page.detail
    assert detail is not None
    assert "SUTHERLAND, Peter" in detail.duplicates.text()
    assert not detail.merge_button.isHidden()
    assert panel.model.rowCount() == 2  # proposed, not merged
    detail.merge_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.merge is not None, timeout=10_000)
    merge = page.merge
    assert merge is not None
    assert merge.groups  # the records differ somewhere (title, function…)
    for group in merge.groups.values():
        group.button(2).setChecked(True)  # take every differing value from the duplicate
    taken = merge.taken_from_other()
    merge.merge()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert "function" in taken or "title" in taken


def test_export_and_badges_write_the_listed_people(
    qtbot: QtBot, window: MainWindow, tmp_path: Any
) -> None:
    import openpyxl

    _open(qtbot, window)
    _add_people(window, qtbot, 3)
    page = window.registry_page
    panel = page.representatives
    combo = panel.category_filter
    combo.setCurrentIndex(combo.findData(OrganisationCategory.TRADE_UNION))
    wait_idle(qtbot, window)
    _listed(qtbot, window, "délégué")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=10_000)
    workbook = tmp_path / "union.xlsx"
    messages: list[str] = []
    page.message.connect(messages.append)
    page.export_listed(path=str(workbook))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    rows = list(openpyxl.load_workbook(workbook).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["Délégué0000", "Délégué0001", "Délégué0002"]
    assert "3 representative(s) exported" in messages[-1]

    qtbot.waitUntil(lambda: panel.model.index(2, 0).data() == "Délégué0002", timeout=10_000)
    panel.table.selectAll()
    page.accredit_selected()
    wait_idle(qtbot, window)
    pdf = tmp_path / "badges.pdf"
    page.print_badges(path=str(pdf))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "badge" in messages[-1], timeout=10_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    # No selection left after the accreditation: everyone accredited, the demo's 410 too.
    assert messages[-1].startswith("413 badge(s)")


def _accredit_two_union_delegates(qtbot: QtBot, window: MainWindow) -> tuple[Any, Any]:
    """Two new trade-union delegates, listed by category and accredited in bulk; the
    list panel and its category filter."""
    _open(qtbot, window)
    _add_people(window, qtbot, 2)
    page = window.registry_page
    panel = page.representatives
    combo = panel.category_filter
    combo.setCurrentIndex(combo.findData(OrganisationCategory.TRADE_UNION))
    wait_idle(qtbot, window)
    _listed(qtbot, window, "délégué")
    qtbot.waitUntil(lambda: panel.model.index(1, 0).data() == "Délégué0001", timeout=10_000)
    panel.table.selectAll()
    page.accredit_selected()
    wait_idle(qtbot, window)
    assert window.undo_action.text() == "&Undo Accredit 2 representative(s)"
    return panel, combo


def test_bulk_accreditation_and_a_walk_in_are_undone_from_the_edit_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel, combo = _accredit_two_union_delegates(qtbot, window)
    page = window.registry_page
    status = panel.status_filter

    def badges() -> list[str | None]:
        # The people the filter lists (the demo's 412 badges come first).
        return [panel.model.index(r, 6).data() for r in range(panel.model.rowCount())]

    combo.setCurrentIndex(0)
    status.setCurrentIndex(status.findData(AccreditationStatus.ACCREDITED))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: badges() == ["0413", "0414"], timeout=3_000)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    window.redo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: badges() == ["0413", "0414"], timeout=10_000)

    page.open_walk_in()
    dialog = page.walk_in
    assert dialog is not None
    dialog.given.setText("Amina")
    dialog.family.setText("Diallo")
    dialog.register()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(dialog.registered) == 1, timeout=10_000)
    dialog.close()
    # The name between isolates: an Arabic one would not reorder the menu's words.
    assert window.undo_action.text() == "&Undo Walk-in \u2068DIALLO, Amina\u2069"
    _listed(qtbot, window, "diallo")
    qtbot.waitUntil(lambda: badges() == ["0415"], timeout=10_000)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: badges() == [], timeout=10_000)


def test_an_organisation_opens_from_its_list_and_its_edit_is_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    page.tabs.setCurrentIndex(1)
    model = page.organisations_model
    page.filter_edit.setText("Secrétariat")
    page.refresh()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    model.row_at(0)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: model.row_at(0) is not None, timeout=10_000)
    page.organisations_view.activated.emit(model.index(0, 0))
    wait_idle(qtbot, window)
    dialog = page.organisation
    assert dialog is not None
    assert dialog.fields["name"].text() == "Secrétariat de l'Organisation des Nations Unies"
    dialog.fields["acronym"].setText("UNSG")
    dialog.save_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.organisation is None, timeout=10_000)
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "UNSG", timeout=10_000)
    assert window.undo_action.text().startswith("&Undo Edit \u2068Secrétariat")
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: model.index(0, 1).data() == "ONU", timeout=10_000)


def test_likely_duplicates_are_reviewed_and_keep_both_is_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)

    def add(session: Any) -> None:
        from forumdesk.services.registry.edit import create_representative
        from forumdesk.services.registry.people import RepresentativeInput

        create_representative(session, RepresentativeInput("Amina", "Diallo", email="a@x.org"))
        create_representative(session, RepresentativeInput("Aminata", "Diallo", email="a@x.org"))

    window.ops.change(add, {Area.REGISTRY})
    wait_idle(qtbot, window)
    page = window.registry_page
    page.author = "Registrar"
    page.tabs.setCurrentWidget(page.duplicates)
    panel = page.duplicates
    panel.find_duplicates()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.select_row(0)
    panel.keep_selected()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=10_000)
    assert window.undo_action.text().startswith("&Undo Keep ")
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)


def test_a_persons_own_programme_is_exported_from_the_registry(
    qtbot: QtBot, window: MainWindow, tmp_path: Any
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    panel = page.representatives
    _listed(qtbot, window, "suther")
    qtbot.waitUntil(lambda: _family_names(window) == ["Sutherland"], timeout=10_000)
    row = panel.model.row_at(0)
    assert row is not None
    messages: list[str] = []
    page.message.connect(messages.append)
    target = tmp_path / "sutherland.ics"
    page.export_calendar(row.id, str(target))
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages[-1] == "1 segment(s) written to sutherland.ics"
    assert target.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_undoing_a_bulk_accreditation_decided_again_since_is_refused_and_stays(
    qtbot: QtBot, window: MainWindow, monkeypatch: Any
) -> None:
    """Two people accredited in bulk, then one withdrawn at the desk: Undo tells why it
    cannot, changes nothing, and the accreditation stays undoable on the stack."""
    from sqlalchemy import select

    from forumdesk.services.registry.edit import decide
    from forumdesk.store.models import Registration, Representative

    shown: list[str] = []
    monkeypatch.setattr(
        "forumdesk.ui.common.errors.show_failure",
        lambda _parent, line, _details="": shown.append(line),
    )
    _accredit_two_union_delegates(qtbot, window)
    database = window.ops.database
    assert database is not None
    with database.unit_of_work() as session:
        registration = session.scalars(
            select(Registration)
            .join(Representative, Representative.id == Registration.representative_id)
            .where(Representative.family_name == "Délégué0000")
        ).one()
        decide(session, [registration.id], AccreditationStatus.WITHDRAWN, decided_by="Desk B")
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Personne0000 Délégué0000 was decided again since" in shown[0]
    assert window.undo_action.text() == "&Undo Accredit 2 representative(s)"
    with database.reading() as session:
        statuses = sorted(
            str(status)
            for status in session.scalars(
                select(Registration.status)
                .join(Representative, Representative.id == Registration.representative_id)
                .where(Representative.family_name.like("Délégué%"))
            )
        )
    assert statuses == ["accredited", "withdrawn"]


def test_the_other_tabs_are_built_in_their_place_when_first_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(qtbot, window)
    page = window.registry_page
    tabs = page.tabs
    names = ["Representatives", "Organisations", "Likely Duplicates"]
    assert [tabs.tabText(i) for i in range(tabs.count())] == names
    for name in ("organisations_table", "duplicates_panel"):
        assert page.findChild(QWidget, name) is None
    # Counted for the status bar while the Organisations tab waits to be opened.
    qtbot.waitUntil(
        lambda: page.status_label.text() == "420 representative(s) · 205 organisation(s)",
        timeout=10_000,
    )
    page.author = "Registrar"
    opened: list[int] = []
    tabs.currentChanged.connect(opened.append)
    tabs.setCurrentIndex(2)
    panel = tabs.currentWidget()
    assert panel is page.duplicates
    assert panel.objectName() == "duplicates_panel"
    assert page.duplicates.decided_by == "Registrar"
    # Asked for while another tab is shown: built in its place, the tab shown stays.
    model = page.organisations_model
    assert tabs.currentWidget() is panel
    assert tabs.widget(1).findChild(QWidget, "organisations_table") is not None
    tabs.setCurrentIndex(1)
    assert opened == [2, 1]
    assert [tabs.tabText(i) for i in range(tabs.count())] == names
    qtbot.waitUntil(lambda: model.rowCount() == 205, timeout=10_000)

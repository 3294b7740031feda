"""File → Users and Roles…: disabled on a SQLite file (its tip says roles do not apply);
on a shared PostgreSQL database, an administrator grants roles and creates accounts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from forumdesk.paths import user_data_dir
from forumdesk.services.access.management import RolesNotApplicable
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.main_window import MainWindow
from tests.core.postgres_db import marks
from tests.core.postgres_office import Office, office
from tests.ui.conftest import LOAD_TIMEOUT_MS, wait_idle

__all__ = ["office"]  # the fixture


def test_on_a_sqlite_file_roles_do_not_apply(qtbot: QtBot, window: MainWindow) -> None:
    action = window.roles_menu.action
    qtbot.waitUntil(lambda: action.toolTip() == str(RolesNotApplicable()), timeout=5000)
    assert not action.isEnabled()
    dialog = window.roles_menu.open_dialog()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert dialog.signed_in.text() == str(RolesNotApplicable())
    assert dialog.view.isHidden() and dialog.editor.isHidden()
    dialog.close()


@marks[0]
@marks[1]
def test_an_administrator_grants_a_role_and_creates_an_account(
    qtbot: QtBot, settings: AppSettings, office: Office
) -> None:
    url = make_url(office.url).set(username=office.account("admin"), password="pw-admin")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        window.open_database(url.render_as_string(hide_password=False))
    wait_idle(qtbot, window)
    qtbot.waitUntil(window.roles_menu.action.isEnabled, timeout=5000)
    dialog = window.roles_menu.open_dialog()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=5000)
    assert office.account("admin") in dialog.signed_in.text()

    dialog.account.setText(office.account("ro"))
    dialog.role.setCurrentIndex(0)  # registrar
    dialog.grant_button.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.status.text() != "", timeout=5000)
    users = [dialog.model.row_at(row) for row in range(dialog.model.rowCount())]
    rows = {user.account: user.roles for user in users}
    assert [role.value for role in rows[office.account("ro")]] == ["registrar", "read_only"]

    secret = "Tr3s-Secret-Pass"
    dialog.account.setText(office.account("newcomer"))
    dialog.password.setText(secret)
    dialog.create_button.click()
    assert dialog.password.text() == ""
    wait_idle(qtbot, window)
    # Only an account with CREATEROLE (the owner, here) may make accounts.
    qtbot.waitUntil(lambda: "CREATEROLE" in dialog.error.text(), timeout=5000)
    shown = [w.text() for w in dialog.findChildren(type(dialog.signed_in))]
    shown += [window.windowTitle(), window.statusBar().currentMessage()]
    assert not any(secret in text for text in shown)
    logs = user_data_dir() / "logs"
    assert not any(secret in p.read_text(errors="ignore") for p in logs.glob("*") if p.is_file())
    dialog.close()
    window.close()
    QApplication.processEvents()


@marks[0]
@marks[1]
def test_the_window_asks_for_the_password_and_keeps_it_nowhere(
    qtbot: QtBot, settings: AppSettings, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    url = make_url(office.url).set(username=office.account("rita"), password=None)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_database(url.render_as_string(hide_password=False))
    qtbot.waitUntil(lambda: window.databases.password_prompt is not None, timeout=10_000)
    prompt = window.databases.password_prompt
    assert prompt is not None and office.account("rita") in prompt.labelText()
    with qtbot.waitSignal(window.ready, timeout=LOAD_TIMEOUT_MS):
        prompt.setTextValue("pw-rita")
        prompt.accept()
    wait_idle(qtbot, window)
    assert window.ops.database is not None
    assert window.ops.database.account == office.account("rita")
    assert "pw-rita" not in window.windowTitle()
    assert all("pw-rita" not in str(target) for target in settings.recent_databases())
    window.close()

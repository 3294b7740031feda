"""Every dialog of the application, built on the demo database for tests that look at
them all (literal ampersands, accessible names)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from forumdesk.ui.shell.main_window import MainWindow
from tests.ui.conftest import wait_idle

if TYPE_CHECKING:
    from forumdesk.services.practices.detail import PracticeDetail


def _ids(window: MainWindow) -> dict[str, uuid.UUID]:
    from forumdesk.store.models import Minutes, Organisation, Representative, Segment

    assert window.ops.database is not None
    with window.ops.database.reading() as session:
        return {
            "organisation": session.scalars(select(Organisation.id)).first(),
            "representative": session.scalars(select(Representative.id)).first(),
            # The opening: a segment with roles, whose fields are rows of a table.
            "segment": session.scalars(
                select(Segment.id).where(Segment.title == "Séance inaugurale")
            ).first(),
            "minutes": session.scalars(select(Minutes.id)).first(),
        }  # type: ignore[return-value]


def _practice(title: str) -> PracticeDetail:
    """A practice as the page shows it, for the dialogs that show one."""
    from forumdesk.services.practices.detail import PracticeDetail
    from forumdesk.services.practices.practices import PracticeInput, PracticeView
    from forumdesk.store.enums import PracticeType, ReviewState

    values = PracticeInput(title=title, practice_type=PracticeType.POLICY, summary=title)
    view = PracticeView(uuid.uuid4(), 1, uuid.uuid4(), values, ReviewState.RECEIVED, None,
                        None, None, None)  # fmt: skip
    return PracticeDetail(view, (), {}, {})


def build_dialogs(window: MainWindow, demo_db_path: Path, tmp_path: Path) -> list[QDialog]:
    """Each dialog of the application, built on the demo forum and not shown."""
    from forumdesk.paths import seed_document
    from forumdesk.services.documents.files import load_summary
    from forumdesk.services.practices.detail import form_choices
    from forumdesk.services.programme.edit import segment_place
    from forumdesk.services.programme.segment_editor import segment_detail
    from forumdesk.services.programme.templates.library import list_templates
    from forumdesk.services.registry.organisation_detail import organisation_detail
    from forumdesk.services.registry.representative_detail import representative_detail
    from forumdesk.ui.access.users_roles_dialog import UsersRolesDialog
    from forumdesk.ui.encryption.dialog import EncryptionDialog
    from forumdesk.ui.encryption.new_database import NewDatabaseDialog
    from forumdesk.ui.encryption.prompt import PassphrasePrompt
    from forumdesk.ui.pages.documents.import_dialog import ImportDialog as DocumentImport
    from forumdesk.ui.pages.minutes.export import ExportAllDialog
    from forumdesk.ui.pages.practices.dialogs import (
        PartnersDialog,
        PracticeCompareDialog,
        ReviewReasonDialog,
    )
    from forumdesk.ui.pages.practices.practice_dialog import PracticeDialog
    from forumdesk.ui.pages.practices.themes_dialog import ThemesDialog
    from forumdesk.ui.pages.programme.new_forum import NewForumDialog
    from forumdesk.ui.pages.programme.segment_dialog import SegmentDialog
    from forumdesk.ui.pages.registry.export_dialog import ExportDialog
    from forumdesk.ui.pages.registry.import_dialog import ImportDialog as RegistryImport
    from forumdesk.ui.pages.registry.organisation_dialog import OrganisationDialog
    from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
    from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog
    from forumdesk.ui.pages.report.dialogs import NoteChoiceDialog, ParagraphDialog
    from forumdesk.ui.shell.preferences_dialog import PreferencesDialog
    from forumdesk.ui.shell.restore_dialog import RestoreDialog
    from forumdesk.ui.shell.search_dialog import SearchDialog
    from forumdesk.ui.sync.conflicts_dialog import ConflictsDialog
    from forumdesk.ui.sync.history_dialog import HistoryDialog
    from forumdesk.ui.sync.laptop_dialog import LaptopDialog
    from forumdesk.ui.sync.sync_dialog import SyncDialog

    ops = window.ops
    forum = window.forum.forum_id
    assert ops.database is not None and forum is not None
    ids = _ids(window)
    with ops.database.reading() as session:
        organisation = organisation_detail(session, ids["organisation"], language="fr")
        representative = representative_detail(session, ids["representative"])
        segment = segment_detail(session, ids["segment"])
        place = segment_place(session, ids["segment"])
        templates = list_templates(session)
        choices = form_choices(session, forum)
    people = tmp_path / "liste.csv"
    people.write_text("Nom;Prénom;Organisation\nDupont;Jean;Mission suisse\n", encoding="utf-8")
    other = tmp_path / "laptop.db"
    other.write_bytes(demo_db_path.read_bytes())
    summary = load_summary(seed_document())
    return [
        NewForumDialog(ops, templates, window),
        PreferencesDialog(window.shell_context, window),
        SearchDialog(ops, window),
        LaptopDialog(ops, forum, window),
        RestoreDialog(ops, demo_db_path, window),
        EncryptionDialog(ops, demo_db_path, False, window),
        EncryptionDialog(ops, demo_db_path, True, window),
        NewDatabaseDialog(tmp_path / "venue.db", window),
        PassphrasePrompt(window, "Encrypted Database", "forumdesk.db is encrypted."),
        ConflictsDialog(ops, lambda: "Ana Lima", window),
        HistoryDialog(ops, ids["organisation"], organisation.data.name, window),
        OrganisationDialog(ops, organisation, window),
        RepresentativeDialog(ops, representative, window),
        WalkInDialog(ops, forum, "Ana Lima", window),
        ExportDialog(12, window),
        SegmentDialog(ops, segment, place, window),
        ParagraphDialog(window),
        NoteChoiceDialog([], window),
        ExportAllDialog(window),
        SyncDialog(ops, other, window),
        UsersRolesDialog(ops, window),
        PracticeDialog(ops, forum, choices, None, window),
        ReviewReasonDialog("Decline Practice", "Why?", True, window),
        PracticeCompareDialog(_practice("Corridors"), _practice("Bonds"), window),
        PartnersDialog("Corridors", [], window),
        ThemesDialog(ops, forum, window),
        RegistryImport(ops, people, forum, window.forum.title, window),
        DocumentImport(
            window,
            source=seed_document().name,
            parsed=summary,
            language="fr",
            current_document=None,
        ),
    ]


@contextmanager
def every_dialog(
    qtbot: QtBot, window: MainWindow, demo_db_path: Path, tmp_path: Path
) -> Iterator[list[QDialog]]:
    """The dialogs of `build_dialogs`, closed and deleted afterwards."""
    built = build_dialogs(window, demo_db_path, tmp_path)
    try:
        yield built
    finally:
        for dialog in built:
            dialog.close()
            dialog.deleteLater()
        wait_idle(qtbot, window)


def shown(qtbot: QtBot, window: MainWindow, dialogs: list[QDialog]) -> Iterator[QDialog]:
    """Each dialog in turn, shown and done loading."""
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_idle(qtbot, window)
        yield dialog

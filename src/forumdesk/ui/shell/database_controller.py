"""Opening, creating and switching databases, off the GUI thread."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Qt and the dialogs are imported where a prompt is shown: not before the first paint.
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from forumdesk.store.redaction import redact, without_password
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.settings import AppSettings

if TYPE_CHECKING:
    import uuid
    from collections.abc import Callable

    from PySide6.QtWidgets import QInputDialog
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.forums import ForumSummary
    from forumdesk.store.database import Database
    from forumdesk.store.migrate import OpenReport
    from forumdesk.ui.encryption.prompt import PassphrasePrompt


PASSPHRASE_TRIES = 3


@dataclass(frozen=True)
class Opened:
    target: str
    database: Database
    report: OpenReport
    forums: list[ForumSummary]
    demo_loaded: bool
    # Why a passphrase the user asked to remember could not be kept in the keyring.
    keyring_note: str = ""


class DatabaseController(QObject):
    """Knows which database is open; pages learn of a switch through `Operations`."""

    opened = Signal(object)  # Opened
    open_failed = Signal(str, str)  # target, message
    forums_listed = Signal(object)  # list[ForumSummary]

    def __init__(
        self, ops: Operations, settings: AppSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._settings = settings
        self.target: str | None = None
        self.passphrase_prompt: PassphrasePrompt | None = None
        self.password_prompt: QInputDialog | None = None

    def open(
        self,
        target: str | None,
        *,
        demo_if_new: bool = False,
        create: bool = False,
        passphrase: str | None = None,
        tries: int = 0,
        remember: bool = False,
    ) -> None:
        """Migrate and open `target` (None: the default database); only `create` makes a
        new file (New Database…, the default database on a first start), encrypted with
        `passphrase` if given. An encrypted file is opened with FORUMDESK_PASSPHRASE, else
        the passphrase remembered in the OS keyring, else asks for it (`ask_passphrase`),
        up to PASSPHRASE_TRIES times; `remember` keeps it in the keyring once it opened."""
        actor = self._settings.user_name()  # read here: QSettings stays on the GUI thread
        new_encrypted = create and passphrase is not None
        # FORUMDESK_PASSPHRASE first, as on the command line; a clear file ignores it.
        passphrase = passphrase or os.environ.get("FORUMDESK_PASSPHRASE") or None

        def work() -> Opened:
            from forumdesk.services.access.guard import enforce_roles
            from forumdesk.services.database.demo import load_demo
            from forumdesk.services.database.maintenance import prepare_database
            from forumdesk.services.database.remembered import passphrase_at_open
            from forumdesk.services.programme.forums import list_forums
            from forumdesk.store.migrate import open_database

            enforce_roles()  # on a shared server, every change is checked against the roles
            if new_encrypted:
                from forumdesk.services.database.encryption import refuse_clear_file

                refuse_clear_file(target)
            key = passphrase or passphrase_at_open(target)
            database, report = open_database(
                target, create=create or target is None, passphrase=key
            )
            note = _remember(report.path, key) if remember and key else ""
            database.actor = actor  # the name the audit log records
            demo_loaded = False
            try:
                if database.read_only:  # nothing may be brought up to date: read it as it is
                    with database.reading() as session:
                        forums = list_forums(session)
                else:
                    with database.unit_of_work() as session:
                        # Search index and sort keys of a database just migrated to them.
                        prepare_database(session, registry=False)
                        if demo_if_new and report.was_empty and not list_forums(session):
                            load_demo(session)
                            demo_loaded = True
                        forums = list_forums(session)
            except BaseException:
                database.dispose()
                raise
            path = report.path
            # Settings and menus keep the URL without its password: libpq's password file
            # (~/.pgpass) or PGPASSWORD gives it when the database is opened again.
            where = str(path) if path else without_password(report.url)
            return Opened(where, database, report, forums, demo_loaded, note)

        def failed(exc: BaseException) -> None:
            from forumdesk.services.access.sign_in import needs_password
            from forumdesk.store.migrate import EncryptedDatabase

            retry = {"demo_if_new": demo_if_new, "create": create, "tries": tries + 1}
            if isinstance(exc, EncryptedDatabase) and target and tries < PASSPHRASE_TRIES:
                self.ask_passphrase(target, exc, retry)
            elif target and tries < PASSPHRASE_TRIES and needs_password(exc, target):
                self.ask_password(target, exc, retry)
            else:
                self.open_failed.emit(redact(target or ""), str(exc))

        self._ops.call(work, self._on_opened, failed)

    def ask_passphrase(self, target: str, refusal: BaseException, retry: dict[str, Any]) -> None:
        """The passphrase of an encrypted `target`, typed unseen; Cancel gives up with the
        refusal's one line. The passphrase goes to the opening only, and to the keyring if
        the user ticks its box; never anywhere else."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog

        from forumdesk.services.database.remembered import RememberedPassphraseForgotten
        from forumdesk.store.migrate import WrongPassphrase
        from forumdesk.ui.encryption.prompt import PassphrasePrompt

        name = Path(target).name
        if isinstance(refusal, RememberedPassphraseForgotten):
            text = self.tr(
                "The passphrase remembered in the keyring does not open {file}; it was "
                "forgotten. Type its passphrase ({n} of {most}):"
            )
        elif isinstance(refusal, WrongPassphrase):
            text = self.tr("That passphrase does not open {file}. Try again ({n} of {most}):")
        else:
            text = self.tr("{file} is encrypted. Type its passphrase ({n} of {most}):")
        parent = self.parent()
        dialog = PassphrasePrompt(
            parent if isinstance(parent, QWidget) else None,
            self.tr("Encrypted Database"),
            text.format(file=name, n=retry["tries"], most=PASSPHRASE_TRIES),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            typed = dialog.passphrase()
            if result == QDialog.DialogCode.Accepted and typed:
                self.open(target, passphrase=typed, remember=dialog.remembers(), **retry)
            else:
                self.open_failed.emit(redact(target), str(refusal))

        dialog.finished.connect(answered)
        self.passphrase_prompt = dialog
        dialog.open()

    def ask_password(self, target: str, refusal: BaseException, retry: dict[str, Any]) -> None:
        """The password of the account a server `target` names, when libpq's password
        file and PGPASSWORD do not give it: typed unseen, for this opening only."""
        from forumdesk.services.access.sign_in import account_at, with_password

        text = self.tr("Password of {account} ({n} of {most}):").format(
            account=account_at(target), n=retry["tries"], most=PASSPHRASE_TRIES
        )
        self.password_prompt = self._secret_prompt(
            "password_prompt",
            self.tr("Sign In to the Database Server"),
            text,
            self.tr("Password"),
            lambda typed: self.open(with_password(target, typed), **retry),
            lambda: self.open_failed.emit(redact(target), str(refusal)),
        )

    def _secret_prompt(
        self,
        name: str,
        title: str,
        text: str,
        accessible: str,
        answered: Callable[[str], None],
        cancelled: Callable[[], None],
    ) -> QInputDialog:
        """A prompt whose answer is typed unseen and handed on, never kept."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

        parent = self.parent()
        dialog = QInputDialog(parent if isinstance(parent, QWidget) else None)
        dialog.setObjectName(name)
        dialog.setWindowTitle(title)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setLabelText(text)
        dialog.setAccessibleName(accessible)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            typed = dialog.textValue()
            if result == QDialog.DialogCode.Accepted and typed:
                answered(typed)
            else:
                cancelled()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def current_passphrase(self) -> str | None:
        """The passphrase the open database was opened with (None: clear or a server), for
        opening it again after a restore: held in memory by its engine, never written."""
        from forumdesk.services.database.backups import database_passphrase

        database = self._ops.database
        return database_passphrase(database) if database is not None else None

    def load_demo(self) -> None:
        def work(session: Session) -> list[ForumSummary]:
            from forumdesk.services.database.demo import load_demo
            from forumdesk.services.programme.forums import list_forums

            load_demo(session)
            return list_forums(session)

        self._ops.change(work, {Area.FORUMS}, self.forums_listed.emit)

    def list_forums(self) -> None:
        def work(session: Session) -> list[ForumSummary]:
            from forumdesk.services.programme.forums import list_forums

            return list_forums(session)

        self._ops.query(work, self.forums_listed.emit)

    def last_forum(self, forums: list[ForumSummary]) -> ForumSummary | None:
        if not forums:
            return None
        remembered: uuid.UUID | None = (
            self._settings.last_forum(self.target) if self.target else None
        )
        return next((f for f in forums if f.id == remembered), forums[0])

    def _on_opened(self, result: Opened) -> None:
        self.target = result.target
        self._settings.remember_database(result.target)
        self._ops.set_database(result.database)
        self.opened.emit(result)
        if not result.database.read_only:
            from forumdesk.services.database.maintenance import refresh_registry_in_steps

            # Seconds at a million people: after the opening, in short transactions.
            self._ops.upkeep(refresh_registry_in_steps, [Area.REGISTRY], _upkeep_failed)


def _upkeep_failed(exc: Exception) -> None:
    """Logged, not shown: the search entries are brought up to date at the next opening."""
    logging.getLogger(__name__).warning(
        "registry search entries not brought up to date", exc_info=exc
    )


def _remember(path: Path | None, passphrase: str) -> str:
    """Keep the passphrase of `path` in the keyring; why not, if it could not."""
    from forumdesk.services.database.remembered import KeyringUnavailable, remember_passphrase

    if path is None:
        return ""
    try:
        remember_passphrase(path, passphrase)
    except KeyringUnavailable as refused:
        return str(refused)
    return ""

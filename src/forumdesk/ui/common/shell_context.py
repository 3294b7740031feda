"""What the main window lends the menus and dialogs around it (databases, backups, sync,
laptops, conflicts, Preferences, the name prompt): the operations, the settings, the
current forum and a few ways back to the window, so that none of them holds the window
itself."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.settings import AppSettings


class Signing(Protocol):
    """A page that signs what it writes (notes, minutes, accreditation decisions)."""

    author: str


class ShellContext(QObject):
    #: A line for the status bar, and how long it stays (ms).
    message = Signal(str, int)
    #: Forums may have come or gone (a sync brought some): the forum list is read again.
    forums_changed = Signal()
    #: Open this database (a path or URL; create it when True) in place of the open one.
    open_requested = Signal(str, bool)
    #: The same with a passphrase: (target, passphrase, create, remember in the keyring).
    open_encrypted_requested = Signal(str, str, bool, bool)
    #: Open the same database again (its content was replaced under the engine).
    reopen_requested = Signal()

    def __init__(
        self, ops: Operations, settings: AppSettings, forum: ForumContext, window: QWidget
    ) -> None:
        super().__init__(window)
        self.ops = ops
        self.settings = settings
        self.forum = forum
        #: The parent of the dialogs and file choosers opened from the menus.
        self.window = window
        self._signing: list[Signing] = []

    def user_name(self) -> str:
        """The user's name; "" while none is set."""
        return self.settings.user_name()

    def show_message(self, text: str, timeout: int = 10000) -> None:
        self.message.emit(text, timeout)

    def add_signing(self, page: Signing) -> None:
        """`page` signs with the user's name, now and after every change of it."""
        page.author = self.user_name()
        self._signing.append(page)

    def sign_as(self, name: str) -> None:
        """The user's name changed: the history records the new name, and the pages
        that sign what they write sign with it."""
        if self.ops.database is not None:
            self.ops.database.actor = name
        for page in self._signing:
            page.author = name

    def open_database(
        self,
        target: str,
        *,
        create: bool = False,
        passphrase: str | None = None,
        remember: bool = False,
    ) -> None:
        """Open `target` in the window; an encrypted one with `passphrase` (created so
        with `create`), kept in the OS keyring if `remember`."""
        if passphrase is None:
            self.open_requested.emit(target, create)
        else:
            self.open_encrypted_requested.emit(target, passphrase, create, remember)

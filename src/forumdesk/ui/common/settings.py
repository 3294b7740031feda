"""What ForumDesk remembers between runs, kept in QSettings.

The window reads its settings before its first paint: what only the database, the
user's name or a forum needs (hashlib, UUIDs, the signer file) is imported where used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    import uuid

    from forumdesk.services.common.signer import Signer

MAX_RECENT = 8


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    # Databases
    def last_database(self) -> str | None:
        from forumdesk.store.redaction import without_password

        value = self._settings.value("database/last")
        return without_password(str(value)) if value else None

    def recent_databases(self) -> list[str]:
        from forumdesk.store.redaction import without_password

        value = self._settings.value("database/recent", [])
        if isinstance(value, str):
            value = [value] if value else []
        if isinstance(value, list):
            # Settings written by an older ForumDesk may hold a password: never hand it on.
            return list(dict.fromkeys(without_password(str(v)) for v in value if v))
        return []

    def remember_database(self, target: str) -> None:
        from forumdesk.store.redaction import without_password

        target = without_password(target)  # never a secret in the settings file
        recent = [target] + [r for r in self.recent_databases() if r != target]
        self._settings.setValue("database/recent", recent[:MAX_RECENT])
        self._settings.setValue("database/last", target)

    def clear_recent(self) -> None:
        self._settings.setValue("database/recent", [])

    # The forum last open in each database
    @staticmethod
    def _forum_key(database: str) -> str:
        import hashlib

        return "forum/" + hashlib.sha256(database.encode()).hexdigest()[:16]

    def last_forum(self, database: str) -> uuid.UUID | None:
        import uuid

        value = self._settings.value(self._forum_key(database))
        try:
            return uuid.UUID(str(value)) if value else None
        except ValueError:
            return None

    def remember_forum(self, database: str, forum_id: uuid.UUID | None) -> None:
        self._settings.setValue(self._forum_key(database), str(forum_id) if forum_id else "")

    # Window
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def last_page(self) -> int:
        value = self._settings.value("window/page", 0)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return 0

    def remember_page(self, index: int) -> None:
        self._settings.setValue("window/page", index)

    # The user's name: kept where the command line reads it too (services/common/signer.py)
    def signer(self) -> Signer | None:
        """Who signs notes and minutes here; None until the user gives a name."""
        from forumdesk.services.common.signer import store_signer, stored_signer

        stored = stored_signer()
        if stored is None:
            # A name an older ForumDesk kept in these settings moves to the shared file.
            older = " ".join(str(self._settings.value("user/name", "") or "").split())
            if older:
                stored = store_signer(older)
                self._settings.remove("user/name")
        return stored

    def user_name(self) -> str:
        """The user's name; "" while none is set (never the operating-system login)."""
        signer = self.signer()
        return signer.name if signer else ""

    def set_user_name(self, name: str, initials: str | None = None) -> None:
        """Keep the user's name (and initials, proposed from it unless given); an empty
        name forgets it."""
        from forumdesk.services.common.signer import store_signer

        store_signer(name, initials)

    # The interface's language: a code of forumdesk.ui.shell.interface_language, or "" for
    # the system's.
    def interface_language(self) -> str:
        return str(self._settings.value("interface/language", "") or "")

    def set_interface_language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)

    def sync(self) -> None:
        self._settings.sync()


def database_label(target: str) -> str:
    """A short name for menus: the file name, or the URL without its password."""
    if "://" in target:
        head, _, tail = target.partition("@")
        return tail if tail else head
    return Path(target).name

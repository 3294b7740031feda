"""A database's passphrase remembered in the OS keyring, only when the user asks.

The keyring (macOS Keychain, Windows Credential Locker, the Secret Service on Linux)
keeps it under the database file's full path; nothing else in ForumDesk ever writes
it. Without a usable keyring (a headless Linux session has none) nothing is
remembered and the user is told why. Any failure of the keyring is a passphrase not
remembered, never an error that stops the database from opening.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from forumdesk.services.common.messages import _
from forumdesk.store.migrate import EncryptedDatabase

#: The keyring entry's service name; the user name is the database file's path.
SERVICE = "ForumDesk database passphrase"


class KeyringUnavailable(Exception):
    """The passphrase could not be stored in the keyring; one line for the user."""


class RememberedPassphraseForgotten(EncryptedDatabase):
    """The keyring's passphrase does not open the file: it was forgotten; ask the user."""


def _keyring() -> Any | None:
    """The keyring module when a real backend answers, else None."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


def unavailable_reason() -> str | None:
    """None when passphrases can be remembered, else why not (for a tooltip)."""
    if _keyring() is not None:
        return None
    return _(
        "No keyring is available in this session (on Linux, a desktop session with a "
        "Secret Service such as GNOME Keyring or KWallet); the passphrase cannot be "
        "remembered."
    )


def _key(database: Path) -> str:
    return str(database.resolve())


def remembered_passphrase(database: Path) -> str | None:
    """The passphrase the keyring holds for `database`, if the user had it remembered."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, _key(database))
    except Exception:  # locked, refused, gone: as if nothing were remembered
        return None
    return found if isinstance(found, str) and found else None


def remember_passphrase(database: Path, passphrase: str) -> None:
    """Keep `passphrase` in the keyring for `database`; KeyringUnavailable if it cannot."""
    keyring = _keyring()
    if keyring is None:
        raise KeyringUnavailable(unavailable_reason() or "")
    try:
        keyring.set_password(SERVICE, _key(database), passphrase)
    except Exception as exc:
        raise KeyringUnavailable(
            _("the keyring refused to keep the passphrase ({kind})").format(kind=type(exc).__name__)
        ) from exc


def forget_passphrase(database: Path) -> None:
    """Remove any passphrase the keyring holds for `database`."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, _key(database))
    except Exception:  # nothing remembered, or a keyring that refuses: nothing to forget
        return


def passphrase_at_open(target: str | None) -> str | None:
    """The remembered passphrase of the encrypted SQLite file `target` names; None for a
    clear file, a server, or nothing remembered. One that no longer opens the file is
    forgotten, and RememberedPassphraseForgotten raised (the user is to be asked)."""
    from forumdesk.store import cipher
    from forumdesk.store.encryption import is_encrypted
    from forumdesk.store.engine import database_url, sqlite_path

    path = sqlite_path(database_url(target))
    if path is None or not is_encrypted(path):
        return None
    found = remembered_passphrase(path)
    if found is None or cipher.unlocks(path, found):
        return found
    forget_passphrase(path)
    raise RememberedPassphraseForgotten(
        _("the passphrase remembered in the keyring does not open {path}; it was forgotten").format(
            path=path
        )
    )

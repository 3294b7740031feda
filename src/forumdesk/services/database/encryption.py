"""Encrypting the open SQLite database, decrypting it or changing its passphrase, as
the window's File > Encryption… and `forumdesk encrypt|decrypt` ask; and what becomes
of the earlier backups that lie in clear.

Encrypting leaves no clear copy behind unless the user chose to keep them: the earlier
clear backups are encrypted with the same passphrase or deleted. Decrypting leaves the
backups encrypted. A passphrase is never written anywhere but into SQLCipher (and the
OS keyring, when the user asks: `remembered.py`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from forumdesk.services.common.messages import _, ngettext
from forumdesk.store import encryption
from forumdesk.store.backup import backup_folder
from forumdesk.store.encryption import Watch
from forumdesk.store.migrate import DatabaseError


class EarlierBackups(enum.Enum):
    """What becomes of the backups taken while the database lay in clear."""

    ENCRYPT = "encrypt"
    DELETE = "delete"
    KEEP = "keep"


class Strength(enum.Enum):
    EMPTY = "empty"
    WEAK = "weak"
    FAIR = "fair"
    STRONG = "strong"


@dataclass(frozen=True)
class Encrypted:
    database: Path
    #: The copy taken just before, encrypted with the new passphrase.
    backup: Path
    earlier: EarlierBackups
    #: The earlier backups encrypted (ENCRYPT) or deleted (DELETE).
    handled: list[Path] = field(default_factory=list)
    #: The earlier backups left in clear (KEEP).
    clear_left: list[Path] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.backup.parent

    def backups_note(self) -> str:
        """One sentence on the earlier clear backups: how many were encrypted or
        deleted, or are still in clear and where; "" when there were none."""
        if self.clear_left:
            count = len(self.clear_left)
            return ngettext(
                "{count} earlier backup of it is still in clear: {folder}",
                "{count} earlier backups of it are still in clear: {folder}",
                count,
            ).format(count=count, folder=self.folder)
        count = len(self.handled)
        if not count:
            return ""
        if self.earlier is EarlierBackups.DELETE:
            said = ngettext(
                "{count} earlier backup in clear was deleted from {folder}.",
                "{count} earlier backups in clear were deleted from {folder}.",
                count,
            )
        else:
            said = ngettext(
                "{count} earlier backup was encrypted with the same passphrase, in {folder}.",
                "{count} earlier backups were encrypted with the same passphrase, in {folder}.",
                count,
            )
        return said.format(count=count, folder=self.folder)

    def as_json(self) -> dict[str, object]:
        return {
            "database": str(self.database),
            "encrypted": True,
            "backup": str(self.backup),
            "earlier_backups": self.earlier.value,
            "earlier_backups_handled": [str(path) for path in self.handled],
            "clear_backups": [str(path) for path in self.clear_left],
        }


def clear_backups(database: Path) -> list[Path]:
    """The database's backups that lie in clear, newest first."""
    return encryption.clear_backups(database)


def backups_folder(database: Path) -> Path:
    return backup_folder(database)


def is_encrypted(database: Path) -> bool:
    return encryption.is_encrypted(database)


def encrypt(
    database: Path,
    passphrase: str,
    earlier: EarlierBackups,
    *,
    watch: Watch | None = None,
) -> Encrypted:
    """Encrypt the clear `database` with `passphrase`, then its earlier clear backups as
    `earlier` says. Nothing is done to the backups when the database could not be."""
    if not passphrase:
        raise DatabaseError(_("an empty passphrase would leave the database in clear"))
    earlier_copies = clear_backups(database)
    backup = encryption.encrypt_database(database, passphrase, watch=watch)
    if earlier is EarlierBackups.KEEP:
        return Encrypted(database, backup, earlier, clear_left=earlier_copies)
    if earlier is EarlierBackups.DELETE:
        encryption.delete_backups(earlier_copies)
        return Encrypted(database, backup, earlier, handled=earlier_copies)
    done = encryption.encrypt_backups(earlier_copies, passphrase)
    return Encrypted(database, backup, earlier, handled=done)


def decrypt(database: Path, passphrase: str, *, watch: Watch | None = None) -> Path:
    """Decrypt `database`; the backup taken before. Every backup stays encrypted."""
    return encryption.decrypt_database(database, passphrase, watch=watch)


def change_passphrase(
    database: Path, passphrase: str, new_passphrase: str, *, watch: Watch | None = None
) -> Path:
    """Encrypt `database` with `new_passphrase`; the backup taken before, under the old."""
    return encryption.change_passphrase(database, passphrase, new_passphrase, watch=watch)


def refuse_clear_file(target: str | None) -> None:
    """Refuse to "create encrypted" a database file that exists already in clear: it
    would open as it is, in clear. File > Encryption… (or `encrypt`) encrypts it."""
    from forumdesk.store import cipher
    from forumdesk.store.engine import database_url, sqlite_path

    path = sqlite_path(database_url(target))
    if path is not None and cipher.is_clear_sqlite(path):
        said = _("{path} exists already, in clear; open it, then encrypt it (File > Encryption…)")
        raise DatabaseError(said.format(path=path))


def check_passphrase(database: Path, passphrase: str) -> None:
    """WrongPassphrase unless `passphrase` opens the encrypted `database`; reads only."""
    from forumdesk.store import cipher
    from forumdesk.store.migrate import WrongPassphrase, wrong_passphrase_message

    if not passphrase or not cipher.unlocks(database, passphrase):
        raise WrongPassphrase(wrong_passphrase_message(database))


def cancel_when(cancelled: Callable[[], bool], report: Callable[[int, int], None]) -> Watch:
    """A `Watch` that reports how far a conversion got and stops it once `cancelled`."""

    def watch(done: int, total: int) -> bool:
        report(done, total)
        return cancelled()

    return watch


def passphrase_strength(passphrase: str) -> Strength:
    """A rough word on how hard `passphrase` is to guess: length counts most (a few
    words beat a short jumble); kinds of character help a shorter one."""
    if not passphrase:
        return Strength.EMPTY
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    length = len(passphrase)
    if length >= 20 or (length >= 14 and kinds >= 3):
        return Strength.STRONG
    if length >= 12 or (length >= 10 and kinds >= 3):
        return Strength.FAIR
    return Strength.WEAK

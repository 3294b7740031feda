"""Backup copies as files: how a copy is named, read back from its name, and removed.

A leaf of the store: `backup` writes copies and `backup_retention` prunes them, and
both read copies through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

PRE_OPERATION = "before-"
MANUAL = "manual"
#: Suffix of a raw copy of a database that failed its integrity check (kept before a
#: restore replaces it, never counted as a good copy).
DAMAGED = "-damaged"
# Copies from before pre-operation reasons were prefixed: still pre-operation copies.
_LEGACY_PRE_OPERATION = frozenset({"import", "merge"})
STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[A-Za-z0-9][A-Za-z0-9_-]*)\.db$")
SQLITE_HEADER = b"SQLite format 3\x00"
#: The end of the reason of a copy encrypted with SQLCipher, which has no SQLite header.
ENCRYPTED = "-encrypted"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int
    #: False for an empty file or one without the SQLite header (left by a failed
    #: backup of an older ForumDesk): never listed, and pruned. Damaged copies are
    #: always kept as evidence for their time.
    usable: bool = True

    @property
    def pre_operation(self) -> bool:
        return self.reason.startswith(PRE_OPERATION) or self.reason in _LEGACY_PRE_OPERATION

    @property
    def manual(self) -> bool:
        """Asked for by name (encrypted or not)."""
        return self.reason.removesuffix(ENCRYPTED) == MANUAL

    @property
    def encrypted(self) -> bool:
        return self.reason.endswith(ENCRYPTED)

    @property
    def damaged(self) -> bool:
        return self.reason.endswith(DAMAGED)


def read_copy(path: Path) -> BackupCopy | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.search(path.name)
    if match is None or path.name.startswith("."):
        return None
    taken = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError:
        return None
    reason = match["reason"]
    # A damaged copy is a byte copy kept as evidence, whatever it holds (even nothing).
    readable = header == SQLITE_HEADER or reason.endswith(ENCRYPTED)
    usable = reason.endswith(DAMAGED) or (size > 0 and readable)
    return BackupCopy(path, taken, reason, size, usable)


def folder_copies(folder: Path) -> list[BackupCopy]:
    """Every file in `folder` named as a backup, usable or not, newest first."""
    if not folder.is_dir():
        return []
    found = (read_copy(path) for path in folder.glob("*.db"))
    return sorted((c for c in found if c is not None), key=lambda c: c.taken_at, reverse=True)


def remove_with_companions(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)

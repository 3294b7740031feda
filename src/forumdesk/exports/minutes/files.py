"""Minutes written to files: one minutes, or every minutes of a forum at once.

The document writers are imported inside the calls, so that whoever imports this
module (the window, before its first paint) does not load reportlab, python-docx and
the like.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ExportAllResult:
    written: int
    total: int
    cancelled: bool
    target: Path


def safe_name(title: str) -> str:
    """A file name from a title: no path separators, control characters or characters
    Windows refuses, no name it reserves (CON, NUL…), at most 120 characters and 180
    bytes of UTF-8 (file systems count bytes: a Chinese character takes 3)."""
    name = re.sub(r'[\\/:*?"<>|\s\x00-\x1f\x7f]+', " ", title).strip(" .")
    name = name[:120].encode("utf-8")[:180].decode("utf-8", errors="ignore").strip(" .")
    if name.split(".")[0].casefold() in _RESERVED:
        name = f"{name}_"
    return name or "minutes"


_RESERVED = {"con", "prn", "aux", "nul"} | {f"{k}{n}" for k in ("com", "lpt") for n in range(10)}


def export_one(
    session: Session, minutes_id: uuid.UUID, path: Path, form: str, *, internal: bool = False
) -> Path:
    """The minutes as published, or (`internal`) the secretariat's marked version."""
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document

    write_document(minutes_document(session, minutes_id, internal=internal), path, form)
    return path


def export_all(
    session: Session,
    forum_id: uuid.UUID,
    target: Path,
    form: str,
    report: Callable[[int, int], None],
    cancelled: Callable[[], bool],
    database_path: Path | None = None,
    *,
    internal: bool = False,
) -> ExportAllResult:
    """Every live minutes of the forum into a folder, or a .zip when `target` ends so;
    `internal`: the secretariat's versions, internal notes included and marked."""
    from sqlalchemy import select

    from forumdesk.exports.document.file_batch import unique_file_names, write_batch
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.store.models import Minutes

    rows = session.execute(
        select(Minutes.id, Minutes.title)
        .where(Minutes.forum_id == forum_id, Minutes.deleted_at.is_(None))
        .order_by(Minutes.created_at)
    ).all()
    total = len(rows)
    report(0, total)
    names = unique_file_names([safe_name(title) for _id, title in rows], form, "{stem} ({n})")

    def writer(minutes_id: uuid.UUID) -> Callable[[Path], None]:
        return lambda path: write_document(
            minutes_document(session, minutes_id, internal=internal), path, form
        )

    files = [(name, writer(row[0])) for name, row in zip(names, rows, strict=True)]
    written = write_batch(
        target,
        files,
        database_path=database_path,
        progress=report,
        cancelled=cancelled,
    )
    return ExportAllResult(len(written.names), total, written.cancelled, target)

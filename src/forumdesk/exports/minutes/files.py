"""Minutes written to files: one minutes, or every minutes of a forum at once.

`export_all` is the one "export all minutes" of the Minutes page and of `forumdesk
minutes export-all`: which minutes, and in what order, is
`services.minutes.listing`; the names are the export dialogs' own
(`services.common.file_names`), numbered where two are alike.

The document writers are imported inside the calls, so that whoever imports this
module (the window, before its first paint) does not load reportlab, python-docx and
the like.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forumdesk.exports.document.file_batch import FileWriter, unique_file_names, write_batch
from forumdesk.services.common.file_names import export_file_name
from forumdesk.services.common.output_files import check_output_folder, check_output_path
from forumdesk.services.minutes.listing import MinutesToExport, minutes_to_export

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ExportAllResult:
    written: int
    total: int
    cancelled: bool
    target: Path


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
    *,
    internal: bool = False,
    database_path: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportAllResult:
    """Every started minutes of the forum into a folder, or a .zip when `target` ends
    so; `internal`: the secretariat's versions, internal notes included and marked.
    Refused (`MinutesError`) when the forum has no minutes, with nothing written."""
    # Before any work: never over a database, nor into a folder that cannot be one.
    if target.suffix.lower() == ".zip":
        check_output_path(target, database_path)
    else:
        check_output_folder(target, database_path, create=False)
    chosen = minutes_to_export(session, forum_id)
    if progress is not None:
        progress(0, len(chosen))
    written = write_batch(
        target,
        list(zip(file_names(chosen, form), _writers(session, chosen, form, internal), strict=True)),
        database_path=database_path,
        progress=progress,
        cancelled=cancelled,
    )
    return ExportAllResult(len(written.names), len(chosen), written.cancelled, target)


def file_names(chosen: list[MinutesToExport], form: str) -> list[str]:
    """ "Forum_Segment_minutes_2006-07-12.pdf", as Export… proposes for one minutes;
    "…_2006-07-12_2.pdf" for the second of two alike (parallel segments, one title)."""
    suffix = "." + form
    stems = [
        export_file_name(minutes.name_parts, form, on=minutes.day).removesuffix(suffix)
        for minutes in chosen
    ]
    return unique_file_names(stems, form, "{stem}_{n}")


def _writers(
    session: Session, chosen: list[MinutesToExport], form: str, internal: bool
) -> list[FileWriter]:
    from forumdesk.exports.document.writers import write_document
    from forumdesk.exports.minutes.document import minutes_document

    def writer(minutes_id: uuid.UUID) -> FileWriter:
        return lambda path: write_document(
            minutes_document(session, minutes_id, internal=internal), path, form
        )

    return [writer(minutes.minutes_id) for minutes in chosen]

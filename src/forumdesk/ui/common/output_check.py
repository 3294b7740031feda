"""Before an export starts: propose a file name, and refuse, in a message box, a file
ForumDesk must not write.

The same check runs again in the writer (`services.output_files`); this one answers at
once, on the GUI thread, with the one-line reason and nothing written. The name comes
from `services.file_names`, the same for every export dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from forumdesk.store.database import Database


def proposed_name(forum_title: str, what: str, extension: str, on: date | None = None) -> str:
    """ "Forum-2027_badges_2027-07-12.pdf": the forum, what is exported, the date (today
    unless the document has its own)."""
    from forumdesk.services.common.file_names import export_file_name

    return export_file_name([forum_title, what], extension, on=on or date.today())


def output_refused(
    parent: QWidget, path: Path | str, database: Database | None, *, folder: bool = False
) -> bool:
    """True, after telling the user why, when `path` is the open database, one of its
    companions, a backup, another SQLite file, or not a place a file can be written."""
    from forumdesk.services.common.output_files import (
        OutputPathError,
        check_output_folder,
        check_output_path,
    )

    database_path = database.path if database is not None else None
    try:
        if folder:
            check_output_folder(path, database_path)
        else:
            check_output_path(path, database_path)
    except OutputPathError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("OutputCheck", "File Not Written"), str(error)
        )
        return True
    return False

"""Before an export starts: refuse, in a message box, a file ForumDesk must not write.

The same check runs again in the writer (`services.output_files`); this one answers at
once, on the GUI thread, with the one-line reason and nothing written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from forumdesk.store.database import Database


def output_refused(
    parent: QWidget, path: Path | str, database: Database | None, *, folder: bool = False
) -> bool:
    """True, after telling the user why, when `path` is the open database, one of its
    companions, a backup, another SQLite file, or not a place a file can be written."""
    from forumdesk.services.output_files import (
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

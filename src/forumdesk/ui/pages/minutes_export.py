"""Exporting minutes: one segment's, or every started minutes of the forum at once.

The jobs run on the worker (through `Operations.query`); the writers are imported
inside them, so the page loads without reportlab, python-docx and the like.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from forumdesk.ui.operations import Progress

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

FORMS = ("pdf", "docx", "odt", "html", "md")


@dataclass(frozen=True)
class ExportAllResult:
    written: int
    total: int
    cancelled: bool
    target: Path


def safe_name(title: str) -> str:
    """A file name from a title: no path separators or characters Windows refuses."""
    name = re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip(" .")
    return name[:120] or "minutes"


def export_one(session: Session, minutes_id: uuid.UUID, path: Path, form: str) -> Path:
    from forumdesk.exports.document_writers import write_document
    from forumdesk.exports.minutes_document import minutes_document

    write_document(minutes_document(session, minutes_id), path, form)
    return path


def export_all(
    session: Session,
    forum_id: uuid.UUID,
    target: Path,
    form: str,
    progress: Progress,
    database_path: Path | None = None,
) -> ExportAllResult:
    """Every live minutes of the forum into a folder, or a .zip when `target` ends so."""
    from sqlalchemy import select

    from forumdesk.exports.document_writers import write_document
    from forumdesk.exports.file_batch import unique_file_names, write_batch
    from forumdesk.exports.minutes_document import minutes_document
    from forumdesk.store.models import Minutes

    rows = session.execute(
        select(Minutes.id, Minutes.title)
        .where(Minutes.forum_id == forum_id, Minutes.deleted_at.is_(None))
        .order_by(Minutes.created_at)
    ).all()
    total = len(rows)
    progress.report(0, total)
    names = unique_file_names([safe_name(title) for _id, title in rows], form, "{stem} ({n})")

    def writer(minutes_id: uuid.UUID) -> Callable[[Path], None]:
        return lambda path: write_document(minutes_document(session, minutes_id), path, form)

    files = [(name, writer(row[0])) for name, row in zip(names, rows, strict=True)]
    written = write_batch(
        target,
        files,
        database_path=database_path,
        progress=progress.report,
        cancelled=progress.cancelled,
    )
    return ExportAllResult(len(written.names), total, written.cancelled, target)


class ExportAllDialog(QDialog):
    """Which format, and a folder or one .zip file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_export_all")
        self.setWindowTitle(self.tr("Export all minutes"))
        self.setAccessibleName(self.tr("Export all minutes"))
        form = QFormLayout(self)
        self.form_combo = QComboBox(self)
        self.form_combo.setObjectName("minutes_export_all_format")
        self.form_combo.setAccessibleName(self.tr("File format"))
        for name, label in form_labels(self).items():
            self.form_combo.addItem(label, name)
        form.addRow(self.tr("&Format:"), self.form_combo)
        self.into_combo = QComboBox(self)
        self.into_combo.setObjectName("minutes_export_all_into")
        self.into_combo.setAccessibleName(self.tr("Write the files into"))
        self.into_combo.addItem(self.tr("A folder"), "folder")
        self.into_combo.addItem(self.tr("One .zip file"), "zip")
        form.addRow(self.tr("&Into:"), self.into_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def form(self) -> str:
        return str(self.form_combo.currentData())

    @property
    def as_zip(self) -> bool:
        return self.into_combo.currentData() == "zip"


def form_labels(widget: QWidget) -> dict[str, str]:
    """Each format's name as the file dialogs show it."""
    return {
        "pdf": widget.tr("PDF document (*.pdf)"),
        "docx": widget.tr("Word document (*.docx)"),
        "odt": widget.tr("OpenDocument text (*.odt)"),
        "html": widget.tr("Web page (*.html)"),
        "md": widget.tr("Markdown (*.md)"),
    }

"""The programme's files: a new forum from a template, the programme saved as one,
and the exports (iCalendar, PDF, Word). Runs through the page's operations."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.output_check import output_refused, proposed_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.templates.library import TemplateInfo

# Export kinds: file filter suffix and the writer's module and function.
EXPORTS = {
    "ics": ("programme.ics", "write_programme_ics"),
    "pdf": ("programme.pdf", "write_programme_pdf"),
    "docx": ("programme.docx", "write_programme_docx"),
}


class ProgrammeFiles(QObject):
    #: A short message for the status bar.
    message = Signal(str)
    #: A forum was made from a template: its id.
    forum_created = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.window = parent

    def new_forum(self) -> None:
        def load(session: Session) -> list[TemplateInfo]:
            from forumdesk.services.programme.templates.library import list_templates

            return list_templates(session)

        self.ops.query(load, self._choose_template)

    def _choose_template(self, templates: list[TemplateInfo]) -> None:
        from forumdesk.ui.pages.programme.new_forum import NewForumDialog

        dialog = NewForumDialog(self.ops, templates, self.window)
        dialog.created.connect(self.forum_created.emit)
        dialog.created.connect(lambda _id: self.message.emit(self.tr("Forum created.")))
        self.dialog = dialog
        dialog.open()

    def save_as_template(self, forum_id: uuid.UUID, title: str, path: str | None = None) -> None:
        """The forum's programme as a template file, also offered for new forums."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save Programme as Template"),
                proposed_name(title, self.tr("programme-template"), "json"),
                self.tr("Agenda template (*.json)"),
            )
            if not path:
                return
        target = Path(path)
        if output_refused(self.window, target, self.ops.database):
            return

        def work(session: Session) -> str:
            from forumdesk.services.programme.templates.file_format import parse_template
            from forumdesk.services.programme.templates.library import (
                import_template,
                programme_as_template,
                save_template_file,
            )

            body = programme_as_template(session, forum_id, _slug(target.stem), title)
            spec = parse_template(body, target.name)
            import_template(session, spec, replace=True)
            save_template_file(spec, target)
            return target.name

        self.ops.change(
            work,
            {Area.PROGRAMME},
            lambda name: self.message.emit(self.tr("Template saved to {file}.").format(file=name)),
        )

    def export(
        self, kind: str, forum_id: uuid.UUID, path: str | None = None, title: str = ""
    ) -> None:
        module, function = EXPORTS[kind]
        if path is None:
            names = {
                "ics": self.tr("iCalendar (*.ics)"),
                "pdf": self.tr("PDF (*.pdf)"),
                "docx": self.tr("Word document (*.docx)"),
            }
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export Programme"),
                proposed_name(title, self.tr("programme"), kind),
                names[kind],
            )
            if not path:
                return
        target = Path(path)
        if output_refused(self.window, target, self.ops.database):
            return

        def work(session: Session) -> int:
            import importlib

            writer = getattr(importlib.import_module(f"forumdesk.exports.{module}"), function)
            return int(writer(session, forum_id, target))

        self.ops.query(
            work,
            lambda count: self.message.emit(
                self.tr("%n segment(s) written to {file}", "", count).format(file=target.name)
            ),
        )


def _slug(stem: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "programme"

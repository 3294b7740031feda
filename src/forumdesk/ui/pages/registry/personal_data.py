"""A person's form's "Export Personal Data…": everything held about them (their right
of access), as a readable PDF or JSON, written in the background."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QPushButton

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.output_check import output_refused

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class PersonalDataButton(QPushButton):
    """Added to a person's form's button box; says in `report` (a label the form places)
    which file was written, or the one line why not."""

    def __init__(
        self, buttons: QDialogButtonBox, ops: Operations, person_id: uuid.UUID, name: str
    ) -> None:
        super().__init__(buttons)
        self.setText(self.tr("E&xport Personal Data…"))
        self.setObjectName("personal_data_button")
        self.setAccessibleName(self.tr("Export everything held about this person, as PDF or JSON"))
        self.ops = ops
        self.person_id = person_id
        self.name = name
        self.report = QLabel(buttons.parentWidget())
        self.report.setObjectName("personal_data_report")
        self.report.setWordWrap(True)
        self.report.hide()
        self.clicked.connect(self.export)
        buttons.addButton(self, QDialogButtonBox.ButtonRole.ActionRole)

    def export(self) -> None:
        """Ask where, then write the file off the GUI thread."""
        from forumdesk.services.common.file_names import export_file_name

        pdf, json = self.tr("PDF document (*.pdf)"), self.tr("JSON data (*.json)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window(),
            self.tr("Export Personal Data"),
            export_file_name([self.name, self.tr("personal data")], "pdf"),
            f"{pdf};;{json}",
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".json" if chosen == json else ".pdf")
        if output_refused(self.window(), target, self.ops.database):
            return
        database = self.ops.database
        database_path = database.path if database is not None else None
        person_id = self.person_id

        def write(session: Session) -> str:
            from forumdesk.exports.privacy.files import write_subject_access
            from forumdesk.services.privacy.subject_access import subject_access

            write_subject_access(
                subject_access(session, person_id), target, database_path=database_path
            )
            return target.name

        self.setEnabled(False)
        self.ops.query(write, self._written, self._refused)

    def _written(self, file: str) -> None:
        self._say(self.tr("Personal data written to {file}.").format(file=file), error=False)

    def _refused(self, error: Exception) -> None:
        self._say(str(error), error=True)

    def _say(self, text: str, *, error: bool) -> None:
        if not shiboken6.isValid(self):  # the form was closed while the file was written
            return
        self.setEnabled(True)
        self.report.setStyleSheet("color: #b00020" if error else "")
        self.report.setText(text)
        self.report.show()

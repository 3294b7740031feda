"""A person's form's "Export Personal Data…": everything held about them (their right
of access), as a readable PDF or JSON, written in the background; and "Erase Personal
Data…": their right to be forgotten, asked for and then done in the background."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.output_check import output_refused

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.privacy.erasure import ErasurePlan


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


class ErasePersonalDataButton(QPushButton):
    """Added to a person's form's button box: erases their personal data everywhere
    (their right to be forgotten) once a dialog naming them says what will happen and
    that it cannot be undone. On success the form closes, since what it shows is gone,
    and every page reloads."""

    def __init__(
        self, buttons: QDialogButtonBox, ops: Operations, person_id: uuid.UUID, report: QLabel
    ) -> None:
        super().__init__(buttons)
        self.setText(self.tr("Erase Perso&nal Data…"))
        self.setObjectName("erase_personal_data_button")
        self.setAccessibleName(
            self.tr("Erase this person's personal data everywhere; it cannot be undone")
        )
        self.ops = ops
        self.person_id = person_id
        self.report = report  # the form's line for what happened (shared with the export)
        self.confirmation: QMessageBox | None = None  # open while the user decides
        self.clicked.connect(self.ask)
        buttons.addButton(self, QDialogButtonBox.ButtonRole.ActionRole)

    def ask(self) -> None:
        """Read who they are and the pseudonym they would get, then ask."""
        person_id = self.person_id

        def plan(session: Session) -> ErasurePlan:
            from forumdesk.services.privacy.erasure import erasure_plan

            return erasure_plan(session, person_id)

        self.setEnabled(False)
        self.ops.query(plan, self._confirm, self._refused)

    def _confirm(self, plan: ErasurePlan) -> None:
        if not shiboken6.isValid(self):
            return
        self.setEnabled(True)
        box = QMessageBox(self.window())
        box.setObjectName("erase_personal_data_confirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase Personal Data"))
        box.setText(self.tr("Erase the personal data of {name}?").format(name=plan.name))
        box.setInformativeText(
            self.tr(
                "Their names, contact details and notes about them are removed everywhere: "
                "the registry, notes, minutes, the report, the search index and the audit "
                "log. Approved minutes and the report keep their text, with {pseudonym} in "
                "place of the name, and say so. A backup is taken first.\n\n"
                "This cannot be undone."
            ).format(pseudonym=plan.pseudonym)
        )
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(lambda _r: self._erase(plan) if box.clickedButton() is erase else None)
        self.confirmation = box
        box.open()

    def _erase(self, plan: ErasurePlan) -> None:
        self.confirmation = None
        database = self.ops.database
        if database is None:
            return
        person_id = self.person_id

        def erase() -> str:
            from forumdesk.services.privacy.erasure import erase_people

            [erased] = erase_people(database, [person_id]).erased
            return erased.pseudonym

        self.setEnabled(False)
        self.ops.call(erase, lambda pseudonym: self._erased(plan, pseudonym), self._refused)

    def _erased(self, plan: ErasurePlan, pseudonym: str) -> None:
        from forumdesk.ui.common.operations import Area

        self.ops.changes_applied.emit(frozenset({Area.ALL}))
        if not shiboken6.isValid(self):
            return
        form = self.window()
        QMessageBox.information(
            form.parentWidget() or form,
            self.tr("Erase Personal Data"),
            self.tr("The personal data of {name} was erased. They are now {pseudonym}.").format(
                name=plan.name, pseudonym=pseudonym
            ),
        )
        if isinstance(form, QDialog):
            form.reject()  # what the form shows is gone: it must not be saved back

    def _refused(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self.setEnabled(True)
        self.report.setStyleSheet("color: #b00020")
        self.report.setText(str(error))
        self.report.show()

"""A representative's detail form: edit with the problems shown beside the fields.

Saving is undoable (Edit > Undo) through `RepresentativeEdited`, pushed once the
first save has succeeded.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.duplicates.reasons import reasons_text
from forumdesk.store.enums import Gender
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand, Work
from forumdesk.ui.pages.registry.personal_data import ErasePersonalDataButton, PersonalDataButton
from forumdesk.ui.sync.history_dialog import HistoryButton
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
    from forumdesk.services.registry.people import RepresentativeInput
    from forumdesk.services.registry.representative_detail import RepresentativeDetail

AREAS = frozenset({Area.REGISTRY})
TEXT_FIELDS = (
    "title",
    "given_name",
    "family_name",
    "given_name_latin",
    "family_name_latin",
    "function",
    "languages",
    "email",
    "phone",
)


def representative_edited(
    ops: Operations,
    representative_id: uuid.UUID,
    before: RepresentativeInput,
    after: RepresentativeInput,
    text: str,
) -> ChangeCommand:
    """Undo re-applies `before`; undo and redo expect the values the other left (see
    `organisation_edited`)."""

    def saving(read: RepresentativeInput, data: RepresentativeInput) -> Work:
        def run(session: Session) -> None:
            from forumdesk.services.common.edit_conflicts import ReadAt
            from forumdesk.services.registry.edit import update_representative

            update_representative(session, representative_id, data, read=ReadAt(None, read))

        return run

    return ChangeCommand(ops, text, saving(before, after), saving(after, before), AREAS)


class RepresentativeDialog(QDialog):
    # (before, after) once a save has succeeded.
    saved = Signal(object, object)
    # The id of a likely duplicate the user wants to compare and merge into this one.
    merge_requested = Signal(object)
    #: The person's own programme is wanted as iCalendar: their id.
    calendar_requested = Signal(object)

    def __init__(
        self, ops: Operations, detail: RepresentativeDetail, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("representative_dialog")
        self.ops = ops
        self.detail = detail
        self.conflict_dialog: QDialog | None = None  # open while a conflict is settled
        from forumdesk.services.registry.scripts import isolated

        name = isolated(f"{detail.data.family_name.upper()}, {detail.data.given_name}")
        self.setWindowTitle(self.tr("Representative: {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form(detail))
        self._build_record_links(detail, layout)
        self.general_error = self._error("general")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.history_button = HistoryButton(buttons, ops, detail.id, name)
        self.personal_data = PersonalDataButton(
            buttons, ops, detail.id, f"{detail.data.given_name} {detail.data.family_name}"
        )
        self.erase_data = ErasePersonalDataButton(
            buttons, ops, detail.id, self.personal_data.report
        )
        layout.addWidget(self.personal_data.report)
        layout.addWidget(buttons)

    def _build_form(self, detail: RepresentativeDetail) -> QFormLayout:
        form = QFormLayout()
        titles = {
            "title": self.tr("&Title:"),
            "given_name": self.tr("&Given name:"),
            "family_name": self.tr("&Family name:"),
            "given_name_latin": self.tr("Given name (&Latin):"),
            "family_name_latin": self.tr("Family name (Lat&in):"),
            "function": self.tr("F&unction:"),
            "languages": self.tr("L&anguages:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field in TEXT_FIELDS:
            edit = QLineEdit(getattr(detail.data, field) or "", self)
            edit.setObjectName(f"representative_{field}")
            edit.setAccessibleName(titles[field].replace("&", "").rstrip(":"))
            self.fields[field] = edit
            form.addRow(titles[field], edit)
            self.errors[field] = self._error(field)
            form.addRow("", self.errors[field])
            if field == "family_name_latin":
                self._build_latin_hint(form)
        self.gender = QComboBox(self)
        self.gender.setObjectName("representative_gender")
        self.gender.setAccessibleName(self.tr("Gender"))
        for gender in Gender:
            self.gender.addItem(labels.gender(gender), gender)
        self.gender.setCurrentIndex(max(find_data(self.gender, detail.data.gender), 0))
        form.addRow(self.tr("Gen&der:"), self.gender)
        organisation = QLabel(detail.organisation or "—", self)
        organisation.setObjectName("representative_organisation")
        form.addRow(self.tr("Organisation:"), organisation)
        self.notes = QPlainTextEdit(detail.data.notes or "", self)
        self.notes.setObjectName("representative_notes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("N&otes:"), self.notes)
        return form

    def _build_latin_hint(self, form: QFormLayout) -> None:
        """Under the Latin names: a request to type them where no standard romanisation
        is faithful (Arabic script); elsewhere a changed name proposes its romanisation."""
        from forumdesk.services.registry.scripts import made_up

        self.latin_hint = QLabel(self)
        self.latin_hint.setObjectName("representative_latin_hint")
        self.latin_hint.setWordWrap(True)
        self.latin_hint.setStyleSheet("color: #555")
        self.latin_hint.setText(
            self.tr(
                "Type the name in Latin letters as the person spells it: it is printed under "
                "the name on the badge. It cannot be made from this script without guessing "
                "the vowels."
            )
        )
        form.addRow("", self.latin_hint)
        self._proposed: dict[str, str] = {}
        for name_field in ("given_name", "family_name"):
            name, latin = self.fields[name_field], self.fields[f"{name_field}_latin"]
            if made_up(latin.text(), name.text()):
                latin.clear()  # a consonant skeleton an older version filled in
            name.textEdited.connect(lambda _text, field=name_field: self._propose_latin(field))
            latin.textEdited.connect(lambda _text: self._update_latin_hint())
        self._update_latin_hint()

    def _propose_latin(self, name_field: str) -> None:
        """A name changed: its Latin field follows, unless the user typed one of their own."""
        from forumdesk.services.registry.scripts import Script, romanise, script_of

        name, latin = self.fields[name_field], self.fields[f"{name_field}_latin"]
        if not latin.text() or latin.text() == self._proposed.get(name_field):
            typed = name.text()
            foreign = script_of(typed) not in (None, Script.LATIN)
            self._proposed[name_field] = (romanise(typed) or "") if foreign else ""
            latin.setText(self._proposed[name_field])
        self._update_latin_hint()

    def _update_latin_hint(self) -> None:
        from forumdesk.services.registry.scripts import needs_latin_form

        self.latin_hint.setVisible(
            any(
                needs_latin_form(self.fields[field].text())
                and not self.fields[f"{field}_latin"].text().strip()
                for field in ("given_name", "family_name")
            )
        )

    def _build_record_links(self, detail: RepresentativeDetail, layout: QVBoxLayout) -> None:
        """Where the person is registered, their likely duplicates and their programme."""
        from forumdesk.services.registry.scripts import isolated

        registrations = "; ".join(
            f"{line.forum}: {labels.accreditation(line.status)}"
            + (f" ({line.badge_number})" if line.badge_number else "")
            for line in detail.registrations
        )
        self.registrations = QLabel(registrations or self.tr("Not registered to any forum."), self)
        self.registrations.setObjectName("representative_registrations")
        self.registrations.setWordWrap(True)
        layout.addWidget(self.registrations)
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("representative_duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("color: #8a5300")
        if detail.duplicates:
            self.duplicates.setText(
                self.tr("Likely duplicates: {list}").format(
                    list="; ".join(
                        f"{isolated(match.label)} ({reasons_text(match.reasons)})"
                        for match in detail.duplicates
                    )
                )
            )
        layout.addWidget(self.duplicates)
        self.merge_button = push_button(
            self.tr("Compare and &Merge…"),
            "representative_merge",
            self.tr("Compare and merge with the likely duplicate"),
            self,
            clicked=self._merge_best,
        )
        self.merge_button.setVisible(bool(detail.duplicates))
        layout.addWidget(self.merge_button)
        self.calendar_button = push_button(
            self.tr("Their Prog&ramme (.ics)…"),
            "representative_calendar",
            self.tr("Export the segments where this person has a role or speaks, as iCalendar"),
            self,
            clicked=lambda: self.calendar_requested.emit(detail.id),
        )
        layout.addWidget(self.calendar_button)

    def _merge_best(self) -> None:
        best = next((m for m in self.detail.duplicates if m.representative_id), None)
        if best is not None:
            self.merge_requested.emit(best.representative_id)

    def _error(self, field: str) -> QLabel:
        return error_label(self, f"representative_{field}_error")

    def data(self) -> RepresentativeInput:
        from forumdesk.services.registry.people import RepresentativeInput

        values = {field: edit.text().strip() or None for field, edit in self.fields.items()}
        return RepresentativeInput(
            given_name=values["given_name"] or "",
            family_name=values["family_name"] or "",
            organisation_id=self.detail.data.organisation_id,
            title=values["title"],
            gender=self.gender.currentData(),
            function=values["function"],
            languages=values["languages"],
            email=values["email"],
            phone=values["phone"],
            given_name_latin=values["given_name_latin"],
            family_name_latin=values["family_name_latin"],
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt
        from forumdesk.services.registry.people import check_representative

        data = self.data()
        problems = check_representative(data)
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        for problem in problems:
            label = self.errors.get(problem.field, self.general_error)
            label.setText(problem.reason)
            label.show()
        if problems:
            return
        self._submit(ReadAt(self.detail.version, self.detail.data), data)

    def _submit(self, read: ReadAt[RepresentativeInput], data: RepresentativeInput) -> None:
        """Save over the version the form was read at (a conflict is shown to settle)."""
        self.save_button.setEnabled(False)
        self.general_error.hide()
        representative_id = self.detail.id

        def store(session: Session) -> None:
            from forumdesk.services.registry.edit import update_representative

            update_representative(session, representative_id, data, read=read)

        def stored(_result: None) -> None:
            if not shiboken6.isValid(self):
                return
            self.saved.emit(read.values, data)
            self.accept()

        def refused(error: Exception) -> None:
            from forumdesk.services.common.edit_conflicts import EditConflict

            if not shiboken6.isValid(self):
                return
            self.save_button.setEnabled(True)
            if isinstance(error, EditConflict):
                self._settle(error)
                return
            self.general_error.setText(str(error))
            self.general_error.show()

        self.ops.change(store, AREAS, stored, refused)

    def _settle(self, conflict: EditConflict) -> None:
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def resubmit(read: ReadAt[RepresentativeInput], wanted: RepresentativeInput) -> None:
            self.conflict_dialog = None
            self._submit(read, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self.general_error.setText(self.tr("Not saved: this person was changed meanwhile."))
            self.general_error.show()

        self.conflict_dialog = settle_conflict(self, conflict, resubmit, cancelled)

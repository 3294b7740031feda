"""An organisation's detail form: edit with the problems shown beside the fields.

The values are checked where they are saved: `update_organisation` runs on the worker
and refuses the whole record with every problem at once (`RegistryProblems`), which
the form shows beside each field; nothing is written then. Saving is undoable
(Edit > Undo) through `organisation_edited`, pushed by the page on `saved`.

The organisation's representatives are listed read-only; Enter or a double-click on
one asks the page to open that person (`representative_requested`).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumdesk.store.enums import AccreditationStatus, EcosocStatus, OrganisationCategory
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand, Work
from forumdesk.ui.sync.history_dialog import HistoryButton
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import Selection, record_table
from forumdesk.ui.widgets.forms import error_label, is_ctrl_return
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
    from forumdesk.services.registry.organisation_detail import (
        CountryChoice,
        OrganisationDetail,
        RepresentativeLine,
    )
    from forumdesk.services.registry.people import OrganisationInput

AREAS = frozenset({Area.REGISTRY})


def organisation_edited(
    ops: Operations,
    organisation_id: uuid.UUID,
    before: OrganisationInput,
    after: OrganisationInput,
    text: str,
) -> ChangeCommand:
    """The undo command of a save that already happened: undo re-applies `before`.

    Undo and redo are edits too: each expects the values the other left, so a field
    someone else changed since is kept, and one both changed refuses (EditConflict).
    """

    def saving(read: OrganisationInput, data: OrganisationInput) -> Work:
        def run(session: Session) -> None:
            from forumdesk.services.common.edit_conflicts import ReadAt
            from forumdesk.services.registry.edit import update_organisation

            update_organisation(session, organisation_id, data, read=ReadAt(None, read))

        return run

    return ChangeCommand(ops, text, saving(before, after), saving(after, before), AREAS)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class OrganisationDialog(QDialog):
    # (before, after): both OrganisationInput, once a save has succeeded.
    saved = Signal(object, object)
    # The id (uuid.UUID) of a representative the user activated in the list.
    representative_requested = Signal(object)

    def __init__(
        self, ops: Operations, detail: OrganisationDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from forumdesk.services.registry.people import FIRST_ECOSOC_YEAR, STATE_CATEGORIES

        self.setObjectName("organisation_dialog")
        # Only States sit in a UN regional group; the year before the first one means none.
        self._states = STATE_CATEGORIES
        self._no_year = FIRST_ECOSOC_YEAR - 1
        self.ops = ops
        self.detail = detail
        self._saving = False
        self.conflict_dialog: QDialog | None = None  # open while a conflict is settled
        from forumdesk.services.registry.scripts import isolated

        name = isolated(detail.data.name)
        self.setWindowTitle(self.tr("Organisation: {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.fields: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        form = self.form = QFormLayout()
        self._build_form(form)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)  # spare height goes below the form, not into its rows
        columns.addLayout(left, 3)
        columns.addLayout(self._build_figures(), 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.general_error = error_label(self, "organisation_error")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("organisation_buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("organisation_save")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("organisation_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.history_button = HistoryButton(buttons, ops, detail.id, detail.data.name)
        layout.addWidget(buttons)
        self.resize(960, 600)
        self._update_regional_group()
        self._update_ecosoc_year()
        self.fields["name"].setFocus()

    # Building ---------------------------------------------------------------------

    def _error_row(self, form: QFormLayout, field: str) -> None:
        self.errors[field] = error_label(self, f"organisation_{field}_error")
        form.addRow("", self.errors[field])

    def _line(self, form: QFormLayout, field: str, title: str) -> None:
        edit = QLineEdit(getattr(self.detail.data, field) or "", self)
        edit.setObjectName(f"organisation_{field}")
        edit.setAccessibleName(title.replace("&", "").rstrip(":"))
        edit.installEventFilter(self)
        self.fields[field] = edit
        form.addRow(title, edit)
        self._error_row(form, field)

    def _text(self, form: QFormLayout, field: str, title: str) -> None:
        edit = QPlainTextEdit(getattr(self.detail.data, field) or "", self)
        edit.setObjectName(f"organisation_{field}")
        edit.setAccessibleName(title.replace("&", "").rstrip(":"))
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(70)
        edit.installEventFilter(self)
        self.texts[field] = edit
        form.addRow(title, edit)
        self._error_row(form, field)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.installEventFilter(self)
        return combo

    def _build_form(self, form: QFormLayout) -> None:
        data = self.detail.data
        self._line(form, "name", self.tr("&Name:"))
        self._line(form, "acronym", self.tr("&Acronym:"))
        self.category = self._combo("organisation_category", self.tr("Category"))
        for category in OrganisationCategory:
            self.category.addItem(labels.organisation_category(category), category)
        self.category.setCurrentIndex(max(find_data(self.category, data.category), 0))
        self.category.currentIndexChanged.connect(self._update_regional_group)
        form.addRow(self.tr("Cate&gory:"), self.category)
        self._error_row(form, "category")
        self.country = self._country_combo()
        form.addRow(self.tr("C&ountry:"), self.country)
        self._error_row(form, "country")
        self.regional_group = QLabel(self)
        self.regional_group.setObjectName("organisation_regional_group")
        self.regional_group.setAccessibleName(self.tr("UN regional group"))
        form.addRow(self.tr("Regional group:"), self.regional_group)
        self.ecosoc_status = self._combo("organisation_ecosoc_status", self.tr("ECOSOC status"))
        self.ecosoc_status.addItem(self.tr("— none —"), None)
        for status, text in (
            (EcosocStatus.GENERAL, self.tr("General")),
            (EcosocStatus.SPECIAL, self.tr("Special")),
            (EcosocStatus.ROSTER, self.tr("Roster")),
        ):
            self.ecosoc_status.addItem(text, status)
        self.ecosoc_status.setCurrentIndex(
            max(find_data(self.ecosoc_status, data.ecosoc_status), 0)
        )
        self.ecosoc_status.currentIndexChanged.connect(self._update_ecosoc_year)
        form.addRow(self.tr("ECOSOC &status:"), self.ecosoc_status)
        self._error_row(form, "ecosoc_status")
        self.ecosoc_year = QSpinBox(self)
        self.ecosoc_year.setObjectName("organisation_ecosoc_year")
        self.ecosoc_year.setAccessibleName(self.tr("Year of the ECOSOC status"))
        self.ecosoc_year.setRange(self._no_year, max(date.today().year, self._no_year + 1))
        self.ecosoc_year.setSpecialValueText("—")  # the minimum: no year
        self.ecosoc_year.setValue(data.ecosoc_year or self._no_year)
        self.ecosoc_year.installEventFilter(self)
        form.addRow(self.tr("ECOSOC &year:"), self.ecosoc_year)
        self._error_row(form, "ecosoc_year")
        self._line(form, "website", self.tr("&Website:"))
        self._text(form, "address", self.tr("A&ddress:"))
        self._line(form, "email", self.tr("&E-mail:"))
        self._line(form, "phone", self.tr("&Phone:"))
        self._text(form, "notes", self.tr("No&tes:"))

    def _country_combo(self) -> QComboBox:
        combo = self._combo("organisation_country", self.tr("Country"))
        combo.setEditable(True)
        edit = QLineEdit(combo)
        edit.setObjectName("organisation_country_edit")
        combo.setLineEdit(edit)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        # Typed text → alpha-3: an item's text, a country's name or its code.
        self._countries: dict[str, CountryChoice] = {}
        for choice in self.detail.countries:
            text = f"{choice.name} ({choice.code})"
            combo.addItem(text, choice.code)
            for key in (text, choice.name, choice.code):
                self._countries.setdefault(_fold(key), choice)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        edit.setAccessibleName(self.tr("Country"))
        edit.setPlaceholderText(self.tr("Type a name or an ISO code"))
        edit.installEventFilter(self)
        code = self.detail.data.country
        index = find_data(combo, code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:  # no country, or a code this pycountry does not know: shown as stored
            combo.setCurrentIndex(0)
            combo.setEditText(code or "")
        combo.editTextChanged.connect(self._update_regional_group)
        return combo

    def _build_figures(self) -> QVBoxLayout:
        detail = self.detail
        column = QVBoxLayout()
        figures = [
            self.tr("%n representative(s)", "", detail.representative_count),
            self.tr("%n intervention(s)", "", detail.interventions),
            self.tr("%n programme role(s)", "", detail.programme_roles),
            self.tr("%n linked note(s)", "", detail.notes),
        ]
        self.summary = QLabel("\n".join(figures), self)
        self.summary.setObjectName("organisation_summary")
        self.summary.setAccessibleName(self.tr("Figures of the organisation"))
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        lines = []
        for tally in detail.registrations:
            counts = ", ".join(
                f"{labels.accreditation(status)}: {getattr(tally, status.value)}"
                for status in AccreditationStatus
                if getattr(tally, status.value)
            )
            lines.append(f"{tally.forum} — {counts}")
        self.registrations = QLabel(
            "\n".join(lines) or self.tr("No representative registered to any forum."), self
        )
        self.registrations.setObjectName("organisation_registrations")
        self.registrations.setAccessibleName(self.tr("Registrations per forum"))
        self.registrations.setWordWrap(True)
        column.addWidget(self.registrations)
        heading = QLabel(self.tr("&Representatives:"), self)
        column.addWidget(heading)
        self.representatives_model: RowsModel[RepresentativeLine] = RowsModel(
            [
                Column(self.tr("Name"), lambda line: line.name),
                Column(self.tr("Function"), lambda line: line.function),
                Column(self.tr("E-mail"), lambda line: line.email),
            ],
            self,
            tooltip=lambda line: " — ".join(filter(None, (line.name, line.function, line.email))),
        )
        self.representatives_model.set_rows(detail.representatives)
        view = self.representatives_view = record_table(
            self,
            "organisation_representatives",
            self.tr("Representatives of the organisation"),
            self.representatives_model,
            selection=Selection.SingleSelection,
            read_only=True,
            fixed_rows=True,
        )
        view.horizontalHeader().setStretchLastSection(True)
        view.setMinimumWidth(320)
        view.resizeColumnsToContents()
        for column_index in range(self.representatives_model.columnCount()):
            view.setColumnWidth(column_index, min(view.columnWidth(column_index), 220))
        view.activated.connect(self._activated)
        view.installEventFilter(self)
        heading.setBuddy(view)
        column.addWidget(view, 1)
        self.truncated = QLabel(self)
        self.truncated.setObjectName("organisation_representatives_truncated")
        self.truncated.setWordWrap(True)
        if not detail.shown_all_representatives:
            self.truncated.setText(
                self.tr("Showing the first {shown} of {total} representatives.").format(
                    shown=len(detail.representatives), total=detail.representative_count
                )
            )
        self.truncated.setVisible(not detail.shown_all_representatives)
        column.addWidget(self.truncated)
        return column

    # Behaviour --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Return saves from any field, even the multi-line ones that take Return.
        if is_ctrl_return(event):
            self.save()
            return True
        # Return in the list opens the person; it must not reach the default Save button.
        if (
            isinstance(watched, QTableView)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activated(self.representatives_view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            line = self.representatives_model.row_at(index.row())
            self.representative_requested.emit(line.id)

    def country_code(self) -> str | None:
        """The alpha-3 of the country chosen, or the text typed (the service reads it)."""
        text = self.country.currentText().strip()
        if not text:
            return None
        choice = self._countries.get(_fold(text))
        return choice.code if choice is not None else text

    def _update_regional_group(self) -> None:
        is_state = self.category.currentData() in self._states
        self.form.setRowVisible(self.regional_group, is_state)
        choice = self._countries.get(_fold(self.country.currentText()))
        group = choice.regional_group if choice is not None else None
        self.regional_group.setText(labels.regional_group(group) if group else "—")

    def _update_ecosoc_year(self) -> None:
        self.ecosoc_year.setEnabled(self.ecosoc_status.currentData() is not None)

    def data(self) -> OrganisationInput:
        """The values as the form holds them (not yet checked)."""
        from forumdesk.services.registry.people import OrganisationInput

        line = {field: edit.text().strip() or None for field, edit in self.fields.items()}
        text = {field: edit.toPlainText().strip() or None for field, edit in self.texts.items()}
        # Qt hands a StrEnum item's data back as a plain str: made an enum again here.
        chosen = self.ecosoc_status.currentData()
        status = EcosocStatus(chosen) if chosen is not None else None
        year = self.ecosoc_year.value()
        return OrganisationInput(
            name=line["name"] or "",
            category=OrganisationCategory(self.category.currentData()),
            acronym=line["acronym"],
            country=self.country_code(),
            ecosoc_status=status,
            ecosoc_year=year if status is not None and year > self._no_year else None,
            website=line["website"],
            address=text["address"],
            email=line["email"],
            phone=line["phone"],
            notes=text["notes"],
        )

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """(field, reason) pairs beside their fields; others below the form."""
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        general: list[str] = []
        for field, reason in problems:
            beside = self.errors.get(field)
            if beside is None:
                general.append(reason if field == "general" else f"{field}: {reason}")
                continue
            beside.setText(f"{beside.text()}\n{reason}" if beside.text() else reason)
            beside.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def save(self) -> None:
        """Save on the worker; close on success, show the problems otherwise.

        The save carries the version and values the form was read with: over a newer
        version, a field both users changed brings up the conflict dialog.
        """
        from forumdesk.services.common.edit_conflicts import ReadAt

        if self._saving:
            return
        data = self.data()
        if data == self.detail.data:
            self.accept()  # nothing changed: nothing to write, nothing to undo
            return
        self._submit(ReadAt(self.detail.version, self.detail.data), data)

    def _submit(self, read: ReadAt[OrganisationInput], data: OrganisationInput) -> None:
        organisation_id = self.detail.id
        self.show_problems([])
        self._saving = True
        self.save_button.setEnabled(False)

        def store(session: Session) -> None:
            from forumdesk.services.registry.edit import update_organisation

            update_organisation(session, organisation_id, data, read=read)

        def stored(_result: None) -> None:
            if not shiboken6.isValid(self):
                return  # closed (and deleted) while saving
            self._saving = False
            self.save_button.setEnabled(True)
            # Undo goes back to the values this save was made over (theirs, after a conflict).
            self.saved.emit(read.values, data)
            self.accept()

        def refused(error: Exception) -> None:
            from forumdesk.services.common.edit_conflicts import EditConflict
            from forumdesk.services.registry.people import RegistryError, RegistryProblems

            if not shiboken6.isValid(self):
                return
            self._saving = False
            self.save_button.setEnabled(True)
            if isinstance(error, EditConflict):
                self._settle(error)
            elif isinstance(error, RegistryProblems):
                self.show_problems([(p.field, p.reason) for p in error.problems])
            elif isinstance(error, RegistryError) and error.field in self.errors:
                self.show_problems([(error.field, error.reason)])
            else:
                self.show_problems([("general", str(error))])

        self.ops.change(store, AREAS, stored, refused)

    def _settle(self, conflict: EditConflict) -> None:
        """Both values of each field changed on both sides, to choose from; Cancel keeps
        the form as the user left it."""
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def closed() -> None:
            self.conflict_dialog = None

        def resubmit(read: ReadAt[OrganisationInput], wanted: OrganisationInput) -> None:
            closed()
            self._submit(read, wanted)

        def cancelled() -> None:
            closed()
            self.show_problems(
                [("general", self.tr("Not saved: this organisation was changed meanwhile."))]
            )

        self.conflict_dialog = settle_conflict(self, conflict, resubmit, cancelled)

"""A practice's form: every field of it, a refusal shown beside the field at fault.

A new practice is created on Save; an edit carries the version and values the form was
read with, so that a colleague's save in between is merged, or (a field both changed)
brought up in the conflict dialog. The page pushes the undo step on `created`/`saved`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

import forumdesk.ui.pages.practices.labels as labels
from forumdesk.store.enums import PracticeType, WorldRegion
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.pages.practices.choosers import CheckList, CountriesChooser, SubmittersChooser
from forumdesk.ui.pages.practices.commands import AREAS
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.forms import error_label, is_ctrl_return

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
    from forumdesk.services.practices.detail import FormChoices, PracticeDetail
    from forumdesk.services.practices.practices import PracticeInput

NO_YEAR = 1944  # below the first year a practice may name: no year


class PracticeDialog(QDialog):
    #: A new practice's id, once created.
    created = Signal(object)
    #: (id, before, after) once an edit is saved.
    saved = Signal(object, object, object)

    def __init__(
        self,
        ops: Operations,
        forum_id: uuid.UUID,
        choices: FormChoices,
        detail: PracticeDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from forumdesk.services.practices.practices import PracticeInput

        self.setObjectName("practice_dialog")
        self.ops = ops
        self.forum_id = forum_id
        self.detail = detail
        self.choices = choices
        self._saving = False
        self.conflict_dialog: QDialog | None = None
        self.values = detail.view.values if detail else PracticeInput("", PracticeType.PROGRAMME)
        title = detail.view.values.title if detail else ""
        self.setWindowTitle(
            self.tr("Practice: {title}").format(title=title) if detail else self.tr("New Practice")
        )
        self.setAccessibleName(self.windowTitle())
        self.errors: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        columns.addLayout(self._build_left(), 1)
        columns.addLayout(self._build_right(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        self.general_error = error_label(self, "practice_error")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("practice_save")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("practice_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.resize(1100, 780)
        self.title.setFocus()

    # Building -------------------------------------------------------------------

    def _row(self, form: QFormLayout, field: str, title: str, widget: QWidget) -> None:
        widget.setAccessibleName(widget.accessibleName() or title.replace("&", "").rstrip(":"))
        form.addRow(title, widget)
        self.errors[field] = error_label(self, f"practice_{field}_error")
        form.addRow("", self.errors[field])

    def _text(self, name: str, value: str, height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit(value, self)
        edit.setObjectName(f"practice_{name}")
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(height)
        return edit

    def _year(self, name: str, value: int | None) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(f"practice_{name}")
        spin.setRange(NO_YEAR, 2100)
        spin.setSpecialValueText("—")  # the minimum: no year
        spin.setValue(value or NO_YEAR)
        return spin

    def _build_left(self) -> QFormLayout:
        from forumdesk.services.common.messages import language
        from forumdesk.services.registry.organisation_detail import country_choices

        data = self.values
        form = QFormLayout()
        self.title = QLineEdit(data.title, self)
        self.title.setObjectName("practice_title")
        self._row(form, "title", self.tr("&Title:"), self.title)
        self.practice_type = QComboBox(self)
        self.practice_type.setObjectName("practice_type")
        for kind in PracticeType:
            self.practice_type.addItem(labels.practice_type(kind), kind)
        self.practice_type.setCurrentIndex(
            max(find_data(self.practice_type, data.practice_type), 0)
        )
        self._row(form, "practice_type", self.tr("T&ype:"), self.practice_type)
        self.summary = self._text("summary", data.summary, 90)
        self._row(form, "summary", self.tr("&Summary:"), self.summary)
        self.region = QComboBox(self)
        self.region.setObjectName("practice_region")
        self.region.addItem("—", None)
        for region in WorldRegion:
            self.region.addItem(labels.region(region), region)
        self.region.setCurrentIndex(max(find_data(self.region, data.region), 0))
        self._row(form, "region", self.tr("&Region:"), self.region)
        countries = country_choices("fr" if language() == "fr" else "en")
        self.countries = CountriesChooser(
            ((c.code, c.name) for c in countries), data.countries, self
        )
        self.countries.setMinimumHeight(110)
        self._row(form, "countries", self.tr("C&ountries:"), self.countries)
        self.partners = self._text("partners", data.partners)
        self._row(form, "partners", self.tr("Partners:"), self.partners)
        period = QHBoxLayout()
        self.period_from = self._year("period_from", data.period_from)
        self.period_from.setAccessibleName(self.tr("Period from (year)"))
        self.period_to = self._year("period_to", data.period_to)
        self.period_to.setAccessibleName(self.tr("Period until (year)"))
        until = QLabel(self.tr("Until:"), self)
        until.setBuddy(self.period_to)
        for widget in (self.period_from, until, self.period_to):
            period.addWidget(widget)
        period.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(period)
        period.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("From:"), holder)
        cast("QLabel", form.labelForField(holder)).setBuddy(self.period_from)
        for field in ("period_from", "period_to"):
            self.errors[field] = error_label(self, f"practice_{field}_error")
            form.addRow("", self.errors[field])
        self.results = self._text("results", data.results)
        self._row(form, "results", self.tr("Results:"), self.results)
        self.contact_name = QLineEdit(data.contact_name or "", self)
        self.contact_name.setObjectName("practice_contact_name")
        self._row(form, "contact_name", self.tr("Contact name:"), self.contact_name)
        self.contact_email = QLineEdit(data.contact_email or "", self)
        self.contact_email.setObjectName("practice_contact_email")
        self._row(form, "contact_email", self.tr("E-mail:"), self.contact_email)
        self.links = self._text("links", "\n".join(data.links), 55)
        self.links.setPlaceholderText(self.tr("One web address per line"))
        self._row(form, "links", self.tr("Links:"), self.links)
        self.fictional = QCheckBox(self.tr("Fi&ctional (sample data)"), self)
        self.fictional.setObjectName("practice_fictional")
        self.fictional.setAccessibleName(self.tr("Fictional (sample data)"))
        self.fictional.setChecked(data.fictional)
        form.addRow("", self.fictional)
        return form

    def _build_right(self) -> QFormLayout:
        data = self.values
        form = QFormLayout()
        names = self.detail.submitters if self.detail else {}
        self.submitters = SubmittersChooser(
            self.ops, ((i, names.get(i, "?")) for i in data.submitters), self
        )
        self.submitters.setMinimumHeight(130)
        self._row(form, "submitters", self.tr("Su&bmitted by:"), self.submitters)
        cast("QLabel", form.labelForField(self.submitters)).setBuddy(self.submitters.search)
        self.themes = CheckList("practice_themes", self.tr("Themes"), self)
        self.themes.fill(
            ((t.id, f"{'    ' if not t.is_top else ''}{t.label}") for t in self.choices.themes),
            data.themes,
        )
        self._row(form, "themes", self.tr("T&hemes:"), self.themes)
        self.segments = CheckList("practice_segments", self.tr("Presented at"), self)
        self.segments.fill(((s.id, s.label) for s in self.choices.segments), data.segments)
        self.segments.setMaximumHeight(120)
        self._row(form, "segments", self.tr("Se&gments:"), self.segments)
        self.document = QComboBox(self)
        self.document.setObjectName("practice_document")
        self.document.setAccessibleName(self.tr("Document whose paragraphs it answers"))
        for choice in self.choices.documents:
            self.document.addItem(choice.label, choice.id)
        self._paragraphs: dict[uuid.UUID, list[int]] = {}
        for ref in data.paragraphs:
            self._paragraphs.setdefault(ref.document_id, []).append(ref.number)
        if data.paragraphs:  # the document of the first paragraph answered, shown first
            self.document.setCurrentIndex(
                max(find_data(self.document, data.paragraphs[0].document_id), 0)
            )
        self._shown_document: uuid.UUID | None = self.document.currentData()
        self.document.currentIndexChanged.connect(self._document_changed)
        self._row(form, "document", self.tr("&Document:"), self.document)
        self.paragraph_refs = QLineEdit(self)
        self.paragraph_refs.setObjectName("practice_paragraphs")
        self.paragraph_refs.setPlaceholderText(self.tr("Paragraph numbers, like 23–25, 32"))
        self._row(form, "paragraphs", self.tr("Paragraphs answered:"), self.paragraph_refs)
        self.paragraph_refs.setEnabled(self.document.count() > 0)
        self._show_refs()
        return form

    # Paragraphs -------------------------------------------------------------------

    def _show_refs(self) -> None:
        from forumdesk.services.documents.paragraph_refs import format_paragraph_refs

        numbers = self._paragraphs.get(self._shown_document) if self._shown_document else None
        self.paragraph_refs.setText(format_paragraph_refs(numbers or []))

    def _keep_refs(self) -> bool:
        """Parse the numbers typed for the document shown; False (and the error shown)
        when they do not read as numbers and ranges."""
        from forumdesk.services.documents.paragraph_refs import (
            ParagraphRefError,
            parse_paragraph_refs,
        )

        if self._shown_document is None:
            return True
        try:
            numbers = parse_paragraph_refs(self.paragraph_refs.text())
        except ParagraphRefError as error:
            self.show_problem("paragraphs", str(error))
            return False
        self._paragraphs[self._shown_document] = list(numbers)
        return True

    def _document_changed(self) -> None:
        if not self._keep_refs():
            self.document.blockSignals(True)
            self.document.setCurrentIndex(find_data(self.document, self._shown_document))
            self.document.blockSignals(False)
            return
        self._shown_document = self.document.currentData()
        self._show_refs()

    # Values -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_ctrl_return(event):  # saves from any field, even the multi-line ones
            self.save()
            return True
        return super().eventFilter(watched, event)

    def data(self) -> PracticeInput:
        """The values as the form holds them (not yet checked by the service)."""
        from forumdesk.services.practices.practices import ParagraphRef, PracticeInput

        def year(spin: QSpinBox) -> int | None:
            return spin.value() if spin.value() > NO_YEAR else None

        region = self.region.currentData()
        return PracticeInput(
            title=self.title.text(),
            practice_type=PracticeType(self.practice_type.currentData()),
            summary=self.summary.toPlainText(),
            region=WorldRegion(region) if region else None,
            countries=self.countries.codes(),
            partners=self.partners.toPlainText(),
            period_from=year(self.period_from),
            period_to=year(self.period_to),
            results=self.results.toPlainText(),
            contact_name=self.contact_name.text().strip() or None,
            contact_email=self.contact_email.text().strip() or None,
            links=tuple(self.links.toPlainText().splitlines()),
            submitters=self.submitters.ids(),
            themes=tuple(uuid.UUID(str(t)) for t in self.themes.checked()),
            segments=tuple(uuid.UUID(str(s)) for s in self.segments.checked()),
            paragraphs=tuple(
                ParagraphRef(document, number)
                for document, numbers in self._paragraphs.items()
                for number in numbers
            ),
            fictional=self.fictional.isChecked(),
        )

    def show_problem(self, field: str | None, reason: str = "") -> None:
        """`reason` beside `field` (below the form if it has no place); None clears."""
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        if field is None:
            return
        label = self.errors.get(field, self.general_error)
        label.setText(reason)
        label.show()

    # Saving -----------------------------------------------------------------------

    def save(self) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt

        if self._saving or not self._keep_refs():
            return
        data = self.data()
        if self.detail is None:
            self._create(data)
        elif data == self.values:
            self.accept()  # nothing changed: nothing to write, nothing to undo
        else:
            self._submit(ReadAt(self.detail.view.version, self.values), data)

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.show_problem(None)

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.common.edit_conflicts import EditConflict
        from forumdesk.services.practices.practices import PracticeError

        if not shiboken6.isValid(self):
            return
        self._busy(False)
        if isinstance(error, EditConflict):
            self._settle(error)
        elif isinstance(error, PracticeError):
            self.show_problem(error.field, str(error))
        else:
            self.show_problem("general", str(error))

    def _create(self, data: PracticeInput) -> None:
        forum_id = self.forum_id
        self._busy(True)

        def store(session: Session) -> uuid.UUID:
            from forumdesk.services.practices.practices import create_practice

            return create_practice(session, forum_id, data)

        def stored(practice_id: uuid.UUID) -> None:
            if shiboken6.isValid(self):
                self._busy(False)
                self.created.emit(practice_id)
                self.accept()

        self.ops.change(store, AREAS, stored, self._refused)

    def _submit(self, read: ReadAt[PracticeInput], data: PracticeInput) -> None:
        assert self.detail is not None
        practice_id = self.detail.view.id
        self._busy(True)

        def store(session: Session) -> None:
            from forumdesk.services.practices.practices import update_practice

            update_practice(session, practice_id, data, read=read)

        def stored(_result: None) -> None:
            if shiboken6.isValid(self):
                self._busy(False)
                self.saved.emit(practice_id, read.values, data)
                self.accept()

        self.ops.change(store, AREAS, stored, self._refused)

    def _settle(self, conflict: EditConflict) -> None:
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def resubmit(read: ReadAt[PracticeInput], wanted: PracticeInput) -> None:
            self.conflict_dialog = None
            self._submit(read, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self.show_problem("general", self.tr("Not saved: this practice was changed meanwhile."))

        self.conflict_dialog = settle_conflict(self, conflict, resubmit, cancelled)

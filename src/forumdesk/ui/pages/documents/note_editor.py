"""The note editor: rich text, the paragraphs it cites, tags, and optional programme links."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.documents.paragraph_refs import (
    ParagraphRefError,
    format_paragraph_refs,
    parse_paragraph_refs,
)
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import shortcut_action
from forumdesk.ui.widgets.forms import error_label, is_ctrl_return
from forumdesk.ui.widgets.rich_text import FormatBar

if TYPE_CHECKING:
    from forumdesk.services.common.edit_conflicts import EditConflict, FieldConflict, ReadAt
    from forumdesk.services.notes.links import LinkedItem, NoteChoices
    from forumdesk.services.notes.note_input import NoteInput
    from forumdesk.ui.common.operations import Operations
    from forumdesk.ui.sync.history_dialog import HistoryButton

#: Asks the database for organisations matching a text, then calls back with them.
OrganisationLookup = Callable[[str, Callable[[list["LinkedItem"]], None]], None]


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [t.strip() for t in typed.split(",")[:-1] if t.strip()]
        return ", ".join([*done, str(super().pathFromIndex(index))]) + ", "  # type: ignore[arg-type]


class NoteEditor(QDialog):
    #: The user asked to save; the page saves and then calls `saved()` or `show_error()`.
    save_requested = Signal(object)  # NoteInput

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        choices: NoteChoices,
        document_id: uuid.UUID | None,
        initial: NoteInput | None,
        paragraphs: Sequence[int] = (),
        author: str | None = None,
        lookup_organisations: OrganisationLookup | None = None,
        orphans: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 560)
        self._document_id = document_id
        self._author = initial.author if initial and initial.author else author
        self._lookup = lookup_organisations
        self._organisations: dict[str, uuid.UUID] = {}
        self._orphans: tuple[int, ...] = ()
        self._saving = False
        self.conflict_dialog: QDialog | None = None  # open while a conflict is settled
        layout = QVBoxLayout(self)

        self.body = QTextEdit(self)
        self.body.setObjectName("note_body")
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setAcceptRichText(True)
        self.body.setTabChangesFocus(True)
        self.body.installEventFilter(self)
        layout.addWidget(self._format_bar())
        layout.addWidget(self.body, 1)
        self.body_error = error_label(self, "note_body_error")
        layout.addWidget(self.body_error)

        layout.addLayout(self._build_form(choices))

        self.error = error_label(self, "note_error")
        layout.addWidget(self.error)
        layout.addWidget(self._build_buttons())
        self._fill(initial, paragraphs, orphans)
        self.body.setFocus()

    def _build_form(self, choices: NoteChoices) -> QFormLayout:
        """What the note cites and links to: paragraphs, tags, segment, organisation."""
        form = QFormLayout()
        self.paragraphs = QLineEdit(self)
        self.paragraphs.setObjectName("note_paragraphs")
        self.paragraphs.setAccessibleName(self.tr("Paragraphs cited"))
        self.paragraphs.setPlaceholderText(self.tr("for example 23–25, 29"))
        self.paragraphs.textChanged.connect(self._check_paragraphs)
        self.paragraphs_error = error_label(self, "note_paragraphs_error")
        form.addRow(self.tr("&Paragraphs:"), self.paragraphs)
        form.addRow("", self.paragraphs_error)

        self.tags = QLineEdit(self)
        self.tags.setObjectName("note_tags")
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("remittances, gender, …"))
        tag_completer = TagCompleter(list(choices.tags), self.tags)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(tag_completer)
        form.addRow(self.tr("&Tags:"), self.tags)

        self.segment = self._combo("note_segment", self.tr("Linked segment"), choices.segments)
        form.addRow(self.tr("&Segment:"), self.segment)
        self.intervention = self._combo(
            "note_intervention", self.tr("Linked intervention"), choices.interventions
        )
        form.addRow(self.tr("&Intervention:"), self.intervention)

        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("note_organisation")
        self.organisation.setAccessibleName(self.tr("Linked organisation"))
        self.organisation.setPlaceholderText(self.tr("Type to search the registry"))
        self._organisation_names = QStringListModel(self)
        org_completer = QCompleter(self._organisation_names, self.organisation)
        org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(org_completer)
        self.organisation.textEdited.connect(self._search_organisations)
        self.organisation_error = error_label(self, "note_organisation_error")
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow("", self.organisation_error)
        self.for_record = QCheckBox(self.tr("For the &record: print it in the minutes"), self)
        self.for_record.setObjectName("note_for_record")
        self.for_record.setAccessibleName(self.tr("For the record"))
        self.for_record.setToolTip(
            self.tr("Unticked, the note stays internal: the published minutes leave it out.")
        )
        form.addRow("", self.for_record)
        self.keep_orphans = QCheckBox(self)
        self.keep_orphans.setObjectName("note_keep_orphans")
        self.keep_orphans.setChecked(True)
        self.keep_orphans.hide()
        form.addRow("", self.keep_orphans)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("note_buttons")
        self.buttons = buttons
        buttons.accepted.connect(self.request_save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the note"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.addAction(
            shortcut_action("", self, shortcut="Ctrl+Return", triggered=self.request_save)
        )
        return buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Return saves from inside the text, where the editor would take the key.
        if watched is self.body and is_ctrl_return(event):
            self.request_save()
            return True
        return super().eventFilter(watched, event)

    # Building ---------------------------------------------------------------------

    def _format_bar(self) -> FormatBar:
        self.format_bar = FormatBar(self.body, "note_format_bar", self)
        return self.format_bar

    def _combo(self, name: str, accessible: str, items: Sequence[LinkedItem]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("— none —"), None)
        for item in items:
            combo.addItem(item.label, item.id)
        combo.setMaxVisibleItems(20)
        combo.setMinimumContentsLength(30)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _show_orphans(self, orphans: Sequence[tuple[int, str]]) -> None:
        self._orphans = tuple(number for number, _text in orphans)
        if not orphans:
            return
        numbers = format_paragraph_refs(number for number, _text in orphans)
        self.keep_orphans.setText(
            self.tr("Keep the reference to ¶{refs} of the earlier draft").format(refs=numbers)
        )
        self.keep_orphans.setAccessibleName(self.keep_orphans.text())
        excerpt = " ".join(orphans[0][1].split())[:200]
        self.keep_orphans.setToolTip(excerpt)
        self.keep_orphans.show()

    def _fill(
        self,
        initial: NoteInput | None,
        paragraphs: Sequence[int],
        orphans: Sequence[tuple[int, str]] = (),
    ) -> None:
        if initial is None:
            self.paragraphs.setText(format_paragraph_refs(paragraphs))
            return
        self.body.setHtml(initial.body_html)
        self._show_orphans(orphans)
        self.paragraphs.setText(format_paragraph_refs(initial.paragraphs))
        self.tags.setText(", ".join(initial.tags))
        self.for_record.setChecked(initial.for_record)
        for combo, value in (
            (self.segment, initial.segment_id),
            (self.intervention, initial.intervention_id),
        ):
            combo.setCurrentIndex(max(find_data(combo, value), 0))

    def add_history(self, ops: Operations, note_id: uuid.UUID) -> HistoryButton:
        """A History… button for a note that exists already."""
        from forumdesk.ui.sync.history_dialog import HistoryButton

        self.history_button = HistoryButton(self.buttons, ops, note_id, self.windowTitle())
        return self.history_button

    def set_organisation(self, item: LinkedItem | None) -> None:
        if item is not None:
            self._organisations[item.label] = item.id
            self.organisation.setText(item.label)

    # Organisation search ---------------------------------------------------------

    def _search_organisations(self, text: str) -> None:
        if self._lookup is None or len(text.strip()) < 2:
            return
        self._lookup(text, self._show_organisations)

    def _show_organisations(self, items: list[LinkedItem]) -> None:
        if not shiboken6.isValid(self):
            return  # the answer came after the editor was closed
        for item in items:
            self._organisations[item.label] = item.id
        self._organisation_names.setStringList([item.label for item in items])

    # Saving -----------------------------------------------------------------------

    def _check_paragraphs(self) -> tuple[int, ...] | None:
        try:
            numbers = parse_paragraph_refs(self.paragraphs.text())
        except ParagraphRefError as error:
            self.paragraphs_error.setText(str(error))
            self.paragraphs_error.show()
            return None
        self.paragraphs_error.hide()
        return numbers

    def note_input(self) -> NoteInput | None:
        """What the form holds, or None with the reasons shown beside the fields."""
        from forumdesk.services.notes.note_input import NoteInput

        numbers = self._check_paragraphs()
        text = self.body.toPlainText().strip()
        self.body_error.setVisible(not text)
        self.body_error.setText(self.tr("Write the note first."))
        organisation_id: uuid.UUID | None = None
        typed = self.organisation.text().strip()
        self.organisation_error.hide()
        if typed:
            organisation_id = self._organisations.get(typed)
            if organisation_id is None:
                self.organisation_error.setText(
                    self.tr("Choose an organisation from the list, or leave it empty.")
                )
                self.organisation_error.show()
        if numbers is None or not text or (typed and organisation_id is None):
            return None
        return NoteInput(
            body_html=self.body.toHtml(),
            body_text=text,
            document_id=self._document_id if numbers else None,
            paragraphs=numbers,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            segment_id=self.segment.currentData(),
            intervention_id=self.intervention.currentData(),
            organisation_id=organisation_id,
            author=self._author,
            orphans=self._orphans if self.keep_orphans.isChecked() else (),
            for_record=self.for_record.isChecked(),
        )

    def request_save(self) -> None:
        if self._saving:
            return  # one save at a time: a second Ctrl+Return must not make a second note
        data = self.note_input()
        if data is None:
            return
        self._saving = True
        self.error.hide()
        self.save_button.setEnabled(False)
        self.save_requested.emit(data)

    def saved(self) -> None:
        self.accept()

    def show_error(self, message: str) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def settle(
        self, conflict: EditConflict, resubmit: Callable[[ReadAt[NoteInput], NoteInput], None]
    ) -> None:
        """The note was saved by someone else meanwhile: the fields both changed, to
        choose from. Save calls `resubmit`; Cancel leaves the editor as it is."""
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def resubmitted(read: ReadAt[NoteInput], wanted: NoteInput) -> None:
            self.conflict_dialog = None
            resubmit(read, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self.show_error(self.tr("Not saved: this note was changed meanwhile."))

        labels = {
            "segment_id": self.tr("Segment"),
            "intervention_id": self.tr("Intervention"),
            "organisation_id": self.tr("Organisation"),
            "orphans": self.tr("Paragraphs of the earlier draft"),
            "for_record": self.tr("For the record"),
        }
        self.conflict_dialog = settle_conflict(
            self, conflict, resubmitted, cancelled, labels=labels, value_text=self._value_text
        )

    def _value_text(self, field: FieldConflict, value: object) -> str:
        """A note's value as the editor names it: a linked item by its label."""
        if value is None or value == "" or value == ():
            return "—"
        if field.field == "for_record":
            return self.tr("For the record") if value else self.tr("Internal")
        if field.field in ("segment_id", "intervention_id"):
            combo = self.segment if field.field == "segment_id" else self.intervention
            index = find_data(combo, value)
            return combo.itemText(index) if index >= 0 else str(value)
        if field.field == "organisation_id":
            names = [label for label, ident in self._organisations.items() if ident == value]
            return names[0] if names else str(value)
        if field.field == "orphans" and isinstance(value, tuple):
            return "¶" + format_paragraph_refs(value)
        return str(value)

"""The segment editor: title, kind, times, theme, linked sections of the summary
document, room, roles and background documents of one segment.

The page loads a `SegmentDetail` (`services.segment_editor.segment_detail`) and the
segment's place (`services.programme.edit.segment_place`) through its operations,
opens this dialog with them, and on `saved(before, after, times)` pushes
`segment_edited(...)` on its undo stack.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.programme.segment_editor import (
    DocumentInput,
    SegmentDetail,
    SegmentInput,
    SegmentProblems,
)
from forumdesk.store.enums import SectionLevel, SegmentKind
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand
from forumdesk.ui.pages.programme.segment_roles import RolesEditor
from forumdesk.ui.pages.programme.segment_times import TimesChange, TimesEditor, write_segment
from forumdesk.ui.sync.history_dialog import HistoryButton
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import EditConflict, FieldConflict, ReadAt
    from forumdesk.services.programme.edit import SegmentPlace

AREAS = frozenset({Area.PROGRAMME})
ID_ROLE = Qt.ItemDataRole.UserRole
_INDENT = {
    SectionLevel.SECTION: 0,
    SectionLevel.SUBSECTION: 1,
    SectionLevel.SUBSUBSECTION: 2,
    SectionLevel.HEADING: 3,
    SectionLevel.ANNEX: 0,
}


def segment_edited(
    ops: Operations,
    segment_id: uuid.UUID,
    before: SegmentInput,
    after: SegmentInput,
    text: str,
    times: TimesChange | None = None,
) -> QUndoCommand:
    """An undo command for an edit already saved: undo writes `before`, redo `after`,
    each expecting what the other left (a field someone changed since is kept, or
    refuses if both changed it: `segment_conflicts`); the times likewise."""

    def forward(session: Session) -> object:
        from forumdesk.services.common.edit_conflicts import ReadAt

        return write_segment(session, segment_id, after, ReadAt(None, before), times)

    def backward(session: Session) -> object:
        from forumdesk.services.common.edit_conflicts import ReadAt

        back = times.reversed() if times is not None else None
        return write_segment(session, segment_id, before, ReadAt(None, after), back)

    return ChangeCommand(ops, text, forward, backward, AREAS)


class SegmentDialog(QDialog):
    #: (before, after, times): the values read and the values stored (`SegmentInput`s),
    #: and the times read and stored (`TimesChange`).
    saved = Signal(object, object, object)

    def __init__(
        self,
        ops: Operations,
        detail: SegmentDetail,
        place: SegmentPlace,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segment_dialog")
        self.setWindowTitle(self.tr("Edit Segment"))
        self.setAccessibleName(self.windowTitle())
        self.ops = ops
        self.detail = detail
        self._saving = False
        self._read: ReadAt[SegmentInput] | None = None  # of the save under way
        self.conflict_dialog: QDialog | None = None  # open while a conflict is settled
        data = detail.data
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}

        self.title_edit = QLineEdit(data.title, self)
        self._name(self.title_edit, "segment_title", self.tr("Title"))
        self.kind = QComboBox(self)
        self._name(self.kind, "segment_kind", self.tr("Kind"))
        for kind in SegmentKind:
            self.kind.addItem(labels.segment_kind(kind), kind)
        self.kind.setCurrentIndex(max(0, find_data(self.kind, data.kind)))
        self.times = TimesEditor(place.starts_at, place.ends_at, self)
        self.theme = QPlainTextEdit(data.theme, self)
        self._name(self.theme, "segment_theme", self.tr("Theme"))
        self.theme.setTabChangesFocus(True)
        self.theme.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.sections = QListWidget(self)
        self._name(self.sections, "segment_sections", self.tr("Linked sections"))
        self._fill_sections(data.section_ids)
        self.room = QComboBox(self)
        self._name(self.room, "segment_room", self.tr("Room"))
        self.room.setEditable(True)
        self.room.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.room.addItem(self.tr("(no room)"), None)
        for choice in detail.rooms:
            self.room.addItem(choice.name, choice.id)
        self.room.setCurrentIndex(max(0, find_data(self.room, data.room_id)))
        line = self.room.lineEdit()
        if line is not None:
            line.setObjectName("segment_room_name")
            line.setAccessibleName(self.tr("Room name"))
            line.setPlaceholderText(self.tr("Choose a room or type a new one"))
        self.roles = RolesEditor(ops, detail, self)
        self.roles.setObjectName("segment_roles_editor")
        self.documents = self._documents_editor(data.documents)

        rows: tuple[tuple[str, QWidget, str], ...] = (
            (self.tr("&Title:"), self.title_edit, "title"),
            (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("T&ime:"), self.times, "times"),
            (self.tr("Th&eme:"), self.theme, "theme"),
            (self.tr("Linked sectio&ns:"), self.sections, "sections"),
            (self.tr("R&oom:"), self.room, "room"),
            (self.tr("Ro&les:"), self.roles, "roles"),
            (self.tr("Background &documents:"), self.documents, "documents"),
        )
        for text, widget, field in rows:
            form.addRow(text, widget)
            self.errors[field] = error_label(self, f"segment_{field}_error")
            form.addRow("", self.errors[field])
        times_label = form.labelForField(self.times)
        if isinstance(times_label, QLabel):
            times_label.setBuddy(self.times.starts)  # its mnemonic leads to the start
        layout.addLayout(form)
        self.general_error = error_label(self, "segment_error")
        layout.addWidget(self.general_error)

        buttons = self._build_buttons(detail)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.title_edit.setFocus()

    def _build_buttons(self, detail: SegmentDetail) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("segment_save")
        self.save_button.setAccessibleName(self.tr("Save the segment"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        self.save_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("segment_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.history_button = HistoryButton(buttons, self.ops, detail.segment_id, detail.data.title)
        return buttons

    def _name(self, widget: QWidget, name: str, accessible: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)

    # Sections --------------------------------------------------------------------------

    def _fill_sections(self, linked: tuple[uuid.UUID, ...]) -> None:
        chosen = set(linked)
        for choice in self.detail.sections:
            number = f"{choice.number}. " if choice.number else ""
            extent = f"  ({choice.range_text})" if choice.range_text else ""
            indent = "    " * _INDENT.get(choice.level, 0)
            item = QListWidgetItem(f"{indent}{number}{choice.title}{extent}", self.sections)
            item.setData(ID_ROLE, choice.id)
            item.setToolTip(choice.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def section_ids(self) -> tuple[uuid.UUID, ...]:
        """Checked sections: those linked before keep their order, new ones follow."""
        checked = [
            self.sections.item(n).data(ID_ROLE)
            for n in range(self.sections.count())
            if self.sections.item(n).checkState() == Qt.CheckState.Checked
        ]
        kept = [i for i in self.detail.data.section_ids if i in checked]
        return tuple(kept + [i for i in checked if i not in kept])

    # Documents -------------------------------------------------------------------------

    def _documents_editor(self, documents: tuple[DocumentInput, ...]) -> QWidget:
        box = QWidget(self)
        box.setObjectName("segment_documents_editor")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.document_table = QTableWidget(0, 2, box)
        self._name(self.document_table, "segment_documents", self.tr("Background documents"))
        self.document_table.setAccessibleDescription(
            self.tr("A title and a file or web address for each background document.")
        )
        self.document_table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("File or URL")])
        self.document_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_table.verticalHeader().hide()
        self.document_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.document_table)
        buttons = QHBoxLayout()
        add = push_button(
            self.tr("Add Doc&ument"),
            "segment_add_document",
            self.tr("Add a background document"),
            box,
            clicked=lambda: self.add_document(DocumentInput("", "")),
        )
        browse = push_button(
            self.tr("&Browse…"),
            "segment_browse_document",
            self.tr("Choose the selected document's file"),
            box,
            clicked=self._browse,
        )
        remove = push_button(
            self.tr("Remo&ve Document"),
            "segment_remove_document",
            self.tr("Remove the selected document"),
            box,
            clicked=self.remove_document,
        )
        for button in (add, browse, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        for document in documents:
            self.add_document(document)
        return box

    def add_document(self, document: DocumentInput) -> int:
        n = self.document_table.rowCount()
        self.document_table.insertRow(n)
        title = QTableWidgetItem(document.title)
        title.setData(ID_ROLE, document.id)
        self.document_table.setItem(n, 0, title)
        self.document_table.setItem(n, 1, QTableWidgetItem(document.location))
        self.document_table.setCurrentCell(n, 0)
        return n

    def remove_document(self) -> None:
        n = self.document_table.currentRow()
        if n >= 0:
            self.document_table.removeRow(n)

    def _browse(self) -> None:
        n = self.document_table.currentRow()
        if n < 0:
            n = self.add_document(DocumentInput("", ""))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Background Document"))
        if path:
            self.document_table.setItem(n, 1, QTableWidgetItem(path))

    def document_values(self) -> tuple[DocumentInput, ...]:
        table = self.document_table
        values = []
        for n in range(table.rowCount()):
            title, location = table.item(n, 0), table.item(n, 1)
            values.append(
                DocumentInput(
                    title.text() if title else "",
                    location.text() if location else "",
                    title.data(ID_ROLE) if title else None,
                )
            )
        return tuple(values)

    # Saving ----------------------------------------------------------------------------

    def value(self) -> tuple[SegmentInput, dict[str, list[str]]]:
        """What the form holds, and the problems found before asking the service."""
        problems: dict[str, list[str]] = {}
        roles, role_problems = self.roles.values()
        if role_problems:
            problems["roles"] = role_problems
        if self.times.problems():
            problems["times"] = self.times.problems()
        typed = self.room.currentText().strip()
        index = self.room.findText(typed, Qt.MatchFlag.MatchFixedString)
        room_id, new_room = None, ""
        if index > 0:
            room_id = self.room.itemData(index)
        elif index < 0 and typed:
            new_room = typed
        data = SegmentInput(
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            theme=self.theme.toPlainText(),
            room_id=room_id,
            new_room=new_room,
            roles=roles,
            section_ids=self.section_ids(),
            documents=self.document_values(),
        )
        return data, problems

    def save(self) -> None:
        if self._saving:
            return
        data, problems = self.value()
        self._show(problems)
        if problems:
            return
        from forumdesk.services.common.edit_conflicts import ReadAt

        self._submit(ReadAt(self.detail.version, self.detail.data), data)

    def _submit(self, read: ReadAt[SegmentInput], data: SegmentInput) -> None:
        """Save over what the dialog was read with; a conflict is shown to settle."""
        self._saving = True
        self.save_button.setEnabled(False)
        self._read = read
        segment_id = self.detail.segment_id
        times = self.times.change()

        def work(session: Session) -> SegmentInput:
            return write_segment(session, segment_id, data, read, times)

        self.ops.change(work, AREAS, self._saved, self._refused)

    def _saved(self, after: SegmentInput) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        before = self._read.values if self._read is not None else self.detail.data
        self.saved.emit(before, after, self.times.change())
        self.accept()

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.common.edit_conflicts import EditConflict

        self._saving = False
        self.save_button.setEnabled(True)
        if (
            isinstance(error, EditConflict)
            and error.table == "segments"
            and any(c.field in ("starts_at", "ends_at") for c in error.conflicts)
        ):
            who = next((c.changed_by for c in error.conflicts if c.changed_by), None)
            self._show(
                {
                    "times": [
                        self.tr(
                            "Not saved: {who} changed these times meanwhile. Close the "
                            "editor and open it again to see them."
                        ).format(who=who or self.tr("another user"))
                    ]
                }
            )
        elif isinstance(error, EditConflict):
            self._settle(error)
        elif isinstance(error, SegmentProblems):
            problems: dict[str, list[str]] = {}
            for problem in error.problems:
                problems.setdefault(problem.field, []).append(problem.reason)
            self._show(problems)
        else:
            self._show({"": [str(error)]})

    def _settle(self, conflict: EditConflict) -> None:
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def resubmit(read: ReadAt[SegmentInput], wanted: SegmentInput) -> None:
            self.conflict_dialog = None
            self._submit(read, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self._show({"": [self.tr("Not saved: this segment was changed meanwhile.")]})

        names = {
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "theme": self.tr("Theme"),
            "room_id": self.tr("Room"),
            "roles": self.tr("Roles"),
            "documents": self.tr("Background documents"),
        }
        self.conflict_dialog = settle_conflict(
            self, conflict, resubmit, cancelled, labels=names, value_text=self._value_text
        )

    def _value_text(self, field: FieldConflict, value: object) -> str:
        """A segment's value in the dialog's words: rooms, roles, documents by name."""
        if field.field == "kind" and isinstance(value, SegmentKind):
            return labels.segment_kind(value)
        if field.field == "room_id":
            if value is None:
                return self.tr("(no room)")
            rooms: dict[object, str] = {choice.id: choice.name for choice in self.detail.rooms}
            if value in rooms:
                return rooms[value]
            line = self.room.lineEdit()
            typed = line.text() if line is not None else ""
            return typed if value == field.wanted and typed else self.tr("A room added meanwhile")
        if field.field == "roles" and isinstance(value, tuple):
            return (
                "\n".join(
                    f"{labels.role_kind(role.role)}: "
                    f"{self.detail.person(role.representative_id) or role.label or '—'}"
                    for role in value
                )
                or "—"
            )
        if field.field == "documents" and isinstance(value, tuple):
            return "\n".join(document.title for document in value) or "—"
        return str(value) if value not in (None, "") else "—"

    def _show(self, problems: dict[str, list[str]]) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()
        for field, reasons in problems.items():
            label = self.errors.get(field, self.general_error)
            label.setText("\n".join(reasons))
            label.show()

"""The roles of a segment, as a small table: kind, person (found in the registry as you
type), and a label for an unfilled slot or an address."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.programme.segment_editor import PersonChoice, RoleInput, SegmentDetail
from forumdesk.store.enums import SegmentRoleKind
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LOOKUP_DELAY_MS = 250
ROLE, PERSON, LABEL = range(3)


@dataclass
class _Row:
    id: uuid.UUID | None
    representative_id: uuid.UUID | None
    person_text: str  # the name shown for `representative_id`
    kind: QComboBox
    person: QLineEdit
    label: QLineEdit


class RolesEditor(QWidget):
    """Edits `RoleInput`s; `values()` gives them back with the problems found."""

    def __init__(self, ops: Operations, detail: SegmentDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.role_kinds = detail.role_kinds
        self.rows: list[_Row] = []
        self._people: dict[str, uuid.UUID] = {}
        self._names = QStringListModel(self)
        self._typing: QLineEdit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("segment_roles")
        self.table.setAccessibleDescription(
            self.tr(
                "The roles of the segment (chair, speakers and others), each with a person or a "
                "label."
            )
        )
        self.table.setAccessibleName(self.tr("Roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Person"), self.tr("Label")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab goes from field to field and on out of the table, never round its cells.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = push_button(
            self.tr("&Add Role"),
            "segment_add_role",
            self.tr("Add a role"),
            self,
            clicked=lambda: self.add_role(SegmentRoleKind.PANELLIST),
        )
        self.remove_button = push_button(
            self.tr("Re&move Role"),
            "segment_remove_role",
            self.tr("Remove the selected role"),
            self,
            clicked=self.remove_role,
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up)
        for role, shown in zip(detail.data.roles, detail.roles, strict=True):
            self.add_role(role.role, role, shown.person or "")

    # Rows ------------------------------------------------------------------------------

    def add_role(
        self, kind: SegmentRoleKind, role: RoleInput | None = None, person: str = ""
    ) -> _Row:
        n = self.table.rowCount()
        self.table.insertRow(n)
        combo = QComboBox(self.table)
        combo.setObjectName(f"segment_role_kind_{n}")
        combo.setAccessibleName(self.tr("Role {n}: kind").format(n=n + 1))
        for each in self.role_kinds:
            combo.addItem(labels.role_kind(each), each)
        combo.setCurrentIndex(max(0, find_data(combo, kind)))
        edit = QLineEdit(person, self.table)
        edit.setObjectName(f"segment_role_person_{n}")
        edit.setAccessibleName(self.tr("Role {n}: person").format(n=n + 1))
        edit.setPlaceholderText(self.tr("Type a name to find the person"))
        completer = QCompleter(self._names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        edit.textEdited.connect(lambda _text, e=edit: self._typed(e))
        label = QLineEdit(role.label if role else "", self.table)
        label.setObjectName(f"segment_role_label_{n}")
        label.setAccessibleName(self.tr("Role {n}: label").format(n=n + 1))
        label.setPlaceholderText(self.tr("e.g. an address, or a slot to fill"))
        self.table.setCellWidget(n, ROLE, combo)
        self.table.setCellWidget(n, PERSON, edit)
        self.table.setCellWidget(n, LABEL, label)
        row = _Row(
            role.id if role else None,
            role.representative_id if role else None,
            person,
            combo,
            edit,
            label,
        )
        self.rows.append(row)
        self.table.selectRow(n)
        return row

    def remove_role(self) -> None:
        n = self.table.currentRow()
        if 0 <= n < len(self.rows):
            self.table.removeRow(n)
            del self.rows[n]

    # Finding people --------------------------------------------------------------------

    def _typed(self, edit: QLineEdit) -> None:
        self._typing = edit
        self._lookup.start()

    def look_up(self) -> None:
        """Representatives matching what is typed in the person field being edited."""
        self._lookup.stop()
        edit = self._typing
        if edit is None or len(edit.text().strip()) < 2:
            return
        text = edit.text()

        def find(session: Session) -> list[PersonChoice]:
            from forumdesk.services.programme.segment_editor import find_people

            return find_people(session, text)

        self.ops.query(find, lambda found: self._show_people(edit, found))

    def _show_people(self, edit: QLineEdit, found: list[PersonChoice]) -> None:
        for person in found:
            self._people[person.label] = person.id
        self._names.setStringList([person.label for person in found])
        completer = edit.completer()
        if completer is not None and edit.hasFocus() and found:
            completer.setCompletionPrefix(edit.text())
            completer.complete()

    @property
    def names(self) -> list[str]:
        """What the completer offers now."""
        return self._names.stringList()

    # Values ----------------------------------------------------------------------------

    def values(self) -> tuple[tuple[RoleInput, ...], list[str]]:
        roles: list[RoleInput] = []
        problems: list[str] = []
        for n, row in enumerate(self.rows, 1):
            text = row.person.text().strip()
            person: uuid.UUID | None = None
            if text and row.representative_id is not None and text == row.person_text.strip():
                person = row.representative_id
            elif text in self._people:
                person = self._people[text]
            elif text:
                problems.append(
                    self.tr("Role {n}: choose the person from the registry list.").format(n=n)
                )
            roles.append(
                RoleInput(row.kind.currentData(), person, row.label.text().strip(), row.id)
            )
        return tuple(roles), problems

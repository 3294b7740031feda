"""The practice form's choosers: a checklist (themes, segments), the countries (filtered
as you type) and the submitting organisations (found in the registry as you type, the
lead first)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes.links import LinkedItem

_VALUE = Qt.ItemDataRole.UserRole
LOOKUP_DELAY_MS = 200


def _fold(text: str) -> str:
    from forumdesk.services.search.index import fold

    return fold(" ".join(text.split()))


class CheckList(QListWidget):
    """Items to tick; `checked()` in the list's order."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setAccessibleDescription(self.tr("Space ticks or unticks the current item"))

    def fill(self, items: Iterable[tuple[object, str]], checked: Iterable[object]) -> None:
        chosen = set(checked)
        self.clear()
        for value, text in items:
            item = QListWidgetItem(text, self)
            item.setData(_VALUE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )

    def set_checked(self, value: object, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(_VALUE) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[object]:
        return [
            self.item(row).data(_VALUE)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


class CountriesChooser(QWidget):
    """Every country to tick, the list narrowed to the names or codes typed above it."""

    def __init__(
        self, countries: Iterable[tuple[str, str]], chosen: Iterable[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("practice_countries_filter")
        self.filter.setAccessibleName(self.tr("Find a country"))
        self.filter.setPlaceholderText(self.tr("Type a name or an ISO code"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.list = CheckList("practice_countries", self.tr("Countries"), self)
        self.list.fill(((code, f"{name} ({code})") for code, name in countries), chosen)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)

    def _narrow(self, text: str) -> None:
        wanted = _fold(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in _fold(item.text()))

    def codes(self) -> tuple[str, ...]:
        return tuple(str(code) for code in self.list.checked())


class SubmittersChooser(QWidget):
    """The organisations that submitted the practice, the lead first: type a name to
    find it in the registry, Add; Make Lead moves the chosen one first."""

    def __init__(
        self, ops: Operations, chosen: Iterable[tuple[uuid.UUID, str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._found: dict[str, uuid.UUID] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("practice_submitter_find")
        self.search.setAccessibleName(self.tr("Find an organisation"))
        self.search.setPlaceholderText(self.tr("Type part of a registered organisation's name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.search)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        completer.activated.connect(self.add_named)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up)
        self.search.textEdited.connect(lambda _text: self._lookup.start())
        self.search.returnPressed.connect(self.add_typed)
        row.addWidget(self.search, 1)
        self.add_button = push_button(
            self.tr("&Add"),
            "practice_submitter_add",
            self.tr("Add the organisation"),
            self,
            clicked=self.add_typed,
        )
        self.add_button.setAutoDefault(False)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("practice_submitters")
        self.list.setAccessibleName(self.tr("Submitting organisations, the lead first"))
        self.list.setAccessibleDescription(self.tr("Make Lead moves the chosen one first"))
        for organisation_id, name in chosen:
            self._append(organisation_id, name)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.lead_button = push_button(
            self.tr("Make &Lead"),
            "practice_submitter_lead",
            self.tr("Make the chosen organisation the lead"),
            self,
            clicked=self.make_lead,
        )
        self.remove_button = push_button(
            self.tr("Remo&ve"),
            "practice_submitter_remove",
            self.tr("Remove the chosen organisation"),
            self,
            clicked=self.remove,
        )
        for button in (self.lead_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _append(self, organisation_id: uuid.UUID, name: str) -> None:
        item = QListWidgetItem(name, self.list)
        item.setData(_VALUE, organisation_id)

    def look_up(self) -> None:
        text = self.search.text()
        if len(text.strip()) < 2:
            return

        def find(session: Session) -> list[LinkedItem]:
            from forumdesk.services.notes.links import find_organisations

            return find_organisations(session, text)

        self.ops.query(find, self._show_found)

    def _show_found(self, found: list[LinkedItem]) -> None:
        if not shiboken6.isValid(self):
            return  # closed while the look-up ran
        self._found.update({item.label: item.id for item in found})
        self._names.setStringList([item.label for item in found])
        completer = self.search.completer()
        if self.search.hasFocus() and found:
            completer.complete()

    def add_typed(self) -> None:
        """Add the organisation named in the field, if the registry has it."""
        self.add_named(self.search.text())

    def add_named(self, name: str) -> None:
        """Add an organisation the look-up found (one chosen in the completer, say)."""
        organisation_id = self._found.get(name.strip())
        if organisation_id is None:
            return
        if organisation_id not in self.ids():
            self._append(organisation_id, name.strip())
        self.search.clear()

    def make_lead(self) -> None:
        row = self.list.currentRow()
        if row > 0:
            self.list.insertItem(0, self.list.takeItem(row))
            self.list.setCurrentRow(0)

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(self.list.item(row).data(_VALUE) for row in range(self.list.count()))

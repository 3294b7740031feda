"""The recommendations panel's dialogs: a stakeholder's uptake, a practice that answers
the recommendation, and its status at a later forum."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.store.enums import FollowUpStatus
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.date_field import DateField
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from forumdesk.services.notes.links import LinkedItem
    from forumdesk.services.practices.recommending.follow_up import ForumRef
    from forumdesk.services.practices.recommending.recommendation_views import (
        AnsweringPractice,
        FollowUpView,
        UptakeView,
    )

#: Asks the database for what matches a text, then calls back with it.
Lookup = Callable[[str, Callable[[list["LinkedItem"]], None]], None]
PracticeLookup = Callable[[str, Callable[[list["AnsweringPractice"]], None]], None]
ID_ROLE = Qt.ItemDataRole.UserRole


def follow_up_status(status: FollowUpStatus | None) -> str:
    """A status as the panel shows it; "—" while nobody has assessed it."""
    if status is None:
        return QCoreApplication.translate("RecommendationsPanel", "not assessed")
    return {
        FollowUpStatus.NOT_STARTED: QCoreApplication.translate(
            "RecommendationsPanel", "not started"
        ),
        FollowUpStatus.UNDER_WAY: QCoreApplication.translate("RecommendationsPanel", "under way"),
        FollowUpStatus.DONE: QCoreApplication.translate("RecommendationsPanel", "done"),
    }[status]


def _buttons(dialog: QDialog, save_name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(save_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("RecommendationsPanel", "Cancel")
    )
    buttons.rejected.connect(dialog.reject)
    return buttons


class StakeholderDialog(QDialog):
    """A stakeholder that takes the recommendation up: a registered organisation (chosen
    by typing its name), what it commits to and when. Editing an uptake keeps its
    organisation."""

    def __init__(
        self, lookup: Lookup, parent: QWidget | None = None, uptake: UptakeView | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholder_dialog")
        self.setWindowTitle(
            self.tr("Stakeholder's Commitment") if uptake else self.tr("Add Stakeholder")
        )
        self._lookup = lookup
        self._found: dict[str, uuid.UUID] = {}
        self.organisation_id = uptake.organisation_id if uptake else None
        form = QFormLayout()
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("stakeholder_organisation")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Type to search the registry"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.organisation.textEdited.connect(self._search)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.organisation_error = error_label(self, "stakeholder_organisation_error")
        form.addRow("", self.organisation_error)
        self.commitment = QPlainTextEdit(self)
        self.commitment.setObjectName("stakeholder_commitment")
        self.commitment.setAccessibleName(self.tr("Commitment"))
        self.commitment.setTabChangesFocus(True)
        form.addRow(self.tr("&Commitment:"), self.commitment)
        self.dated = QCheckBox(self.tr("Committed &on:"), self)
        self.dated.setObjectName("stakeholder_dated")
        self.dated.setAccessibleName(self.tr("The commitment has a date"))
        self.committed_on = DateField(self)
        self.committed_on.setObjectName("stakeholder_committed_on")
        self.committed_on.setAccessibleName(self.tr("Date of the commitment"))
        self.committed_on.setEnabled(False)
        self.dated.toggled.connect(self.committed_on.setEnabled)
        form.addRow(self.dated, self.committed_on)
        if uptake is not None:
            self.organisation.setText(uptake.organisation)
            self.organisation.setReadOnly(True)
            self.commitment.setPlainText(uptake.commitment)
            if uptake.committed_on:
                self.dated.setChecked(True)
                self.committed_on.set_value(uptake.committed_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = _buttons(self, self.tr("Save the commitment"))
        buttons.accepted.connect(self._accept)
        layout.addWidget(buttons)

    def committed(self) -> tuple[str, date | None]:
        on = self.committed_on.value() if self.dated.isChecked() else None
        return self.commitment.toPlainText().strip(), on

    def _search(self, text: str) -> None:
        if len(text.strip()) >= 2:
            self._lookup(text, self._show_found)

    def _show_found(self, items: list[LinkedItem]) -> None:
        self._found.update({item.label: item.id for item in items})
        self._names.setStringList([item.label for item in items])

    def _accept(self) -> None:
        if self.organisation.isReadOnly():
            self.accept()
            return
        self.organisation_id = self._found.get(self.organisation.text().strip())
        if self.organisation_id is None:
            self.organisation_error.setText(self.tr("Choose an organisation from the registry."))
            self.organisation_error.show()
            self.organisation.setFocus()
            return
        self.accept()


class PracticeChoiceDialog(QDialog):
    """A practice that answers the recommendation, found by a word of its title."""

    def __init__(self, lookup: PracticeLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_choice_dialog")
        self.setWindowTitle(self.tr("Link a Practice"))
        self._lookup = lookup
        self.search = QLineEdit(self)
        self.search.setObjectName("practice_choice_search")
        self.search.setAccessibleName(self.tr("Search practices by title"))
        self.search.setPlaceholderText(self.tr("Type a word of the practice's title"))
        self.search.textEdited.connect(lambda text: self._lookup(text, self._show))
        self.found = QListWidget(self)
        self.found.setObjectName("practice_choice_list")
        self.found.setAccessibleName(self.tr("Practices found"))
        self.found.itemActivated.connect(lambda _item: self._accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.found, 1)
        buttons = _buttons(self, self.tr("Link the chosen practice"))
        buttons.accepted.connect(self._accept)
        layout.addWidget(buttons)
        self._lookup("", self._show)

    def chosen(self) -> uuid.UUID | None:
        item = self.found.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show(self, practices: list[AnsweringPractice]) -> None:
        self.found.clear()
        for practice in practices:
            title = practice.title
            if practice.fictional:
                title = self.tr("{title} [fictional]").format(title=title)
            item = QListWidgetItem(title, self.found)
            item.setData(ID_ROLE, practice.id)
        if self.found.count():
            self.found.setCurrentRow(0)

    def _accept(self) -> None:
        if self.chosen() is not None:
            self.accept()


class FollowUpDialog(QDialog):
    """The recommendation's status at a later forum, with the evidence for it."""

    def __init__(
        self,
        forums: list[ForumRef],
        parent: QWidget | None = None,
        current: FollowUpView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_dialog")
        self.setWindowTitle(self.tr("Status at a Later Forum"))
        form = QFormLayout()
        self.forum = QComboBox(self)
        self.forum.setObjectName("follow_up_forum")
        self.forum.setAccessibleName(self.tr("Later forum"))
        for forum in forums:
            self.forum.addItem(forum.title, forum.id)
        form.addRow(self.tr("&Forum:"), self.forum)
        self.status = QComboBox(self)
        self.status.setObjectName("follow_up_status")
        self.status.setAccessibleName(self.tr("Status"))
        for status in FollowUpStatus:
            self.status.addItem(follow_up_status(status), status)
        form.addRow(self.tr("&Status:"), self.status)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("follow_up_evidence")
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(self.tr("What shows it: a decision, a report, a law…"))
        form.addRow(self.tr("&Evidence:"), self.evidence)
        if current is not None:
            self.forum.setCurrentIndex(max(0, find_data(self.forum, current.forum.id)))
            if current.status is not None:
                self.status.setCurrentIndex(find_data(self.status, current.status))
            self.evidence.setPlainText(current.evidence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = _buttons(self, self.tr("Save the status"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def assessment(self) -> tuple[uuid.UUID, FollowUpStatus, str]:
        return (
            self.forum.currentData(),
            FollowUpStatus(self.status.currentData()),
            self.evidence.toPlainText().strip(),
        )

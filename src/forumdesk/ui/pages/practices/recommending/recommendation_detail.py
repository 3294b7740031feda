"""One recommendation in full, under the panel's list: its words, the stakeholders who
took it up with their commitments, the practices that answer it and its status at each
later forum, each with the buttons that change it (the panel does the changing)."""

from __future__ import annotations

import uuid
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.pages.practices.recommending.recommendation_dialogs import (
    ID_ROLE,
    follow_up_status,
)
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from forumdesk.services.practices.recommending.recommendation_views import RecommendationView


def record_tree(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTreeWidget:
    """A flat list of records with columns, one chosen at a time."""
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setAccessibleDescription(accessible)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    return tree


def _fit_columns(tree: QTreeWidget, widest: int = 240) -> None:
    """Columns as wide as their content up to `widest`; each cell's whole text in its
    tooltip, for what is cut."""
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column), widest))
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None:
            for column in range(tree.columnCount()):
                item.setToolTip(column, item.text(column))


class RecommendationDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendation_detail")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("recommendation_text")
        self.text_label.setAccessibleName(self.tr("Text of the recommendation"))
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.text_label)
        row = QHBoxLayout()
        column.addLayout(row, 1)
        row.addWidget(self._build_uptake(), 3)
        row.addWidget(self._build_practices(), 2)
        row.addWidget(self._build_follow_up(), 3)
        for tree in (self.uptake_list, self.practice_list, self.follow_up_list):
            tree.currentItemChanged.connect(lambda *_: self.update_buttons())
        self._chosen = False
        self._later = False
        self.update_buttons()

    def _build_uptake(self) -> QGroupBox:
        self.uptake_list = record_tree(
            self,
            "recommendation_uptakes",
            self.tr("Stakeholders who took it up"),
            [self.tr("Stakeholder"), self.tr("Commitment"), self.tr("Date")],
        )
        self.add_uptake_button = push_button(
            self.tr("&Add Stakeholder…"), "add_uptake_button", self.tr("Add a stakeholder"), self
        )
        self.edit_uptake_button = push_button(
            self.tr("Edit &Commitment…"), "edit_uptake_button",
            self.tr("Edit the stakeholder's commitment"), self,
        )  # fmt: skip
        self.remove_uptake_button = push_button(
            self.tr("Remove Sta&keholder"), "remove_uptake_button",
            self.tr("Remove the stakeholder"), self,
        )  # fmt: skip
        buttons = [self.add_uptake_button, self.edit_uptake_button, self.remove_uptake_button]
        return self._group(self.tr("Uptake"), self.uptake_list, buttons)

    def _build_practices(self) -> QGroupBox:
        self.practice_list = record_tree(
            self, "recommendation_practices", self.tr("Practices answering it"),
            [self.tr("Practice")],
        )  # fmt: skip
        self.link_button = push_button(
            self.tr("&Link Practice…"), "link_practice_button", self.tr("Link a practice"), self
        )
        self.unlink_button = push_button(
            self.tr("&Unlink Practice"), "unlink_practice_button",
            self.tr("Unlink the practice"), self,
        )  # fmt: skip
        buttons = [self.link_button, self.unlink_button]
        return self._group(self.tr("Practices answering it"), self.practice_list, buttons)

    def _build_follow_up(self) -> QGroupBox:
        self.follow_up_list = record_tree(
            self,
            "recommendation_follow_ups",
            self.tr("Status at each later forum"),
            [self.tr("Forum"), self.tr("Status"), self.tr("Evidence"), self.tr("Assessed by")],
        )
        self.status_button = push_button(
            self.tr("Set &Status…"), "set_status_button",
            self.tr("Set the status at a later forum"), self,
        )  # fmt: skip
        return self._group(self.tr("Follow-up"), self.follow_up_list, [self.status_button])

    def _group(self, title: str, tree: QTreeWidget, buttons: list[QPushButton]) -> QGroupBox:
        group = QGroupBox(title, self)
        box = QVBoxLayout(group)
        box.addWidget(tree, 1)
        line = QHBoxLayout()
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        box.addLayout(line)
        return group

    def show_view(self, view: RecommendationView | None, *, later: bool) -> None:
        """Show `view` (None: nothing chosen); `later`: the forum has a later forum, at
        which a status can be set."""
        self._chosen, self._later = view is not None, later
        for tree in (self.uptake_list, self.practice_list, self.follow_up_list):
            tree.clear()
        if view is None:
            self.text_label.clear()
            self.update_buttons()
            return
        where = self.tr("¶ {number}").format(number=view.paragraph_number)
        theme = f" — {escape(view.theme)}" if view.theme else ""
        code = escape(view.values.code)
        self.text_label.setText(f"<b>{code}</b> ({where}{theme})<br>{escape(view.values.text)}")
        for uptake in view.uptakes:
            on = uptake.committed_on.isoformat() if uptake.committed_on else ""
            item = QTreeWidgetItem(self.uptake_list, [uptake.organisation, uptake.commitment, on])
            item.setData(0, ID_ROLE, uptake.id)
        for practice in view.practices:
            title = practice.title
            if practice.fictional:
                title = self.tr("{title} [fictional]").format(title=title)
            item = QTreeWidgetItem(self.practice_list, [title])
            item.setData(0, ID_ROLE, practice.id)
        for follow in view.follow_ups:
            by = f"{follow.assessed_by}, {follow.assessed_on}" if follow.assessed_by else ""
            texts = [follow.forum.title, follow_up_status(follow.status), follow.evidence, by]
            item = QTreeWidgetItem(self.follow_up_list, texts)
            item.setData(0, ID_ROLE, follow.forum.id)
        if not view.follow_ups:
            QTreeWidgetItem(self.follow_up_list, [self.tr("No later forum yet")])
        for tree in (self.uptake_list, self.follow_up_list):
            _fit_columns(tree)
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = self._chosen
        self.add_uptake_button.setEnabled(chosen)
        self.edit_uptake_button.setEnabled(chosen and self.uptake_list.currentItem() is not None)
        self.remove_uptake_button.setEnabled(self.edit_uptake_button.isEnabled())
        self.link_button.setEnabled(chosen)
        self.unlink_button.setEnabled(chosen and self.practice_list.currentItem() is not None)
        self.status_button.setEnabled(chosen and self._later)

    @staticmethod
    def selected(tree: QTreeWidget) -> uuid.UUID | None:
        item = tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

"""Registry: organisations and their representatives, filtered as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui import labels
from forumdesk.ui.context import ForumContext
from forumdesk.ui.operations import Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry import OrganisationRow, RepresentativeRow

ROW_LIMIT = 500
FILTER_DELAY_MS = 250


def _table(name: str, accessible: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RegistryPage(Page):
    areas = frozenset({"registry"})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("registry_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Registry"), self))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("registry_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, acronym or email…"))
        self.filter_edit.setAccessibleName(self.tr("Filter the registry"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(lambda _text: self._debounce.start())

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Organisations and representatives"))
        self.organisations_model: RowsModel[OrganisationRow] = RowsModel(
            [
                Column(self.tr("Organisation"), lambda r: r.name),
                Column(self.tr("Acronym"), lambda r: r.acronym),
                Column(self.tr("Category"), lambda r: labels.organisation_category(r.category)),
                Column(self.tr("Country"), lambda r: r.country_code),
                Column(self.tr("Representatives"), lambda r: r.representatives),
            ],
            self,
        )
        self.organisations_view = _table("organisations_table", self.tr("Organisations"), self.tabs)
        self.organisations_view.setModel(self.organisations_model)
        self.tabs.addTab(self.organisations_view, self.tr("Organisations"))
        self.representatives_model: RowsModel[RepresentativeRow] = RowsModel(
            [
                Column(self.tr("Family name"), lambda r: r.family_name),
                Column(self.tr("Given name"), lambda r: r.given_name),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Function"), lambda r: r.function),
            ],
            self,
        )
        self.representatives_view = _table(
            "representatives_table", self.tr("Representatives"), self.tabs
        )
        self.representatives_view.setModel(self.representatives_model)
        self.tabs.addTab(self.representatives_view, self.tr("Representatives"))
        layout.addWidget(self.tabs, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("registry_status")
        self.status_label.setAccessibleName(self.tr("Registry counts"))
        layout.addWidget(self.status_label)

    def refresh(self) -> None:
        text = self.filter_edit.text()

        def load(session: Session) -> tuple[list[OrganisationRow], list[RepresentativeRow]]:
            from forumdesk.services.registry import organisation_rows, representative_rows

            return (
                organisation_rows(session, text, ROW_LIMIT + 1),
                representative_rows(session, text, ROW_LIMIT + 1),
            )

        self.ops.query(load, lambda rows: self._show(*rows))

    def _show(self, organisations: list[OrganisationRow], people: list[RepresentativeRow]) -> None:
        self.organisations_model.set_rows(organisations[:ROW_LIMIT])
        self.representatives_model.set_rows(people[:ROW_LIMIT])
        self.organisations_view.resizeColumnsToContents()
        self.representatives_view.resizeColumnsToContents()
        more = len(organisations) > ROW_LIMIT or len(people) > ROW_LIMIT
        text = self.tr("{orgs} organisations, {people} representatives shown").format(
            orgs=min(len(organisations), ROW_LIMIT), people=min(len(people), ROW_LIMIT)
        )
        if more:
            text += " " + self.tr("(first {limit}; type to narrow)").format(limit=ROW_LIMIT)
        self.status_label.setText(text)

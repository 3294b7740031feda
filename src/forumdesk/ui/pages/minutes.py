"""Minutes: each segment of the forum and where its minutes stand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from forumdesk.store.enums import MinutesState
from forumdesk.ui.context import ForumContext
from forumdesk.ui.formatting import long_date, time_range
from forumdesk.ui.operations import Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.table_model import Column, RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes import MinutesRow


class MinutesPage(Page):
    areas = frozenset({"minutes", "programme"})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("minutes_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Minutes"), self))
        states = {
            None: self.tr("Not started"),
            MinutesState.DRAFT: self.tr("Draft"),
            MinutesState.SUBMITTED: self.tr("Submitted for review"),
            MinutesState.APPROVED: self.tr("Approved"),
        }
        self.model: RowsModel[MinutesRow] = RowsModel(
            [
                Column(self.tr("Day"), lambda r: long_date(r.day)),
                Column(self.tr("Time"), lambda r: time_range(r.starts_at, r.ends_at)),
                Column(self.tr("Segment"), lambda r: r.segment_title),
                Column(self.tr("State"), lambda r: states[r.state]),
                Column(self.tr("Versions"), lambda r: r.versions),
                Column(
                    self.tr("Approved"),
                    lambda r: (
                        f"{r.approved_by}, {long_date(r.approved_at.date())}"
                        if r.approved_at and r.approved_by
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("minutes_table")
        self.table.setAccessibleName(self.tr("Minutes of each segment"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            self.model.set_rows([])
            return

        def load(session: Session) -> list[MinutesRow]:
            from forumdesk.services.minutes import minutes_overview

            return minutes_overview(session, forum_id)

        self.ops.query(load, self._show)

    def _show(self, rows: list[MinutesRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

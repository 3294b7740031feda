"""Overview: the forum's live state at a glance (now and next, what waits on the
secretariat, who came), its figures, and the database it lives in.

It reloads only what a change touched: a check-in at the door reloads who came, not
the registry's accredited counts (which cost as much again at 100k people) nor the
likely duplicates (seconds at that size, counted in the slow lane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.overview.parts import EVERYTHING, Part
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import long_date
from forumdesk.ui.common.operations import Area, Operations, concerns
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.overview.actions_box import ActionsBox
from forumdesk.ui.pages.overview.charts import ParticipationCharts
from forumdesk.ui.pages.overview.now_next_box import NowNextBox
from forumdesk.ui.pages.overview.sentence_box import SentenceBox

if TYPE_CHECKING:
    import uuid

    from sqlalchemy.orm import Session

    from forumdesk.services.attendance.counts import Accredited
    from forumdesk.services.database.info import DatabaseFacts
    from forumdesk.services.overview.actions import Duplicates
    from forumdesk.services.overview.load import OverviewData
    from forumdesk.services.programme.forums import ForumFigures, ForumSummary

PARTS_OF_AREA = {
    Area.FORUMS: frozenset({Part.FORUM, Part.ACCREDITED, Part.ARRIVALS}),
    Area.PROGRAMME: frozenset({Part.FORUM}),
    Area.DOCUMENTS: frozenset({Part.FORUM}),
    Area.NOTES: frozenset({Part.FORUM}),
    Area.MINUTES: frozenset({Part.FORUM}),
    Area.REGISTRY: frozenset({Part.FORUM, Part.ACCREDITED, Part.ARRIVALS, Part.DUPLICATES}),
    Area.ATTENDANCE: frozenset({Part.ARRIVALS}),
    Area.BACKUPS: frozenset({Part.FACTS}),
}
#: The time moves on: what runs now is asked again this often while the page shows.
NOW_EVERY_MS = 30_000


def _load(
    session: Session,
    forum_id: uuid.UUID | None,
    parts: frozenset[Part],
    accredited: Accredited | None,
) -> OverviewData:
    from forumdesk.services.overview import load
    from forumdesk.store.types import utcnow

    return load.load_overview(session, forum_id, parts, accredited, utcnow())


class OverviewPage(Page):
    areas = frozenset(PARTS_OF_AREA)
    load_demo_requested = Signal()
    #: A "thing to act on" was pressed: one of actions_box.TASKS.
    act_requested = Signal(str)
    #: "Add to Summary Report…" was pressed, with the sentence.
    add_to_report_requested = Signal(str)

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("overview_page")
        self._parts: set[Part] = set(EVERYTHING)
        self._accredited: Accredited | None = None
        # In a scroll area, so that a short window is never forced taller by the figures.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("overview_scroll")
        scroll.setAccessibleName(self.tr("Overview"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        self.title_label = heading(self.tr("No forum open"), self)
        self.title_label.setObjectName("overview_title")
        layout.addWidget(self.title_label)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setAccessibleName(self.tr("Forum dates and venue"))
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self._build_empty_box())

        live = QHBoxLayout()
        self.now_next = NowNextBox(self)
        self.to_act = ActionsBox(self)
        self.to_act.act_requested.connect(self.act_requested)
        live.addWidget(self.now_next, 1)
        live.addWidget(self.to_act, 1)
        layout.addLayout(live)
        self.charts = ParticipationCharts(self)
        layout.addWidget(self.charts)
        self.sentence = SentenceBox(self)
        self.sentence.add_requested.connect(self.add_to_report_requested)
        layout.addWidget(self.sentence)
        lower = QHBoxLayout()
        lower.addWidget(self._build_figures_box(), 1)
        lower.addWidget(self._build_database_box(), 2)
        layout.addLayout(lower)
        layout.addStretch(1)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_EVERY_MS)
        self._now_timer.timeout.connect(self._time_moved)
        self._show_empty()

    def _build_figures_box(self) -> QGroupBox:
        self.figures_box = QGroupBox(self.tr("Forum"), self)
        self.figures = QFormLayout(self.figures_box)
        self._figure_labels: dict[str, QLabel] = {}
        for key, text in (
            ("days", self.tr("Days")),
            ("sessions", self.tr("Sessions")),
            ("segments", self.tr("Segments")),
            ("documents", self.tr("Documents")),
            ("paragraphs", self.tr("Numbered paragraphs")),
            ("registrations", self.tr("Registrations (accredited)")),
            ("notes", self.tr("Notes")),
            ("minutes", self.tr("Minutes")),
        ):
            value = QLabel("–", self.figures_box)
            value.setObjectName(f"figure_{key}")
            value.setAccessibleName(text)
            self.figures.addRow(text, value)
            self._figure_labels[key] = value
        return self.figures_box

    def _build_empty_box(self) -> QGroupBox:
        """What a database without a forum shows: the offer to load the demo."""
        self.empty_box = QGroupBox(self.tr("This database holds no forum yet"), self)
        empty_layout = QVBoxLayout(self.empty_box)
        explain = QLabel(
            self.tr(
                "Load the informal interactive hearings of 12 July 2006 to explore ForumDesk "
                "with a real programme and summary document."
            ),
            self.empty_box,
        )
        explain.setWordWrap(True)
        empty_layout.addWidget(explain)
        self.demo_button = QPushButton(self.tr("Load the 2006 demo forum"), self.empty_box)
        self.demo_button.setAccessibleName(self.tr("Load the 2006 demo forum"))
        self.demo_button.clicked.connect(self.load_demo_requested)
        empty_layout.addWidget(self.demo_button)
        return self.empty_box

    def _build_database_box(self) -> QGroupBox:
        self.database_box = QGroupBox(self.tr("Database"), self)
        database_form = QFormLayout(self.database_box)
        self.database_label = QLabel(self.database_box)
        self.database_label.setAccessibleName(self.tr("Database file"))
        self.database_label.setWordWrap(True)
        database_form.addRow(self.tr("Location"), self.database_label)
        self.schema_label = QLabel(self.database_box)
        self.schema_label.setObjectName("database_schema")
        self.schema_label.setAccessibleName(self.tr("Schema revision"))
        database_form.addRow(self.tr("Schema"), self.schema_label)
        self.backup_label = QLabel(self.database_box)
        self.backup_label.setObjectName("database_backup")
        self.backup_label.setAccessibleName(self.tr("Latest backup"))
        self.backup_label.setWordWrap(True)
        database_form.addRow(self.tr("Latest backup"), self.backup_label)
        return self.database_box

    def drawing(self) -> bool:
        return self.charts.drawing()

    # Reloading by parts --------------------------------------------------------------

    def _on_changes(self, areas: frozenset[Area]) -> None:
        if concerns(areas, self.areas):
            for area in areas:
                self._parts |= PARTS_OF_AREA.get(area, EVERYTHING)
            Page._invalidate(self)

    def _invalidate(self) -> None:
        # The forum or the database changed: nothing loaded before still holds.
        self._parts = set(EVERYTHING)
        self._accredited = None
        super()._invalidate()

    def _time_moved(self) -> None:
        self._parts.add(Part.FORUM)
        Page._invalidate(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._now_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._now_timer.stop()

    def refresh(self) -> None:
        database = self.ops.database
        parts, self._parts = frozenset(self._parts), set()
        if database is not None and Part.FACTS in parts:
            self.database_label.setText(database.display_name)

            def facts() -> DatabaseFacts:
                from forumdesk.services.database.info import database_facts

                return database_facts(database)

            self.ops.call(facts, self._show_database)
        forum_id = self.forum.forum_id
        accredited = self._accredited
        self.ops.query(
            lambda session: _load(session, forum_id, parts, accredited),
            self._show_loaded,
        )
        if Part.DUPLICATES in parts and forum_id is not None:

            def duplicates(session: Session) -> Duplicates:
                from forumdesk.services.overview.actions import likely_duplicates

                return likely_duplicates(session)

            self.ops.slow_query(duplicates, self.to_act.show_duplicates)

    def _show_empty(self) -> None:
        self._show_figures(None, None)
        self.now_next.show_state(None)
        self.to_act.show_tasks(None)
        self.charts.show_attendance(None)
        self.sentence.show_sentence(None)

    def _show_loaded(self, data: OverviewData) -> None:
        if data.forum_id != self.forum.forum_id:
            return  # the forum changed meanwhile; its own load is on its way
        if data.accredited is not None:
            self._accredited = data.accredited
        if data.summary is None:
            self._show_empty()
            return
        self._show_figures(data.summary, data.figures)
        if data.figures is not None:
            self.now_next.show_state(data.state)
            self.to_act.show_tasks(data.to_act)
        if data.attendance is not None:
            self.charts.show_attendance(data.attendance)
            self.sentence.show_sentence(data.sentence)

    def _show_database(self, facts: DatabaseFacts) -> None:
        # Here, not in __init__: the first touch of the `Qt` namespace costs ~40 ms at start-up.
        from PySide6.QtCore import Qt

        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setText(facts.location)
        self.schema_label.setText(f"{facts.schema or '–'} ({facts.backend})")
        if facts.latest_backup is None:
            self.backup_label.setText(self.tr("None yet"))
        else:
            self.backup_label.setText(
                self.tr("{file} ({count} kept)").format(
                    file=str(facts.latest_backup), count=facts.backups
                )
            )

    def _show_figures(self, summary: ForumSummary | None, figures: ForumFigures | None) -> None:
        self.empty_box.setVisible(summary is None and self.ops.database is not None)
        self.figures_box.setVisible(summary is not None)
        if summary is None:
            self.title_label.setText(self.tr("No forum open"))
            self.subtitle_label.clear()
            return
        self.title_label.setText(summary.title)
        when = long_date(summary.starts_on)
        if summary.ends_on and summary.ends_on != summary.starts_on:
            when = self.tr("{start} to {end}").format(start=when, end=long_date(summary.ends_on))
        details = [part for part in (when, summary.venue, summary.timezone) if part]
        self.subtitle_label.setText(" · ".join(details))
        if figures is None:
            return  # only who came was reloaded
        values = {
            "days": str(figures.days),
            "sessions": str(figures.sessions),
            "segments": str(figures.segments),
            "documents": str(figures.documents),
            "paragraphs": str(figures.paragraphs),
            "registrations": f"{figures.registrations} ({figures.accredited})",
            "notes": str(figures.notes),
            "minutes": str(figures.minutes),
        }
        for key, value in values.items():
            self._figure_labels[key].setText(value)

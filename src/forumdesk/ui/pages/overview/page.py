"""Overview: the current forum at a glance, and the database it lives in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import long_date
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.overview.participation_box import ParticipationBox

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.database.info import DatabaseFacts
    from forumdesk.services.programme.forums import ForumFigures, ForumSummary
    from forumdesk.services.registry.stats import Participation


class OverviewPage(Page):
    areas = frozenset(
        {
            Area.FORUMS,
            Area.PROGRAMME,
            Area.DOCUMENTS,
            Area.REGISTRY,
            Area.NOTES,
            Area.MINUTES,
            Area.BACKUPS,
        }
    )
    load_demo_requested = Signal()

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("overview_page")
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
        layout.addWidget(self.figures_box)
        self.participation = ParticipationBox(self)
        layout.addWidget(self.participation)

        layout.addWidget(self._build_database_box())
        layout.addStretch(1)
        self._show_figures(None, None)
        self.participation.show_participation(None)

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

    def refresh(self) -> None:
        database = self.ops.database
        self.database_label.setText(database.display_name if database else "")
        forum_id = self.forum.forum_id
        if database is not None:

            def facts() -> DatabaseFacts:
                from forumdesk.services.database.info import database_facts

                return database_facts(database)

            self.ops.call(facts, self._show_database)

        def load(
            session: Session,
        ) -> tuple[ForumSummary | None, ForumFigures | None, Participation | None]:
            from forumdesk.services.programme.forums import forum_figures, list_forums
            from forumdesk.services.registry.stats import participation

            forums = {f.id: f for f in list_forums(session)}
            if forum_id is None or forum_id not in forums:
                return None, None, None
            return (
                forums[forum_id],
                forum_figures(session, forum_id),
                participation(session, forum_id),
            )

        self.ops.query(load, self._show_loaded)

    def _show_loaded(
        self, result: tuple[ForumSummary | None, ForumFigures | None, Participation | None]
    ) -> None:
        summary, figures, people = result
        self._show_figures(summary, figures)
        self.participation.show_participation(people)

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
        has_forum = summary is not None and figures is not None
        self.empty_box.setVisible(not has_forum and self.ops.database is not None)
        self.figures_box.setVisible(has_forum)
        if summary is None or figures is None:
            self.title_label.setText(self.tr("No forum open"))
            self.subtitle_label.clear()
            return
        self.title_label.setText(summary.title)
        when = long_date(summary.starts_on)
        if summary.ends_on and summary.ends_on != summary.starts_on:
            when = self.tr("{start} to {end}").format(start=when, end=long_date(summary.ends_on))
        details = [part for part in (when, summary.venue, summary.timezone) if part]
        self.subtitle_label.setText(" · ".join(details))
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

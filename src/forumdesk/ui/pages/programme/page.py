"""Programme: the forum's days, sessions and segments with their times."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.store.enums import SegmentRoleKind
from forumdesk.ui.common import labels
from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.formatting import long_date, time_range
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.programme.files import ProgrammeFiles
from forumdesk.ui.pages.programme.speakers import SpeakersPanel
from forumdesk.ui.pages.programme.timeline import TimelineView
from forumdesk.ui.printing.documents import programme_pdf, speakers_pdf
from forumdesk.ui.printing.printable import Printable
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.clashes import Clash
    from forumdesk.services.programme.edit import SegmentPlace, Timeline
    from forumdesk.services.programme.programme import DayView, RoleView, SegmentView
    from forumdesk.services.programme.segment_editor import SegmentDetail
    from forumdesk.ui.pages.programme.segment_dialog import SegmentDialog

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgrammePage(Page):
    areas = frozenset({Area.PROGRAMME})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("programme_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Programme"), self))
        self.files = ProgrammeFiles(ops, self)
        self.message = self.files.message
        layout.addLayout(self._build_bar())
        self.empty_label = QLabel(self.tr("No forum is open."), self)
        layout.addWidget(self.empty_label)

        self.undo_stack: QUndoStack = QUndoStack(self)
        # Commands hold ids of this database's segments: another database starts afresh.
        ops.database_changed.connect(self.undo_stack.clear)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.editor: SegmentDialog | None = None
        self._segments: dict[uuid.UUID, SegmentView] = {}
        self._items: dict[uuid.UUID, QTreeWidgetItem] = {}
        self._current: uuid.UUID | None = None
        self._build_views(splitter)
        self._build_side(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 460])
        layout.addWidget(splitter, 1)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.new_forum_button = push_button(
            self.tr("New F&orum from Template…"),
            "new_forum_button",
            self.tr("Create a forum from an agenda template"),
            self,
            clicked=self.files.new_forum,
        )
        bar.addWidget(self.new_forum_button)
        self.save_template_button = push_button(
            self.tr("Save as &Template…"),
            "save_template_button",
            self.tr("Save this programme as an agenda template"),
            self,
            clicked=lambda: self.save_as_template(),
        )
        bar.addWidget(self.save_template_button)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("programme_export_button")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setAccessibleName(self.tr("Export the programme"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("iCalendar (.ics)…"), lambda: self.export("ics"))
        menu.addAction(self.tr("Printable Programme (PDF)…"), lambda: self.export("pdf"))
        menu.addAction(self.tr("Word Document (.docx)…"), lambda: self.export("docx"))
        self.export_button.setMenu(menu)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        return bar

    def _build_views(self, splitter: QSplitter) -> None:
        """The programme as a timeline and as a tree, one tab each."""
        self.views = QTabWidget(splitter)
        self.views.setObjectName("programme_views")
        self.views.setAccessibleName(self.tr("Timeline and list of the programme"))
        self.timeline = TimelineView(self.views)
        self.timeline.moved.connect(self._move_segment)
        self.timeline.selected.connect(self._show_selected_block)
        self.timeline.opened.connect(self.edit_segment)
        self.views.addTab(self.timeline, self.tr("Ti&meline"))
        self.tree = QTreeWidget(self.views)
        self.tree.setObjectName("programme_tree")
        self.tree.setAccessibleDescription(
            self.tr(
                "The programme by day, session and segment. Enter opens the chosen segment in its "
                "editor."
            )
        )
        self.tree.setAccessibleName(self.tr("Programme by day, session and segment"))
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("Segment"), self.tr("Kind"), self.tr("Room")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._show_segment)
        self.tree.itemActivated.connect(self._segment_activated)
        self.views.addTab(self.tree, self.tr("L&ist"))

    def _build_side(self, splitter: QSplitter) -> None:
        """The selected segment, its speakers list and the programme's clashes."""
        self.side = QTabWidget(splitter)
        self.side.setObjectName("segment_side")
        self.side.setAccessibleName(self.tr("The selected segment and its speakers"))
        self.details = QTextBrowser(self.side)
        self.details.setObjectName("segment_details")
        self.details.setAccessibleDescription(
            self.tr("The time, room, theme and roles of the chosen segment.")
        )
        self.details.setAccessibleName(self.tr("Selected segment"))
        self.side.addTab(self.details, self.tr("Se&gment"))
        self.speakers = SpeakersPanel(self.ops, self.side)
        # One undo history per page: the speakers list's changes join the programme's.
        self.speakers.undo_stack = self.undo_stack
        self.side.addTab(self.speakers, self.tr("Spea&kers List"))
        self.clash_list = QListWidget(self.side)
        self.clash_list.setObjectName("programme_clashes")
        self.clash_list.setAccessibleDescription(
            self.tr(
                "Segments that overlap in a room or for a person. Enter shows the chosen clash on "
                "the timeline."
            )
        )
        self.clash_list.setAccessibleName(self.tr("Clashes in the programme"))
        self.clash_list.setWordWrap(True)
        self.clash_list.itemActivated.connect(self._clash_chosen)
        self.clash_list.itemClicked.connect(self._clash_chosen)
        self.side.addTab(self.clash_list, self.tr("No Clashes"))

    def _segment_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        segment: SegmentView | None = item.data(0, SEGMENT_ROLE)
        if segment is not None:
            self.edit_segment(segment.id)

    def edit_segment(self, segment_id: uuid.UUID) -> None:
        """The segment editor (double-click a block, or Enter in the list)."""

        def load(session: Session) -> tuple[SegmentDetail, SegmentPlace]:
            from forumdesk.services.programme.edit import segment_place
            from forumdesk.services.programme.segment_editor import segment_detail

            return segment_detail(session, segment_id), segment_place(session, segment_id)

        self.ops.query(load, self._open_editor)

    def _open_editor(self, loaded: tuple[SegmentDetail, SegmentPlace]) -> None:
        from forumdesk.ui.pages.programme.segment_dialog import SegmentDialog, segment_edited

        detail, place = loaded
        dialog = SegmentDialog(self.ops, detail, place, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = self.tr("Edit {segment}").format(segment=detail.data.title)
        dialog.saved.connect(
            lambda before, after, times: self.undo_stack.push(
                segment_edited(self.ops, detail.segment_id, before, after, text, times)
            )
        )
        dialog.finished.connect(lambda _result: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()

    def save_as_template(self, path: str | None = None) -> None:
        if self.forum.forum_id is not None:
            self.files.save_as_template(self.forum.forum_id, self.forum.title, path)

    def export(self, kind: str, path: str | None = None) -> None:
        if self.forum.forum_id is not None:
            self.files.export(kind, self.forum.forum_id, path, self.forum.title)

    def printables(self) -> list[Printable]:
        """The programme and the shown segment's speakers list; the list first while
        its tab is the one shown."""
        forum_id = self.forum.forum_id
        if forum_id is None:
            return []
        found = [Printable(self.tr("The programme"), programme_pdf(forum_id))]
        segment = self._segments.get(self.speakers.segment_id) if self.speakers.segment_id else None
        if segment is not None:
            speakers = Printable(
                self.tr("The speakers list of {segment}").format(segment=segment.title),
                speakers_pdf(segment.id),
            )
            shown = self.side.currentWidget() is self.speakers
            found = [speakers, *found] if shown else [*found, speakers]
        return found

    def may_close(self) -> bool:
        return self.speakers.may_close()  # a running speaking clock asks first

    def refresh(self) -> None:
        forum_id = self.forum.forum_id
        self.save_template_button.setEnabled(forum_id is not None)
        self.export_button.setEnabled(forum_id is not None)
        if forum_id is None:
            self._show_days([])
            return

        def load(session: Session) -> tuple[list[DayView], Timeline, list[Clash]]:
            from forumdesk.services.programme.clashes import find_clashes
            from forumdesk.services.programme.edit import timeline
            from forumdesk.services.programme.programme import programme_view

            return (
                programme_view(session, forum_id),
                timeline(session, forum_id),
                find_clashes(session, forum_id),
            )

        self.ops.query(load, self._show_programme)

    def _show_programme(self, loaded: tuple[list[DayView], Timeline, list[Clash]]) -> None:
        days, timeline, clashes = loaded
        clashing = {segment_id for clash in clashes for segment_id in clash.segment_ids}
        self.timeline.show_timeline(timeline, clashing)
        self._show_clashes(clashes)
        self._show_days(days)

    def _show_clashes(self, clashes: list[Clash]) -> None:
        """Listed for the officer to fix; they never stop a change being saved."""
        self.clash_list.clear()
        for clash in clashes:
            item = QListWidgetItem(clash.message, self.clash_list)
            item.setData(Qt.ItemDataRole.UserRole, clash.segment_ids)
            item.setToolTip(clash.message)
        title = self.tr("Clashes (%n)", "", len(clashes)) if clashes else self.tr("No Clashes")
        self.side.setTabText(self.side.indexOf(self.clash_list), title)

    def _clash_chosen(self, item: QListWidgetItem) -> None:
        segment_ids = item.data(Qt.ItemDataRole.UserRole) or ()
        for segment_id in segment_ids:
            block = self.timeline.blocks.get(segment_id)
            if block is not None:
                self.timeline.scene().clearSelection()
                block.setSelected(True)
                self.timeline.ensureVisible(block)
                return

    def _move_segment(
        self, segment_id: uuid.UUID, before: SegmentPlace, after: SegmentPlace
    ) -> None:
        """A block dragged on the timeline: one undoable change."""
        from forumdesk.ui.common.undo import ChangeCommand

        def place(where: SegmentPlace, shown: SegmentPlace) -> Callable[[Session], object]:
            # Moved meanwhile by someone else: the same field refuses (EditConflict).
            def run(session: Session) -> object:
                from forumdesk.services.programme.edit import move_segment

                return move_segment(session, segment_id, where, read=shown)

            return run

        item = self.timeline.blocks.get(segment_id)
        title = item.block.title if item is not None else ""
        text = self.tr("Move {segment} to {time}").format(
            segment=title, time=time_range(after.starts_at, after.ends_at)
        )

        def done(_before: object) -> None:
            self.undo_stack.push(
                ChangeCommand(
                    self.ops, text, place(after, before), place(before, after), {Area.PROGRAMME}
                )
            )

        self.ops.change(place(after, before), {Area.PROGRAMME}, done, self._refused)

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.common.edit_conflicts import EditConflict

        message = str(error)
        if isinstance(error, EditConflict):
            who = next((c.changed_by for c in error.conflicts if c.changed_by), None)
            message = self.tr(
                "Not moved: {who} moved this segment meanwhile. The programme now shows "
                "it where they put it."
            ).format(who=who or self.tr("another user"))
        self.details.setPlainText(message)
        self.refresh()

    def _show_days(self, days: list[DayView]) -> None:
        self.tree.clear()
        self._segments.clear()
        self._items.clear()
        self.details.clear()
        self.empty_label.setVisible(not days)
        if not days and self.forum.forum_id is not None:
            self.empty_label.setText(self.tr("This forum has no programme yet."))
        for day in days:
            day_item = QTreeWidgetItem([long_date(day.date)])
            self.tree.addTopLevelItem(day_item)
            day_item.setFirstColumnSpanned(True)
            for sitting in day.sessions:
                session_item = QTreeWidgetItem(
                    [time_range(sitting.starts_at, sitting.ends_at), sitting.title]
                )
                font = session_item.font(1)
                font.setBold(True)
                session_item.setFont(1, font)
                day_item.addChild(session_item)
                for segment in sitting.segments:
                    title = (
                        segment.title if not segment.theme else f"{segment.title} : {segment.theme}"
                    )
                    item = QTreeWidgetItem(
                        [
                            time_range(segment.starts_at, segment.ends_at),
                            title,
                            labels.segment_kind(segment.kind),
                            segment.room or "",
                        ]
                    )
                    item.setData(0, SEGMENT_ROLE, segment)
                    self._segments[segment.id] = segment
                    self._items[segment.id] = item
                    item.setToolTip(1, title)
                    session_item.addChild(item)
                    for role in segment.roles:
                        role_item = QTreeWidgetItem(["", _role_text(role)])
                        role_item.setData(0, SEGMENT_ROLE, segment)
                        item.addChild(role_item)
        self.tree.expandAll()
        # After a change the segment looked at stays selected; at first, the first one.
        kept = self._items.get(self._current) if self._current is not None else None
        first_day = self.tree.topLevelItem(0)
        first_session = first_day.child(0) if first_day is not None else None
        first_segment = first_session.child(0) if first_session is not None else None
        chosen = kept or first_segment
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        block = self.timeline.blocks.get(self._current) if self._current else None
        if block is not None:
            block.setSelected(True)

    def _show_selected_block(self, segment_id: uuid.UUID | None) -> None:
        if segment_id is not None:
            self._describe(self._segments.get(segment_id))

    def _show_segment(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._describe(current.data(0, SEGMENT_ROLE) if current else None)

    def _describe(self, segment: SegmentView | None) -> None:
        if segment is not None:
            self._current = segment.id
        # A running speakers' clock stays on its segment while others are looked at.
        if self.speakers.clock.current is None:
            self.speakers.set_segment(segment.id if segment is not None else None)
        if segment is None:
            self.details.setPlainText(self.tr("Select a segment to see its theme and roles."))
            return
        parts = [
            f"<h3>{html.escape(segment.title)}</h3>",
            f"<p><b>{html.escape(time_range(segment.starts_at, segment.ends_at))}</b>"
            f" · {html.escape(labels.segment_kind(segment.kind))}"
            + (f" · {html.escape(segment.room)}" if segment.room else "")
            + "</p>",
        ]
        if segment.theme:
            parts.append(f"<p>{html.escape(segment.theme)}</p>")
        if segment.roles:
            items = "".join(f"<li>{html.escape(_role_text(r))}</li>" for r in segment.roles)
            parts.append(f"<ul>{items}</ul>")
        self.details.setHtml("".join(parts))


def _role_text(role: RoleView) -> str:
    # An address's label already says what it is ("Allocution du Président…").
    if role.role is SegmentRoleKind.ADDRESS and role.label:
        text = role.label
    else:
        text = (
            f"{labels.role_kind(role.role)}: {role.label}"
            if role.label
            else labels.role_kind(role.role)
        )
    return f"{text} ({role.person})" if role.person else text

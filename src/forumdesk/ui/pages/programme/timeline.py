"""The day timeline: a column per day and room, time running down, segments as blocks.

Drag a block to move it (to another room or day too); drag its lower edge to change
its length. Both snap to five minutes. The keyboard does the same by the minute
(`timeline_keys.py`). The view only proposes the new place (`moved`); the page
writes it, as one undoable change, and shows the result. Under a right-to-left
layout the rooms run from the right and the hours stand on the right.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from forumdesk.services.programme.edit import (
    SNAP_MINUTES,
    SegmentPlace,
    Timeline,
    TimelineBlock,
    TimelineDay,
    TimelineRoom,
    at_minutes,
    minutes,
)
from forumdesk.store.enums import SegmentKind
from forumdesk.ui.common.formatting import long_date, time_range
from forumdesk.ui.pages.programme.timeline_keys import TimelineKeys

PX_PER_MINUTE = 1.2
COLUMN_WIDTH = 210.0
TIME_GUTTER = 56.0
HEADER = 44.0
EDGE = 7.0  # px of a block's lower edge that resize it
KIND_COLOURS = {
    SegmentKind.OPENING: "#dbe9f6",
    SegmentKind.PANEL: "#e6f2dc",
    SegmentKind.THEMATIC: "#fdf0d5",
    SegmentKind.INTERACTIVE: "#f3e1f0",
    SegmentKind.CLOSING: "#dbe9f6",
    SegmentKind.OTHER: "#eeeeee",
}


@dataclass(frozen=True)
class Column:
    day: TimelineDay
    room: TimelineRoom | None


class BlockItem(QGraphicsRectItem):
    """One segment. Moves freely while dragged; the view snaps it on release."""

    def __init__(self, block: TimelineBlock, rect: QRectF, view: TimelineView) -> None:
        super().__init__(rect)
        self.block = block
        self.place = block.place  # where it is shown: moved by the keys ahead of the save
        self.view = view
        self.resizing = False
        self.clash = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setBrush(QBrush(QColor(KIND_COLOURS.get(block.kind, "#eeeeee"))))
        self.setPen(QPen(QColor("#5b6b7b"), 1))
        # A text item, not a simple one: its lines keep to the reading side.
        self.label = QGraphicsTextItem(self)
        self.label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.label.document().setDocumentMargin(0)
        self.show_times(block.place)
        self.put(rect)
        # Long titles stay inside their block.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)

    def summary(self) -> str:
        return f"{self.block.title}\n{time_range(self.place.starts_at, self.place.ends_at)}"

    def show_times(self, place: SegmentPlace) -> None:
        self.place = place
        self.setToolTip(self.summary())
        self.label.setPlainText(f"{time_range(place.starts_at, place.ends_at)}\n{self.block.title}")
        # Lines keep to the reading side (the view is drawn afresh when it changes).
        mirrored = self.view.isRightToLeft()
        lines = QTextBlockFormat()
        lines.setAlignment(Qt.AlignmentFlag.AlignLeading)  # the right under right to left
        lines.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if mirrored else Qt.LayoutDirection.LeftToRight
        )
        cursor = QTextCursor(self.label.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(lines)

    def put(self, rect: QRectF) -> None:
        """Stand at `rect` (scene coordinates), the label with it, at its reading side."""
        self.setPos(0, 0)
        self.setRect(rect)
        # Inside the focus outline (`paint`), clear of its dashes.
        self.label.setTextWidth(rect.width() - 14)
        self.label.setPos(rect.topLeft() + QPointF(7, 6))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """The chosen block has a thick outline in the highlight colour, and a dashed one
        inside while the keyboard is on it, in place of Qt's thin dotted selection."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[operator]
        option.state &= ~QStyle.StateFlag.State_Selected  # type: ignore[assignment,operator]
        super().paint(painter, option, widget)
        if not selected:
            return
        palette = widget.palette() if widget is not None else QApplication.palette()
        colour = palette.highlight().color()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3))
        painter.drawRect(self.rect().adjusted(1.5, 1.5, -1.5, -1.5))
        if self.hasFocus():
            painter.setPen(QPen(colour.darker(160), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(4, 4, -4, -4))

    def mark_clash(self, clash: bool) -> None:
        self.clash = clash
        self.setPen(QPen(QColor("#c62828"), 3) if clash else QPen(QColor("#5b6b7b"), 1))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        # One segment at a time: choosing a block lets go of the one chosen before.
        selecting = QGraphicsItem.GraphicsItemChange.ItemSelectedChange
        scene = self.scene()
        if change == selecting and value and scene is not None:
            for other in scene.selectedItems():
                if other is not self:
                    other.setSelected(False)
        return super().itemChange(change, value)

    def _on_edge(self, y: float) -> bool:
        return self.rect().bottom() - EDGE <= y <= self.rect().bottom() + 1

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        shape = (
            Qt.CursorShape.SizeVerCursor
            if self._on_edge(event.pos().y())
            else Qt.CursorShape.OpenHandCursor
        )
        self.setCursor(shape)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.resizing = self._on_edge(event.pos().y())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.resizing:
            rect = self.rect()
            bottom = max(event.pos().y(), rect.top() + SNAP_MINUTES * PX_PER_MINUTE)
            self.setRect(QRectF(rect.topLeft(), QPointF(rect.right(), bottom)))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.resizing = False
        self.view.dropped(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelected(True)
        self.view.described(self)


class TimelineView(QGraphicsView):
    #: (segment id, place before, place after): a block was dragged or resized.
    moved = Signal(object, object, object)
    #: A block was double-clicked, or Enter pressed on it: its segment id.
    opened = Signal(object)
    #: The selected block changed: its segment id, or None.
    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_timeline")
        self.setAccessibleName(self.tr("Programme timeline: rooms across, time down"))
        self.keys_help = self.tr(
            "Tab: next segment. Up and Down: move it by a minute (with Shift: five). "
            "Alt with Up and Down: change its end. Left and Right: the next room or day. "
            "Enter: edit the segment. Escape: put it back."
        )
        self.setToolTip(self.keys_help)
        self.setAccessibleDescription(self.keys_help)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self._selection_changed)
        self.columns: list[Column] = []
        self.blocks: dict[uuid.UUID, BlockItem] = {}
        self.keys = TimelineKeys(self)
        self._shown: tuple[Timeline, set[uuid.UUID]] | None = None
        self._first_minute = 8 * 60
        self._last_minute = 19 * 60
        self._align()

    def _align(self) -> None:
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.setAlignment(side | Qt.AlignmentFlag.AlignTop)

    # Building ---------------------------------------------------------------------

    def show_timeline(self, data: Timeline, clashing: set[uuid.UUID] | None = None) -> None:
        self._shown = (data, set(clashing or ()))
        chosen = self.current_block()
        chosen_id = chosen.block.segment_id if chosen is not None else None
        focused = chosen is not None and chosen.hasFocus()
        scene = self.scene()
        scene.clear()
        self.blocks.clear()
        rooms: list[TimelineRoom | None] = list(data.rooms)
        if any(block.place.room_id is None for block in data.blocks) or not rooms:
            rooms.append(None)
        self.columns = [Column(day, room) for day in data.days for room in rooms]
        if data.days:
            first = min(minutes(day.starts_at) for day in data.days)
            last = max(minutes(day.ends_at) for day in data.days)
            first = min([first, *(minutes(b.place.starts_at) for b in data.blocks)])
            last = max([last, *(minutes(b.place.ends_at) for b in data.blocks)])
            self._first_minute = max(0, (first - 30) // 60 * 60)
            self._last_minute = min(24 * 60, (last + 59 + 30) // 60 * 60)
        self._draw_grid()
        for block in data.blocks:
            column = self.column_of(block.place)
            if column is None:
                continue
            item = BlockItem(block, self._rect(column, block.place), self)
            item.mark_clash(block.segment_id in (clashing or set()))
            scene.addItem(item)
            self.blocks[block.segment_id] = item
        margin = (-20, 0, 20, 20) if self.isRightToLeft() else (0, 0, 20, 20)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(*margin))
        self.keys.redrawn()
        # The keyboard stays on the block it was on.
        again = self.blocks.get(chosen_id) if chosen_id is not None else None
        if again is not None and focused:
            self.choose(again)

    def _draw_grid(self) -> None:
        scene = self.scene()
        height = self._y(self._last_minute)
        grid, hour_pen = QPen(QColor("#e3e3e3")), QPen(QColor("#c8c8c8"))
        bold = QFont()
        bold.setBold(True)
        mirrored = self.isRightToLeft()
        for index, column in enumerate(self.columns):
            x = self._left(index)
            edge = x + COLUMN_WIDTH if mirrored else x  # the side towards the hours
            scene.addLine(edge, HEADER, edge, height, hour_pen)
            room = column.room.name if column.room else self.tr("No room")
            title = scene.addSimpleText(f"{long_date(column.day.date)}\n{room}")
            title.setFont(bold)
            width = title.boundingRect().width()
            title.setPos(x + COLUMN_WIDTH - 6 - width if mirrored else x + 6, 4)
        columns_width = len(self.columns) * COLUMN_WIDTH
        left = 0.0 if mirrored else TIME_GUTTER
        right = left + columns_width
        hours_at = columns_width + 6 if mirrored else 6
        for minute in range(self._first_minute, self._last_minute + 1, 30):
            y = self._y(minute)
            scene.addLine(left, y, right, y, hour_pen if minute % 60 == 0 else grid)
            if minute % 60 == 0 and minute < 24 * 60:
                # The locale's digits on a 24-hour clock: "١٠:٠٠" in Arabic, never "10:00 AM",
                # which the gutter is too narrow for.
                label = scene.addSimpleText(QLocale().toString(QTime(minute // 60, 0), "HH:mm"))
                label.setPos(hours_at, y - 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
            if self._shown is not None:
                self.show_timeline(*self._shown)

    # Geometry -----------------------------------------------------------------------

    def _y(self, minute: int) -> float:
        return HEADER + (minute - self._first_minute) * PX_PER_MINUTE

    def _left(self, column: int) -> float:
        """A column's left edge: the first column on the reading side, hours beyond it."""
        if self.isRightToLeft():
            return (len(self.columns) - 1 - column) * COLUMN_WIDTH
        return TIME_GUTTER + column * COLUMN_WIDTH

    def column_of(self, place: SegmentPlace) -> int | None:
        for index, column in enumerate(self.columns):
            room_id = column.room.id if column.room else None
            if column.day.id == place.day_id and room_id == place.room_id:
                return index
        return None

    def _rect(self, column: int, place: SegmentPlace) -> QRectF:
        top = self._y(minutes(place.starts_at))
        bottom = self._y(minutes(place.ends_at))
        left = self._left(column) + 3
        return QRectF(left, top, COLUMN_WIDTH - 6, max(bottom - top, 4.0))

    def place_at(self, rect: QRectF) -> SegmentPlace | None:
        """The snapped place a block's scene rectangle stands for."""
        if not self.columns:
            return None
        if self.isRightToLeft():
            index = len(self.columns) - 1 - int(rect.center().x() // COLUMN_WIDTH)
        else:
            index = int((rect.center().x() - TIME_GUTTER) // COLUMN_WIDTH)
        column = self.columns[min(max(index, 0), len(self.columns) - 1)]

        def snapped(y: float) -> int:
            minute = self._first_minute + (y - HEADER) / PX_PER_MINUTE
            return int(round(minute / SNAP_MINUTES) * SNAP_MINUTES)

        start = min(max(snapped(rect.top()), 0), 24 * 60 - SNAP_MINUTES)
        end = min(max(snapped(rect.bottom()), start + SNAP_MINUTES), 24 * 60 - 1)
        return SegmentPlace(
            column.day.id,
            column.room.id if column.room else None,
            at_minutes(start),
            at_minutes(end),
        )

    def show_place(self, item: BlockItem, place: SegmentPlace) -> None:
        """Show a block at a place not saved yet (the keys move it ahead of the save)."""
        column = self.column_of(place)
        if column is None:
            return
        item.show_times(place)
        item.put(self._rect(column, place))
        self.ensureVisible(item, 16, 16)
        self.described(item)

    # Dragging -----------------------------------------------------------------------

    def dropped(self, item: BlockItem) -> None:
        """A drag or resize ended: propose the snapped place, or put the block back."""
        self.keys.commit()
        before = item.place
        after = self.place_at(item.sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        column = self.column_of(before)
        if after is None or after == before or column is None:
            if column is not None:
                item.put(self._rect(column, before))
            return
        # Show it snapped at once; the page's reload redraws it from the database.
        target = self.column_of(after)
        if target is not None:
            item.show_times(after)
            item.put(self._rect(target, after))
        self.moved.emit(item.block.segment_id, before, after)

    def _selection_changed(self) -> None:
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, BlockItem)]
        self.selected.emit(chosen[0].block.segment_id if chosen else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, BlockItem):
            item = item.parentItem()
        if isinstance(item, BlockItem):
            self.opened.emit(item.block.segment_id)
            return
        super().mouseDoubleClickEvent(event)

    # The keyboard -------------------------------------------------------------------

    def ordered_blocks(self) -> list[BlockItem]:
        """Blocks in time order: by day, then start, then room."""

        def when(item: BlockItem) -> tuple[object, ...]:
            column = self.column_of(item.place)
            day = self.columns[column].day.date if column is not None else None
            return (day, item.place.starts_at, column or 0)

        return sorted(self.blocks.values(), key=when)

    def current_block(self) -> BlockItem | None:
        focus = self.scene().focusItem()
        if isinstance(focus, BlockItem):
            return focus
        chosen = [i for i in self.scene().selectedItems() if isinstance(i, BlockItem)]
        return chosen[0] if chosen else None

    def choose(self, item: BlockItem) -> None:
        """Select a block and give it the keyboard."""
        item.setSelected(True)
        item.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureVisible(item, 16, 16)
        self.described(item)

    def described(self, item: BlockItem) -> None:
        """A screen reader hears the block the keyboard is on, with its times."""
        text = item.summary().replace("\n", ", ")
        self.setAccessibleDescription(f"{text}. {self.keys_help}")
        QAccessible.updateAccessibility(
            QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
        )

    def event(self, event: QEvent) -> bool:
        # Tab goes from block to block before it goes on to the next control.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = event.key() == Qt.Key.Key_Tab
                if not self.keys.step(forward):
                    self.keys.commit()
                    self.focusNextPrevChild(forward)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.key_pressed(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or not self.blocks:
            return
        current = self.current_block()
        if current is None:
            ordered = self.ordered_blocks()
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            current = ordered[-1] if backwards else ordered[0]
        self.choose(current)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.keys.commit()
        super().focusOutEvent(event)

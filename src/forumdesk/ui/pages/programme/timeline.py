"""The day timeline: a column per day and room, time running down, segments as blocks.

Drag a block to move it (to another room or day too); drag its lower edge to change
its length. Both snap to five minutes. The view only proposes the new place
(`moved`); the page writes it, as one undoable change, and shows the result.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
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
        self.view = view
        self.resizing = False
        self.clash = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setAcceptHoverEvents(True)
        self.setBrush(QBrush(QColor(KIND_COLOURS.get(block.kind, "#eeeeee"))))
        self.setPen(QPen(QColor("#5b6b7b"), 1))
        self.setToolTip(f"{block.title}\n{time_range(block.place.starts_at, block.place.ends_at)}")
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setText(
            f"{time_range(block.place.starts_at, block.place.ends_at)}\n{block.title}"
        )
        self.label.setPos(rect.topLeft() + QPointF(4, 2))
        # Long titles stay inside their block.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)

    def put(self, rect: QRectF) -> None:
        """Stand at `rect` (scene coordinates), the label with it."""
        self.setPos(0, 0)
        self.setRect(rect)
        self.label.setPos(rect.topLeft() + QPointF(4, 2))

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


class TimelineView(QGraphicsView):
    #: (segment id, place before, place after): a block was dragged or resized.
    moved = Signal(object, object, object)
    #: A block was double-clicked: its segment id.
    opened = Signal(object)
    #: The selected block changed: its segment id, or None.
    selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_timeline")
        self.setAccessibleName(self.tr("Programme timeline: rooms across, time down"))
        self.setScene(QGraphicsScene(self))
        self.scene().selectionChanged.connect(self._selection_changed)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.columns: list[Column] = []
        self.blocks: dict[uuid.UUID, BlockItem] = {}
        self._first_minute = 8 * 60
        self._last_minute = 19 * 60

    # Building ---------------------------------------------------------------------

    def show_timeline(self, data: Timeline, clashing: set[uuid.UUID] | None = None) -> None:
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
            column = self._column_of(block.place)
            if column is None:
                continue
            item = BlockItem(block, self._rect(column, block.place), self)
            item.mark_clash(block.segment_id in (clashing or set()))
            scene.addItem(item)
            self.blocks[block.segment_id] = item
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(0, 0, 20, 20))

    def _draw_grid(self) -> None:
        scene = self.scene()
        height = self._y(self._last_minute)
        grid, hour_pen = QPen(QColor("#e3e3e3")), QPen(QColor("#c8c8c8"))
        bold = QFont()
        bold.setBold(True)
        for index, column in enumerate(self.columns):
            x = TIME_GUTTER + index * COLUMN_WIDTH
            scene.addLine(x, HEADER, x, height, hour_pen)
            room = column.room.name if column.room else self.tr("No room")
            title = scene.addSimpleText(f"{long_date(column.day.date)}\n{room}")
            title.setPos(x + 6, 4)
            title.setFont(bold)
        right = TIME_GUTTER + len(self.columns) * COLUMN_WIDTH
        for minute in range(self._first_minute, self._last_minute + 1, 30):
            y = self._y(minute)
            scene.addLine(TIME_GUTTER, y, right, y, hour_pen if minute % 60 == 0 else grid)
            if minute % 60 == 0 and minute < 24 * 60:
                label = scene.addSimpleText(at_minutes(minute).strftime("%H:%M"))
                label.setPos(6, y - 8)

    # Geometry -----------------------------------------------------------------------

    def _y(self, minute: int) -> float:
        return HEADER + (minute - self._first_minute) * PX_PER_MINUTE

    def _column_of(self, place: SegmentPlace) -> int | None:
        for index, column in enumerate(self.columns):
            room_id = column.room.id if column.room else None
            if column.day.id == place.day_id and room_id == place.room_id:
                return index
        return None

    def _rect(self, column: int, place: SegmentPlace) -> QRectF:
        top = self._y(minutes(place.starts_at))
        bottom = self._y(minutes(place.ends_at))
        left = TIME_GUTTER + column * COLUMN_WIDTH + 3
        return QRectF(left, top, COLUMN_WIDTH - 6, max(bottom - top, 4.0))

    def place_at(self, rect: QRectF) -> SegmentPlace | None:
        """The snapped place a block's scene rectangle stands for."""
        if not self.columns:
            return None
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

    # Dragging -----------------------------------------------------------------------

    def dropped(self, item: BlockItem) -> None:
        """A drag or resize ended: propose the snapped place, or put the block back."""
        before = item.block.place
        after = self.place_at(item.sceneBoundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        column = self._column_of(before)
        if after is None or after == before or column is None:
            if column is not None:
                item.put(self._rect(column, before))
            return
        # Show it snapped at once; the page's reload redraws it from the database.
        target = self._column_of(after)
        if target is not None:
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

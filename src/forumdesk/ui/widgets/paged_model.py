"""A table model over a list too long to load: it knows the row count and fetches
pages of rows from the database only when the view asks to show them.

Pages are requested through a loader (a background query) and arrive later; until
then a row shows an ellipsis. A reset starts a new generation, so that a page
still on its way for an old filter is dropped when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from forumdesk.ui.widgets.table_model import Column

Row = TypeVar("Row")
PAGE_SIZE = 200
#: Pages kept in memory; the farthest from the last one asked for are dropped first.
KEPT_PAGES = 50
LOADING = "…"

#: loader(generation, page, offset, limit): fetch rows, then call `deliver(generation, page, rows)`.
PageLoader = Callable[[int, int, int, int], None]


class PagedModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self, columns: Sequence[Column[Row]], loader: PageLoader, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._loader = loader
        self._count = 0
        self._pages: dict[int, list[Row]] = {}
        self._asked: set[int] = set()
        self._generation = 0

    # Filling --------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    def reset(self, count: int) -> None:
        """A new filter or order: `count` rows, none loaded yet."""
        self.beginResetModel()
        self._generation += 1
        self._count = count
        self._pages.clear()
        self._asked.clear()
        self.endResetModel()

    def resize(self, count: int) -> None:
        """The same filter, now known to have `count` rows (counted after the first page
        was shown): the loaded pages are kept."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def deliver(self, generation: int, page: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return  # for a filter the user has since changed
        self._asked.discard(page)
        self._pages[page] = list(rows)
        self._forget_far_pages(page)
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def forget(self, generation: int, page: int) -> None:
        """A page asked for was not loaded (the view moved on): it is asked for again
        if the view shows its rows (they repaint, and the view asks for them)."""
        if generation != self._generation:
            return
        self._asked.discard(page)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))

    def _forget_far_pages(self, near: int) -> None:
        while len(self._pages) > KEPT_PAGES:
            farthest = max(self._pages, key=lambda p: abs(p - near))
            del self._pages[farthest]

    # Rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> Row | None:
        """The row if its page is loaded; otherwise None, and the page is asked for."""
        page, within = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._ask(page)
            return None
        return rows[within] if within < len(rows) else None

    def loaded_rows(self, rows: Sequence[int]) -> list[Row]:
        return [r for r in (self.row_at(i) for i in rows) if r is not None]

    def _ask(self, page: int) -> None:
        if page in self._asked or page * PAGE_SIZE >= self._count:
            return
        self._asked.add(page)
        self._loader(self._generation, page, page * PAGE_SIZE, PAGE_SIZE)

    # Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        value = column.value(row)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

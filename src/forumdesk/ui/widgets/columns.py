"""Table columns as wide as what they hold, so that a narrow window cuts the one long
column (a note's text) rather than every short one ("Le …", "Poi…")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Each column as wide as its header and visible cells, none wider than `share` of
    the view; column `stretch` takes the rest. Refits as the view is resized or its rows
    change; a column the user drags keeps its width until the next refit."""

    def __init__(self, view: QTableView, stretch: int, share: float = 0.3) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.share = share
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refit)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._timer.start)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    def refit(self) -> None:
        header = self.view.horizontalHeader()
        model = self.view.model()
        width = self.view.viewport().width()
        cap = max(header.minimumSectionSize(), int(width * self.share))
        used = 0
        for column in range(model.columnCount()):
            if column == self.stretch or header.isSectionHidden(column):
                continue
            wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, cap))
            used += header.sectionSize(column)
        header.resizeSection(self.stretch, max(header.minimumSectionSize(), width - used))


def starting_widths(view: QTableView, widths: tuple[int, ...]) -> None:
    """Columns at the given widths, each at least wide enough for its header in the
    interface's language ("Accreditation" is "Аккредитация" in Russian)."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

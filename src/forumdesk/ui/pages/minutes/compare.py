"""Two versions of the minutes side by side."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes.workflow import DiffLine

_COLOURS = {"changed": "#fff4c2", "added": "#dff5e1", "removed": "#fbe0e0"}


class CompareDialog(QDialog):
    """Two versions of the minutes side by side, one paragraph a line, changes shaded."""

    def __init__(
        self,
        ops: Operations,
        minutes_id: uuid.UUID,
        numbers: Sequence[int],
        left: int,
        right: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.minutes_id = minutes_id
        self.lines: list[DiffLine] = []
        self.setObjectName("minutes_compare")
        self.setWindowTitle(self.tr("Compare versions"))
        self.setAccessibleName(self.tr("Compare versions"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.left_combo = self._combo("minutes_compare_left", self.tr("Older version"), numbers)
        self.right_combo = self._combo("minutes_compare_right", self.tr("Newer version"), numbers)
        self.left_combo.setCurrentIndex(max(0, list(numbers).index(left)))
        self.right_combo.setCurrentIndex(max(0, list(numbers).index(right)))
        label = QLabel(self.tr("&Compare version"), self)
        label.setBuddy(self.left_combo)
        choose.addWidget(label)
        choose.addWidget(self.left_combo)
        with_label = QLabel(self.tr("&with version"), self)
        with_label.setBuddy(self.right_combo)
        choose.addWidget(with_label)
        choose.addWidget(self.right_combo)
        choose.addStretch(1)
        layout.addLayout(choose)
        self.summary = QLabel(self)
        self.summary.setObjectName("minutes_compare_summary")
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("minutes_compare_table")
        self.table.setAccessibleName(self.tr("The two versions, paragraph by paragraph"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.left_combo.currentIndexChanged.connect(self.reload)
        self.right_combo.currentIndexChanged.connect(self.reload)
        self.reload()

    def _combo(self, name: str, accessible: str, numbers: Sequence[int]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for number in numbers:
            combo.addItem(self.tr("Version {n}").format(n=number), number)
        return combo

    def reload(self) -> None:
        a, b = self.left_combo.currentData(), self.right_combo.currentData()
        if a is None or b is None:
            return
        minutes_id = self.minutes_id

        def load(session: Session) -> list[DiffLine]:
            from forumdesk.services.minutes.workflow import compare_versions

            return compare_versions(session, minutes_id, int(a), int(b))

        self.ops.query(load, lambda lines: self._show(int(a), int(b), lines))

    def _show(self, a: int, b: int, lines: list[DiffLine]) -> None:
        self.lines = lines
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version {n}").format(n=a), self.tr("Version {n}").format(n=b)]
        )
        kinds = {
            "changed": self.tr("Changed"),
            "added": self.tr("Added"),
            "removed": self.tr("Removed"),
        }
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate((line.left, line.right)):
                item = QTableWidgetItem(text)
                colour = _COLOURS.get(line.kind)
                if colour:
                    item.setBackground(QBrush(QColor(colour)))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(kinds.get(line.kind, ""))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        changed = sum(1 for line in lines if line.kind != "same")
        first = next((row for row, line in enumerate(lines) if line.kind != "same"), None)
        if first is not None:  # the reader looks for what changed, not for the top
            self.table.scrollTo(
                self.table.model().index(first, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )
        self.summary.setText(self.tr("%n paragraph(s) differ", "", changed))

"""A revised draft: the proposed old → new paragraph numbers, for the user to confirm.

Only what the user leaves ticked moves; notes on a paragraph that disappeared become
orphans, listed with their old text. Nothing is re-anchored without a tick.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from forumdesk.services.documents.revisions import ParagraphMatch, RevisionProposal

OLD, NEW, SCORE, NOTES, OLD_TEXT, NEW_TEXT = range(6)


def _excerpt(text: str | None) -> str:
    if not text:
        return ""
    flat = " ".join(text.split())
    return flat if len(flat) <= 90 else flat[:89] + "…"


class RevisionDialog(QDialog):
    def __init__(self, parent: QWidget | None, proposal: RevisionProposal) -> None:
        super().__init__(parent)
        self.setObjectName("revision_dialog")
        self.setWindowTitle(self.tr("Revised draft: confirm how notes move"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 620)
        self.proposal = proposal
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "{unchanged} paragraphs unchanged, {renumbered} renumbered, {gone} gone "
                "({orphans} with notes), {added} new. Untick a row to leave its notes where "
                "they are."
            ).format(
                unchanged=proposal.unchanged,
                renumbered=len(proposal.renumbered),
                gone=len(proposal.gone),
                orphans=len(proposal.orphans),
                added=len(proposal.added),
            ),
            self,
        )
        summary.setObjectName("revision_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        # Rows worth a look: anything that moves or goes; identical ones are implied.
        self.rows: list[ParagraphMatch] = [
            m for m in proposal.matches if m.new_number != m.old_number or m.notes
        ]
        layout.addWidget(self._build_table(), 1)
        if proposal.warnings:
            lines = (html.escape(warning) for warning in proposal.warnings)
            warnings = QLabel("⚠ " + "<br/>⚠ ".join(lines), self)
            warnings.setWordWrap(True)
            layout.addWidget(warnings)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import the Draft and Move Ticked Notes"))
        ok.setAccessibleName(ok.text())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_table(self) -> QTableWidget:
        """One row a paragraph that moves or goes, ticked to move its notes."""
        self.table = QTableWidget(len(self.rows), 6, self)
        self.table.setObjectName("revision_table")
        self.table.setAccessibleName(self.tr("Proposed paragraph mapping"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Old ¶"),
                self.tr("New ¶"),
                self.tr("Similarity"),
                self.tr("Notes"),
                self.tr("Old text"),
                self.tr("New text"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OLD_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NEW_TEXT, QHeaderView.ResizeMode.Stretch)
        for row, match in enumerate(self.rows):
            old = QTableWidgetItem(str(match.old_number))
            old.setFlags(old.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            old.setCheckState(Qt.CheckState.Checked)
            cells = [
                old,
                QTableWidgetItem(
                    str(match.new_number) if match.new_number is not None else self.tr("gone")
                ),
                QTableWidgetItem(f"{match.score:.0f} %"),
                QTableWidgetItem(str(match.notes) if match.notes else ""),
                QTableWidgetItem(_excerpt(match.old_text)),
                QTableWidgetItem(_excerpt(match.new_text)),
            ]
            cells[OLD_TEXT].setToolTip(match.old_text)
            cells[NEW_TEXT].setToolTip(match.new_text or "")
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        return self.table

    def confirmed(self) -> dict[int, int | None]:
        """Ticked rows, plus unchanged numbers (nothing to confirm there)."""
        result: dict[int, int | None] = {
            m.old_number: m.new_number
            for m in self.proposal.matches
            if m.new_number == m.old_number and not m.notes
        }
        for row, match in enumerate(self.rows):
            item = self.table.item(row, OLD)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                result[match.old_number] = match.new_number
        return result

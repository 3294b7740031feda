"""The Practices page's smaller dialogs: the reason of a review step, two practices
side by side, and the candidate partners of one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common import labels as common_labels
from forumdesk.ui.pages.practices.detail_pane import PracticeFields
from forumdesk.ui.widgets.factories import wrapped_table
from forumdesk.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from forumdesk.services.practices.detail import PracticeDetail
    from forumdesk.services.practices.partners import PartnerCandidate

DIFFERENT = QColor("#fff1c2")


def _close_buttons(dialog: QDialog, name: str, accessible: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setObjectName(name)
    close.setAccessibleName(accessible)
    close.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReviewReasonDialog(QDialog):
    """Why a practice is declined or taken back: OK only once a reason is written
    (when one is needed)."""

    def __init__(self, title: str, question: str, needed: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("practice_reason_dialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit(self)
        label.setBuddy(self.reason)
        self.reason.setObjectName("practice_reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("practice_reason_ok")
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("practice_reason_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if needed:
            self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.text())))
            self.ok_button.setEnabled(False)
        self.resize(460, 220)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class PracticeCompareDialog(QDialog):
    """Two practices field by field; the fields that differ are highlighted."""

    def __init__(self, first: PracticeDetail, second: PracticeDetail, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("practice_compare_dialog")
        self.setWindowTitle(self.tr("Compare Practices"))
        self.setAccessibleName(self.windowTitle())
        fields = PracticeFields(self)
        left, right = fields.rows(first), fields.rows(second)
        self.table = QTableWidget(len(left), 2, self)
        self.table.setObjectName("practice_compare_table")
        self.table.setAccessibleName(self.tr("The two practices, field by field"))
        self.table.setAccessibleDescription(self.tr("Rows that differ are highlighted"))
        self.table.setHorizontalHeaderLabels([first.view.values.title, second.view.values.title])
        self.table.setVerticalHeaderLabels([name for name, _ in left])
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.differences: list[str] = []
        for row, ((name, mine), (_same, theirs)) in enumerate(zip(left, right, strict=True)):
            differ = mine != theirs
            if differ:
                self.differences.append(name)
            for column, value in enumerate((mine, theirs)):
                item = QTableWidgetItem(value)
                if differ:
                    item.setBackground(QBrush(DIFFERENT))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Differs"))
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 420)
        self.table.resizeRowsToContents()
        self.summary = QLabel(self.tr("%n field(s) differ.", "", len(self.differences)), self)
        self.summary.setObjectName("practice_compare_summary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(_close_buttons(self, "practice_compare_close", self.tr("Close")))
        self.resize(980, 700)


class PartnersDialog(QDialog):
    """The organisations working on the same theme in the same place."""

    def __init__(self, title: str, candidates: list[PartnerCandidate], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("practice_partners_dialog")
        self.setWindowTitle(self.tr("Candidate Partners: {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Organisations that submitted other practices on a theme of this one, in "
                "the same region or a country in common, by how many such practices."
            )
            if candidates
            else self.tr("No other organisation works on these themes in this region yet."),
            self,
        )
        intro.setObjectName("practice_partners_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowsModel[PartnerCandidate] = RowsModel(
            [
                Column(self.tr("Organisation"), lambda c: c.name),
                Column(
                    self.tr("Category"), lambda c: common_labels.organisation_category(c.category)
                ),
                Column(self.tr("Country"), lambda c: c.country_code),
                Column(self.tr("Practices"), lambda c: c.practices),
                Column(self.tr("Shared themes"), lambda c: "; ".join(c.themes)),
            ],
            self,
            tooltip=lambda c: "\n".join(c.titles),
        )
        self.model.set_rows(candidates)
        self.view = wrapped_table(
            self,
            self.model,
            "practice_partners_table",
            self.tr("Candidate partners"),
            self.tr("Each organisation's practices are listed in its tooltip"),
        )
        self.view.resizeColumnsToContents()
        layout.addWidget(self.view, 1)
        layout.addWidget(_close_buttons(self, "practice_partners_close", self.tr("Close")))
        self.resize(900, 480)

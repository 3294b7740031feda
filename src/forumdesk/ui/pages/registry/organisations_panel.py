"""The Registry's organisations, filtered as you type; Enter opens the chosen one.

The page builds this tab when it is first opened (or first asked for), not with the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.factories import record_table
from forumdesk.ui.widgets.paged_model import PagedModel
from forumdesk.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.listing.query import OrganisationRow

FILTER_DELAY_MS = 250


class OrganisationsPanel(QWidget):
    """The Organisations tab. Its words are the page's: the catalogues have them in the
    page's context."""

    #: The filter's text settled (typing paused): the list is to be counted again.
    filtered = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("organisation_filter")
        self.filter_edit.setPlaceholderText(
            QCoreApplication.translate(
                "RegistryPage", "Filter organisations by name, acronym or e-mail…"
            )
        )
        self.filter_edit.setAccessibleName(
            QCoreApplication.translate("RegistryPage", "Filter organisations")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.filtered)
        self.filter_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.model: PagedModel[OrganisationRow] = PagedModel(
            [
                Column(
                    QCoreApplication.translate("RegistryPage", "Organisation"), lambda r: r.name
                ),
                Column(QCoreApplication.translate("RegistryPage", "Acronym"), lambda r: r.acronym),
                Column(
                    QCoreApplication.translate("RegistryPage", "Category"),
                    lambda r: labels.organisation_category(r.category),
                ),
                Column(
                    QCoreApplication.translate("RegistryPage", "Country"), lambda r: r.country_code
                ),
                Column(
                    QCoreApplication.translate("RegistryPage", "Representatives"),
                    lambda r: r.representatives,
                ),
            ],
            self._load,
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        self.view = record_table(
            self,
            "organisations_table",
            QCoreApplication.translate("RegistryPage", "Organisations"),
            alternating=True,
            # Fixed row heights: the view never measures thousands of rows.
            fixed_rows=True,
            interactive_columns=True,
            description=QCoreApplication.translate(
                "RegistryPage", "The organisations. Enter opens the chosen one."
            ),
        )
        self.view.setMinimumHeight(60)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)

    def _load(self, generation: int, page: int, offset: int, limit: int) -> None:
        text = self.filter_edit.text()

        def fetch(session: Session) -> list[OrganisationRow]:
            from forumdesk.services.registry.listing.query import organisation_page

            return organisation_page(session, text, offset, limit)

        self.ops.query(fetch, lambda rows: self.model.deliver(generation, page, rows))

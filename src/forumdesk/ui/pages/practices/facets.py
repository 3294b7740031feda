"""The Practices page's search field and facet lists: each value with how many practices
it would show, "All" first; choosing a value narrows the list at once."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

import forumdesk.ui.pages.practices.labels as labels
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState, WorldRegion
from forumdesk.ui.common import labels as common_labels

if TYPE_CHECKING:
    from forumdesk.services.practices.query import FacetCount, PracticeQuery

SEARCH_DELAY_MS = 250
_VALUE = Qt.ItemDataRole.UserRole


class FacetPanel(QWidget):
    """Search text and one list per facet; `changed` when the user narrows or widens."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_facets")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("practice_search")
        self.search.setPlaceholderText(self.tr("Search practices…"))
        self.search.setAccessibleName(self.tr("Search practices"))
        self.search.setAccessibleDescription(
            self.tr("Words of the title, summary, results, partners or a submitter's name")
        )
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        layout.addWidget(self.search)
        self.lists: dict[str, QListWidget] = {}
        for facet, title in (
            ("theme", self.tr("&Theme")),
            ("region", self.tr("Re&gion")),
            ("type", self.tr("T&ype")),
            ("category", self.tr("Su&bmitted by")),
            ("state", self.tr("Review st&ate")),
        ):
            heading = QLabel(title, self)
            view = QListWidget(self)
            view.setObjectName(f"practice_facet_{facet}")
            view.setAccessibleName(title.replace("&", ""))
            view.setAccessibleDescription(self.tr("Choose a value to show only its practices"))
            heading.setBuddy(view)
            view.currentItemChanged.connect(lambda *_args: self.changed.emit())
            layout.addWidget(heading)
            layout.addWidget(view, 1 if facet == "theme" else 0)
            self.lists[facet] = view

    def chosen(self, facet: str) -> object:
        item = self.lists[facet].currentItem()
        return None if item is None else item.data(_VALUE)

    def query(self) -> PracticeQuery:
        from forumdesk.services.practices.query import PracticeQuery

        def member(facet: str, kind: type[StrEnum]) -> Any:
            value = self.chosen(facet)
            return None if value is None else kind(str(value))  # Qt hands a plain str back

        theme = self.chosen("theme")
        return PracticeQuery(
            text=self.search.text(),
            theme=theme if isinstance(theme, uuid.UUID) else None,
            region=member("region", WorldRegion),
            practice_type=member("type", PracticeType),
            category=member("category", OrganisationCategory),
            state=member("state", ReviewState),
        )

    def clear_choices(self) -> None:
        """Every facet back to All, the search emptied, without a `changed`."""
        self.blockSignals(True)
        self.search.clear()
        self._debounce.stop()
        for view in self.lists.values():
            view.setCurrentRow(0)
        self.blockSignals(False)

    def choose(self, facet: str, value: object) -> None:
        """Select `value` in a facet's list (None: All)."""
        view = self.lists[facet]
        for row in range(view.count()):
            if view.item(row).data(_VALUE) == value:
                view.setCurrentRow(row)
                return

    def show_counts(self, facets: dict[str, list[FacetCount]], total: int) -> None:
        """The lists with fresh counts, the chosen value kept chosen."""
        for facet, view in self.lists.items():
            kept = self.chosen(facet)
            view.blockSignals(True)
            view.clear()
            everything = QListWidgetItem(self.tr("All ({count})").format(count=total), view)
            everything.setData(_VALUE, None)
            current = everything
            for value in facets.get(facet, []):
                text = f"{'    ' * value.depth}{self._label(facet, value)} ({value.count})"
                item = QListWidgetItem(text, view)
                item.setToolTip(text.strip())
                item.setData(_VALUE, value.value)
                if value.value == kept:
                    current = item
            view.setCurrentItem(current)
            view.blockSignals(False)
            if facet != "theme":  # short lists shown whole; the themes take the rest
                rows = view.count() * max(view.sizeHintForRow(0), 1)
                view.setFixedHeight(rows + 2 * view.frameWidth() + 2)

    @staticmethod
    def _label(facet: str, value: FacetCount) -> str:
        member = value.value
        if facet == "region":
            return labels.region(member)  # type: ignore[arg-type]
        if facet == "type":
            return labels.practice_type(member)  # type: ignore[arg-type]
        if facet == "state":
            return labels.state(member)  # type: ignore[arg-type]
        if facet == "category":
            return common_labels.organisation_category(member)  # type: ignore[arg-type]
        return value.label

"""Representatives: type-ahead and facets over the whole registry, loaded page by page."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory, RegionalGroup
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.columns import starting_widths
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import Selection, record_table
from forumdesk.ui.widgets.paged_model import PAGE_SIZE, PagedModel
from forumdesk.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.listing.query import RepresentativeQuery
    from forumdesk.services.registry.listing.rows import RepresentativeRow

# Typing pauses this long before the list is asked again.
FILTER_DELAY_MS = 200
# A page further than this from the one the view asked for last is not read when its
# turn comes: the view has been scrolled past it.
NEAR_PAGES = 2
SORT_OF_COLUMN = {0: "name", 1: "name", 2: "organisation", 4: "country", 5: "status"}


def _optional(label: Callable[[object], str]) -> Callable[[object], str]:
    return lambda value: "" if value is None else label(value)


class RepresentativesPanel(QWidget):
    # The first page of a new filter is shown, and the matching rows are being counted.
    counting = Signal()
    # The number of representatives matching the filters, once counted.
    counted = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("representatives_panel")
        self.ops = ops
        self.forum_id: uuid.UUID | None = None
        self._sort = "name"
        self._sort_column = 0
        self._descending = False
        # The model generation whose count is wanted; read by the counting job to skip
        # a count already out of date.
        self._counting = 0
        # The page the view asked for last; read by the page jobs to skip pages scrolled
        # past (at a million people a deep page takes 50-150 ms to read).
        self._wanted = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("registry_filter")
        self.filter_edit.setPlaceholderText(
            self.tr("Type the start of a family name, an organisation or an e-mail…")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter representatives"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        layout.addLayout(self._build_facets())
        layout.addWidget(self._build_table(), 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _text: self._debounce.start())

    def _build_facets(self) -> QHBoxLayout:
        facets = QHBoxLayout()
        self.category_filter = self._facet(
            "registry_category_filter",
            self.tr("Category"),
            [(labels.organisation_category(c), c) for c in OrganisationCategory],
        )
        self.group_filter = self._facet(
            "registry_group_filter",
            self.tr("Regional group"),
            [(labels.regional_group(g), g) for g in RegionalGroup],
        )
        self.country_filter = self._facet("registry_country_filter", self.tr("Country"), [])
        self.status_filter = self._facet(
            "registry_status_filter",
            self.tr("Accreditation"),
            [(labels.accreditation(s), s) for s in AccreditationStatus],
        )
        self.gender_filter = self._facet(
            "registry_gender_filter", self.tr("Gender"), [(labels.gender(g), g) for g in Gender]
        )
        for combo in (
            self.category_filter,
            self.group_filter,
            self.country_filter,
            self.status_filter,
            self.gender_filter,
        ):
            facets.addWidget(combo, 1)
        return facets

    def _build_table(self) -> QTableView:
        self.model: PagedModel[RepresentativeRow] = PagedModel(
            [
                Column(self.tr("Family name"), lambda r: r.family_name),
                Column(self.tr("Given name"), lambda r: r.given_name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(
                    self.tr("Category"),
                    lambda r: _optional(labels.organisation_category)(r.category),  # type: ignore[arg-type]
                ),
                Column(self.tr("Country"), lambda r: r.country_code),
                Column(
                    self.tr("Accreditation"),
                    lambda r: _optional(labels.accreditation)(r.status),  # type: ignore[arg-type]
                ),
                Column(self.tr("Badge"), lambda r: r.badge_number),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            self._load_page,
            self,
        )
        self.table = record_table(
            self,
            "representatives_table",
            self.tr("Representatives"),
            self.model,
            selection=Selection.ExtendedSelection,
            read_only=True,
            alternating=True,
            # Fixed row heights: the view never measures 100k rows.
            fixed_rows=True,
            interactive_columns=True,
            description=self.tr("The registered people. Enter opens the chosen one."),
        )
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setMinimumHeight(60)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._sort_by)
        starting_widths(self.table, (160, 140, 300, 170, 70, 110, 70))
        return self.table

    def _facet(self, name: str, accessible: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.addItem(self.tr("Any {facet}").format(facet=accessible.lower()), None)
        for label, value in items:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    # Querying ------------------------------------------------------------------------

    def query(self) -> RepresentativeQuery:
        from forumdesk.services.registry.listing.query import RepresentativeQuery

        return RepresentativeQuery(
            text=self.filter_edit.text(),
            category=self.category_filter.currentData(),
            country=self.country_filter.currentData(),
            regional_group=self.group_filter.currentData(),
            status=self.status_filter.currentData(),
            gender=self.gender_filter.currentData(),
            forum_id=self.forum_id,
            sort=self._sort,
            descending=self._descending,
        )

    def reload(self) -> None:
        """Show the first page of the matching rows, then count them in the slow lane:
        at a million people the count takes longer than the page, and the page comes
        first. The view fetches the other pages it shows once the count is known."""
        self._debounce.stop()
        if self.ops.database is None:
            return
        query = self.query()

        def first(session: Session) -> list[RepresentativeRow]:
            from forumdesk.services.registry.listing.query import representative_page

            return representative_page(session, query, 0, PAGE_SIZE)

        self.ops.query(first, lambda rows: self._first_page(query, rows))

    def _first_page(self, query: RepresentativeQuery, rows: list[RepresentativeRow]) -> None:
        if query != self.query():
            return  # the filters changed meanwhile; a newer page is on its way
        self.model.reset(len(rows))
        self.model.deliver(self.model.generation, 0, rows)
        generation = self._counting = self.model.generation
        # A short first page is the whole list: nothing more to count.
        known = len(rows) if len(rows) < PAGE_SIZE else None
        if known is None:
            self.counting.emit()
        else:
            self.counted.emit(known)
        language = QLocale().name().split("_")[0]

        def count(session: Session) -> tuple[int, list[tuple[str, str]]] | None:
            from forumdesk.services.registry.listing.query import (
                count_representatives,
                countries_in_use,
            )

            if generation != self._counting:
                return None  # typed on since: this count would be dropped anyway
            total = known if known is not None else count_representatives(session, query)
            return total, countries_in_use(session, language)

        self.ops.slow_query(count, lambda result: self._counted(generation, result))

    def _counted(self, generation: int, result: tuple[int, list[tuple[str, str]]] | None) -> None:
        if result is None or generation != self.model.generation:
            return
        total, countries = result
        self._fill_countries(countries)
        self.model.resize(total)
        self.counted.emit(total)

    def _fill_countries(self, countries: list[tuple[str, str]]) -> None:
        combo = self.country_filter
        if combo.count() - 1 == len(countries):
            return
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Any {facet}").format(facet=self.tr("Country").lower()), None)
        for code, name in countries:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(find_data(combo, current), 0))
        combo.blockSignals(False)

    def _load_page(self, generation: int, page: int, offset: int, limit: int) -> None:
        query = self.query()
        self._wanted = page

        def fetch(session: Session) -> list[RepresentativeRow] | None:
            from forumdesk.services.registry.listing.query import representative_page

            if abs(page - self._wanted) > NEAR_PAGES:
                return None  # scrolled past while it waited its turn
            return representative_page(session, query, offset, limit)

        self.ops.query(fetch, lambda rows: self._page_read(generation, page, rows))

    def _page_read(self, generation: int, page: int, rows: list[RepresentativeRow] | None) -> None:
        if rows is None:
            self.model.forget(generation, page)
        else:
            self.model.deliver(generation, page, rows)

    def _sort_by(self, column: int) -> None:
        sort = SORT_OF_COLUMN.get(column)
        if sort is not None:
            same = column == self._sort_column
            self._descending = not self._descending if same else False
            self._sort, self._sort_column = sort, column
        # Columns with no index to sort on keep the current order and indicator.
        self.table.horizontalHeader().setSortIndicator(
            self._sort_column,
            Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
        )
        if sort is not None:
            self.reload()

    # Selection ----------------------------------------------------------------------

    def selected_rows(self) -> list[RepresentativeRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.loaded_rows(rows)

"""The import's mapping step: which column holds what, and what the office's words mean.

One row per column of the file (its header, a few of its values, and the field it
goes to), then the distinct words of the column mapped to "category", each with
the category it becomes. The guess (or the mapping remembered for these headers)
is shown first; whatever the user changes is what gets imported, and remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.import_.columns import FIELDS as COLUMN_FIELDS
from forumdesk.services.registry.import_.columns import IGNORE
from forumdesk.store.enums import OrganisationCategory
from forumdesk.ui.common import labels
from forumdesk.ui.widgets.combos import find_data

if TYPE_CHECKING:
    from forumdesk.services.registry.import_.columns import ColumnMapping
    from forumdesk.services.registry.import_.preview import ImportPreview

# The mapping step offers "not imported" first, then the fields in the service's order.
FIELDS = (IGNORE, *(field for field in COLUMN_FIELDS if field != IGNORE))
EXAMPLES = 3


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _category_combo(parent: QWidget, none_label: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(none_label, None)
    for category in OrganisationCategory:
        combo.addItem(labels.organisation_category(category), category)
    return combo


def _chosen_category(combo: QComboBox) -> OrganisationCategory | None:
    # Qt hands an enum's data back as its plain string value.
    value = combo.currentData()
    return OrganisationCategory(value) if value else None


class MappingEditor(QWidget):
    #: The mapping changed (a field or a category word): a dry run's report is stale.
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        fields: Sequence[str] = FIELDS,
        field_label: Callable[[str], str] = labels.registry_field,
        missing: Callable[[Collection[str]], str | None] | None = None,
    ) -> None:
        """The registry's mapping by default. Another import gives its `fields` (the
        first, "not imported"), their `field_label`, and `missing`: why the fields
        mapped are not enough, or None. Without a "category" field the category words
        are not asked for."""
        super().__init__(parent)
        self.setObjectName("import_mapping")
        self._fields = tuple(fields)
        self._field_label = field_label
        self._missing = missing
        self._preview: ImportPreview | None = None
        self._suggested: dict[str, OrganisationCategory | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.remembered = QLabel(self)
        self.remembered.setObjectName("import_remembered")
        self.remembered.setWordWrap(True)
        layout.addWidget(self.remembered)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("import_columns")
        self.columns.setAccessibleDescription(
            self.tr("Each column of the file, examples of its values, and the field it fills.")
        )
        self.columns.setAccessibleName(self.tr("Columns of the file and what they hold"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.columns.verticalHeader().setVisible(False)
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setTabKeyNavigation(False)  # Tab goes from choice to choice, then on
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.columns, 3)
        self.categories_label = QLabel(self.tr("Category words in the file:"), self)
        layout.addWidget(self.categories_label)
        self.categories = QTableWidget(0, 3, self)
        self.categories.setObjectName("import_categories")
        self.categories.setAccessibleDescription(
            self.tr(
                "Each category word found in the file, how many rows carry it, and the category "
                "it becomes."
            )
        )
        self.categories.setAccessibleName(self.tr("Category words and their categories"))
        self.categories.setHorizontalHeaderLabels(
            [self.tr("Word in the file"), self.tr("Rows"), self.tr("Category")]
        )
        self.categories.verticalHeader().setVisible(False)
        self.categories.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.categories.setTabKeyNavigation(False)
        header = self.categories.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.categories, 2)
        form = QFormLayout()
        self.default_category = _category_combo(self, self.tr("None: such rows are refused"))
        self.default_category.setObjectName("import_default_category")
        self.default_category.setAccessibleName(
            self.tr("Category of a new organisation whose row gives none")
        )
        self.default_category.currentIndexChanged.connect(lambda _i: self.changed.emit())
        form.addRow(self.tr("New organisation without a category:"), self.default_category)
        layout.addLayout(form)
        if "category" not in self._fields:
            self.categories_label.hide()
            self.categories.hide()
            form.setRowVisible(self.default_category, False)

    # Filling ---------------------------------------------------------------------------

    def set_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        mapping = preview.mapping
        self.remembered.setText(
            self.tr("The mapping you confirmed last time for these headers is used.")
            if mapping.remembered
            else self.tr("Columns guessed from their headers: check them before importing.")
        )
        self.columns.setRowCount(len(preview.headers))
        for index, header in enumerate(preview.headers):
            self.columns.setItem(index, 0, _read_only(header))
            examples = [value for value, _count in preview.column_values(index)[:EXAMPLES]]
            self.columns.setItem(index, 1, _read_only(" · ".join(examples)))
            combo = QComboBox(self.columns)
            combo.setAccessibleName(self.tr("Import column {header} as").format(header=header))
            for key in self._fields:
                combo.addItem(self._field_label(key), key)
            combo.setCurrentIndex(max(find_data(combo, mapping.fields.get(index, IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _i: self._fields_changed())
            self.columns.setCellWidget(index, 2, combo)
        self.default_category.setCurrentIndex(
            max(find_data(self.default_category, mapping.default_category), 0)
        )
        self._fill_categories(mapping)

    def _field_combo(self, index: int) -> QComboBox:
        widget = self.columns.cellWidget(index, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def _fields_changed(self) -> None:
        self._fill_categories(self.mapping())
        self.changed.emit()

    def _fill_categories(self, mapping: ColumnMapping) -> None:
        from forumdesk.services.registry.import_.columns import fold, suggest_categories

        preview = self._preview
        column = mapping.column_of("category")
        words = [] if preview is None or column is None else list(preview.column_values(column))
        self._suggested = suggest_categories((word for word, _n in words), mapping)
        self.categories.setRowCount(len(words))
        for row, (word, count) in enumerate(words):
            self.categories.setItem(row, 0, _read_only(word))
            self.categories.setItem(row, 1, _read_only(str(count)))
            combo = _category_combo(self.categories, self.tr("Unknown: such rows are refused"))
            combo.setAccessibleName(self.tr("Category for {word}").format(word=word))
            chosen = mapping.category_values.get(fold(word), self._suggested.get(word))
            combo.setCurrentIndex(max(find_data(combo, chosen), 0))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.categories.setCellWidget(row, 2, combo)
        more = preview is not None and column is not None and preview.more_values[column]
        self.categories_label.setText(
            self.tr("Category words in the file (the most frequent):")
            if more
            else self.tr("Category words in the file:")
        )
        self.categories.setEnabled(bool(words))

    # Reading back --------------------------------------------------------------------

    def mapping(self) -> ColumnMapping:
        """The mapping as the user left it; category words only where they differ from the guess."""
        from forumdesk.services.registry.import_.columns import ColumnMapping, fold

        fields = {}
        for index in range(self.columns.rowCount()):
            key = self._field_combo(index).currentData()
            if key and key != IGNORE:
                fields[index] = str(key)
        values: dict[str, OrganisationCategory] = {}
        shown: set[str] = set()
        for row in range(self.categories.rowCount()):
            widget = self.categories.cellWidget(row, 2)
            item = self.categories.item(row, 0)
            if not isinstance(widget, QComboBox) or item is None:
                continue
            shown.add(fold(item.text()))
            chosen = _chosen_category(widget)
            # Words the usual vocabulary reads are not stored: the office's own words are.
            if chosen is not None and chosen != self._suggested.get(item.text()):
                values[fold(item.text())] = chosen
        previous = self._preview.mapping if self._preview is not None else None
        if previous is not None:
            # Remembered words this file does not show are kept for the next file.
            for key, category in previous.category_values.items():
                if key not in shown:
                    values.setdefault(key, category)
        return ColumnMapping(
            fields=fields,
            category_values=values,
            default_category=_chosen_category(self.default_category),
        )

    def problem(self) -> str | None:
        """Why this mapping cannot be imported, or None."""
        fields = list(self.mapping().fields.values())
        if self._missing is not None:
            missing = self._missing(fields)
            if missing:
                return missing
        elif not {"family_name", "full_name"} & set(fields):
            return self.tr("Choose the column that holds the family name (or the full name).")
        for key in set(fields):
            if fields.count(key) > 1:
                return self.tr("Two columns are imported as {field}; keep one.").format(
                    field=self._field_label(key)
                )
        return None

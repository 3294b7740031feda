"""Combo-box helpers."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item holding `value`, compared with ==, or -1.

    QComboBox.findData compares Python objects by identity, so an equal UUID
    fetched again from the database is not found.
    """
    if value is None:
        return -1
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)

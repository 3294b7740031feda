"""What the app's forms share: problems shown beside fields, Ctrl+Return to save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden red label for the problem of one field."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    label.hide()
    return label


def is_ctrl_return(event: QEvent) -> bool:
    """Ctrl+Return (or Ctrl+Enter) pressed: a form's "save" from inside any field."""
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )

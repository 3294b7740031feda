"""Text of one direction inside a window of the other: a French paragraph or an English
organisation name in an Arabic window, an Arabic name in an English one.

A cell is laid out in its view's direction, so "2005." in an Arabic table reads
".2005" and an elided name loses its wrong end. Each cell's text is therefore wrapped
in a first-strong isolate (U+2068 … U+2069), which orders it by its own first letter,
and every item view gets that delegate when it is first shown.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyledItemDelegate,
    QWidget,
)

from forumdesk.services.registry.scripts import isolated


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of `text`'s first strong character, None when it has none."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


class BidiDelegate(QStyledItemDelegate):
    """The default delegate, but a cell whose text runs against the view keeps its order.

    It rewrites the cell's text (`displayText`), not its whole style option: a Python
    `initStyleOption` calling the base one drops a reference to None for each cell
    painted (PySide6 6.12 on Python 3.11), and a long scroll through the registry then
    frees None and aborts the process."""

    def displayText(self, value: object, locale: QLocale | QLocale.Language) -> str:
        text = super().displayText(value, locale)
        direction = text_direction(text) if text else None
        view = self.parent()
        shown = (
            view.layoutDirection()
            if isinstance(view, QWidget)
            else QGuiApplication.layoutDirection()
        )
        return isolated(text) if direction is not None and direction != shown else text


class BidiViews(QObject):
    """Installed on the application: gives every item view still on Qt's own delegate a
    `BidiDelegate` when the view is first polished (views with their own keep theirs)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QAbstractItemView)
            and type(watched.itemDelegate()) is QStyledItemDelegate
        ):
            watched.setItemDelegate(BidiDelegate(watched))
        return False


def watch_item_views(app: QApplication) -> None:
    """Give every item view its `BidiDelegate`: those that exist now, and the others as
    they are polished (a `BidiViews` on the application, installed once)."""
    if app.findChild(BidiViews) is not None:
        return
    app.installEventFilter(BidiViews(app))
    for view in app.allWidgets():
        if isinstance(view, QAbstractItemView) and type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(BidiDelegate(view))


def embedded(text: str) -> str:
    """A name set inside a sentence of the interface: isolated when its own direction
    is not the interface's (an Arabic name in an English sentence, a Latin one in an
    Arabic sentence), left as it is otherwise."""
    direction = text_direction(text) if text else None
    if direction is None or direction == QGuiApplication.layoutDirection():
        return text
    return isolated(text)

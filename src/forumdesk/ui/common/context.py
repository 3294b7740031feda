"""Which forum the user is working on; pages follow it through `forum_changed`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    import uuid


class ForumContext(QObject):
    forum_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._forum_id: uuid.UUID | None = None
        self._title = ""

    @property
    def forum_id(self) -> uuid.UUID | None:
        return self._forum_id

    @property
    def title(self) -> str:
        return self._title

    def set_forum(self, forum_id: uuid.UUID | None, title: str = "") -> None:
        if forum_id == self._forum_id and title == self._title:
            return
        self._forum_id = forum_id
        self._title = title
        self.forum_changed.emit()

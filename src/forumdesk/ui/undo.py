"""Undoable changes: a change and its reverse, both run as background operations.

A command is pushed once its first run has succeeded, so a refused save never
sits on the undo stack; its first redo (QUndoStack.push calls it) does nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from forumdesk.ui.operations import Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Work = Callable[["Session"], object]


class ChangeCommand(QUndoCommand):
    def __init__(
        self, ops: Operations, text: str, forward: Work, backward: Work, areas: Iterable[str]
    ) -> None:
        super().__init__(text)
        self.ops = ops
        self.forward = forward
        self.backward = backward
        self.areas = frozenset(areas)
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # already done when the command was pushed
            return
        self.ops.change(self.forward, self.areas)

    def undo(self) -> None:
        self.ops.change(self.backward, self.areas)

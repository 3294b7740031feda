"""Undoable changes: a change and its reverse, both run as background operations.

A command is pushed once its first run has succeeded, so a refused save never
sits on the undo stack; its first redo (QUndoStack.push calls it) does nothing.

Given its stack, a command whose undo (or redo) is refused in the background (an
import edited since) puts the stack's index back, without running anything, so the
Edit menu offers the same step again instead of the opposite one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from forumdesk.services.common.failures import Failure
from forumdesk.ui.common.operations import Area, Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Work = Callable[["Session"], object]


class ChangeCommand(QUndoCommand):
    def __init__(
        self,
        ops: Operations,
        text: str,
        forward: Work,
        backward: Work,
        areas: Iterable[Area],
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(text)
        self.ops = ops
        self.forward = forward
        self.backward = backward
        self.areas = frozenset(areas)
        self.stack = stack
        self._first = True
        self._silent = False  # the next undo/redo only moves the index back

    def redo(self) -> None:
        if self._first or self._silent:
            self._first = self._silent = False  # already done (pushed, or a refused undo)
            return
        self.ops.change(self.forward, self.areas, failed=lambda e: self._refused(e, 1))

    def undo(self) -> None:
        if self._silent:
            self._silent = False
            return
        self.ops.change(self.backward, self.areas, failed=lambda e: self._refused(e, 0))

    def _refused(self, error: Exception, done: int) -> None:
        """Say why, and put the index back where it was (`done`: 1 if a redo failed)."""
        details = error.details if isinstance(error, Failure) else ""
        self.ops.failed.emit(str(error), details)
        stack = self.stack
        if stack is None:
            return
        here = stack.index() - done  # this command's place, if the stack did not move on
        if 0 <= here < stack.count() and stack.command(here) is self:
            self._silent = True
            stack.setIndex(here + 1 - done)

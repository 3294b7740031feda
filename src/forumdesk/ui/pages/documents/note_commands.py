"""Undoable note edits. Each command is pushed after its first run has succeeded,
so a refused save never sits on the undo stack; undo and redo run through the
same background operations as any other change.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from forumdesk.ui.operations import Operations

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes import NoteInput

AREAS = frozenset({"notes"})


class _NoteCommand(QUndoCommand):
    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # already done when the command was pushed
            return
        self.ops.change(self.forward, AREAS)

    def undo(self) -> None:
        self.ops.change(self.backward, AREAS)

    def forward(self, session: Session) -> None:
        raise NotImplementedError

    def backward(self, session: Session) -> None:
        raise NotImplementedError


class NoteCreated(_NoteCommand):
    def __init__(self, ops: Operations, note_id: uuid.UUID, text: str) -> None:
        super().__init__(ops, text)
        self.note_id = note_id

    def forward(self, session: Session) -> None:
        from forumdesk.services.notes import restore_note

        restore_note(session, self.note_id)

    def backward(self, session: Session) -> None:
        from forumdesk.services.notes import delete_note

        delete_note(session, self.note_id)


class NoteDeleted(NoteCreated):
    def forward(self, session: Session) -> None:
        super().backward(session)

    def backward(self, session: Session) -> None:
        super().forward(session)


class NoteEdited(_NoteCommand):
    def __init__(
        self,
        ops: Operations,
        note_id: uuid.UUID,
        before: NoteInput,
        after: NoteInput,
        text: str,
    ) -> None:
        super().__init__(ops, text)
        self.note_id = note_id
        self.before = before
        self.after = after

    def forward(self, session: Session) -> None:
        from forumdesk.services.notes import update_note

        update_note(session, self.note_id, self.after)

    def backward(self, session: Session) -> None:
        from forumdesk.services.notes import update_note

        update_note(session, self.note_id, self.before)

"""Undoable note edits, built on the shared `ChangeCommand`."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand, Work

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from sqlalchemy.orm import Session

    from forumdesk.services.notes.note_input import NoteInput

AREAS = frozenset({Area.NOTES})


def _delete(note_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.notes.notes import delete_note

        delete_note(session, note_id)

    return run


def _restore(note_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.notes.notes import restore_note

        restore_note(session, note_id)

    return run


def _update(note_id: uuid.UUID, read: NoteInput, data: NoteInput) -> Work:
    """Undo and redo expect what the other left: a field changed since by someone else
    is kept, or refuses if both changed it (`edit_conflicts`)."""

    def run(session: Session) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt
        from forumdesk.services.notes.notes import update_note

        update_note(session, note_id, data, read=ReadAt(None, read))

    return run


def note_created(ops: Operations, note_id: uuid.UUID, text: str) -> ChangeCommand:
    return ChangeCommand(ops, text, _restore(note_id), _delete(note_id), AREAS)


def note_deleted(ops: Operations, note_id: uuid.UUID, text: str) -> ChangeCommand:
    return ChangeCommand(ops, text, _delete(note_id), _restore(note_id), AREAS)


def note_edited(
    ops: Operations, note_id: uuid.UUID, before: NoteInput, after: NoteInput, text: str
) -> ChangeCommand:
    forward, backward = _update(note_id, before, after), _update(note_id, after, before)
    return ChangeCommand(ops, text, forward, backward, AREAS)


def _mark(note_id: uuid.UUID, read: bool, for_record: bool) -> Work:
    """A mark over what the list showed: someone who set it meanwhile keeps theirs."""

    def run(session: Session) -> None:
        from forumdesk.services.notes.notes import mark_note

        mark_note(session, note_id, for_record, read=read)

    return run


def mark_note_undoably(
    ops: Operations, stack: QUndoStack, note_id: uuid.UUID, shown: bool, wanted: bool, text: str
) -> None:
    """Mark the note for the record (or internal), then put the step on `stack`."""
    forward, backward = _mark(note_id, shown, wanted), _mark(note_id, wanted, shown)
    ops.change(
        forward,
        AREAS,
        lambda _result: stack.push(ChangeCommand(ops, text, forward, backward, AREAS, stack)),
    )

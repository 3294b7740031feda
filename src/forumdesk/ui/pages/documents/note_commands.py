"""Undoable note edits, built on the shared `ChangeCommand`."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forumdesk.ui.operations import Operations
from forumdesk.ui.undo import ChangeCommand, Work

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes import NoteInput

AREAS = frozenset({"notes"})


def _delete(note_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.notes import delete_note

        delete_note(session, note_id)

    return run


def _restore(note_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.notes import restore_note

        restore_note(session, note_id)

    return run


def _update(note_id: uuid.UUID, read: NoteInput, data: NoteInput) -> Work:
    """Undo and redo expect what the other left: a field changed since by someone else
    is kept, or refuses if both changed it (`edit_conflicts`)."""

    def run(session: Session) -> None:
        from forumdesk.services.edit_conflicts import ReadAt
        from forumdesk.services.notes import update_note

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

"""Undoable practice edits (Edit > Undo), built on the shared `ChangeCommand`."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand, Work

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.practices import PracticeInput

AREAS = frozenset({Area.PRACTICES})


def _delete(practice_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.practices.practices import delete_practice

        delete_practice(session, practice_id)

    return run


def _restore(practice_id: uuid.UUID) -> Work:
    def run(session: Session) -> None:
        from forumdesk.services.practices.undo import restore_practice

        restore_practice(session, practice_id)

    return run


def saving(practice_id: uuid.UUID, read: PracticeInput, data: PracticeInput) -> Work:
    """Save `data` over `read`: a field someone else changed since is kept, one both
    changed refuses (`edit_conflicts`)."""

    def run(session: Session) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt
        from forumdesk.services.practices.practices import update_practice

        update_practice(session, practice_id, data, read=ReadAt(None, read))

    return run


def practice_created(ops: Operations, practice_id: uuid.UUID, text: str) -> ChangeCommand:
    return ChangeCommand(ops, text, _restore(practice_id), _delete(practice_id), AREAS)


def practice_deleted(ops: Operations, practice_id: uuid.UUID, text: str) -> ChangeCommand:
    return ChangeCommand(ops, text, _delete(practice_id), _restore(practice_id), AREAS)


def practice_edited(
    ops: Operations, practice_id: uuid.UUID, before: PracticeInput, after: PracticeInput, text: str
) -> ChangeCommand:
    forward, backward = saving(practice_id, before, after), saving(practice_id, after, before)
    return ChangeCommand(ops, text, forward, backward, AREAS)

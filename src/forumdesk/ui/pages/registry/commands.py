"""Undo commands of the registry's actions that are not plain field edits."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.undo import ChangeCommand, Work

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.undo import AccreditationChange, RegistrationState
    from forumdesk.services.registry.walk_in import WalkInResult

AREAS = {Area.REGISTRY}


def walk_in_command(ops: Operations, result: WalkInResult, text: str) -> ChangeCommand:
    """Undo takes the person (and an organisation made for them) back; redo restores them."""
    created = result.created_organisation

    def withdraw(session: Session) -> None:
        from forumdesk.services.registry.undo import withdraw_walk_in

        withdraw_walk_in(session, result, created_organisation=created)

    def restore(session: Session) -> None:
        from forumdesk.services.registry.undo import restore_walk_in

        restore_walk_in(session, result, created_organisation=created)

    return ChangeCommand(ops, text, restore, withdraw, AREAS)


def accreditation_command(
    ops: Operations,
    forum_id: uuid.UUID,
    change: AccreditationChange,
    text: str,
    stack: QUndoStack | None = None,
) -> ChangeCommand:
    """Undo puts each registration back as it was; redo as the accreditation left it.
    Either is refused when a registration was decided again since (given the stack,
    the command then stays where it was on it)."""

    def restore(
        states: tuple[RegistrationState, ...], expect: tuple[RegistrationState, ...]
    ) -> Work:
        def run(session: Session) -> None:
            from forumdesk.services.registry.undo import restore_registrations

            restore_registrations(session, forum_id, states, expect=expect)

        return run

    return ChangeCommand(
        ops,
        text,
        restore(change.after, change.before),
        restore(change.before, change.after),
        AREAS,
        stack,
    )


def import_command(
    ops: Operations, import_id: uuid.UUID, text: str, stack: QUndoStack | None = None
) -> ChangeCommand:
    """Undo takes the whole import back (registry_imports.undo_import); redo restores it.

    Either may be refused (the import's people edited since): given the stack, the
    command then stays where it was on it.
    """

    def undo(session: Session) -> None:
        from forumdesk.services.registry.import_.history import undo_import

        undo_import(session, import_id, by=str(session.info.get("actor") or ""))

    def redo(session: Session) -> None:
        from forumdesk.services.registry.import_.history import redo_import

        redo_import(session, import_id)

    return ChangeCommand(ops, text, redo, undo, AREAS, stack)

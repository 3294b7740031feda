"""Taking back a practice's deletion (Edit > Undo): the practice and the links that
went with it come back; links removed before it was deleted stay removed."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import locked
from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import NotFound
from forumdesk.store.models import Practice, PracticeLink, PracticeSubmitter, PracticeTheme

_Child = TypeVar("_Child", PracticeLink, PracticeTheme, PracticeSubmitter)


def restore_practice(session: Session, practice_id: uuid.UUID) -> None:
    practice = locked(session, Practice, practice_id)
    if practice is None:
        raise NotFound(_("that practice no longer exists"))
    deleted_at = practice.deleted_at
    if deleted_at is None:
        return
    practice.deleted_at = None
    # `delete_practice` tombstones the practice and its live links at one instant.
    _bring_back(session, PracticeLink, practice_id, deleted_at)
    _bring_back(session, PracticeTheme, practice_id, deleted_at)
    _bring_back(session, PracticeSubmitter, practice_id, deleted_at)
    session.flush()


def _bring_back(
    session: Session, model: type[_Child], practice_id: uuid.UUID, deleted_at: datetime
) -> None:
    for row in session.scalars(
        select(model).where(model.practice_id == practice_id, model.deleted_at == deleted_at)
    ):
        row.deleted_at = None

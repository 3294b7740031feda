"""What the minutes editor shows of one segment's minutes, read in one go on the worker."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from forumdesk.store.enums import MinutesState

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.minutes.notes import NotesTaken
    from forumdesk.services.minutes.workflow import VersionRow


@dataclass(frozen=True)
class MinutesSnapshot:
    """What the editor shows of one segment's minutes (minutes_id None: not started)."""

    segment_id: uuid.UUID
    minutes_id: uuid.UUID | None = None
    state: MinutesState | None = None
    number: int = 0
    html: str = ""
    approved_by: str | None = None
    approved_at: datetime | None = None
    versions: list[VersionRow] = field(default_factory=list)
    version: int = 0  # the row version of the version shown (a save sends it back)
    # Which of the segment's notes the minutes publish (for the record) or leave out.
    notes: NotesTaken | None = None
    # Computer logins the history holds as signers (shown marked, never as names).
    logins: frozenset[str] = frozenset()


def plain_text(html: str) -> str:
    """The minutes' text one block a line (how an edit conflict shows both texts)."""
    from forumdesk.services.minutes.html import block_lines

    return "\n".join(block_lines(html))


def signer_text(name: str | None, is_login: bool) -> str:
    """A signer as the minutes pages show it: an old computer login marked as one."""
    if name and is_login:
        return QCoreApplication.translate("MinutesSnapshot", "{login} (computer login)").format(
            login=name
        )
    return name or ""


def load_snapshot(session: Session, segment_id: uuid.UUID) -> MinutesSnapshot:
    from forumdesk.services.common.recorded_logins import recorded_logins
    from forumdesk.services.minutes import workflow as flow
    from forumdesk.services.minutes.notes import notes_taken

    minutes_id = flow.minutes_of_segment(session, segment_id)
    if minutes_id is None:
        return MinutesSnapshot(segment_id, notes=notes_taken(session, segment_id))
    approved_by, approved_at = flow.approval(session, minutes_id)
    current = flow.latest(session, minutes_id)
    return MinutesSnapshot(
        segment_id,
        minutes_id,
        current.state,
        current.number,
        flow.version_html(session, minutes_id),
        approved_by,
        approved_at,
        flow.versions(session, minutes_id),
        current.version,
        notes_taken(session, segment_id),
        recorded_logins(session),
    )

"""Names the history holds that were operating-system logins, not people.

Before revision 0010 ForumDesk signed with the login when no name was set; that
revision lists such names in `recorded_logins` (the audit log is hash-chained and is
never rewritten). History shows them marked as logins; documents never print them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.store.models import RecordedLogin


def recorded_logins(session: Session) -> frozenset[str]:
    return frozenset(session.scalars(select(RecordedLogin.name)).all())


def is_recorded_login(session: Session, name: str | None) -> bool:
    """Whether `name` is a login the history recorded (a document then leaves it out)."""
    if not name:
        return False
    return session.get(RecordedLogin, name.strip()) is not None


def person_or_none(session: Session, name: str | None) -> str | None:
    """`name` when it names a person; None when it is empty or a recorded login."""
    cleaned = " ".join((name or "").split())
    if not cleaned or is_recorded_login(session, cleaned):
        return None
    return cleaned

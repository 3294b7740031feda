"""Forums held in the database, and the figures the Overview page shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import (
    Day,
    Document,
    Forum,
    ForumSession,
    LanguageVersion,
    Minutes,
    Note,
    Paragraph,
    Registration,
    Segment,
)


@dataclass(frozen=True)
class ForumSummary:
    id: uuid.UUID
    title: str
    short_title: str | None
    starts_on: date | None
    ends_on: date | None
    venue: str | None
    timezone: str

    @property
    def display_title(self) -> str:
        return self.short_title or self.title


@dataclass(frozen=True)
class ForumFigures:
    days: int
    sessions: int
    segments: int
    documents: int
    paragraphs: int
    notes: int
    registrations: int
    accredited: int
    minutes: int


def list_forums(session: Session) -> list[ForumSummary]:
    forums = session.scalars(
        select(Forum)
        .where(Forum.deleted_at.is_(None))
        .order_by(Forum.starts_on.desc(), Forum.title)
    ).all()
    return [
        ForumSummary(f.id, f.title, f.short_title, f.starts_on, f.ends_on, f.venue, f.timezone)
        for f in forums
    ]


def forum_figures(session: Session, forum_id: uuid.UUID) -> ForumFigures:
    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    live_days = select(Day.id).where(Day.forum_id == forum_id, Day.deleted_at.is_(None))
    live_sessions = select(ForumSession.id).where(
        ForumSession.day_id.in_(live_days), ForumSession.deleted_at.is_(None)
    )
    live_documents = select(Document.id).where(
        Document.forum_id == forum_id, Document.deleted_at.is_(None)
    )
    versions = select(LanguageVersion.id).where(LanguageVersion.document_id.in_(live_documents))
    registrations = select(func.count(Registration.id)).where(
        Registration.forum_id == forum_id, Registration.deleted_at.is_(None)
    )
    return ForumFigures(
        days=count(select(func.count()).select_from(live_days.subquery())),
        sessions=count(select(func.count()).select_from(live_sessions.subquery())),
        segments=count(
            select(func.count(Segment.id)).where(
                Segment.session_id.in_(live_sessions), Segment.deleted_at.is_(None)
            )
        ),
        documents=count(select(func.count()).select_from(live_documents.subquery())),
        paragraphs=count(
            select(func.count(func.distinct(Paragraph.number))).where(
                Paragraph.language_version_id.in_(versions), Paragraph.deleted_at.is_(None)
            )
        ),
        notes=count(
            select(func.count(Note.id)).where(Note.forum_id == forum_id, Note.deleted_at.is_(None))
        ),
        registrations=count(registrations),
        accredited=count(
            registrations.where(Registration.status == AccreditationStatus.ACCREDITED)
        ),
        minutes=count(
            select(func.count(Minutes.id)).where(
                Minutes.forum_id == forum_id, Minutes.deleted_at.is_(None)
            )
        ),
    )

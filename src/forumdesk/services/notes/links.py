"""What a note can link to besides paragraphs: segments, interventions, organisations.

The editor offers these choices; the filters of the notes list use them too.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.store.models import (
    Day,
    ForumSession,
    Intervention,
    Note,
    NoteTag,
    Organisation,
    Segment,
    Tag,
)


@dataclass(frozen=True)
class LinkedItem:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class NoteChoices:
    """What the filters and the editor offer for one forum."""

    tags: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    segments: tuple[LinkedItem, ...] = ()
    interventions: tuple[LinkedItem, ...] = field(default=())


def note_choices(session: Session, forum_id: uuid.UUID | None) -> NoteChoices:
    tags = session.scalars(
        select(Tag.name)
        .join(NoteTag, NoteTag.tag_id == Tag.id)
        .join(Note, Note.id == NoteTag.note_id)
        .where(Note.forum_id == forum_id, Note.deleted_at.is_(None), NoteTag.deleted_at.is_(None))
        .distinct()
    ).all()
    authors = session.scalars(
        select(Note.author)
        .where(Note.forum_id == forum_id, Note.deleted_at.is_(None), Note.author.is_not(None))
        .distinct()
    ).all()
    return NoteChoices(
        tags=tuple(sorted(tags, key=str.casefold)),
        authors=tuple(sorted((a for a in authors if a), key=str.casefold)),
        segments=tuple(_segments_of_forum(session, forum_id)),
        interventions=tuple(_interventions_of_forum(session, forum_id)),
    )


def find_organisations(session: Session, text: str, limit: int = 20) -> list[LinkedItem]:
    """Organisations whose name or acronym contains `text`, for the editor's completer."""
    pattern = f"%{text.strip()}%"
    rows = session.execute(
        select(Organisation.id, Organisation.name, Organisation.acronym)
        .where(
            Organisation.deleted_at.is_(None),
            Organisation.name.ilike(pattern) | Organisation.acronym.ilike(pattern),
        )
        .order_by(Organisation.name)
        .limit(limit)
    ).all()
    return [LinkedItem(row.id, organisation_label(row.name, row.acronym)) for row in rows]


def organisation_label(name: str, acronym: str | None) -> str:
    return f"{name} ({acronym})" if acronym and acronym not in name else name


def intervention_label(intervention: Intervention) -> str:
    speaker = intervention.speaker_label or "—"
    return f"{intervention.segment.title}: {intervention.position + 1}. {speaker}"


def _segments_of_forum(session: Session, forum_id: uuid.UUID | None) -> list[LinkedItem]:
    rows = session.execute(
        select(Segment.id, Segment.title)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(Day.forum_id == forum_id, Segment.deleted_at.is_(None))
        .order_by(Day.date, Segment.starts_at, Segment.position)
    ).all()
    return [LinkedItem(row.id, row.title) for row in rows]


def _interventions_of_forum(session: Session, forum_id: uuid.UUID | None) -> list[LinkedItem]:
    interventions = session.scalars(
        select(Intervention)
        .join(Segment, Segment.id == Intervention.segment_id)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(Day.forum_id == forum_id, Intervention.deleted_at.is_(None))
        .order_by(Day.date, Segment.starts_at, Intervention.position)
    ).all()
    return [LinkedItem(i.id, intervention_label(i)) for i in interventions]

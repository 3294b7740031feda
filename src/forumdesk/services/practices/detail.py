"""A practice as the Practices page shows it (every field, with the names of what it
links to), and the choices its form offers (the forum's themes, documents, segments)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.practices.practices import PracticeView, practice_view
from forumdesk.services.practices.themes import ThemeView, themes_of
from forumdesk.store.models import Day, Document, ForumSession, Organisation, Segment


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class PracticeDetail:
    view: PracticeView
    #: The segments it was presented at, labelled "date time — title".
    segments: tuple[Choice, ...]
    #: Document id → its title, for each document whose paragraphs it answers.
    documents: dict[uuid.UUID, str]
    #: Submitter id → its name (the view's ids; a submitter since deleted is absent).
    submitters: dict[uuid.UUID, str]


@dataclass(frozen=True)
class FormChoices:
    """What a practice's form offers to choose from, in the forum."""

    themes: tuple[ThemeView, ...]
    documents: tuple[Choice, ...]
    segments: tuple[Choice, ...]


def _segments(session: Session, forum_id: uuid.UUID) -> list[Choice]:
    rows = session.execute(
        select(Segment.id, Segment.title, Segment.starts_at, Day.date)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(
            Day.forum_id == forum_id,
            Segment.deleted_at.is_(None),
            ForumSession.deleted_at.is_(None),
            Day.deleted_at.is_(None),
        )
        .order_by(Day.date, Segment.starts_at, Segment.position)
    ).all()
    return [
        Choice(row.id, f"{row.date.isoformat()} {row.starts_at:%H:%M} — {row.title}")
        for row in rows
    ]


def _documents(session: Session, forum_id: uuid.UUID) -> list[Choice]:
    rows = session.execute(
        select(Document.id, Document.title, Document.symbol)
        .where(Document.forum_id == forum_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at)
    ).all()
    return [Choice(row.id, row.symbol or row.title) for row in rows]


def form_choices(session: Session, forum_id: uuid.UUID) -> FormChoices:
    return FormChoices(
        themes=tuple(themes_of(session, forum_id)),
        documents=tuple(_documents(session, forum_id)),
        segments=tuple(_segments(session, forum_id)),
    )


def practice_detail(session: Session, practice_id: uuid.UUID) -> PracticeDetail:
    view = practice_view(session, practice_id)
    linked = set(view.values.segments)
    segments = tuple(c for c in _segments(session, view.forum_id) if c.id in linked)
    wanted = {ref.document_id for ref in view.values.paragraphs}
    documents = {c.id: c.label for c in _documents(session, view.forum_id) if c.id in wanted}
    return PracticeDetail(
        view=view,
        segments=segments,
        documents=documents,
        submitters=organisation_names(session, view.values.submitters),
    )


def organisation_names(
    session: Session, organisation_ids: tuple[uuid.UUID, ...]
) -> dict[uuid.UUID, str]:
    rows = session.execute(
        select(Organisation.id, Organisation.name).where(
            Organisation.id.in_(organisation_ids), Organisation.deleted_at.is_(None)
        )
    )
    return {row.id: row.name for row in rows}

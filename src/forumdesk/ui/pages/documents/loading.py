"""What the Document & notes page loads in one background query."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.documents.documents import DocumentView
    from forumdesk.services.notes.coverage import Coverage
    from forumdesk.services.notes.links import NoteChoices
    from forumdesk.services.notes.notes import NoteFilter, NoteView
    from forumdesk.services.practices.citations import CitingPractice


@dataclass(frozen=True)
class LoadedDocument:
    view: DocumentView
    other: DocumentView | None
    backlinks: dict[int, int]
    #: The practices that answer each paragraph (issue 20), for the margin and the panel.
    practices: dict[int, tuple[CitingPractice, ...]]
    notes: list[NoteView]
    choices: NoteChoices
    coverage: Coverage


def load_document(
    session: Session,
    version_id: uuid.UUID,
    other_id: uuid.UUID | None,
    forum_id: uuid.UUID | None,
    note_filter: NoteFilter,
) -> LoadedDocument:
    from forumdesk.services.documents.documents import document_of_version, document_view
    from forumdesk.services.notes.coverage import coverage
    from forumdesk.services.notes.links import note_choices
    from forumdesk.services.notes.notes import notes_of_document, paragraph_backlinks
    from forumdesk.services.practices.citations import practices_by_paragraph

    document_id = document_of_version(session, version_id)
    return LoadedDocument(
        view=document_view(session, version_id),
        other=document_view(session, other_id) if other_id else None,
        backlinks=paragraph_backlinks(session, document_id),
        practices=practices_by_paragraph(session, document_id),
        notes=notes_of_document(session, document_id, note_filter, forum_id=forum_id),
        choices=note_choices(session, forum_id),
        coverage=coverage(session, version_id),
    )

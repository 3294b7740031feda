"""A note saved over a newer version (see `edit_conflicts`), the note's way.

Tags and paragraphs merge as sets: the tags and paragraphs one user added or removed
are added or removed whatever the other did, so they never conflict. The text is one
field (its HTML goes with it, never compared: the editor writes its own markup), and
so is each link to a segment, a speaker or an organisation.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, merged_set, reconcile
from forumdesk.services.notes.note_input import NoteInput, clean_tags
from forumdesk.store.models import Note


def _same_text(a: object, b: object) -> bool:
    return " ".join(str(a).split()) == " ".join(str(b).split())


def reconcile_note(
    session: Session,
    note: Note,
    read: ReadAt[NoteInput],
    stored: NoteInput,
    wanted: NoteInput,
) -> NoteInput:
    """The note to write for an edit read at `read`; EditConflict if both changed the
    text or the same link."""
    tags = merged_set(
        clean_tags(read.values.tags),
        stored.tags,
        clean_tags(wanted.tags),
        key=str.casefold,
    )
    paragraphs = tuple(sorted(merged_set(read.values.paragraphs, stored.paragraphs,
                                         wanted.paragraphs, key=int)))  # fmt: skip
    document_id = (wanted.document_id or stored.document_id) if paragraphs else None
    wanted = dataclasses.replace(
        wanted,
        tags=tags,
        paragraphs=paragraphs,
        document_id=document_id,
        orphans=stored.orphans if wanted.orphans is None else wanted.orphans,
    )
    # The sets are merged already: compared against what is stored, they never clash.
    base = dataclasses.replace(read.values, tags=stored.tags, paragraphs=stored.paragraphs)
    links = [link.id for link in note.links]
    return reconcile(
        session,
        table="notes",
        record_id=note.id,
        version=note.version,
        read=ReadAt(read.version, base),
        stored=lambda: stored,
        wanted=wanted,
        sources={
            "segment_id": (links, None),
            "intervention_id": (links, None),
            "organisation_id": (links, None),
            "orphans": (links, None),
        },
        whole_row=False,
        follows={"body_html": "body_text", "document_id": "paragraphs"},
        same={"body_text": _same_text},
    )

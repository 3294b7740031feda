"""Notes of the secretariat: written against paragraphs, tagged, linked to the programme.

A note holds its paragraphs as (document, number) links, the anchor shared by every
language version. Deleting a note tombstones it, so that undo and merges can bring
it back; every write re-indexes the note for search in the same transaction.
"""

from __future__ import annotations

import html
import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked, value_to_write
from forumdesk.services.common.messages import _
from forumdesk.services.common.recorded_logins import recorded_logins
from forumdesk.services.notes.conflicts import reconcile_note
from forumdesk.services.notes.links import LinkedItem, intervention_label, organisation_label
from forumdesk.services.notes.note_input import NoteError, NoteInput, clean_tags
from forumdesk.services.search.query import index_note
from forumdesk.store.models import (
    Document,
    Intervention,
    LanguageVersion,
    Note,
    NoteLink,
    NoteTag,
    Organisation,
    Paragraph,
    Segment,
    Tag,
)
from forumdesk.store.types import link_uuid, utcnow


@dataclass(frozen=True)
class NoteView:
    id: uuid.UUID
    author: str | None
    body_html: str
    body_text: str
    document_id: uuid.UUID | None
    paragraphs: tuple[int, ...]
    orphaned: tuple[int, ...]
    tags: tuple[str, ...]
    segment: LinkedItem | None
    intervention: LinkedItem | None
    organisation: LinkedItem | None
    created_at: datetime
    updated_at: datetime
    #: (old number, old text) of each paragraph a revised draft dropped.
    orphan_texts: tuple[tuple[int, str], ...] = ()
    version: int = 0  # the note's version when read (an edit sends it back)
    for_record: bool = False
    #: The author is an operating-system login older history recorded, not a name.
    author_is_login: bool = False

    def as_input(self) -> NoteInput:
        return NoteInput(
            body_html=self.body_html,
            body_text=self.body_text,
            document_id=self.document_id,
            paragraphs=self.paragraphs,
            tags=self.tags,
            segment_id=self.segment.id if self.segment else None,
            intervention_id=self.intervention.id if self.intervention else None,
            organisation_id=self.organisation.id if self.organisation else None,
            author=self.author,
            orphans=self.orphaned,
            for_record=self.for_record,
        )


@dataclass(frozen=True)
class NoteFilter:
    tag: str | None = None
    author: str | None = None
    segment_id: uuid.UUID | None = None


def html_from_plain(text: str) -> str:
    """A plain-text note (from the command line) as the editor's HTML."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br/>')}</p>" for p in paragraphs)


def create_note(session: Session, forum_id: uuid.UUID | None, data: NoteInput) -> uuid.UUID:
    from forumdesk.services.common.signer import session_signer

    _validate(session, data)
    author = session_signer(session, data.author)  # a note is signed: never by nobody
    note = Note(forum_id=forum_id, author=author)
    session.add(note)
    _write(session, note, data)
    return note.id


def update_note(
    session: Session, note_id: uuid.UUID, data: NoteInput, *, read: ReadAt[NoteInput] | None = None
) -> int:
    """Replace the note's body, links and tags with `data` (its author stays); returns
    the note's version. `read`: what the editor was read with; what others changed
    since is kept, and a change of the same field refuses (`note_conflicts`)."""
    from forumdesk.services.common.signer import session_signer

    note = _live_note(session, note_id, lock=True)
    _validate(session, data)
    session_signer(session)  # the history names who edited the note
    if read is not None:
        data = reconcile_note(session, note, read, _views(session, [note])[0].as_input(), data)
    _write(session, note, data)
    return note.version


def mark_note(
    session: Session, note_id: uuid.UUID, for_record: bool, *, read: bool | None = None
) -> int:
    """Mark the note for the record (True) or internal (False); returns its version.
    `read`: the mark the user saw; if someone changed it since to another value than
    `for_record`, EditConflict names them and nothing is written."""
    note = _live_note(session, note_id, lock=True)
    if read is not None:
        for_record = value_to_write(session, note, "for_record", read, for_record)
    if note.for_record != for_record:
        note.for_record = for_record
        session.flush()
    return note.version


def delete_note(session: Session, note_id: uuid.UUID) -> None:
    note = _live_note(session, note_id)
    note.deleted_at = utcnow()
    session.flush()
    index_note(session, note.id)


def restore_note(session: Session, note_id: uuid.UUID) -> None:
    """Undo a deletion."""
    note = session.get(Note, note_id)
    if note is None:
        raise NoteError(_("that note no longer exists"))
    note.deleted_at = None
    session.flush()
    index_note(session, note.id)


def get_note(session: Session, note_id: uuid.UUID) -> NoteView:
    return _views(session, [_live_note(session, note_id)])[0]


def notes_of_document(
    session: Session,
    document_id: uuid.UUID,
    note_filter: NoteFilter | None = None,
    *,
    forum_id: uuid.UUID | None = None,
) -> list[NoteView]:
    """Live notes citing any paragraph of the document, oldest first, filtered.

    With `forum_id`, the forum's notes that cite no paragraph at all (on a segment,
    an intervention or an organisation only) are listed too, so none is out of sight.
    """
    cited = select(NoteLink.note_id).where(
        NoteLink.document_id == document_id, NoteLink.deleted_at.is_(None)
    )
    shown: ColumnElement[bool] = Note.id.in_(cited)
    if forum_id is not None:
        anchored = select(NoteLink.note_id).where(
            NoteLink.paragraph_number.is_not(None), NoteLink.deleted_at.is_(None)
        )
        shown = shown | ((Note.forum_id == forum_id) & Note.id.not_in(anchored))
    query = select(Note).where(shown, Note.deleted_at.is_(None))
    if note_filter is not None:
        query = _filtered(session, query, note_filter)
    notes = session.scalars(query.order_by(Note.created_at)).all()
    return _views(session, list(notes))


def paragraph_backlinks(session: Session, document_id: uuid.UUID) -> dict[int, int]:
    """How many live notes cite each paragraph: {32: 3} reads "3 notes cite ¶32"."""
    rows = session.execute(
        select(NoteLink.paragraph_number, func.count(func.distinct(NoteLink.note_id)))
        .join(Note, Note.id == NoteLink.note_id)
        .where(
            NoteLink.document_id == document_id,
            NoteLink.deleted_at.is_(None),
            NoteLink.orphaned_at.is_(None),
            Note.deleted_at.is_(None),
        )
        .group_by(NoteLink.paragraph_number)
    ).all()
    return {int(number): int(count) for number, count in rows if number is not None}


def paragraph_numbers(session: Session, document_id: uuid.UUID) -> set[int]:
    """Numbers of the document's live paragraphs, in any language version."""
    return set(
        session.scalars(
            select(Paragraph.number)
            .join(LanguageVersion, LanguageVersion.id == Paragraph.language_version_id)
            .where(
                LanguageVersion.document_id == document_id,
                Paragraph.deleted_at.is_(None),
                LanguageVersion.deleted_at.is_(None),
            )
        ).all()
    )


# Internals ---------------------------------------------------------------


def _live_note(session: Session, note_id: uuid.UUID, *, lock: bool = False) -> Note:
    note = locked(session, Note, note_id) if lock else session.get(Note, note_id)
    if note is None or note.deleted_at is not None:
        raise NoteError(_("that note no longer exists"))
    return note


def _validate(session: Session, data: NoteInput) -> None:
    if not data.body_text.strip():
        raise NoteError(_("the note has no text"))
    if data.paragraphs and data.document_id is None:
        raise NoteError(_("paragraphs need a document"))
    if data.document_id is not None and data.paragraphs:
        if session.get(Document, data.document_id) is None:
            raise NoteError(_("the document does not exist"))
        missing = sorted(set(data.paragraphs) - paragraph_numbers(session, data.document_id))
        if missing:
            from forumdesk.services.documents.paragraph_refs import format_paragraph_refs

            raise NoteError(
                _("paragraphs: the document has no ¶{missing}").format(
                    missing=format_paragraph_refs(missing)
                )
            )
    targets = (
        (Segment, data.segment_id, "segment"),
        (Intervention, data.intervention_id, "intervention"),
        (Organisation, data.organisation_id, "organisation"),
    )
    for model, target_id, name in targets:
        if target_id is not None and session.get(model, target_id) is None:
            raise NoteError(_("{name}: the linked {name} does not exist").format(name=name))
    if not (data.paragraphs or data.segment_id or data.intervention_id or data.organisation_id):
        raise NoteError(_("link the note to at least one paragraph, segment or organisation"))
    clean_tags(data.tags)


def _write(session: Session, note: Note, data: NoteInput) -> None:
    note.body_html = data.body_html
    note.for_record = data.for_record
    note.body_text = data.body_text.strip()
    wanted: list[tuple[str, object]] = [("paragraph", n) for n in data.paragraphs]
    wanted += [
        (kind, target)
        for kind, target in (
            ("segment", data.segment_id),
            ("intervention", data.intervention_id),
            ("organisation", data.organisation_id),
        )
        if target is not None
    ]
    # Links and tags are tombstoned, not deleted, so that merges can carry the removal.
    now = utcnow()
    # Orphaned links change only as `data.orphans` says: let go, or brought back by undo.
    if data.orphans is not None:
        for link in note.links:
            if link.orphaned_at is not None:
                keep = link.paragraph_number in data.orphans
                link.deleted_at = None if keep else (link.deleted_at or now)
    current = [link for link in note.links if link.orphaned_at is None]
    existing = {_link_key(link): link for link in current if link.deleted_at is None}
    buried = {_link_key(link): link for link in current if link.deleted_at is not None}
    for key, link in existing.items():
        if key not in wanted:
            link.deleted_at = now
    for kind, target in wanted:
        if (kind, target) in existing:
            continue
        if (kind, target) in buried:
            buried[(kind, target)].deleted_at = None
            continue
        link = NoteLink()
        if kind == "paragraph":
            link.document_id = data.document_id
            link.paragraph_number = int(str(target))
        else:
            setattr(link, f"{kind}_id", target)
        note.links.append(link)
    _write_tags(session, note, clean_tags(data.tags))
    session.flush()
    index_note(session, note.id)


def _link_key(link: NoteLink) -> tuple[str, object]:
    if link.paragraph_number is not None:
        return ("paragraph", link.paragraph_number)
    if link.segment_id is not None:
        return ("segment", link.segment_id)
    if link.intervention_id is not None:
        return ("intervention", link.intervention_id)
    return ("organisation", link.organisation_id)


def _write_tags(session: Session, note: Note, names: tuple[str, ...]) -> None:
    wanted = {name.casefold(): name for name in names}
    by_key = {note_tag.tag.name.casefold(): note_tag for note_tag in note.tags}
    for key, note_tag in by_key.items():
        note_tag.deleted_at = None if key in wanted else (note_tag.deleted_at or utcnow())
    for key, name in wanted.items():
        if key in by_key:
            continue
        tag = _find_tag(session, key)
        if tag is None:
            tag = Tag(id=tag_id(name), name=name)
            session.add(tag)
        # A note that exists already: the link's id is its ends', the same on any laptop.
        known = {"id": link_uuid("note_tags", note.id, tag.id)} if note.id else {}
        note.tags.append(NoteTag(tag=tag, **known))


#: Tags are named, not numbered: the same name gives the same id on every laptop, so
#: two laptops that both start tagging "remittances" merge into one tag.
_TAG_NAMESPACE = uuid.UUID("1f174d8d-4bca-476c-825a-ecd0bc714ebc")


def tag_id(name: str) -> uuid.UUID:
    return uuid.uuid5(_TAG_NAMESPACE, name.casefold())


def _find_tag(session: Session, key: str) -> Tag | None:
    # Compared in Python: SQLite's lower() folds ASCII only, and tags are few.
    return next((t for t in session.scalars(select(Tag)) if t.name.casefold() == key), None)


def _filtered(session: Session, query: Select[Note], note_filter: NoteFilter) -> Select[Note]:
    if note_filter.tag:
        tag = _find_tag(session, note_filter.tag.casefold())
        tagged = select(NoteTag.note_id).where(
            NoteTag.tag_id == (tag.id if tag else None), NoteTag.deleted_at.is_(None)
        )
        query = query.where(Note.id.in_(tagged))

    if note_filter.author:
        query = query.where(Note.author == note_filter.author)
    if note_filter.segment_id is not None:
        on_segment = select(NoteLink.note_id).where(
            NoteLink.deleted_at.is_(None),
            (NoteLink.segment_id == note_filter.segment_id)
            | NoteLink.intervention_id.in_(
                select(Intervention.id).where(Intervention.segment_id == note_filter.segment_id)
            ),
        )
        query = query.where(Note.id.in_(on_segment))
    return query


def _views(session: Session, notes: list[Note]) -> list[NoteView]:
    segments: dict[uuid.UUID, str] = {}
    interventions: dict[uuid.UUID, str] = {}
    organisations: dict[uuid.UUID, str] = {}
    logins = recorded_logins(session)
    views = []
    for note in notes:
        links = [link for link in note.links if link.deleted_at is None]
        paragraph_links = [link for link in links if link.paragraph_number is not None]
        segment = intervention = organisation = None
        for link in links:
            if link.segment_id is not None:
                segment = _linked(session, Segment, link.segment_id, segments)
            elif link.intervention_id is not None:
                intervention = _linked(session, Intervention, link.intervention_id, interventions)
            elif link.organisation_id is not None:
                organisation = _linked(session, Organisation, link.organisation_id, organisations)
        views.append(
            NoteView(
                id=note.id,
                author=note.author,
                author_is_login=(note.author or "").strip() in logins,
                body_html=note.body_html,
                body_text=note.body_text,
                document_id=next((link.document_id for link in paragraph_links), None),
                paragraphs=tuple(
                    sorted(
                        link.paragraph_number or 0
                        for link in paragraph_links
                        if link.orphaned_at is None
                    )
                ),
                orphaned=tuple(
                    sorted(
                        link.paragraph_number or 0
                        for link in paragraph_links
                        if link.orphaned_at is not None
                    )
                ),
                tags=tuple(
                    sorted(
                        (t.tag.name for t in note.tags if t.deleted_at is None), key=str.casefold
                    )
                ),
                segment=segment,
                intervention=intervention,
                organisation=organisation,
                created_at=note.created_at,
                updated_at=note.updated_at,
                version=note.version,
                for_record=note.for_record,
                orphan_texts=tuple(
                    sorted(
                        (link.paragraph_number or 0, link.orphaned_text or "")
                        for link in paragraph_links
                        if link.orphaned_at is not None
                    )
                ),
            )
        )
    return views


def _linked(
    session: Session,
    model: type[Segment] | type[Intervention] | type[Organisation],
    target_id: uuid.UUID,
    cache: dict[uuid.UUID, str],
) -> LinkedItem:
    if target_id not in cache:
        target = session.get(model, target_id)
        if isinstance(target, Segment):
            cache[target_id] = target.title
        elif isinstance(target, Intervention):
            cache[target_id] = intervention_label(target)
        elif isinstance(target, Organisation):
            cache[target_id] = organisation_label(target.name, target.acronym)
        else:
            cache[target_id] = "?"
    return LinkedItem(target_id, cache[target_id])

"""The forum's summary report: its outline, and the rapporteur's edits to it.

The report is the forum's summary document (one language version of it): sections
I–V, A–E, 1–6 and un-numbered headings, paragraphs numbered through the whole
document. The rapporteur writes or imports paragraphs, pulls notes in and reorders;
numbers always follow order, in every language version of the document, and the
notes citing a paragraph (held as document + number) follow it to its new number.

Plain data only: `forumdesk.exports.report.summary` lays the report out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.search.query import index_language_version, index_note
from forumdesk.store.enums import SectionLevel
from forumdesk.store.models import (
    Document,
    LanguageVersion,
    Note,
    NoteLink,
    Paragraph,
    Section,
)
from forumdesk.store.types import utcnow

#: Depth of each kind of heading, as the document model numbers them.
DEPTHS = {
    SectionLevel.SECTION: 1,
    SectionLevel.SUBSECTION: 2,
    SectionLevel.SUBSUBSECTION: 3,
    SectionLevel.HEADING: 4,
}


class ReportError(ValueError):
    """The report cannot be built or edited as asked; the message says why."""


@dataclass(frozen=True)
class ReportSection:
    """One heading of the report with the paragraphs under it (sub-sections included)."""

    id: uuid.UUID
    parent_id: uuid.UUID | None
    depth: int
    label: str | None
    title: str
    first_paragraph: int | None
    last_paragraph: int | None


@dataclass(frozen=True)
class ReportOutline:
    document_id: uuid.UUID
    language_version_id: uuid.UUID
    language: str
    title: str
    paragraphs: int
    sections: tuple[ReportSection, ...]


def report_version(
    session: Session, forum_id: uuid.UUID, language: str | None = None
) -> LanguageVersion:
    """The forum's summary document in `language`, else its original, else its first version."""
    documents = session.scalars(
        select(Document)
        .where(Document.forum_id == forum_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at)
    ).all()
    summaries = [d for d in documents if d.kind == "summary"] or list(documents)
    if not summaries:
        raise ReportError(_("the forum has no summary document: import one first"))
    versions = sorted(
        (v for v in summaries[0].versions if v.deleted_at is None), key=lambda v: v.created_at
    )
    if not versions:
        raise ReportError(_("the forum's summary document has no language version"))
    if language is not None:
        chosen = next((v for v in versions if v.language == language), None)
        if chosen is None:
            have = ", ".join(v.language for v in versions)
            raise ReportError(
                _("the summary has no {language!r} version (it has: {have})").format(
                    language=language, have=have
                )
            )
        return chosen
    return next((v for v in versions if v.is_original), versions[0])


def live_sections(version: LanguageVersion) -> list[Section]:
    """The version's headings in document order, the annex left out."""
    return [
        s for s in version.sections if s.deleted_at is None and s.level is not SectionLevel.ANNEX
    ]


def live_paragraphs(version: LanguageVersion) -> list[Paragraph]:
    return sorted(
        (p for p in version.paragraphs if p.deleted_at is None),
        key=lambda p: (p.position, p.number),
    )


def section_ranges(
    sections: list[Section], paragraphs: list[Paragraph]
) -> dict[uuid.UUID, tuple[int, int]]:
    """First and last paragraph number under each section, sub-sections included."""
    parents = {s.id: s.parent_id for s in sections}
    ranges: dict[uuid.UUID, tuple[int, int]] = {}
    for paragraph in paragraphs:
        section_id = paragraph.section_id
        seen: set[uuid.UUID] = set()
        while section_id is not None and section_id in parents and section_id not in seen:
            seen.add(section_id)
            first, last = ranges.get(section_id, (paragraph.number, paragraph.number))
            ranges[section_id] = (min(first, paragraph.number), max(last, paragraph.number))
            section_id = parents[section_id]
    return ranges


def report_outline(
    session: Session, forum_id: uuid.UUID, *, language: str | None = None
) -> ReportOutline:
    """The report's sections with their paragraph ranges, worked out from the paragraphs."""
    version = report_version(session, forum_id, language)
    sections = live_sections(version)
    paragraphs = live_paragraphs(version)
    ranges = section_ranges(sections, paragraphs)
    return ReportOutline(
        document_id=version.document_id,
        language_version_id=version.id,
        language=version.language,
        title=version.title,
        paragraphs=len(paragraphs),
        sections=tuple(
            ReportSection(
                id=s.id,
                parent_id=s.parent_id,
                depth=DEPTHS.get(s.level, 4),
                label=s.label,
                title=s.title,
                first_paragraph=ranges.get(s.id, (None, None))[0],
                last_paragraph=ranges.get(s.id, (None, None))[1],
            )
            for s in sections
        ),
    )


# --- building the report --------------------------------------------------------------


def add_report_paragraph(
    session: Session,
    version_id: uuid.UUID,
    section_id: uuid.UUID,
    text: str,
    after_number: int | None = None,
) -> uuid.UUID:
    """Add a paragraph to `section_id`: after paragraph `after_number`, else at the end of
    the section (its sub-sections included). Every later paragraph moves up one number."""
    version = _live_version(session, version_id)
    section = _section_of(version, section_id)
    if not text.strip():
        raise ReportError(_("a paragraph needs some text"))
    ordered = live_paragraphs(version)
    if after_number is not None:
        index = next((i for i, p in enumerate(ordered) if p.number == after_number), None)
        if index is None:
            raise ReportError(
                _("the document has no paragraph {after_number}").format(after_number=after_number)
            )
        insert_at = index + 1
    else:
        insert_at = _end_of_section(version, section, ordered)
    paragraph = Paragraph(
        language_version=version,
        section_id=section.id,
        number=0,
        position=0,
        text=text.strip(),
    )
    session.add(paragraph)
    ordered.insert(insert_at, paragraph)
    _renumber(session, version, ordered, new=paragraph)
    return paragraph.id


def move_paragraph(
    session: Session,
    paragraph_id: uuid.UUID,
    new_position: int,
    *,
    section_id: uuid.UUID | None = None,
) -> dict[int, int]:
    """Move a paragraph so that it becomes paragraph `new_position` (1-based).

    It joins the section of the paragraph it takes the place of, unless `section_id`
    says otherwise. Paragraphs are renumbered through the whole document, in every
    language version, and the notes follow their paragraphs. Returns {old: new}.
    """
    paragraph = session.get(Paragraph, paragraph_id)
    if paragraph is None or paragraph.deleted_at is not None:
        raise ReportError(
            _("there is no paragraph {paragraph_id}").format(paragraph_id=paragraph_id)
        )
    version = paragraph.language_version
    ordered = live_paragraphs(version)
    if not 1 <= new_position <= len(ordered):
        raise ReportError(
            _("the position must be between 1 and {count}").format(count=len(ordered))
        )
    displaced = ordered[new_position - 1]
    if section_id is not None:
        target: uuid.UUID | None = _section_of(version, section_id).id
    elif displaced is not paragraph:
        target = displaced.section_id
    else:
        target = paragraph.section_id
    ordered.remove(paragraph)
    ordered.insert(new_position - 1, paragraph)
    moved_from = paragraph.number
    if target != paragraph.section_id:
        _move_in_other_versions(version, moved_from, paragraph.section_id, target)
        paragraph.section_id = target
    return _renumber(session, version, ordered)


@dataclass(frozen=True)
class RemovedParagraph:
    """What `remove_report_paragraph` took out, so that `restore_report_paragraph` can
    put it back: the number it had, its rows (this version's first), the note links
    that cited it."""

    number: int
    paragraph_ids: tuple[uuid.UUID, ...]
    link_ids: tuple[uuid.UUID, ...]


def remove_report_paragraph(session: Session, paragraph_id: uuid.UUID) -> RemovedParagraph:
    """Tombstone a paragraph (and the same paragraph of the other language versions);
    later paragraphs move down one number and their notes follow; notes that cited
    it are kept, their link marked orphaned."""
    paragraph = session.get(Paragraph, paragraph_id)
    if paragraph is None or paragraph.deleted_at is not None:
        raise ReportError(
            _("there is no paragraph {paragraph_id}").format(paragraph_id=paragraph_id)
        )
    version, number, now = paragraph.language_version, paragraph.number, utcnow()
    rows = [paragraph] + [
        p
        for other in _other_versions(version)
        for p in live_paragraphs(other)
        if p.number == number
    ]
    for row in rows:
        row.deleted_at = now
    links = session.scalars(
        select(NoteLink).where(
            NoteLink.document_id == version.document_id,
            NoteLink.paragraph_number == number,
            NoteLink.orphaned_at.is_(None),
            NoteLink.deleted_at.is_(None),
        )
    ).all()
    for link in links:
        link.orphaned_at = now
    session.flush()
    _renumber(session, version, live_paragraphs(version))
    for note_id in {link.note_id for link in links}:
        index_note(session, note_id)
    return RemovedParagraph(number, tuple(r.id for r in rows), tuple(link.id for link in links))


def restore_report_paragraph(session: Session, removed: RemovedParagraph) -> uuid.UUID:
    """Undo `remove_report_paragraph`: the paragraph is back at its number, later ones
    move up again, the notes that cited it cite it again. Returns its id."""
    rows = [session.get_one(Paragraph, pid) for pid in removed.paragraph_ids]
    paragraph, others = rows[0], rows[1:]
    version = paragraph.language_version
    ordered = live_paragraphs(version)
    if not 1 <= removed.number <= len(ordered) + 1:
        raise ReportError(
            _("paragraph {number} cannot come back: the report has changed").format(
                number=removed.number
            )
        )
    paragraph.deleted_at = None
    ordered.insert(removed.number - 1, paragraph)
    _renumber(session, version, ordered, new=paragraph)  # the others shift first…
    for row in others:  # …then their own copies come back in the gap
        row.deleted_at = None
        row.number = removed.number
        for index, p in enumerate(sorted(live_paragraphs(row.language_version), key=_number)):
            p.position = index
        session.flush()
        index_language_version(session, row.language_version_id)
    links = [session.get_one(NoteLink, lid) for lid in removed.link_ids]
    for link in links:
        link.orphaned_at = None
    session.flush()
    for note_id in {link.note_id for link in links}:
        index_note(session, note_id)
    return paragraph.id


def _number(paragraph: Paragraph) -> int:
    return paragraph.number


def paragraph_from_note(
    session: Session,
    note_id: uuid.UUID,
    section_id: uuid.UUID,
    *,
    after_number: int | None = None,
) -> uuid.UUID:
    """Pull a note into the report as a new paragraph of `section_id`; the note is then
    linked to the paragraph it became."""
    note = session.get(Note, note_id)
    if note is None or note.deleted_at is not None:
        raise ReportError(_("there is no note {note_id}").format(note_id=note_id))
    section = session.get(Section, section_id)
    if section is None or section.deleted_at is not None:
        raise ReportError(_("there is no section {section_id}").format(section_id=section_id))
    version = section.language_version
    paragraph_id = add_report_paragraph(
        session, version.id, section.id, note.body_text, after_number=after_number
    )
    number = session.get_one(Paragraph, paragraph_id).number
    cites = any(
        link.document_id == version.document_id
        and link.paragraph_number == number
        and link.deleted_at is None
        and link.orphaned_at is None
        for link in note.links
    )
    if not cites:
        session.add(NoteLink(note=note, document_id=version.document_id, paragraph_number=number))
        session.flush()
        index_note(session, note.id)
    return paragraph_id


def _live_version(session: Session, version_id: uuid.UUID) -> LanguageVersion:
    version = session.get(LanguageVersion, version_id)
    if version is None or version.deleted_at is not None:
        raise ReportError(
            _("there is no language version {version_id}").format(version_id=version_id)
        )
    return version


def _section_of(version: LanguageVersion, section_id: uuid.UUID) -> Section:
    section = next((s for s in live_sections(version) if s.id == section_id), None)
    if section is None:
        raise ReportError(_("that section is not a heading of this language version"))
    return section


def _end_of_section(version: LanguageVersion, section: Section, ordered: list[Paragraph]) -> int:
    """Where a paragraph added at the end of `section` goes in `ordered`."""
    sections = live_sections(version)
    inside = {section.id}
    for s in sections:  # document order: a parent always comes before its children
        if s.parent_id in inside:
            inside.add(s.id)
    last_inside = [i for i, p in enumerate(ordered) if p.section_id in inside]
    if last_inside:
        return last_inside[-1] + 1
    # An empty section: after the paragraphs of the headings that come before it.
    before = {s.id for s in sections if s.position < section.position}
    earlier = [i for i, p in enumerate(ordered) if p.section_id in before or p.section_id is None]
    return earlier[-1] + 1 if earlier else 0


def _move_in_other_versions(
    version: LanguageVersion,
    number: int,
    old_section: uuid.UUID | None,
    new_section: uuid.UUID | None,
) -> None:
    """Give paragraph `number` of the other versions the matching heading (same place)."""
    sections = live_sections(version)
    place = {s.id: i for i, s in enumerate(sections)}
    if new_section not in place:
        return
    for other in _other_versions(version):
        theirs = live_sections(other)
        if len(theirs) != len(sections):
            continue
        for paragraph in live_paragraphs(other):
            if paragraph.number == number:
                paragraph.section_id = theirs[place[new_section]].id


def _other_versions(version: LanguageVersion) -> list[LanguageVersion]:
    return [v for v in version.document.versions if v.id != version.id and v.deleted_at is None]


def _renumber(
    session: Session,
    version: LanguageVersion,
    ordered: list[Paragraph],
    *,
    new: Paragraph | None = None,
) -> dict[int, int]:
    """Number `ordered` 1, 2, 3…; carry the change to the other versions and the notes."""
    mapping: dict[int, int] = {}
    for index, paragraph in enumerate(ordered):
        if paragraph is not new:
            mapping[paragraph.number] = index + 1
        paragraph.position = index
        paragraph.number = index + 1
    session.flush()
    changed = {old: new_number for old, new_number in mapping.items() if old != new_number}
    if changed:
        for other in _other_versions(version):
            others = live_paragraphs(other)
            for paragraph in others:
                paragraph.number = changed.get(paragraph.number, paragraph.number)
            for index, paragraph in enumerate(sorted(others, key=lambda p: p.number)):
                paragraph.position = index
            session.flush()
            index_language_version(session, other.id)
        links = session.scalars(
            select(NoteLink).where(
                NoteLink.document_id == version.document_id,
                NoteLink.paragraph_number.in_(list(changed)),
                NoteLink.orphaned_at.is_(None),
            )
        ).all()
        for link in links:
            assert link.paragraph_number is not None
            link.paragraph_number = changed[link.paragraph_number]
        session.flush()
        for note_id in {link.note_id for link in links}:
            index_note(session, note_id)
    index_language_version(session, version.id)
    return changed

"""The segment editor: a segment's title, kind, theme, room, roles, linked sections of
the summary document and background documents, read and written as one value.

`segment_detail` gives the values (`SegmentInput`) and the choices the editor
offers; `update_segment` writes a `SegmentInput` back and returns what it stored
(with the ids of rows it made), so that undo and redo can hand either back.
Giving it the values it read changes nothing. Rows that go away are tombstoned,
never deleted; giving back an id of a tombstoned role, link or document revives it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, locked
from forumdesk.services.common.messages import _
from forumdesk.services.programme.segment_conflicts import reconcile_segment
from forumdesk.services.programme.segment_people import (  # PersonChoice, find_people: re-exported
    PersonChoice,  # noqa: F401
    display_name,
    find_people,  # noqa: F401
)
from forumdesk.services.registry.text import FieldProblem, RegistryProblems
from forumdesk.store.enums import SectionLevel, SegmentKind, SegmentRoleKind
from forumdesk.store.models import (
    Day,
    Document,
    ForumSession,
    LanguageVersion,
    Paragraph,
    Representative,
    Room,
    Section,
    Segment,
    SegmentDocument,
    SegmentRole,
    SegmentSection,
)
from forumdesk.store.types import link_uuid, utcnow

TITLE_MAX = 300
ROOM_MAX = 200
FIELDS = ("segment", "title", "kind", "theme", "room", "roles", "sections", "documents")


class SegmentProblems(RegistryProblems):
    """Every problem of one edit at once; `problems[i].field` is one of `FIELDS`."""


@dataclass(frozen=True)
class RoleInput:
    role: SegmentRoleKind
    representative_id: uuid.UUID | None = None
    label: str = ""
    id: uuid.UUID | None = None  # the SegmentRole it edits; None for a new one


class DocumentInput(NamedTuple):
    title: str
    location: str  # a file path or a URL
    id: uuid.UUID | None = None  # the SegmentDocument it edits; None for a new one


@dataclass(frozen=True)
class SegmentInput:
    title: str
    kind: SegmentKind
    theme: str = ""
    room_id: uuid.UUID | None = None
    new_room: str = ""  # a room to make (or find by name) instead of `room_id`
    roles: tuple[RoleInput, ...] = ()
    section_ids: tuple[uuid.UUID, ...] = ()
    documents: tuple[DocumentInput, ...] = ()


@dataclass(frozen=True)
class RoomChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class SectionChoice:
    id: uuid.UUID
    number: str | None  # "I", "A", "1", or None for an un-numbered heading
    title: str
    level: SectionLevel
    first_paragraph: int | None
    last_paragraph: int | None
    document: str  # the document's symbol or title

    @property
    def range_text(self) -> str:
        first, last = self.first_paragraph, self.last_paragraph
        if first is None:
            return ""
        return f"¶ {first}" if last is None or last == first else f"¶¶ {first}–{last}"


@dataclass(frozen=True)
class RoleDetail:
    """A role as stored, with the display name of the person holding it."""

    id: uuid.UUID
    role: SegmentRoleKind
    representative_id: uuid.UUID | None
    person: str | None
    label: str


@dataclass(frozen=True)
class SegmentDetail:
    segment_id: uuid.UUID
    forum_id: uuid.UUID
    data: SegmentInput
    roles: tuple[RoleDetail, ...]  # the same order as data.roles
    rooms: tuple[RoomChoice, ...]
    sections: tuple[SectionChoice, ...]
    role_kinds: tuple[SegmentRoleKind, ...] = tuple(SegmentRoleKind)
    version: int = 0  # the segment's version when read (the save sends it back)

    def person(self, representative_id: uuid.UUID | None) -> str | None:
        return next(
            (r.person for r in self.roles if r.representative_id == representative_id), None
        )


# --- reading ----------------------------------------------------------------------------


def segment_detail(session: Session, segment_id: uuid.UUID) -> SegmentDetail:
    segment = _live_segment(session, segment_id)
    forum_id = _forum_of(session, segment)
    roles = [r for r in segment.roles if r.deleted_at is None]
    people_ids = {r.representative_id for r in roles if r.representative_id is not None}
    people = {
        p.id: display_name(p)
        for p in session.scalars(select(Representative).where(Representative.id.in_(people_ids)))
    }
    links = _links(session, segment.id)
    documents = session.scalars(
        select(SegmentDocument)
        .where(SegmentDocument.segment_id == segment.id, SegmentDocument.deleted_at.is_(None))
        .order_by(SegmentDocument.position)
    ).all()
    data = SegmentInput(
        title=segment.title,
        kind=segment.kind,
        theme=segment.theme or "",
        room_id=segment.room_id,
        roles=tuple(RoleInput(r.role, r.representative_id, r.label or "", r.id) for r in roles),
        section_ids=tuple(link.section_id for link in links if link.deleted_at is None),
        documents=tuple(DocumentInput(d.title, d.location, d.id) for d in documents),
    )
    return SegmentDetail(
        segment_id=segment.id,
        forum_id=forum_id,
        data=data,
        roles=tuple(
            RoleDetail(
                r.id,
                r.role,
                r.representative_id,
                people.get(r.representative_id) if r.representative_id else None,
                r.label or "",
            )
            for r in roles
        ),
        rooms=tuple(RoomChoice(room.id, room.name) for room in _rooms(session, forum_id)),
        sections=tuple(_section_choices(session, forum_id, data.section_ids)),
        version=segment.version,
    )


def _live_segment(session: Session, segment_id: uuid.UUID, *, lock: bool = False) -> Segment:
    segment = locked(session, Segment, segment_id) if lock else session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        missing = _("no such segment {segment_id}").format(segment_id=segment_id)
        raise SegmentProblems([FieldProblem("segment", missing)])
    return segment


def _forum_of(session: Session, segment: Segment) -> uuid.UUID:
    return session.scalars(
        select(Day.forum_id)
        .join(ForumSession, ForumSession.day_id == Day.id)
        .where(ForumSession.id == segment.session_id)
    ).one()


def _rooms(session: Session, forum_id: uuid.UUID) -> list[Room]:
    return list(
        session.scalars(
            select(Room)
            .where(Room.forum_id == forum_id, Room.deleted_at.is_(None))
            .order_by(Room.position, Room.name)
        )
    )


def _links(session: Session, segment_id: uuid.UUID) -> list[SegmentSection]:
    """Every link of the segment, tombstones included, in order."""
    return list(
        session.scalars(
            select(SegmentSection)
            .where(SegmentSection.segment_id == segment_id)
            .order_by(SegmentSection.position)
        )
    )


def _versions(session: Session, forum_id: uuid.UUID) -> list[tuple[LanguageVersion, str]]:
    """One language version per document of the forum: the original, else the first."""
    documents = session.scalars(
        select(Document)
        .where(Document.forum_id == forum_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at)
    ).all()
    chosen = []
    for document in documents:
        live = sorted(
            (v for v in document.versions if v.deleted_at is None),
            key=lambda v: (not v.is_original, v.created_at),
        )
        if live:
            chosen.append((live[0], document.symbol or document.title))
    return chosen


def _section_choices(
    session: Session, forum_id: uuid.UUID, linked: Iterable[uuid.UUID]
) -> list[SectionChoice]:
    sections: list[tuple[Section, str]] = []
    for version, name in _versions(session, forum_id):
        sections += [(s, name) for s in version.sections if s.deleted_at is None]
    shown = {s.id for s, _ in sections}
    missing = [i for i in linked if i not in shown]
    for extra in session.scalars(select(Section).where(Section.id.in_(missing))):
        sections.append((extra, ""))
    ranges = {
        row.section_id: (row.first, row.last)
        for row in session.execute(
            select(
                Paragraph.section_id,
                func.min(Paragraph.number).label("first"),
                func.max(Paragraph.number).label("last"),
            )
            .where(
                Paragraph.section_id.in_([s.id for s, _ in sections]),
                Paragraph.deleted_at.is_(None),
            )
            .group_by(Paragraph.section_id)
        )
    }
    choices = []
    for section, name in sections:
        first, last = section.toc_first_paragraph, section.toc_last_paragraph
        if first is None:
            first, last = ranges.get(section.id, (None, None))
        choices.append(
            SectionChoice(
                section.id, section.label, section.title, section.level, first, last, name
            )
        )
    return choices


# --- writing ----------------------------------------------------------------------------


def update_segment(
    session: Session,
    segment_id: uuid.UUID,
    data: SegmentInput,
    *,
    read: ReadAt[SegmentInput] | None = None,
) -> SegmentInput:
    """Store `data`; returns it as stored (new rows' ids filled in, a new room chosen).

    Every problem is found before anything is written: a refused edit writes nothing,
    nor does one over a newer version changing the same fields (`segment_conflicts`).
    """
    segment = _live_segment(session, segment_id, lock=True)
    forum_id = _forum_of(session, segment)
    data, problems = _checked(session, segment, forum_id, data)
    if problems:
        raise SegmentProblems(problems)
    if read is not None:
        stored = segment_detail(session, segment.id).data
        data = reconcile_segment(session, segment, read, stored, data)

    _set(segment, "title", data.title)
    _set(segment, "kind", data.kind)
    _set(segment, "theme", data.theme or None)
    room_id = data.room_id
    if data.new_room:
        room_id = _room(session, forum_id, data.new_room).id
    _set(segment, "room_id", room_id)
    roles = _store_roles(session, segment, data.roles)
    _store_sections(session, segment, data.section_ids)
    documents = _store_documents(session, segment, data.documents)
    session.flush()
    return replace(data, room_id=room_id, new_room="", roles=roles, documents=documents)


def _set(row: Any, name: str, value: Any) -> None:
    """Assign only a different value, so that an unchanged row stays clean."""
    if getattr(row, name) != value:
        setattr(row, name, value)


def _checked(
    session: Session, segment: Segment, forum_id: uuid.UUID, data: SegmentInput
) -> tuple[SegmentInput, list[FieldProblem]]:
    problems: list[FieldProblem] = []
    title = data.title.strip()
    if not title:
        problems.append(FieldProblem("title", _("a segment needs a title")))
    elif len(title) > TITLE_MAX:
        problems.append(
            FieldProblem("title", _("at most {limit} characters").format(limit=TITLE_MAX))
        )
    kind = data.kind
    try:
        kind = SegmentKind(data.kind)
    except ValueError:
        problems.append(FieldProblem("kind", _("unknown kind {kind!r}").format(kind=data.kind)))
    new_room = " ".join(data.new_room.split())
    room_id = data.room_id
    rooms = _rooms(session, forum_id)
    if new_room:
        if len(new_room) > ROOM_MAX:
            too_long = _("at most {limit} characters").format(limit=ROOM_MAX)
            problems.append(FieldProblem("room", too_long))
        same = next((r for r in rooms if r.name.casefold() == new_room.casefold()), None)
        if same is not None:
            room_id, new_room = same.id, ""
    elif room_id is not None and room_id not in {r.id for r in rooms}:
        problems.append(FieldProblem("room", _("no such room in this forum")))
    roles = tuple(
        _checked_role(session, segment, n, role, problems) for n, role in enumerate(data.roles, 1)
    )
    section_ids = tuple(dict.fromkeys(data.section_ids))
    allowed = {c.id for c in _section_choices(session, forum_id, ())}
    allowed |= {link.section_id for link in _links(session, segment.id) if link.deleted_at is None}
    if any(section_id not in allowed for section_id in section_ids):
        problems.append(FieldProblem("sections", _("a section not in this forum's documents")))
    documents = []
    for n, item in enumerate(data.documents, 1):
        document = DocumentInput(*item)
        name, location = document.title.strip(), document.location.strip()
        if not name:
            problems.append(
                FieldProblem("documents", _("document {n}: a title is needed").format(n=n))
            )
        if not location:
            problems.append(
                FieldProblem("documents", _("document {n}: a file or URL is needed").format(n=n))
            )
        documents.append(DocumentInput(name, location, document.id))
    checked = SegmentInput(
        title=title,
        kind=kind,
        theme=data.theme.strip(),
        room_id=room_id if not new_room else None,
        new_room=new_room,
        roles=roles,
        section_ids=section_ids,
        documents=tuple(documents),
    )
    return checked, problems


def _checked_role(
    session: Session, segment: Segment, n: int, role: RoleInput, problems: list[FieldProblem]
) -> RoleInput:
    kind = role.role
    try:
        kind = SegmentRoleKind(role.role)
    except ValueError:
        problems.append(
            FieldProblem("roles", _("role {n}: unknown role {role!r}").format(n=n, role=role.role))
        )
    if role.representative_id is not None:
        person = session.get(Representative, role.representative_id)
        if person is None or person.deleted_at is not None or person.merged_into_id is not None:
            problems.append(
                FieldProblem("roles", _("role {n}: unknown representative").format(n=n))
            )
    if role.id is not None:
        row = session.get(SegmentRole, role.id)
        if row is None or row.segment_id != segment.id:
            problems.append(
                FieldProblem("roles", _("role {n}: not a role of this segment").format(n=n))
            )
    return replace(role, role=kind, label=role.label.strip())


def _room(session: Session, forum_id: uuid.UUID, name: str) -> Room:
    last = session.scalar(select(func.max(Room.position)).where(Room.forum_id == forum_id))
    room = Room(forum_id=forum_id, name=name, position=(last or 0) + 1)
    session.add(room)
    session.flush()
    return room


def _revive(row: Any) -> None:
    if row.deleted_at is not None:
        row.deleted_at = None


def _place(row: Any, previous: int) -> int:
    """Keep a row's position while the order holds (so a round trip changes nothing)."""
    if row.position is None or row.position <= previous:
        row.position = previous + 1
    return int(row.position)


def _tombstone(rows: Iterable[Any], kept: set[uuid.UUID]) -> None:
    now = utcnow()
    for row in rows:
        if row.id not in kept and row.deleted_at is None:
            row.deleted_at = now


def _store_roles(
    session: Session, segment: Segment, roles: tuple[RoleInput, ...]
) -> tuple[RoleInput, ...]:
    rows = {
        r.id: r
        for r in session.scalars(select(SegmentRole).where(SegmentRole.segment_id == segment.id))
    }
    previous, stored = -1, []
    for role in roles:
        row = rows.get(role.id) if role.id is not None else None
        if row is None:
            row = SegmentRole(id=uuid.uuid4(), segment_id=segment.id, role=role.role)
            session.add(row)
        _revive(row)
        _set(row, "role", role.role)
        if row.representative_id != role.representative_id:
            row.representative_id = role.representative_id
            person = (
                session.get(Representative, role.representative_id)
                if role.representative_id
                else None
            )
            row.organisation_id = person.organisation_id if person else None
        _set(row, "label", role.label or None)
        previous = _place(row, previous)
        stored.append(replace(role, id=row.id))
    _tombstone(rows.values(), {role.id for role in stored if role.id})
    return tuple(stored)


def _store_sections(session: Session, segment: Segment, section_ids: tuple[uuid.UUID, ...]) -> None:
    links = {link.section_id: link for link in _links(session, segment.id)}
    previous, kept = -1, set()
    for section_id in section_ids:
        link = links.get(section_id)
        if link is None:
            ident = link_uuid("segment_sections", segment.id, section_id) if segment.id else None
            link = SegmentSection(
                id=ident or uuid.uuid4(), segment_id=segment.id, section_id=section_id
            )
            session.add(link)
        _revive(link)
        previous = _place(link, previous)
        kept.add(link.id)
    _tombstone(links.values(), kept)


def _store_documents(
    session: Session, segment: Segment, documents: tuple[DocumentInput, ...]
) -> tuple[DocumentInput, ...]:
    rows = {
        d.id: d
        for d in session.scalars(
            select(SegmentDocument).where(SegmentDocument.segment_id == segment.id)
        )
    }
    previous, stored = -1, []
    for document in documents:
        row = rows.get(document.id) if document.id is not None else None
        if row is None:
            row = SegmentDocument(id=uuid.uuid4(), segment_id=segment.id)
            session.add(row)
        _revive(row)
        _set(row, "title", document.title)
        _set(row, "location", document.location)
        previous = _place(row, previous)
        stored.append(document._replace(id=row.id))
    _tombstone(rows.values(), {document.id for document in stored if document.id})
    return tuple(stored)

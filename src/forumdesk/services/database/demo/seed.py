"""What the demo takes from the seed itself: the forum, its programme (the summary's
annex), the summary document, the people the text names and two notes.

The descriptor beside the seed (`resources/samples/hearings-2006.json`) adds only what
the text does not say (date, venue, time zone, the room) and the people it names.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.paths import resources_dir
from forumdesk.services.documents.documents import ImportReport, import_summary
from forumdesk.services.documents.parser import parse_summary
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note, html_from_plain
from forumdesk.services.programme.annex import parse_annex_programme
from forumdesk.services.programme.programme import add_day_programme
from forumdesk.services.registry.people import sort_key
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.models import Forum, Organisation, Registration, Representative, Room

DEMO_DESCRIPTOR = "hearings-2006.json"


def descriptor() -> tuple[dict[str, Any], Path]:
    folder = resources_dir() / "samples"
    data: dict[str, Any] = json.loads((folder / DEMO_DESCRIPTOR).read_text(encoding="utf-8"))
    return data, folder / data["document"]


def demo_forum_id(session: Session) -> uuid.UUID | None:
    data, _ = descriptor()
    return session.scalar(select(Forum.id).where(Forum.slug == data["slug"]))


def add_forum(
    session: Session, data: dict[str, Any], document_path: Path
) -> tuple[Forum, ImportReport]:
    """The forum, its one room, the annex's programme and the summary document."""
    parsed = parse_summary(document_path.read_text(encoding="utf-8"))
    day = date.fromisoformat(data["date"])
    forum = Forum(
        slug=data["slug"],
        title=data["title"],
        short_title=data["short_title"],
        venue=data["venue"],
        timezone=data["timezone"],
        language=data["language"],
        starts_on=day,
        ends_on=day,
    )
    session.add(forum)
    room = Room(forum=forum, name=data["room"], position=0)
    session.add(room)
    session.flush()
    specs, warnings = parse_annex_programme(parsed.annex_body or "")
    parsed.warnings.extend(warnings)
    add_day_programme(session, forum, day, specs, room)
    report = import_summary(
        session,
        parsed,
        language=data["language"],
        forum_id=forum.id,
        source_name=document_path.name,
    )
    return forum, report


def add_named_people(
    session: Session, forum: Forum, data: dict[str, Any], requested_at: datetime
) -> tuple[dict[str, Organisation], list[Registration]]:
    """The organisations and the people the seed names, registered (the caller decides
    on their accreditation with everyone else's, so their badges are numbered alike)."""
    organisations: dict[str, Organisation] = {}
    for entry in data.get("organisations", []):
        organisation = Organisation(
            name=entry["name"],
            acronym=entry.get("acronym"),
            category=OrganisationCategory(entry["category"]),
            sort_key=sort_key(entry["name"], entry.get("acronym")),
        )
        organisations[entry["key"]] = organisation
        session.add(organisation)
    registrations: list[Registration] = []
    for entry in data.get("representatives", []):
        person = Representative(
            organisation=organisations.get(entry.get("organisation", "")),
            title=entry.get("title"),
            given_name=entry["given_name"],
            family_name=entry["family_name"],
            given_name_latin=entry["given_name"],
            family_name_latin=entry["family_name"],
            sort_key=sort_key(entry["family_name"], entry["given_name"]),
            gender=Gender(entry.get("gender", "undisclosed")),
            function=entry.get("function"),
        )
        session.add(person)
        registration = Registration(
            forum_id=forum.id,
            representative=person,
            status=AccreditationStatus.REQUESTED,
            requested_at=requested_at,
        )
        session.add(registration)
        registrations.append(registration)
        session.flush()
        if "address_of" in entry:
            title, index = entry["address_of"]
            segment = next(
                s for d in forum.days for x in d.sessions for s in x.segments if s.title == title
            )
            segment.roles[index].representative_id = person.id
            segment.roles[index].organisation_id = person.organisation_id
    session.flush()
    return organisations, registrations


def add_notes(session: Session, forum: Forum, document_id: uuid.UUID, data: dict[str, Any]) -> None:
    """The descriptor's notes: one for the record and one internal, so that a new user
    sees which of them the minutes print."""
    segments = {s.title: s.id for d in forum.days for x in d.sessions for s in x.segments}
    for entry in data.get("notes", []):
        paragraphs = tuple(entry.get("paragraphs", ()))
        create_note(
            session,
            forum.id,
            NoteInput(
                body_html=html_from_plain(entry["text"]),
                body_text=entry["text"],
                document_id=document_id if paragraphs else None,
                paragraphs=paragraphs,
                segment_id=segments[entry["segment"]],
                author=entry["author"],
                for_record=entry["for_record"],
            ),
        )

"""The first draft of a segment's (or a session's) minutes, composed from the programme.

The result is the rich-text HTML the minutes editor (a QTextEdit) works on: h2/h3
headings, paragraphs, lists, a table of speakers, bold and italic. It says when and
where the segment met, who chaired, moderated and reported, who spoke in what order,
for how long and what they said, and what the secretariat noted for the record, with
the paragraphs of the summary those notes cite (internal notes stay out: see
`minutes_notes`). Reads only; writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from html import escape

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, document_language, gettext_in, pgettext_in
from forumdesk.services.common.recorded_logins import person_or_none
from forumdesk.services.programme.templates.library import clock, long_date
from forumdesk.services.registry.people import category_label
from forumdesk.store.enums import InterventionStatus, OrganisationCategory, SegmentRoleKind
from forumdesk.store.models import (
    Day,
    Forum,
    ForumSession,
    Intervention,
    LanguageVersion,
    Note,
    NoteLink,
    Organisation,
    Paragraph,
    Representative,
    Room,
    Segment,
    SegmentRole,
)

_OFFICERS = (SegmentRoleKind.CHAIR, SegmentRoleKind.MODERATOR, SegmentRoleKind.RAPPORTEUR)


class ComposeError(LookupError):
    """The segment or session to compose minutes for does not exist."""


@dataclass(frozen=True)
class CitedParagraph:
    number: int
    text: str


def compose_minutes_html(session: Session, segment_id: uuid.UUID) -> str:
    """The draft minutes of one segment, as editor HTML."""
    segment = _segment(session, segment_id)
    forum_session = session.get(ForumSession, segment.session_id)
    assert forum_session is not None
    day = session.get(Day, forum_session.day_id)
    assert day is not None
    words = _words(session, day.forum_id)
    parts = [f"<h2>{_e(segment.title)}</h2>"]
    parts += _segment_body(session, segment, day.date, words)
    return "\n".join(parts)


def compose_session_minutes_html(session: Session, forum_session_id: uuid.UUID) -> str:
    """The draft minutes of a whole séance: its segments in order, one after the other."""
    forum_session = session.get(ForumSession, forum_session_id)
    if forum_session is None or forum_session.deleted_at is not None:
        raise ComposeError(_("no such session"))
    day = session.get(Day, forum_session.day_id)
    assert day is not None
    w = _words(session, day.forum_id)
    parts = [
        f"<h2>{_e(forum_session.title)}</h2>",
        f"<p>{_field(w, 'date', _e(long_date(day.date, w['lang'])))}<br/>"
        f"{_field(w, 'time', _span(forum_session.starts_at, forum_session.ends_at, w))}</p>",
    ]
    segments = session.scalars(
        select(Segment)
        .where(Segment.session_id == forum_session_id, Segment.deleted_at.is_(None))
        .order_by(Segment.starts_at, Segment.position)
    ).all()
    for segment in segments:
        parts.append(f"<h2>{_e(segment.title)}</h2>")
        parts += _segment_body(session, segment, day.date, w)
    return "\n".join(parts)


def segment_title(session: Session, segment_id: uuid.UUID) -> str:
    return _segment(session, segment_id).title


# --- the parts ---------------------------------------------------------------------------


def _segment_body(session: Session, segment: Segment, day: date, w: dict[str, str]) -> list[str]:
    room = session.get(Room, segment.room_id) if segment.room_id else None
    parts = [
        f"<p>{_field(w, 'date', _e(long_date(day, w['lang'])))}<br/>"
        f"{_field(w, 'time', _span(segment.starts_at, segment.ends_at, w))}<br/>"
        f"{_field(w, 'room', _e(room.name) if room else '—')}</p>"
    ]
    if segment.theme:
        parts.append(f"<p><i>{_e(segment.theme)}</i></p>")
    parts.append(f"<h3>{w['officers']}</h3>")
    parts.append("<ul>" + "".join(_officer_items(session, segment.id, w)) + "</ul>")
    parts.append(f"<h3>{w['speakers']}</h3>")
    parts += _speakers(session, segment.id, w)
    parts += _notes(session, segment.id, w)
    return parts


def _officer_items(session: Session, segment_id: uuid.UUID, w: dict[str, str]) -> Iterable[str]:
    rows = session.execute(
        select(SegmentRole, Representative, Organisation)
        .outerjoin(Representative, Representative.id == SegmentRole.representative_id)
        .outerjoin(Organisation, Organisation.id == SegmentRole.organisation_id)
        .where(SegmentRole.segment_id == segment_id, SegmentRole.deleted_at.is_(None))
        .order_by(SegmentRole.position)
    ).all()
    for kind in _OFFICERS:
        names = [
            _who(person, organisation, role.label)
            for role, person, organisation in rows
            if role.role == kind
        ]
        names = [name for name in names if name]
        yield f"<li>{_field(w, kind.value, _e('; '.join(names)) if names else '—')}</li>"


def _speakers(session: Session, segment_id: uuid.UUID, w: dict[str, str]) -> list[str]:
    rows = session.execute(
        select(Intervention, Representative, Organisation)
        .outerjoin(Representative, Representative.id == Intervention.representative_id)
        .outerjoin(Organisation, Organisation.id == Intervention.organisation_id)
        .where(
            Intervention.segment_id == segment_id,
            Intervention.deleted_at.is_(None),
            Intervention.status != InterventionStatus.WITHDRAWN,
        )
        .order_by(Intervention.position)
    ).all()
    if not rows:
        return [f"<p><i>{w['nobody']}</i></p>"]
    table = [
        '<table border="1" cellpadding="3" cellspacing="0">',
        "<tr>"
        + "".join(f"<th>{w[key]}</th>" for key in ("no", "speaker", "organisation", "category"))
        + f"<th>{w['used']}</th></tr>",
    ]
    statements = [f"<h3>{w['statements']}</h3>"]
    for index, (turn, person, organisation) in enumerate(rows, start=1):
        name = turn.speaker_label or (_name(person) if person else "") or "—"
        org = organisation.name if organisation else ""
        table.append(
            f"<tr><td>{index}</td><td>{_e(name)}</td><td>{_e(org)}</td>"
            f"<td>{_e(_category(organisation.category if organisation else None, w))}</td>"
            f"<td>{_time_used(turn, w)}</td></tr>"
        )
        speaker = f"<b>{_e(name)}</b>" + (f" (<i>{_e(org)}</i>)" if org else "")
        summary = (turn.summary or "").strip()
        said = _e(summary) if summary else f"<i>{w['no_summary']}</i>"
        statements.append(f"<p>{speaker}{w['colon']} {said}</p>")
    table.append("</table>")
    return ["".join(table), *statements]


def _notes(session: Session, segment_id: uuid.UUID, w: dict[str, str]) -> list[str]:
    intervention_ids = select(Intervention.id).where(Intervention.segment_id == segment_id)
    notes = session.scalars(
        select(Note)
        .join(NoteLink, NoteLink.note_id == Note.id)
        .where(
            Note.deleted_at.is_(None),
            Note.for_record.is_(True),  # internal notes stay out of the minutes
            NoteLink.deleted_at.is_(None),
            or_(
                NoteLink.segment_id == segment_id,
                NoteLink.intervention_id.in_(intervention_ids),
            ),
        )
        .order_by(Note.created_at)
        .distinct()
    ).all()
    if not notes:
        return []
    parts = [f"<h3>{w['notes']}</h3>"]
    cited: dict[int, CitedParagraph] = {}
    for note in notes:
        numbers: list[int] = []
        for link in note.links:
            if link.deleted_at or link.paragraph_number is None or link.document_id is None:
                continue
            numbers.append(link.paragraph_number)
            if link.paragraph_number not in cited:
                cited[link.paragraph_number] = _cited(
                    session, link.document_id, link.paragraph_number, link.orphaned_text
                )
        refs = f" <i>(¶ {', '.join(str(n) for n in sorted(numbers))})</i>" if numbers else ""
        signed = person_or_none(session, note.author)  # never an old login
        author = f"<b>{_e(signed)}{w['colon']}</b> " if signed else ""
        parts.append(f"<p>{author}{_e(note.body_text)}{refs}</p>")
    if cited:
        parts.append(f"<h3>{w['cited']}</h3>")
        parts += [
            f"<p><b>¶ {paragraph.number}.</b> {_e(paragraph.text)}</p>"
            for _number, paragraph in sorted(cited.items())
        ]
    return parts


def _cited(
    session: Session, document_id: uuid.UUID, number: int, orphaned: str | None
) -> CitedParagraph:
    """The paragraph's text in the original language version (else any version)."""
    text = session.scalar(
        select(Paragraph.text)
        .join(LanguageVersion, LanguageVersion.id == Paragraph.language_version_id)
        .where(
            LanguageVersion.document_id == document_id,
            LanguageVersion.deleted_at.is_(None),
            Paragraph.deleted_at.is_(None),
            Paragraph.number == number,
        )
        .order_by(LanguageVersion.is_original.desc(), LanguageVersion.language)
        .limit(1)
    )
    return CitedParagraph(number, text or orphaned or "")


# --- formatting ------------------------------------------------------------------------


def _segment(session: Session, segment_id: uuid.UUID) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise ComposeError(_("no such segment"))
    return segment


def _name(person: Representative) -> str:
    title = f"{person.title} " if person.title else ""
    return title + " ".join(p for p in (person.given_name, person.family_name) if p)


def _who(
    person: Representative | None, organisation: Organisation | None, label: str | None
) -> str:
    name = _name(person) if person else (label or "")
    if organisation and name:
        return f"{name} ({organisation.name})"
    return name or (organisation.name if organisation else "")


def _category(category: OrganisationCategory | None, w: dict[str, str]) -> str:
    return category_label(category, w["lang"]) if category else ""


def _time_used(turn: Intervention, w: dict[str, str]) -> str:
    """The time a speaker used; for the one who has the floor, the time so far (saved
    by the speaking clock as it runs)."""
    if turn.status == InterventionStatus.SPEAKING:
        return f"{_duration(turn.used_seconds or 0)} ({w['so_far']})"
    return _duration(turn.used_seconds)


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return "—"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _field(w: dict[str, str], key: str, value: str) -> str:
    """ "<b>Heure :</b> 10 h 35–11 h 45": the label in bold, the colon as the language sets it."""
    return f"<b>{w[key]}{w['colon']}</b> {value}"


def _span(starts_at: time, ends_at: time, w: dict[str, str]) -> str:
    return f"{clock(starts_at, w['lang'])}–{clock(ends_at, w['lang'])}"


def _e(text: str) -> str:
    return escape(text, quote=False)


def words(language: str) -> dict[str, str]:
    """The composer's words in the forum's language (the services' catalogue)."""
    lang = document_language(language)
    return {
        "minutes": gettext_in(lang, "Minutes"),
        "date": gettext_in(lang, "Date"),
        "time": gettext_in(lang, "Time"),
        "room": gettext_in(lang, "Room"),
        "officers": gettext_in(lang, "Officers"),
        "chair": pgettext_in(lang, "minutes officer", "Chair"),
        "moderator": pgettext_in(lang, "minutes officer", "Moderator"),
        "rapporteur": pgettext_in(lang, "minutes officer", "Rapporteur"),
        "speakers": gettext_in(lang, "Speakers"),
        "no": gettext_in(lang, "No."),
        "speaker": gettext_in(lang, "Speaker"),
        "organisation": gettext_in(lang, "Organisation"),
        "category": gettext_in(lang, "Category"),
        "used": gettext_in(lang, "Time used"),
        "so_far": gettext_in(lang, "so far"),
        "nobody": gettext_in(lang, "No speaker on the list."),
        "statements": gettext_in(lang, "Statements"),
        "no_summary": gettext_in(lang, "no summary recorded"),
        "notes": gettext_in(lang, "Notes"),
        "cited": gettext_in(lang, "Paragraphs of the summary cited"),
        # TRANSLATORS: between a heading and its value ("Date: …"); French puts a
        # no-break space before it.
        "colon": gettext_in(lang, ":"),
        "lang": lang,
    }


def _words(session: Session, forum_id: uuid.UUID) -> dict[str, str]:
    forum = session.get(Forum, forum_id)
    return words(forum.language if forum else "en")

"""What the printed programme and the calendar say, in the forum's language.

Shared by programme_pdf, programme_docx and programme_ics: the forum's programme
read once, times as the annex writes them ("10 h 35–11 h 45" in French,
"10:35–11:45" in English), dates in words, and roles as lines of text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.text_dates import DATE_LANGUAGES, long_date
from forumdesk.services.programme.programme import DayView, RoleView, SegmentView, programme_view
from forumdesk.services.programme.templates.library import clock
from forumdesk.store.enums import InterventionStatus, SegmentRoleKind
from forumdesk.store.models import Day, Forum, ForumSession, Intervention, Segment, SegmentRole

_ROLES = {
    "fr": {
        SegmentRoleKind.CHAIR: "Présidence",
        SegmentRoleKind.MODERATOR: "Modération",
        SegmentRoleKind.RAPPORTEUR: "Rapporteur",
        SegmentRoleKind.PANELLIST: "Intervenant",
        SegmentRoleKind.ADDRESS: "Allocution",
        SegmentRoleKind.FLOOR_SPEAKER: "Intervention de la salle",
        SegmentRoleKind.RESPONDENT: "Répondant",
    },
    "en": {
        SegmentRoleKind.CHAIR: "Chair",
        SegmentRoleKind.MODERATOR: "Moderator",
        SegmentRoleKind.RAPPORTEUR: "Rapporteur",
        SegmentRoleKind.PANELLIST: "Panellist",
        SegmentRoleKind.ADDRESS: "Address",
        SegmentRoleKind.FLOOR_SPEAKER: "Speaker from the floor",
        SegmentRoleKind.RESPONDENT: "Respondent",
    },
}
_WORDS = {
    "fr": {"programme": "Programme", "room": "Salle", "none": "(aucune séance)"},
    "en": {"programme": "Programme", "room": "Room", "none": "(no sessions)"},
}


class ProgrammeExportError(Exception):
    """The programme cannot be exported as asked (e.g. no such forum)."""


@dataclass(frozen=True)
class Programme:
    forum_id: uuid.UUID
    title: str
    short_title: str | None
    venue: str | None
    timezone: str
    language: str  # "fr" or "en": the wording of times, dates and roles
    days: tuple[DayView, ...]

    @property
    def segment_count(self) -> int:
        return sum(len(s.segments) for d in self.days for s in d.sessions)

    @property
    def shows_rooms(self) -> bool:
        """Rooms are printed only when segments are in more than one."""
        rooms = {g.room for d in self.days for s in d.sessions for g in s.segments}
        return len(rooms) > 1

    def detail_lines(self, segment: SegmentView) -> list[str]:
        """What is printed under a segment: its room when that matters, then its roles."""
        lines = [self.role_line(role) for role in segment.roles]
        if self.shows_rooms and segment.room:
            lines.insert(0, f"{self.word('room')}{self.colon}{segment.room}")
        return lines

    @property
    def colon(self) -> str:
        return " : " if self.language == "fr" else ": "

    def word(self, key: str) -> str:
        return _WORDS[self.language][key]

    def time_range(self, starts_at: time, ends_at: time) -> str:
        return f"{self.clock(starts_at)}–{self.clock(ends_at)}"

    def clock(self, value: time) -> str:
        return clock(value, self.language)

    def long_date(self, value: date) -> str:
        return long_date(value, self.language)

    def segment_heading(self, segment: SegmentView) -> str:
        """ "Première partie : Promotion…" as the annex writes it."""
        if not segment.theme:
            return segment.title
        return f"{segment.title}{self.colon}{segment.theme}"

    def role_line(self, role: RoleView) -> str:
        """An address keeps its own wording; other roles are named, then the person."""
        name = _ROLES[self.language][role.role]
        if role.role == SegmentRoleKind.ADDRESS and role.label:
            return f"{role.label} ({role.person})" if role.person else role.label
        # An empty slot's label is often just the role's name: "Présidence", not twice.
        label = role.label if role.label and role.label != name else None
        who = role.person or label
        return f"{name}{self.colon}{who}" if who else name

    def location(self, segment: SegmentView) -> str:
        return ", ".join(p for p in (segment.room, self.venue) if p)


def load_programme(session: Session, forum_id: uuid.UUID) -> Programme:
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise ProgrammeExportError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    language = (forum.language or "en").split("-")[0].lower()
    return Programme(
        forum_id=forum.id,
        title=forum.title,
        short_title=forum.short_title,
        venue=forum.venue,
        timezone=forum.timezone or "UTC",
        language=language if language in DATE_LANGUAGES else "en",
        days=tuple(programme_view(session, forum_id)),
    )


def segments_of_person(
    session: Session, forum_id: uuid.UUID, person_id: uuid.UUID
) -> set[uuid.UUID]:
    """The forum's segments where the person has a role or an intervention not withdrawn."""
    in_forum = (
        select(Segment.id)
        .join(ForumSession, Segment.session_id == ForumSession.id)
        .join(Day, ForumSession.day_id == Day.id)
        .where(Day.forum_id == forum_id)
    )
    roles = select(SegmentRole.segment_id).where(
        SegmentRole.representative_id == person_id,
        SegmentRole.deleted_at.is_(None),
        SegmentRole.segment_id.in_(in_forum),
    )
    turns = select(Intervention.segment_id).where(
        Intervention.representative_id == person_id,
        Intervention.deleted_at.is_(None),
        Intervention.status != InterventionStatus.WITHDRAWN,
        Intervention.segment_id.in_(in_forum),
    )
    return set(session.scalars(roles.union(turns)).all())

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

from forumdesk.services.common.messages import N_, _, document_language, gettext_in
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.programme.programme import DayView, RoleView, SegmentView, programme_view
from forumdesk.services.programme.templates.library import ROLE_LABELS, clock
from forumdesk.store.enums import InterventionStatus, SegmentRoleKind
from forumdesk.store.models import Day, Forum, ForumSession, Intervention, Segment, SegmentRole

# The roles as the printed programme names them; the words come from the services'
# catalogue in the forum's language (the same names the templates give empty slots).
_ROLES = ROLE_LABELS
_WORDS = {
    "programme": N_("Programme"),
    "none": N_("(no sessions)"),
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
    language: str  # the forum's: the wording of times, dates and roles
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
            lines.insert(0, self.say(N_("Room: {room}")).format(room=segment.room))
        return lines

    def say(self, message: str) -> str:
        """`message` in the forum's language."""
        return gettext_in(self.language, message)

    def word(self, key: str) -> str:
        return self.say(_WORDS[key])

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
        return self.say(N_("{title}: {theme}")).format(title=segment.title, theme=segment.theme)

    def role_line(self, role: RoleView) -> str:
        """An address keeps its own wording; other roles are named, then the person."""
        name = self.say(_ROLES[role.role])
        if role.role == SegmentRoleKind.ADDRESS and role.label:
            return f"{role.label} ({role.person})" if role.person else role.label
        # An empty slot's label is often just the role's name: "Présidence", not twice.
        label = role.label if role.label and role.label != name else None
        who = role.person or label
        return self.say(N_("{role}: {who}")).format(role=name, who=who) if who else name

    def location(self, segment: SegmentView) -> str:
        return ", ".join(p for p in (segment.room, self.venue) if p)


def load_programme(session: Session, forum_id: uuid.UUID) -> Programme:
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise ProgrammeExportError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    return Programme(
        forum_id=forum.id,
        title=forum.title,
        short_title=forum.short_title,
        venue=forum.venue,
        timezone=forum.timezone or "UTC",
        language=document_language(forum.language),
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

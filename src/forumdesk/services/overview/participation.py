"""Who came, for the Overview: the attendance counts and the seed's ¶4 sentence in the
forum's language, reusing the accredited counts of an earlier load when the registry
has not changed since (a check-in does not change who is accredited)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.attendance.counts import (
    Accredited,
    Attendance,
    accredited,
    arrivals,
    combine,
    participation_sentence,
)
from forumdesk.store.models import Forum


@dataclass(frozen=True)
class Participation:
    attendance: Attendance
    accredited: Accredited
    #: The ¶4 sentence, once someone is present.
    sentence: str | None


def participation(
    session: Session, forum_id: uuid.UUID, known: Accredited | None = None
) -> Participation:
    registered = known if known is not None else accredited(session, forum_id)
    forum = session.get(Forum, forum_id)
    counts = combine(registered, arrivals(session, forum_id), forum)
    language = forum.language if forum is not None else "en"
    sentence = participation_sentence(counts, language) if counts.present else None
    return Participation(counts, registered, sentence)

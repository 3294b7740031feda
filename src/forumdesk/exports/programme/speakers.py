"""A segment's speakers list as a document: who takes the floor, in order, for how long.

Worded in the forum's language like the printed programme; written by the shared
document writers, so the PDF (which File > Print… prints) looks like the minutes'.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.exports.document.model import OutputDocument, Paragraph, Table, plain
from forumdesk.exports.programme.layout import ProgrammeExportError
from forumdesk.services.common.messages import N_, _, document_language, gettext_in, pgettext_in
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.programme.speakers.lists import SpeakerLine, speakers_list
from forumdesk.services.programme.templates.library import clock
from forumdesk.store.enums import InterventionStatus
from forumdesk.store.models import Segment

__all__ = ["ProgrammeExportError", "speakers_document", "write_speakers_pdf"]

_STATUSES = {
    InterventionStatus.LISTED: N_("listed"),
    InterventionStatus.SPEAKING: N_("speaking"),
    InterventionStatus.SPOKE: N_("spoke"),
    InterventionStatus.WITHDRAWN: N_("withdrawn"),
}


def _headers(language: str) -> tuple[str, ...]:
    return (
        gettext_in(language, "No."),
        gettext_in(language, "Speaker"),
        gettext_in(language, "Organisation"),
        pgettext_in(language, "speaking time", "Time"),
        gettext_in(language, "Status"),
    )


def speakers_document(session: Session, segment_id: uuid.UUID) -> OutputDocument:
    """The segment's speakers list; ProgrammeExportError when there is no such segment."""
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise ProgrammeExportError(
            _("there is no segment {segment_id}").format(segment_id=segment_id)
        )
    day = segment.session.day
    forum = day.forum
    language = document_language(forum.language)
    lines = speakers_list(session, segment_id)
    when = (
        f"{long_date(day.date, language)}, "
        f"{clock(segment.starts_at, language)}–{clock(segment.ends_at, language)}"
    )
    heading = (
        gettext_in(language, "{title}: {theme}").format(title=segment.title, theme=segment.theme)
        if segment.theme
        else segment.title
    )
    listing: Table | Paragraph = Paragraph(
        plain(gettext_in(language, "Nobody is on the speakers list."))
    )
    if lines:
        rows = tuple(_row(line, language) for line in lines)
        listing = Table(_headers(language), rows, widths=(0.6, 3, 3.4, 1, 1.2))
    return OutputDocument(
        title=gettext_in(language, "Speakers list"),
        language=language,
        forum=forum.title,
        subtitle=heading,
        blocks=(Paragraph(plain(when)), listing),
    )


def _row(line: SpeakerLine, language: str) -> tuple[str, ...]:
    seconds = line.used_seconds if line.used_seconds is not None else line.allotted_seconds
    time = f"{seconds // 60}:{seconds % 60:02d}" if seconds is not None else ""
    status = gettext_in(language, _STATUSES[line.status])
    return (str(line.position + 1), line.name, line.organisation or "", time, status)


def write_speakers_pdf(session: Session, segment_id: uuid.UUID, path: Path | str) -> int:
    """Write the segment's speakers list as a PDF; return the number of speakers."""
    from forumdesk.exports.document.writers import write_document

    document = speakers_document(session, segment_id)
    write_document(document, path, "pdf")
    return sum(len(block.rows) for block in document.blocks if isinstance(block, Table))

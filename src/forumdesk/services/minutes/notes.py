"""Which notes the minutes publish: those marked for the record. The others are the
secretariat's own and stay out of every copy that leaves it.

The composer takes a segment's notes for the record into the draft (`minutes_compose`).
A draft may still hold a line that prints an internal note: composed before notes were
told apart (a database from before revision 0010, where every note became internal),
or the note was marked internal since. What an export publishes is therefore the text
without those lines (`is_note_line` finds them); the internal version keeps them and
adds, under a heading of its own, every internal note the text leaves out.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import document_language, gettext_in
from forumdesk.services.minutes.html import block_lines
from forumdesk.store.models import (
    AuditEntry,
    Intervention,
    Minutes,
    MinutesVersion,
    Note,
    NoteLink,
    Segment,
)


def internal_words(language: str) -> dict[str, str]:
    """The internal version's words, in the minutes' language."""
    lang = document_language(language)
    return {
        "marking": gettext_in(lang, "INTERNAL VERSION – NOT FOR DISTRIBUTION"),
        "internal_notes": gettext_in(lang, "Internal notes"),
        "colon": gettext_in(lang, ":"),
    }


@dataclass(frozen=True)
class MinutesNote:
    """A note as the minutes print it."""

    id: uuid.UUID
    author: str | None
    text: str
    for_record: bool
    paragraphs: tuple[int, ...]
    segment_title: str


@dataclass(frozen=True)
class NotesTaken:
    """What the minutes of a segment take of its notes, for the user to see before
    publishing: notes for the record in the text, internal notes left out, and notes
    marked for the record since the text was composed (recomposing takes them)."""

    for_record: int
    internal: int
    not_yet_taken: int = 0


def scope_notes(session: Session, segment_ids: Sequence[uuid.UUID]) -> list[MinutesNote]:
    """The live notes on these segments or their speakers, oldest first."""
    if not segment_ids:
        return []
    turns = select(Intervention.id, Intervention.segment_id).where(
        Intervention.segment_id.in_(segment_ids)
    )
    segment_of_turn: dict[uuid.UUID, uuid.UUID] = dict(session.execute(turns).all())
    titles = dict(
        session.execute(select(Segment.id, Segment.title).where(Segment.id.in_(segment_ids))).all()
    )
    notes = session.scalars(
        select(Note)
        .join(NoteLink, NoteLink.note_id == Note.id)
        .where(
            Note.deleted_at.is_(None),
            NoteLink.deleted_at.is_(None),
            or_(
                NoteLink.segment_id.in_(segment_ids),
                NoteLink.intervention_id.in_(list(segment_of_turn)),
            ),
        )
        .order_by(Note.created_at)
        .distinct()
    ).all()
    result = []
    for note in notes:
        live = [link for link in note.links if link.deleted_at is None]
        on = [link.segment_id for link in live if link.segment_id in titles]
        on += [
            segment_of_turn[t] for link in live if (t := link.intervention_id) in segment_of_turn
        ]
        result.append(
            MinutesNote(
                id=note.id,
                author=note.author,
                text=" ".join(note.body_text.split()),
                for_record=note.for_record,
                paragraphs=tuple(
                    sorted(
                        link.paragraph_number
                        for link in live
                        if link.paragraph_number is not None and link.orphaned_at is None
                    )
                ),
                segment_title=titles.get(on[0], "") if on and on[0] else "",
            )
        )
    return result


def minutes_segments(session: Session, minutes: Minutes) -> list[uuid.UUID]:
    """The segments the minutes cover: its own, or every segment of its séance."""
    if minutes.segment_id is not None:
        return [minutes.segment_id]
    if minutes.forum_session_id is None:
        return []
    return list(
        session.scalars(
            select(Segment.id).where(
                Segment.session_id == minutes.forum_session_id, Segment.deleted_at.is_(None)
            )
        )
    )


def minutes_notes(session: Session, minutes: Minutes) -> list[MinutesNote]:
    return scope_notes(session, minutes_segments(session, minutes))


# A composed note line: "Author : text (¶ 3, 5)"; the author and the references optional.
_REFS = re.compile(r"\(¶\s*[\d\s,–-]*\)")
_AUTHOR_MAX = 210  # an author's name (200) and its colon


def is_note_line(line: str, note_text: str) -> bool:
    """Whether a line of the minutes prints this note as the composer writes it."""
    text = " ".join(note_text.split())
    line = " ".join(line.split())
    at = line.find(text) if text else -1
    if at < 0:
        return False
    before, after = line[:at].strip(), line[at + len(text) :].strip()
    author_ok = not before or (before.endswith(":") and len(before) <= _AUTHOR_MAX)
    return author_ok and (not after or _REFS.fullmatch(after) is not None)


def prints_note(line: str, note_text: str) -> bool:
    """Whether a line prints the note: as the composer writes it, or, for a note of
    four words or more, anywhere inside it (a hand edit joined it to other text)."""
    return note_finder([note_text])(line)


def note_finder(note_texts: Iterable[str]) -> Callable[[str], bool]:
    """`prints_note` of a line against many notes at once: each line is read once and
    only the notes it holds word for word are looked at closely (500 notes over 1,200
    lines of minutes would otherwise take seconds)."""
    notes = [(text, len(text.split()) >= 4) for text in {" ".join(t.split()) for t in note_texts}]

    def prints_any(line: str) -> bool:
        flat = " ".join(line.split())
        for text, long_enough in notes:
            if text and text in flat and (long_enough or is_note_line(flat, text)):
                return True
        return False

    return prints_any


def withheld_texts(session: Session, segment_ids: Sequence[uuid.UUID]) -> list[str]:
    """What published minutes of these segments may not print: every text that a note
    ever on them (or on their speakers) has had, live or deleted, unless it is the
    current text of a live note for the record on them. A draft keeps a note's line
    when the note is later edited, deleted, moved or marked internal; the history
    (audit log) holds the texts it had."""
    if not segment_ids:
        return []
    turns = select(Intervention.id).where(Intervention.segment_id.in_(segment_ids))
    ever = set(
        session.scalars(
            select(NoteLink.note_id).where(
                or_(NoteLink.segment_id.in_(segment_ids), NoteLink.intervention_id.in_(turns))
            )
        )
    )
    texts = set(session.scalars(select(Note.body_text).where(Note.id.in_(ever))))
    changes = session.execute(
        select(AuditEntry.before, AuditEntry.after).where(
            AuditEntry.table_name == Note.__tablename__, AuditEntry.record_id.in_(ever)
        )
    )
    for values in (value for row in changes for value in row):
        if isinstance(values, dict) and isinstance(values.get("body_text"), str):
            texts.add(values["body_text"])
    published = {note.text for note in scope_notes(session, segment_ids) if note.for_record}
    withheld = {" ".join(text.split()) for text in texts} - published
    return sorted(text for text in withheld if text)


def lines_of_notes(lines: Sequence[str], notes: Sequence[MinutesNote]) -> dict[uuid.UUID, int]:
    """How many lines of the text print each note (notes that none prints are left out)."""
    found: dict[uuid.UUID, int] = {}
    for note in notes:
        count = sum(1 for line in lines if is_note_line(line, note.text))
        if count:
            found[note.id] = count
    return found


def notes_taken(session: Session, segment_id: uuid.UUID) -> NotesTaken:
    """What the segment's minutes publish of its notes: those for the record its latest
    text prints (all of them while the minutes are not started: composing takes them),
    the internal ones it leaves out, and those for the record it does not print yet."""
    notes = scope_notes(session, [segment_id])
    internal = sum(1 for note in notes if not note.for_record)
    recorded = [note for note in notes if note.for_record]
    html = session.scalar(
        select(MinutesVersion.body_html)
        .join(Minutes, Minutes.id == MinutesVersion.minutes_id)
        .where(
            Minutes.segment_id == segment_id,
            Minutes.deleted_at.is_(None),
            MinutesVersion.deleted_at.is_(None),
        )
        .order_by(MinutesVersion.number.desc())
        .limit(1)
    )
    if html is None:
        return NotesTaken(len(recorded), internal)
    printed = lines_of_notes(block_lines(html), recorded)
    return NotesTaken(len(printed), internal, len(recorded) - len(printed))

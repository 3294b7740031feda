"""The minutes' blocks as published (no internal note) or as the internal version
(every note, internal ones under their own heading). See `services.minutes_notes`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from forumdesk.exports.document_model import Block, Heading, Paragraph, Run
from forumdesk.services.minutes_notes import (
    MinutesNote,
    internal_words,
    is_note_line,
    minutes_notes,
)
from forumdesk.store.models import Minutes


def public_blocks(notes: Sequence[MinutesNote], blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks without any paragraph that prints an internal note; a heading left
    with nothing under it (the notes' own) goes too."""
    internal = [note.text for note in notes if not note.for_record]
    kept: list[Block] = []
    dropped_since_heading = False
    for block in blocks:
        if isinstance(block, Paragraph) and any(
            is_note_line(_text(block), text) for text in internal
        ):
            dropped_since_heading = True
            continue
        if isinstance(block, Heading):
            _drop_empty_heading(kept, block.level, dropped_since_heading)
            dropped_since_heading = False
        kept.append(block)
    _drop_empty_heading(kept, 0, dropped_since_heading)
    return tuple(kept)


def internal_blocks(
    notes: Sequence[MinutesNote], blocks: Sequence[Block], language: str, *, titled: bool
) -> tuple[Block, ...]:
    """The blocks as they are, then the internal notes they do not print, under a
    heading of their own; `titled`: say which segment each note is on (a séance)."""
    words = internal_words(language)
    lines = [_text(block) for block in blocks if isinstance(block, Paragraph)]
    missing = [
        note
        for note in notes
        if not note.for_record and not any(is_note_line(line, note.text) for line in lines)
    ]
    if not missing:
        return tuple(blocks)
    added: list[Block] = [Heading(level=1, title=words["internal_notes"])]
    for note in missing:
        runs: list[Run] = []
        if titled and note.segment_title:
            runs.append(Run(f"{note.segment_title} — ", italic=True))
        if note.author:
            runs.append(Run(f"{note.author}{words['colon']} ", bold=True))
        runs.append(Run(note.text))
        if note.paragraphs:
            runs.append(Run(f" (¶ {', '.join(str(n) for n in note.paragraphs)})", italic=True))
        added.append(Paragraph(runs=tuple(runs)))
    return (*blocks, *added)


def minutes_blocks(
    session: Session, minutes: Minutes, blocks: Sequence[Block], language: str, *, internal: bool
) -> tuple[Block, ...]:
    """The minutes' blocks for the version asked: published, or internal."""
    notes = minutes_notes(session, minutes)
    if internal:
        return internal_blocks(notes, blocks, language, titled=minutes.segment_id is None)
    return public_blocks(notes, blocks)


def internal_marking(language: str) -> str:
    """The line every page of the internal version carries, in the document's language."""
    return internal_words(language)["marking"]


def _text(block: Paragraph) -> str:
    return "".join(run.text for run in block.runs)


def _drop_empty_heading(kept: list[Block], level: int, dropped: bool) -> None:
    """After dropping paragraphs: a heading with nothing left under it, before one of
    the same or a higher rank (or the end), goes."""
    if (
        dropped
        and kept
        and isinstance(kept[-1], Heading)
        and (not level or kept[-1].level >= level)
    ):
        kept.pop()

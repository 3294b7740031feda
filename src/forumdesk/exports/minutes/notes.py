"""The minutes' blocks as published (no internal note) or as the internal version
(every note, internal ones under their own heading). See `services.minutes_notes`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy.orm import Session

from forumdesk.exports.document.model import (
    Block,
    BulletList,
    Heading,
    Paragraph,
    Run,
    Table,
)
from forumdesk.services.minutes.notes import (
    MinutesNote,
    internal_words,
    is_note_line,
    minutes_notes,
    minutes_segments,
    note_finder,
    withheld_texts,
)
from forumdesk.store.models import Minutes


def public_blocks(withheld: Sequence[str], blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The blocks without anything that prints a withheld note text (`withheld_texts`):
    a paragraph, heading, list item or table row; a heading left with nothing under it
    (the notes' own) goes too."""

    prints_withheld = note_finder(withheld)

    def hides(text: str) -> bool:
        return any(prints_withheld(line) for line in text.splitlines() or [text])

    kept: list[Block] = []
    dropped_since_heading = False
    for block in blocks:
        if isinstance(block, BulletList):
            items = tuple(item for item in block.items if not hides(_joined(item)))
            dropped_since_heading |= len(items) < len(block.items)
            if not items:
                continue
            block = replace(block, items=items)
        elif isinstance(block, Table):
            rows = tuple(row for row in block.rows if not any(hides(cell) for cell in row))
            dropped_since_heading |= len(rows) < len(block.rows)
            block = replace(block, rows=rows)
        elif isinstance(block, Paragraph | Heading) and hides(_words(block)):
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
    if internal:
        notes = minutes_notes(session, minutes)
        return internal_blocks(notes, blocks, language, titled=minutes.segment_id is None)
    return public_blocks(withheld_texts(session, minutes_segments(session, minutes)), blocks)


def internal_marking(language: str) -> str:
    """The line every page of the internal version carries, in the document's language."""
    return internal_words(language)["marking"]


def _text(block: Paragraph) -> str:
    return "".join(run.text for run in block.runs)


def _joined(runs: Sequence[Run]) -> str:
    return "".join(run.text for run in runs)


def _words(block: Paragraph | Heading) -> str:
    """A paragraph's or heading's text, its list items on lines of their own."""
    if isinstance(block, Heading):
        return block.title
    return "\n".join([_text(block), *(_joined(item.runs) for item in block.items)])


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

"""What a note is made of when it is written: the editor's input and its tags' rules.

A leaf module, so that `notes.py` and `conflicts.py` both use it without importing
each other.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from forumdesk.services.common.messages import _

MAX_TAG_LENGTH = 80


class NoteError(ValueError):
    """A note that cannot be saved as given; the message says which field."""


@dataclass(frozen=True)
class NoteInput:
    """What the editor (or the command line) hands over for one note."""

    body_html: str
    body_text: str
    document_id: uuid.UUID | None = None
    paragraphs: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    segment_id: uuid.UUID | None = None
    intervention_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    author: str | None = None
    #: The references to paragraphs a revised draft dropped (orphans) the note keeps;
    #: None leaves them as they are. Undo passes the ones it had, to bring them back.
    orphans: tuple[int, ...] | None = None
    #: Printed in the minutes and the report; otherwise internal to the secretariat.
    for_record: bool = False


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as typed, trimmed, without duplicates that differ only by case."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.split()).strip(",;#")
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise NoteError(
                _("tag {tag!r}… is longer than {max_tag_length} characters").format(
                    tag=tag[:20], max_tag_length=MAX_TAG_LENGTH
                )
            )
        seen.setdefault(tag.casefold(), tag)
    return tuple(seen.values())

"""Paragraph references as rapporteurs write them: "23–25, 29", "¶32", "5; 7-9"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from forumdesk.services.common.messages import _

_DASHES = "-‐‑‒–—"
_PART = re.compile(rf"^¶?\s*(\d{{1,5}})(?:\s*[{_DASHES}]\s*¶?\s*(\d{{1,5}}))?$")
#: A range longer than this is almost certainly a typo ("2–2000").
MAX_RANGE = 500


class ParagraphRefError(ValueError):
    """The text is not a list of paragraph numbers and ranges."""


def parse_paragraph_refs(text: str) -> tuple[int, ...]:
    """Sorted, distinct paragraph numbers named by `text`; raises ParagraphRefError."""
    numbers: set[int] = set()
    for raw in re.split(r"[,;]|\s+(?=¶?\d)(?<![–—-]\s)", text.replace("\u00a0", " ")):
        part = raw.strip()
        if not part:
            continue
        match = _PART.match(part)
        if match is None:
            raise ParagraphRefError(
                _("{part!r} is not a paragraph number or range like 23–25").format(part=part)
            )
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if first < 1 or last < 1:
            raise ParagraphRefError(_("{part!r}: paragraphs are numbered from 1").format(part=part))
        if last < first:
            raise ParagraphRefError(_("{part!r}: the range runs backwards").format(part=part))
        if last - first > MAX_RANGE:
            raise ParagraphRefError(
                _("{part!r}: a range may span at most {max_range} paragraphs").format(
                    part=part, max_range=MAX_RANGE
                )
            )
        numbers.update(range(first, last + 1))
    return tuple(sorted(numbers))


def format_paragraph_refs(numbers: Iterable[int]) -> str:
    """The shortest list of numbers and ranges: (23, 24, 25, 29) → "23–25, 29"."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    start = previous = None
    for number in [*ordered, None]:
        if start is not None and (number is None or number != (previous or 0) + 1):
            parts.append(str(start) if start == previous else f"{start}–{previous}")
            start = None
        if number is not None and start is None:
            start = number
        previous = number
    return ", ".join(parts)

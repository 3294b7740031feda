"""Read the day's programme from a summary's annex.

Lines look like "- 10 h 35-11 h 45 – Première partie : Promotion…". A timed
line that contains the next timed line is a session (séance); the others are
segments; untimed lines under a segment are its addresses (allocutions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from forumdesk.services.common.messages import _
from forumdesk.services.common.text_dates import CLOCK, parse_clock
from forumdesk.store.enums import SegmentKind, SessionKind

_TIMED = re.compile(rf"^({CLOCK})\s*[-–—à]\s*({CLOCK})\s*[–—-]\s*(.+)$", re.IGNORECASE)
_KINDS = (
    (SegmentKind.OPENING, ("inaugur", "ouverture", "opening")),
    (SegmentKind.CLOSING, ("clôture", "cloture", "closing")),
    (SegmentKind.PANEL, ("panel", "table ronde", "round table")),
    (SegmentKind.INTERACTIVE, ("débat interactif", "interactive discussion")),
    (SegmentKind.THEMATIC, ("partie", "part ", "thème", "theme")),
)


@dataclass
class SegmentSpec:
    starts_at: time
    ends_at: time
    kind: SegmentKind
    title: str
    theme: str | None
    addresses: list[str] = field(default_factory=list)


@dataclass
class SessionSpec:
    starts_at: time
    ends_at: time
    kind: SessionKind
    title: str
    segments: list[SegmentSpec] = field(default_factory=list)


@dataclass
class _Timed:
    starts_at: time
    ends_at: time
    text: str


def _plain(line: str) -> str:
    return line.replace("**", "").replace("*", "").strip().lstrip("-–• ").strip()


def segment_kind(title: str) -> SegmentKind:
    lowered = f"{title.lower()} "
    for kind, words in _KINDS:
        if any(word in lowered for word in words):
            return kind
    return SegmentKind.OTHER


def session_kind(starts_at: time) -> SessionKind:
    if starts_at < time(12, 0):
        return SessionKind.MORNING
    if starts_at < time(18, 0):
        return SessionKind.AFTERNOON
    return SessionKind.EVENING


def _split_title(text: str) -> tuple[str, str | None]:
    title, sep, theme = text.partition(" : ")
    if not sep:
        title, sep, theme = text.partition(": ")
    return (title.strip(), theme.strip() or None) if sep else (text.strip(), None)


def parse_annex_programme(annex: str) -> tuple[list[SessionSpec], list[str]]:
    """Sessions with their segments, and warnings about lines that were not understood."""
    items: list[_Timed | str] = []
    warnings: list[str] = []
    for raw in annex.splitlines():
        line = _plain(raw)
        if not line:
            continue
        match = _TIMED.match(line)
        if match:
            start, end = parse_clock(match.group(1)), parse_clock(match.group(4))
            if start is None or end is None or end <= start:
                warnings.append(_("annex: times not understood in {line!r}").format(line=line[:60]))
                continue
            items.append(_Timed(start, end, match.group(7).strip()))
        elif raw.lstrip().startswith(("-", "•", "–")):
            items.append(line)

    sessions: list[SessionSpec] = []
    segment: SegmentSpec | None = None
    timed = [item for item in items if isinstance(item, _Timed)]
    seen_timed = 0
    for item in items:
        if isinstance(item, str):
            if segment is None:
                warnings.append(_("annex: {item!r} belongs to no segment").format(item=item[:60]))
            else:
                segment.addresses.append(item)
            continue
        seen_timed += 1
        following = timed[seen_timed] if seen_timed < len(timed) else None
        contains_next = (
            following is not None
            and item.starts_at <= following.starts_at
            and following.ends_at <= item.ends_at
        )
        if contains_next:
            sessions.append(
                SessionSpec(item.starts_at, item.ends_at, session_kind(item.starts_at), item.text)
            )
            segment = None
            continue
        if not sessions or not (sessions[-1].starts_at <= item.starts_at < sessions[-1].ends_at):
            # A segment with no enclosing séance line gets a session of its own.
            sessions.append(
                SessionSpec(item.starts_at, item.ends_at, session_kind(item.starts_at), item.text)
            )
        title, theme = _split_title(item.text)
        segment = SegmentSpec(item.starts_at, item.ends_at, segment_kind(title), title, theme)
        sessions[-1].segments.append(segment)
        sessions[-1].ends_at = max(sessions[-1].ends_at, item.ends_at)
    return sessions, warnings

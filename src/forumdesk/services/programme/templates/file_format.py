"""The agenda template file format: read and check a template's JSON, write it back.

A template is a programme shape with no date: days are numbered from 1, times
are clock times of their day ("10:35"), and every text is either a string or a
{"en": ..., "fr": ...} object. A mistake is reported as a `TemplateError`
naming the file (or source) and the field, e.g.
"mine.json: days[0].sessions[1].segments[2].starts_at: '25:00' is not a time (HH:MM)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Any, TypeVar

from forumdesk.services.common.messages import _, ngettext
from forumdesk.store.enums import SegmentKind, SegmentRoleKind, SessionKind

FORMAT = "forumdesk.agenda-template"
FORMAT_VERSION = 1
LANGUAGES = ("en", "fr")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
_CLOCK = re.compile(r"^(\d{2}):(\d{2})$")
_E = TypeVar("_E", SessionKind, SegmentKind, SegmentRoleKind)


class TemplateError(ValueError):
    """A template that cannot be read or used, with the file and field at fault."""


@dataclass(frozen=True)
class Text:
    """A text in one or more languages; `get` falls back to any language present."""

    values: tuple[tuple[str, str], ...]

    def get(self, language: str) -> str:
        found = dict(self.values)
        return found.get(language) or found.get("en") or next(iter(found.values()))

    def as_json(self) -> dict[str, str]:
        return dict(self.values)


@dataclass(frozen=True)
class RoleSlots:
    """`count` places to fill with one role; `labels` name some of them (None: the default)."""

    role: SegmentRoleKind
    count: int
    labels: tuple[Text | None, ...] = ()


@dataclass(frozen=True)
class SegmentShape:
    kind: SegmentKind
    title: Text
    theme: Text | None
    starts_at: time
    ends_at: time
    room: str | None
    default_speaking_seconds: int | None
    roles: tuple[RoleSlots, ...]


@dataclass(frozen=True)
class SessionShape:
    kind: SessionKind
    title: Text
    starts_at: time
    ends_at: time
    segments: tuple[SegmentShape, ...]


@dataclass(frozen=True)
class DayShape:
    day: int
    sessions: tuple[SessionShape, ...]


@dataclass(frozen=True)
class RoomShape:
    key: str
    name: Text
    capacity: int | None


@dataclass(frozen=True)
class TemplateSpec:
    """A checked template; `source` names where it came from, for messages."""

    slug: str
    name: Text
    description: Text | None
    forum_title: Text | None
    short_title: Text | None
    rooms: tuple[RoomShape, ...]
    days: tuple[DayShape, ...]
    source: str

    @property
    def segment_count(self) -> int:
        return sum(len(s.segments) for d in self.days for s in d.sessions)

    @property
    def day_count(self) -> int:
        return max((d.day for d in self.days), default=0)

    def as_json(self) -> dict[str, Any]:
        return template_json(self)


class _Reader:
    """Checks one template body, raising with the source and the path of the field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> TemplateError:
        return TemplateError(
            f"{self.source}: {where}: {problem}" if where else f"{self.source}: {problem}"
        )

    def mapping(self, value: object, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, _("should be an object"))
        return value

    def items(self, value: object, where: str, *, required: bool = True) -> list[Any]:
        if value is None and not required:
            return []
        if not isinstance(value, list) or (required and not value):
            raise self.fail(where, _("should be a non-empty list"))
        return value

    def text(self, value: object, where: str, *, required: bool = True) -> Text | None:
        if value is None and not required:
            return None
        if isinstance(value, str) and value.strip():
            return Text((("en", value.strip()),))
        if isinstance(value, dict) and value:
            values: list[tuple[str, str]] = []
            for language, text in value.items():
                if language not in LANGUAGES:
                    raise self.fail(
                        f"{where}.{language}",
                        _("unknown language (use {languages})").format(languages=LANGUAGES),
                    )
                if not isinstance(text, str) or not text.strip():
                    raise self.fail(
                        f"{where}.{language}",
                        _("should be a non-empty text"),
                    )
                values.append((language, text.strip()))
            return Text(tuple(values))
        raise self.fail(where, _('should be a text or {"en": ..., "fr": ...}'))

    def clock(self, value: object, where: str) -> time:
        match = _CLOCK.match(value) if isinstance(value, str) else None
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour <= 23 and minute <= 59:
                return time(hour, minute)
        raise self.fail(where, _("{value!r} is not a time (HH:MM)").format(value=value))

    def span(self, data: dict[str, Any], where: str) -> tuple[time, time]:
        starts = self.clock(data.get("starts_at"), f"{where}.starts_at")
        ends = self.clock(data.get("ends_at"), f"{where}.ends_at")
        if ends <= starts:
            raise self.fail(
                f"{where}.ends_at",
                _("{end} is not after {start}").format(
                    end=data["ends_at"], start=data["starts_at"]
                ),
            )
        return starts, ends

    def choice(self, enum: type[_E], value: object, where: str) -> _E:
        known = [member.value for member in enum]
        if isinstance(value, str) and value in known:
            return enum(value)
        raise self.fail(
            where, _("{value!r} is not one of {known}").format(value=value, known=", ".join(known))
        )

    def count(self, value: object, where: str, *, minimum: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(
                where,
                _("{value!r} should be a whole number of at least {minimum}").format(
                    value=value, minimum=minimum
                ),
            )
        return value


def parse_template(body: object, source: str) -> TemplateSpec:
    """Check a template body (already decoded from JSON) and return it typed."""
    read = _Reader(source)
    data = read.mapping(body, "")
    if data.get("format", FORMAT) != FORMAT:
        raise read.fail(
            "format",
            _("{given!r} is not {expected!r}").format(given=data.get("format"), expected=FORMAT),
        )
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise read.fail(
            "format_version", _("{version!r} is not supported (expected 1)").format(version=version)
        )
    slug = data.get("slug")
    if not isinstance(slug, str) or not _SLUG.match(slug):
        raise read.fail(
            "slug", _("{slug!r} should be lower-case letters, digits and hyphens").format(slug=slug)
        )
    rooms = tuple(
        _room(read, entry, f"rooms[{n}]")
        for n, entry in enumerate(read.items(data.get("rooms"), "rooms", required=False))
    )
    keys = [room.key for room in rooms]
    if len(set(keys)) != len(keys):
        raise read.fail("rooms", _("two rooms have the same key"))
    days = tuple(
        _day(read, entry, f"days[{n}]", set(keys))
        for n, entry in enumerate(read.items(data.get("days"), "days"))
    )
    numbers = [day.day for day in days]
    if numbers != sorted(set(numbers)):
        raise read.fail("days", _("day numbers should be distinct and in order"))
    name = read.text(data.get("name"), "name")
    assert name is not None
    return TemplateSpec(
        slug=slug,
        name=name,
        description=read.text(data.get("description"), "description", required=False),
        forum_title=read.text(data.get("forum_title"), "forum_title", required=False),
        short_title=read.text(data.get("short_title"), "short_title", required=False),
        rooms=rooms,
        days=days,
        source=source,
    )


def _room(read: _Reader, entry: object, where: str) -> RoomShape:
    data = read.mapping(entry, where)
    key = data.get("key")
    if not isinstance(key, str) or not key:
        raise read.fail(f"{where}.key", _("should be a non-empty text"))
    name = read.text(data.get("name"), f"{where}.name")
    assert name is not None
    capacity = data.get("capacity")
    if capacity is not None:
        capacity = read.count(capacity, f"{where}.capacity", minimum=1)
    return RoomShape(key, name, capacity)


def _day(read: _Reader, entry: object, where: str, rooms: set[str]) -> DayShape:
    data = read.mapping(entry, where)
    number = read.count(data.get("day"), f"{where}.day", minimum=1)
    sessions: list[SessionShape] = []
    for n, item in enumerate(read.items(data.get("sessions"), f"{where}.sessions")):
        here = f"{where}.sessions[{n}]"
        sitting = read.mapping(item, here)
        starts, ends = read.span(sitting, here)
        if sessions and starts < sessions[-1].ends_at:
            raise read.fail(
                f"{here}.starts_at",
                _("starts before the previous session ends"),
            )
        segments = tuple(
            _segment(read, part, f"{here}.segments[{m}]", rooms, (starts, ends))
            for m, part in enumerate(read.items(sitting.get("segments"), f"{here}.segments"))
        )
        title = read.text(sitting.get("title"), f"{here}.title")
        assert title is not None
        kind = read.choice(SessionKind, sitting.get("kind"), f"{here}.kind")
        sessions.append(SessionShape(kind, title, starts, ends, segments))
    return DayShape(number, tuple(sessions))


def _segment(
    read: _Reader, entry: object, where: str, rooms: set[str], bounds: tuple[time, time]
) -> SegmentShape:
    data = read.mapping(entry, where)
    starts, ends = read.span(data, where)
    if starts < bounds[0] or ends > bounds[1]:
        raise read.fail(
            where,
            _("{starts}–{ends} is outside its session").format(
                starts=data["starts_at"], ends=data["ends_at"]
            ),
        )
    room = data.get("room")
    if room is not None and room not in rooms:
        raise read.fail(
            f"{where}.room",
            _("{room!r} is not the key of a room in 'rooms'").format(room=room),
        )
    seconds = data.get("default_speaking_seconds")
    if seconds is not None:
        seconds = read.count(seconds, f"{where}.default_speaking_seconds", minimum=1)
    title = read.text(data.get("title"), f"{where}.title")
    assert title is not None
    return SegmentShape(
        kind=read.choice(SegmentKind, data.get("kind"), f"{where}.kind"),
        title=title,
        theme=read.text(data.get("theme"), f"{where}.theme", required=False),
        starts_at=starts,
        ends_at=ends,
        room=room,
        default_speaking_seconds=seconds,
        roles=tuple(
            _roles(read, slot, f"{where}.roles[{n}]")
            for n, slot in enumerate(
                read.items(data.get("roles"), f"{where}.roles", required=False)
            )
        ),
    )


def _roles(read: _Reader, entry: object, where: str) -> RoleSlots:
    data = read.mapping(entry, where)
    role = read.choice(SegmentRoleKind, data.get("role"), f"{where}.role")
    count = read.count(data.get("count", 1), f"{where}.count", minimum=1)
    labels = read.items(data.get("labels"), f"{where}.labels", required=False)
    if len(labels) > count:
        raise read.fail(
            f"{where}.labels",
            ngettext(
                "{count} labels for {places} place", "{count} labels for {places} places", count
            ).format(count=len(labels), places=count),
        )
    return RoleSlots(
        role,
        count,
        tuple(
            read.text(label, f"{where}.labels[{n}]", required=False)
            for n, label in enumerate(labels)
        ),
    )


def _clock(value: time) -> str:
    return value.strftime("%H:%M")


def _optional(text: Text | None) -> dict[str, str] | None:
    return text.as_json() if text is not None else None


def template_json(spec: TemplateSpec) -> dict[str, Any]:
    """The template as the JSON object `parse_template` reads (None fields left out)."""
    body: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "slug": spec.slug,
        "name": spec.name.as_json(),
        "description": _optional(spec.description),
        "forum_title": _optional(spec.forum_title),
        "short_title": _optional(spec.short_title),
        "rooms": [
            _drop_none({"key": r.key, "name": r.name.as_json(), "capacity": r.capacity})
            for r in spec.rooms
        ],
        "days": [
            {
                "day": day.day,
                "sessions": [
                    {
                        "kind": sitting.kind.value,
                        "title": sitting.title.as_json(),
                        "starts_at": _clock(sitting.starts_at),
                        "ends_at": _clock(sitting.ends_at),
                        "segments": [_segment_json(s) for s in sitting.segments],
                    }
                    for sitting in day.sessions
                ],
            }
            for day in spec.days
        ],
    }
    return _drop_none(body)


def _segment_json(segment: SegmentShape) -> dict[str, Any]:
    return _drop_none(
        {
            "kind": segment.kind.value,
            "title": segment.title.as_json(),
            "theme": _optional(segment.theme),
            "starts_at": _clock(segment.starts_at),
            "ends_at": _clock(segment.ends_at),
            "room": segment.room,
            "default_speaking_seconds": segment.default_speaking_seconds,
            "roles": [
                _drop_none(
                    {
                        "role": slot.role.value,
                        "count": slot.count,
                        "labels": [_optional(label) for label in slot.labels]
                        if any(slot.labels)
                        else None,
                    }
                )
                for slot in segment.roles
            ],
        }
    )


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}

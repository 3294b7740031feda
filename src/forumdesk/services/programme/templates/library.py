"""Agenda templates: find them, build a forum's programme from one, save a programme as one.

Templates come from three places: the bundled folder (resources/templates), the
database's `agenda_templates` table (imported or already used), and a user's
JSON file. A forum built from a template remembers it (`Forum.template_id`), so
a bundled or file template is stored in the table when it is first used.
The file format is in `agenda_template_format`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.paths import resources_dir
from forumdesk.services.common import text_dates
from forumdesk.services.common.messages import N_, _, gettext_in
from forumdesk.services.programme.templates.file_format import (
    LANGUAGES,
    DayShape,
    RoleSlots,
    RoomShape,
    SegmentShape,
    SessionShape,
    TemplateError,
    TemplateSpec,
    Text,
    parse_template,
    template_json,
)
from forumdesk.services.programme.times import time_zone
from forumdesk.services.programme.venue_zones import venue_zone
from forumdesk.store.enums import SegmentRoleKind
from forumdesk.store.models import (
    AgendaTemplate,
    Day,
    Forum,
    ForumSession,
    Room,
    Segment,
    SegmentRole,
)

__all__ = [
    "VENUE_LIMIT",
    "TemplateError",
    "TemplateInfo",
    "TemplateSpec",
    "bundled_templates_dir",
    "create_forum_from_template",
    "export_template",
    "find_template",
    "import_template",
    "list_templates",
    "programme_as_template",
    "read_template_file",
    "save_template_file",
]

VENUE_LIMIT = 300  # the column's size (PostgreSQL refuses more)

ROLE_LABELS: dict[SegmentRoleKind, str] = {
    SegmentRoleKind.CHAIR: N_("Chair"),
    SegmentRoleKind.MODERATOR: N_("Moderator"),
    SegmentRoleKind.RAPPORTEUR: N_("Rapporteur"),
    SegmentRoleKind.PANELLIST: N_("Panellist"),
    SegmentRoleKind.ADDRESS: N_("Address"),
    SegmentRoleKind.FLOOR_SPEAKER: N_("Speaker from the floor"),
    SegmentRoleKind.RESPONDENT: N_("Respondent"),
}


@dataclass(frozen=True)
class TemplateInfo:
    """One line of the template list; `source` is "bundled" or "database"."""

    slug: str
    name: str
    description: str | None
    source: str
    days: int
    segments: int


def bundled_templates_dir() -> Path:
    return resources_dir() / "templates"


def read_template_file(path: Path) -> TemplateSpec:
    """Read and check a template file; a TemplateError names the file and the field."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateError(_("{path}: no such template file").format(path=path.name)) from None
    except UnicodeDecodeError:
        raise TemplateError(_("{path}: not UTF-8 text").format(path=path.name)) from None
    except OSError as error:
        raise TemplateError(
            _("{path}: cannot be read ({error})").format(path=path.name, error=error.strerror)
        ) from None
    try:
        body = json.loads(raw)
    except json.JSONDecodeError as error:
        raise TemplateError(
            _("{path}: not JSON (line {lineno}, column {colno}: {msg})").format(
                path=path.name, lineno=error.lineno, colno=error.colno, msg=error.msg
            )
        ) from None
    return parse_template(body, path.name)


def _bundled() -> dict[str, TemplateSpec]:
    folder = bundled_templates_dir()
    specs = (read_template_file(p) for p in sorted(folder.glob("*.json")))
    return {spec.slug: spec for spec in specs}


def _row(session: Session, slug: str) -> AgendaTemplate | None:
    return session.scalar(select(AgendaTemplate).where(AgendaTemplate.slug == slug))


def _stored(row: AgendaTemplate) -> TemplateSpec:
    return parse_template(row.body, f"template {row.slug!r} in the database")


def find_template(session: Session | None, ref: str | Path) -> TemplateSpec:
    """A template by file path (a Path, or a name ending in .json) or by slug: the
    database's copy first, then the bundled one."""
    if isinstance(ref, Path) or ref.endswith(".json"):
        return read_template_file(Path(ref))
    if session is not None:
        row = _row(session, ref)
        if row is not None and row.deleted_at is None:
            return _stored(row)
    bundled = _bundled()
    if ref in bundled:
        return bundled[ref]
    known = ", ".join(info.slug for info in list_templates(session)) or "none"
    raise TemplateError(
        _("there is no template {ref!r} (known: {known})").format(ref=ref, known=known)
    )


def list_templates(session: Session | None = None, language: str = "en") -> list[TemplateInfo]:
    """Bundled templates and those in the database (which win on the same slug), by slug."""
    found: dict[str, TemplateInfo] = {}
    for spec in _bundled().values():
        found[spec.slug] = _info(spec, "bundled", language)
    if session is not None:
        rows = session.scalars(select(AgendaTemplate).where(AgendaTemplate.deleted_at.is_(None)))
        for row in rows:
            found[row.slug] = _info(_stored(row), "database", language)
    return [found[slug] for slug in sorted(found)]


def _info(spec: TemplateSpec, source: str, language: str) -> TemplateInfo:
    return TemplateInfo(
        slug=spec.slug,
        name=spec.name.get(language),
        description=spec.description.get(language) if spec.description else None,
        source=source,
        days=spec.day_count,
        segments=spec.segment_count,
    )


def import_template(
    session: Session, template: TemplateSpec | Path, *, replace: bool = False
) -> uuid.UUID:
    """Store a template in the agenda_templates table and return its id. The same
    template again is a no-op; a different one with the same slug needs `replace`."""
    spec = read_template_file(template) if isinstance(template, Path) else template
    body = template_json(spec)
    row = _row(session, spec.slug)
    if row is None:
        row = AgendaTemplate(slug=spec.slug)
        session.add(row)
    elif row.deleted_at is None and row.body != body and not replace:
        raise TemplateError(
            _(
                "{source}: a different template {slug!r} is already in the database (import it "
                "with replace, or give it another slug)"
            ).format(source=spec.source, slug=spec.slug)
        )
    if row.body != body or row.deleted_at is not None:
        row.name = spec.name.get("en")
        row.description = spec.description.get("en") if spec.description else None
        row.body = body
        row.deleted_at = None
    session.flush()
    return row.id


def save_template_file(template: TemplateSpec | dict[str, Any], path: Path) -> Path:
    """Write a template as JSON (checked first, so a bad one never reaches the disk)."""
    spec = template if isinstance(template, TemplateSpec) else parse_template(template, path.name)
    text = json.dumps(template_json(spec), indent=2, ensure_ascii=False) + "\n"
    from forumdesk.services.common.output_files import output_text

    with output_text(path, encoding="utf-8") as stream:  # never over a database
        stream.write(text)
    return path


def export_template(session: Session | None, slug: str, path: Path) -> Path:
    """Write the template `slug` (database or bundled) to a JSON file."""
    return save_template_file(find_template(session, slug), path)


def long_date(day: date, language: str) -> str:
    """ "12 juillet 2006" / "12 July 2006": the date without its weekday."""
    return text_dates.long_date(day, language, weekday=False)


def clock(value: time, language: str) -> str:
    """A time of day as the forum's language writes it: "10 h 35", "10:35"."""
    if language == "fr":
        return f"{value.hour} h {value.minute:02d}"
    return f"{value:%H:%M}"


def _role_label(slot: RoleSlots, index: int, language: str) -> str:
    given = slot.labels[index] if index < len(slot.labels) else None
    if given is not None:
        return given.get(language)
    label = gettext_in(language, ROLE_LABELS[slot.role])
    return f"{label} {index + 1}" if slot.count > 1 else label


def create_forum_from_template(
    session: Session,
    template: TemplateSpec | str | Path,
    *,
    on: date,
    title: str | None = None,
    venue: str | None = None,
    timezone: str | None = None,
    language: str,
) -> uuid.UUID:
    """A new forum whose first day is `on`, with the template's rooms, days, sessions,
    segments and empty role slots (SegmentRole rows with a label and no person).

    A title given is the forum's only name: the template's short title ("Rencontres
    interactives informelles, 12 juillet 2027"), which the forum selector, window
    title and exports prefer, names only a forum that took the template's title.
    Without a time zone, the venue's (`venue_zone`), else UTC."""
    if language not in LANGUAGES:
        raise TemplateError(
            _("unknown language {language!r}: use {known}").format(
                language=language, known=" or ".join(LANGUAGES)
            )
        )
    venue = (venue or "").strip() or None
    if venue is not None and len(venue) > VENUE_LIMIT:
        raise TemplateError(
            _("venue: at most {venue_limit} characters (it has {count})").format(
                venue_limit=VENUE_LIMIT, count=len(venue)
            )
        )
    zone = timezone if timezone is not None else venue_zone(venue) or "UTC"
    time_zone(zone)  # raises TimeZoneError naming it
    spec = template if isinstance(template, TemplateSpec) else find_template(session, template)
    template_id = import_template(session, spec)
    last_day = on + timedelta(days=spec.day_count - 1)
    default_title = spec.forum_title or spec.name
    typed = (title or "").strip()
    forum = Forum(
        title=typed or default_title.get(language),
        short_title=(
            f"{spec.short_title.get(language)}, {long_date(on, language)}"
            if spec.short_title and not typed
            else None
        ),
        venue=venue,
        timezone=zone,
        language=language,
        starts_on=on,
        ends_on=last_day,
        template_id=template_id,
    )
    session.add(forum)
    rooms: dict[str, uuid.UUID] = {}
    for position, shape in enumerate(spec.rooms):
        room = Room(
            id=uuid.uuid4(),
            forum=forum,
            name=shape.name.get(language),
            capacity=shape.capacity,
            position=position,
        )
        session.add(room)
        rooms[shape.key] = room.id
    for position, day_shape in enumerate(spec.days):
        _add_day(session, forum, on, position, day_shape, rooms, language)
    session.flush()
    return forum.id


def _add_day(
    session: Session,
    forum: Forum,
    first: date,
    position: int,
    shape: DayShape,
    rooms: dict[str, uuid.UUID],
    language: str,
) -> None:
    day = Day(
        forum=forum,
        date=first + timedelta(days=shape.day - 1),
        starts_at=min(s.starts_at for s in shape.sessions),
        ends_at=max(s.ends_at for s in shape.sessions),
        position=position,
    )
    session.add(day)
    for order, sitting_shape in enumerate(shape.sessions):
        sitting = ForumSession(
            day=day,
            kind=sitting_shape.kind,
            title=sitting_shape.title.get(language),
            starts_at=sitting_shape.starts_at,
            ends_at=sitting_shape.ends_at,
            position=order,
        )
        session.add(sitting)
        for place, part in enumerate(sitting_shape.segments):
            segment = Segment(
                session=sitting,
                room_id=rooms[part.room] if part.room else None,
                kind=part.kind,
                title=part.title.get(language),
                theme=part.theme.get(language) if part.theme else None,
                starts_at=part.starts_at,
                ends_at=part.ends_at,
                position=place,
                default_speaking_seconds=part.default_speaking_seconds,
            )
            slots = [(slot, n) for slot in part.roles for n in range(slot.count)]
            segment.roles = [
                SegmentRole(role=slot.role, label=_role_label(slot, n, language), position=p)
                for p, (slot, n) in enumerate(slots)
            ]
            session.add(segment)


def programme_as_template(
    session: Session,
    forum_id: uuid.UUID,
    slug: str,
    name: str,
    *,
    description: str | None = None,
) -> dict[str, Any]:
    """A forum's programme as a new template body (checked): days numbered from the
    first, times of their day, role slots with their labels and without the people.
    Texts are in the forum's language. Pass the result to `save_template_file`, or
    to `parse_template` and `import_template` to keep it in the database."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise TemplateError(_("there is no forum {forum_id}").format(forum_id=forum_id))
    language = forum.language if forum.language in LANGUAGES else "en"

    def text(value: str) -> Text:
        return Text(((language, value),))

    live_rooms = [room for room in forum.rooms if room.deleted_at is None]
    keys = {room.id: f"room-{n}" for n, room in enumerate(live_rooms, start=1)}
    days = sorted((d for d in forum.days if d.deleted_at is None), key=lambda d: d.date)
    if not days:
        raise TemplateError(_("forum {title!r} has no programme to save").format(title=forum.title))
    shapes = tuple(
        DayShape(
            day=(day.date - days[0].date).days + 1,
            sessions=tuple(
                SessionShape(
                    kind=sitting.kind,
                    title=text(sitting.title),
                    starts_at=sitting.starts_at,
                    ends_at=sitting.ends_at,
                    segments=tuple(
                        _segment_shape(segment, keys, text)
                        for segment in sitting.segments
                        if segment.deleted_at is None
                    ),
                )
                for sitting in day.sessions
                if sitting.deleted_at is None
            ),
        )
        for day in days
    )
    spec = TemplateSpec(
        slug=slug,
        name=text(name),
        description=text(description) if description else None,
        forum_title=text(forum.title),
        short_title=None,
        rooms=tuple(
            RoomShape(keys[room.id], text(room.name), room.capacity) for room in live_rooms
        ),
        days=shapes,
        source=f"forum {forum.title!r}",
    )
    body = template_json(spec)
    parse_template(body, f"the programme of forum {forum.title!r}")  # re-readable, or say why
    return body


def _segment_shape(segment: Segment, keys: dict[uuid.UUID, str], text: Any) -> SegmentShape:
    slots: list[RoleSlots] = []
    for role in (r for r in segment.roles if r.deleted_at is None):
        label = text(role.label) if role.label else None
        if slots and slots[-1].role == role.role:
            last = slots[-1]
            slots[-1] = RoleSlots(last.role, last.count + 1, (*last.labels, label))
        else:
            slots.append(RoleSlots(role.role, 1, (label,)))
    return SegmentShape(
        kind=segment.kind,
        title=text(segment.title),
        theme=text(segment.theme) if segment.theme else None,
        starts_at=segment.starts_at,
        ends_at=segment.ends_at,
        room=keys.get(segment.room_id) if segment.room_id else None,
        default_speaking_seconds=segment.default_speaking_seconds,
        roles=tuple(slots),
    )

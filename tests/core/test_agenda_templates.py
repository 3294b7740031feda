"""Agenda templates: the 2006 annex as a template, forums built from it, programmes saved as one."""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from forumdesk.paths import seed_document
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.documents.parser import parse_summary
from forumdesk.services.programme.annex import parse_annex_programme
from forumdesk.services.programme.programme import programme_view
from forumdesk.services.programme.templates.file_format import TemplateError, parse_template
from forumdesk.services.programme.templates.library import (
    bundled_templates_dir,
    create_forum_from_template,
    export_template,
    find_template,
    import_template,
    list_templates,
    programme_as_template,
    read_template_file,
    save_template_file,
)
from forumdesk.services.programme.times import (
    TimeZoneError,
    iso,
    segment_moments,
    span_moments,
    time_zone,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import SegmentKind, SegmentRoleKind, SessionKind
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AgendaTemplate, Day, Forum, Segment

ANNEX_TIMES = [
    ("10:00", "10:30"),
    ("10:35", "11:45"),
    ("11:50", "13:00"),
    ("15:00", "16:15"),
    ("16:20", "17:30"),
    ("17:30", "18:00"),
]
NEW_YORK_SUMMER = [
    (f"2027-07-12T{start}:00-04:00", f"2027-07-12T{end}:00-04:00") for start, end in ANNEX_TIMES
]


@pytest.fixture
def database(empty_db_path: Path) -> Iterator[Database]:
    db, _ = open_database(str(empty_db_path), backup=False)
    yield db
    db.dispose()


def _count(session: Session, model: type[Any]) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _segments(session: Session, forum_id: uuid.UUID) -> list[Segment]:
    return [
        session.get_one(Segment, part.id)
        for day in programme_view(session, forum_id)
        for sitting in day.sessions
        for part in sitting.segments
    ]


def _shape(session: Session, forum_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """What must survive a round trip: times, kinds, texts, rooms and role slots."""
    return [
        (
            day.date - programme_view(session, forum_id)[0].date,
            sitting.kind,
            sitting.title,
            part.kind,
            part.title,
            part.theme,
            part.starts_at,
            part.ends_at,
            part.room,
            [(role.role, role.label) for role in part.roles],
        )
        for day in programme_view(session, forum_id)
        for sitting in day.sessions
        for part in sitting.segments
    ]


def _new_york(session: Session, language: str = "fr", template: Any = "hearings-2006") -> uuid.UUID:
    return create_forum_from_template(
        session,
        template,
        on=date(2027, 7, 12),
        title=None,
        venue="United Nations Headquarters, New York",
        timezone="America/New_York",
        language=language,
    )


def test_bundled_templates_are_valid_and_listed() -> None:
    files = sorted(bundled_templates_dir().glob("*.json"))
    assert {f.stem for f in files} >= {"hearings-2006", "hearings-panels"}
    for path in files:
        spec = read_template_file(path)
        assert spec.slug == path.stem
        assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 1
    infos = {info.slug: info for info in list_templates()}
    assert infos["hearings-2006"].segments == 6 and infos["hearings-2006"].days == 1
    assert infos["hearings-2006"].source == "bundled"
    panels = find_template(None, "hearings-panels")
    kinds = [s.kind for d in panels.days for x in d.sessions for s in x.segments]
    assert SegmentKind.PANEL in kinds and SegmentKind.INTERACTIVE in kinds
    roles = {r.role for d in panels.days for x in d.sessions for s in x.segments for r in s.roles}
    assert {SegmentRoleKind.MODERATOR, SegmentRoleKind.PANELLIST, SegmentRoleKind.RAPPORTEUR} <= (
        roles
    )


def test_the_2006_template_says_what_the_seed_annex_says() -> None:
    parsed = parse_summary(seed_document().read_text(encoding="utf-8"))
    sessions, warnings = parse_annex_programme(parsed.annex_body or "")
    assert warnings == []
    spec = find_template(None, "hearings-2006")
    shapes = spec.days[0].sessions
    assert [(s.kind, s.starts_at, s.ends_at) for s in shapes] == [
        (s.kind, s.starts_at, s.ends_at) for s in sessions
    ]
    template_parts = [p for s in shapes for p in s.segments]
    annex_parts = [p for s in sessions for p in s.segments]
    assert [
        (
            p.kind,
            p.title.get("fr"),
            p.theme.get("fr") if p.theme else None,
            p.starts_at,
            p.ends_at,
            [label.get("fr") for slot in p.roles for label in slot.labels if label],
        )
        for p in template_parts
    ] == [(p.kind, p.title, p.theme, p.starts_at, p.ends_at, p.addresses) for p in annex_parts]
    # Every text has its English translation.
    for part in template_parts:
        assert {"en", "fr"} <= dict(part.title.values).keys()


def test_forum_from_the_2006_template_in_new_york(database: Database) -> None:
    with database.unit_of_work() as session:
        forum_id = _new_york(session)
    with database.reading() as session:
        forum = session.get_one(Forum, forum_id)
        assert forum.title.startswith("Rencontres interactives informelles de l'Assemblée")
        assert forum.short_title == "Rencontres interactives informelles, 12 juillet 2027"
        assert (forum.starts_on, forum.ends_on) == (date(2027, 7, 12), date(2027, 7, 12))
        assert (forum.timezone, forum.language) == ("America/New_York", "fr")
        template = session.get_one(AgendaTemplate, forum.template_id)
        assert template.slug == "hearings-2006"
        assert [room.name for room in forum.rooms] == ["Salle plénière"]
        segments = _segments(session, forum_id)
        assert len(segments) == 6
        moments = [segment_moments(session, s.id) for s in segments]
        assert [(iso(start), iso(end)) for start, end in moments] == NEW_YORK_SUMMER
        assert [s.kind for s in segments] == [
            SegmentKind.OPENING,
            *[SegmentKind.THEMATIC] * 4,
            SegmentKind.CLOSING,
        ]
        assert [s.session.kind for s in segments] == [SessionKind.MORNING] * 3 + [
            SessionKind.AFTERNOON
        ] * 3
        opening = segments[0]
        assert [r.role for r in opening.roles] == [SegmentRoleKind.ADDRESS] * 3
        assert all(r.representative_id is None and r.organisation_id is None for r in opening.roles)
        assert opening.roles[1].label == "Allocution du Vice-Secrétaire général"
        # The annex names no chair per part (the President of the Assembly presides).
        assert [[r.role for r in s.roles] for s in segments[1:5]] == [[]] * 4
        assert all(s.room_id == forum.rooms[0].id for s in segments)


def test_english_forum_and_default_role_labels(database: Database) -> None:
    with database.unit_of_work() as session:
        forum_id = _new_york(session, language="en")
        panels = _new_york(session, language="en", template="hearings-panels")
    with database.reading() as session:
        forum = session.get_one(Forum, forum_id)
        assert forum.title.startswith("Informal interactive hearings of the General Assembly")
        assert forum.short_title == "Informal interactive hearings, 12 July 2027"
        segments = _segments(session, forum_id)
        assert [s.title for s in segments] == [
            "Opening session",
            "Part one",
            "Part two",
            "Part three",
            "Part four",
            "Closing session",
        ]
        assert segments[3].theme is not None and segments[3].theme.endswith("(continued)")
        assert segments[0].roles[0].label == "Address by the President of the General Assembly"
        panel = _segments(session, panels)[1]
        assert [r.label for r in panel.roles] == [
            "Moderator",
            "Panellist 1",
            "Panellist 2",
            "Panellist 3",
            "Panellist 4",
            "Rapporteur",
        ]
        assert panel.default_speaking_seconds == 420


def test_winter_dates_have_the_winter_offset() -> None:
    zone = time_zone("America/New_York")
    start, end = span_moments(date(2027, 1, 12), time(10), time(10, 30), zone)
    assert (iso(start), iso(end)) == ("2027-01-12T10:00:00-05:00", "2027-01-12T10:30:00-05:00")
    _late, after_midnight = span_moments(date(2027, 1, 12), time(23), time(1), zone)
    assert iso(after_midnight) == "2027-01-13T01:00:00-05:00"
    with pytest.raises(ValueError, match="naive"):
        iso(datetime(2027, 1, 12, 10))


def _good() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(
        (bundled_templates_dir() / "hearings-2006.json").read_text(encoding="utf-8")
    )
    return body


def _set(body: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(body)
    target = changed
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


_DELETE = object()
_SEGMENT = ("days", 0, "sessions", 1, "segments", 2)


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("format_version",), 7, "format_version"),
        (("slug",), "Not A Slug", "slug"),
        (("days",), [], "days"),
        ((*_SEGMENT, "starts_at"), "25:00", "days[0].sessions[1].segments[2].starts_at"),
        ((*_SEGMENT, "ends_at"), "17:00", "days[0].sessions[1].segments[2].ends_at"),
        ((*_SEGMENT, "kind"), "party", "days[0].sessions[1].segments[2].kind"),
        ((*_SEGMENT, "room"), "annex", "days[0].sessions[1].segments[2].room"),
        ((*_SEGMENT, "title"), {"de": "Schluss"}, "days[0].sessions[1].segments[2].title.de"),
        ((*_SEGMENT, "roles", 0, "role"), "juggler", "segments[2].roles[0].role"),
        ((*_SEGMENT, "roles", 0, "count"), 0, "segments[2].roles[0].count"),
        (("days", 0, "sessions", 0, "title"), _DELETE, "days[0].sessions[0].title"),
        (("days", 0, "sessions", 1, "starts_at"), "12:00", "days[0].sessions[1].starts_at"),
        (("days", 0, "sessions", 0, "segments", 0, "ends_at"), "13:30", "segments[0]"),
    ],
)
def test_a_bad_template_file_is_refused_naming_file_and_field(
    database: Database, tmp_path: Path, path: tuple[Any, ...], value: Any, field: str
) -> None:
    bad = tmp_path / "my-programme.json"
    bad.write_text(json.dumps(_set(_good(), path, value)), encoding="utf-8")
    with database.unit_of_work() as session:
        with pytest.raises(TemplateError) as refused:
            create_forum_from_template(
                session, bad, on=date(2027, 7, 12), timezone="UTC", language="en"
            )
        assert refused.value.args[0].startswith("my-programme.json: ")
        assert field in str(refused.value)
        assert _count(session, Forum) == 0 and _count(session, AgendaTemplate) == 0


def test_unreadable_template_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"slug": ', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"^broken\.json: not JSON \(line 1"):
        read_template_file(broken)
    with pytest.raises(TemplateError, match=r"^missing\.json: no such template file"):
        read_template_file(tmp_path / "missing.json")
    with pytest.raises(TemplateError, match=r"no template 'nope'.*hearings-2006"):
        find_template(None, "nope")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timezone": "Mars/Olympus_Mons"}, "unknown time zone 'Mars/Olympus_Mons'"),
        ({"timezone": "../etc/passwd"}, "unknown time zone '../etc/passwd'"),
        ({"timezone": ""}, "unknown time zone ''"),
        ({"language": "de"}, "unknown language 'de'"),
    ],
)
def test_bad_time_zone_or_language_writes_nothing(
    database: Database, options: dict[str, str], message: str
) -> None:
    arguments = {"timezone": "America/New_York", "language": "fr", **options}
    with database.unit_of_work() as session:
        with pytest.raises((TimeZoneError, TemplateError), match=message):
            create_forum_from_template(session, "hearings-2006", on=date(2027, 7, 12), **arguments)
        assert _count(session, Forum) == 0 and _count(session, AgendaTemplate) == 0


def test_save_as_template_round_trips(database: Database, tmp_path: Path) -> None:
    with database.unit_of_work() as session:
        original = _new_york(session)
        body = programme_as_template(session, original, "my-hearings", "Nos rencontres")
    assert body["slug"] == "my-hearings" and body["name"] == {"fr": "Nos rencontres"}
    assert body["days"][0]["sessions"][0]["segments"][1]["starts_at"] == "10:35"
    assert "Sutherland" not in json.dumps(body)
    path = save_template_file(body, tmp_path / "mine.json")
    assert read_template_file(path).as_json() == body

    with database.unit_of_work() as session:
        copy_id = create_forum_from_template(
            session, path, on=date(2027, 7, 12), timezone="America/New_York", language="fr"
        )
    with database.reading() as session:
        assert _shape(session, copy_id) == _shape(session, original)
        moments = [segment_moments(session, s.id) for s in _segments(session, copy_id)]
        assert [(iso(a), iso(b)) for a, b in moments] == NEW_YORK_SUMMER
        copy_forum = session.get_one(Forum, copy_id)
        template = session.get_one(AgendaTemplate, copy_forum.template_id)
        assert template.slug == "my-hearings" and template.body == body
        assert {i.slug: i.source for i in list_templates(session)}["my-hearings"] == "database"
        assert find_template(session, "my-hearings").as_json() == body
        assert export_template(session, "my-hearings", tmp_path / "out.json").exists()
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == body


def test_the_demo_programme_saved_as_a_template_matches_the_bundled_one(
    demo_db: Database,
) -> None:
    with demo_db.reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        saved = parse_template(
            programme_as_template(session, forum_id, "from-demo", "Démo"), "demo"
        )
    bundled = find_template(None, "hearings-2006")

    def shape(spec: Any) -> list[tuple[Any, ...]]:
        return [
            (x.kind, x.title.get("fr"), s.kind, s.title.get("fr"), s.starts_at, s.ends_at)
            for d in spec.days
            for x in d.sessions
            for s in x.segments
        ]

    assert shape(saved) == shape(bundled)


def test_importing_a_different_template_under_a_used_slug_needs_replace(
    database: Database,
) -> None:
    with database.unit_of_work() as session:
        _new_york(session)
    changed = _set(_good(), (*_SEGMENT, "ends_at"), "17:55")
    with database.unit_of_work() as session:
        spec = parse_template(changed, "changed.json")
        with pytest.raises(TemplateError, match=r"changed\.json: a different template"):
            import_template(session, spec)
        template_id = import_template(session, spec, replace=True)
        assert import_template(session, spec) == template_id  # the same again: nothing to do
    with database.reading() as session:
        assert _count(session, AgendaTemplate) == 1
        assert find_template(session, "hearings-2006").days[0].sessions[1].segments[2].ends_at == (
            time(17, 55)
        )
        assert _count(session, Day) == 1

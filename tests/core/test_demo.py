"""The demo forum built from the seed: idempotent loading and what the pages read back."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from forumdesk.services.database.demo import demo_forum_id, load_demo
from forumdesk.services.documents.documents import document_view, documents_of_forum
from forumdesk.services.programme.forums import forum_figures, list_forums
from forumdesk.services.programme.programme import programme_view
from forumdesk.store.database import Database
from forumdesk.store.enums import SectionLevel, SegmentKind, SegmentRoleKind, SessionKind
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Representative, Segment, SegmentRole
from forumdesk.store.types import utcnow


def _forum_id(database: Database) -> uuid.UUID:
    with database.reading() as session:
        forum_id = demo_forum_id(session)
    assert forum_id is not None
    return forum_id


def test_loading_the_demo_twice_makes_one_forum(empty_db_path: Path) -> None:
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            assert demo_forum_id(session) is None
            first = load_demo(session)
        with database.unit_of_work() as session:
            second = load_demo(session)
        assert first.created and not second.created
        assert first.forum_id == second.forum_id
        assert first.segments == second.segments == 6
        assert first.document is not None and second.document is None
        assert first.document.paragraphs == 76
        assert first.document.footnotes == 1
        assert first.document.warnings == ()
        with database.reading() as session:
            forums = list_forums(session)
            assert [f.id for f in forums] == [first.forum_id]
            assert forums[0].starts_on == forums[0].ends_on == date(2006, 7, 12)
            assert forums[0].timezone == "America/New_York"
            assert forums[0].display_title == "Rencontres interactives informelles, 12 juillet 2006"
            figures = forum_figures(session, first.forum_id)
        assert (figures.days, figures.sessions, figures.segments) == (1, 2, 6)
        assert (figures.documents, figures.paragraphs) == (1, 76)
        # Peter Sutherland and the sample: 8 requests wait, 2 withdrew.
        assert (figures.registrations, figures.accredited) == (420, 410)
    finally:
        database.dispose()


def test_programme_view_has_the_six_segments_of_the_annex(demo_db: Database) -> None:
    forum_id = _forum_id(demo_db)
    with demo_db.reading() as session:
        (day,) = programme_view(session, forum_id)
    assert day.date == date(2006, 7, 12)
    assert [(s.kind, s.starts_at, s.ends_at) for s in day.sessions] == [
        (SessionKind.MORNING, time(10, 0), time(13, 0)),
        (SessionKind.AFTERNOON, time(15, 0), time(18, 0)),
    ]
    segments = [segment for sitting in day.sessions for segment in sitting.segments]
    assert [(s.starts_at.strftime("%H:%M"), s.ends_at.strftime("%H:%M")) for s in segments] == [
        ("10:00", "10:30"),
        ("10:35", "11:45"),
        ("11:50", "13:00"),
        ("15:00", "16:15"),
        ("16:20", "17:30"),
        ("17:30", "18:00"),
    ]
    assert [s.kind for s in segments] == [
        SegmentKind.OPENING,
        SegmentKind.THEMATIC,
        SegmentKind.THEMATIC,
        SegmentKind.THEMATIC,
        SegmentKind.THEMATIC,
        SegmentKind.CLOSING,
    ]
    assert [s.title for s in segments] == [
        "Séance inaugurale",
        "Première partie",
        "Deuxième partie",
        "Troisième partie",
        "Quatrième partie",
        "Séance de clôture",
    ]
    assert {s.room for s in segments} == {"Salle plénière"}
    opening = segments[0]
    assert [r.role for r in opening.roles] == [SegmentRoleKind.ADDRESS] * 3
    assert opening.roles[1].label == "Allocution du Vice-Secrétaire général"


def test_a_tombstoned_segment_leaves_the_programme(demo_db: Database) -> None:
    forum_id = _forum_id(demo_db)
    with demo_db.unit_of_work() as session:
        closing = session.scalars(select(Segment).where(Segment.title == "Séance de clôture")).one()
        closing.deleted_at = utcnow()
    with demo_db.reading() as session:
        (day,) = programme_view(session, forum_id)
        assert [len(s.segments) for s in day.sessions] == [3, 2]
        assert load_demo(session).segments == 5


def test_the_document_reads_back_with_76_paragraphs_and_an_outline(demo_db: Database) -> None:
    forum_id = _forum_id(demo_db)
    with demo_db.reading() as session:
        (summary,) = documents_of_forum(session, forum_id)
        (version,) = summary.versions
        view = document_view(session, version.id)
    assert version.language == "fr"
    assert summary.title.startswith("Mondialisation et interdépendance")
    assert view.issued_on == date(2006, 7, 27)
    assert [p.number for p in view.paragraphs] == list(range(1, 77))
    assert view.header_lines[0] == "Assemblée générale"
    assert view.annex_title is not None and view.annex_title.startswith("Programme")
    assert view.annex_body is not None and "Séance inaugurale" in view.annex_body

    top = [n for n in view.outline if n.level is SectionLevel.SECTION]
    assert [(n.label, n.first_paragraph, n.last_paragraph) for n in top] == [
        ("I", 1, 7),
        ("II", 8, 22),
        ("III", 23, 29),
        ("IV", 30, 64),
        ("V", 65, 76),
    ]
    assert all(n.parent_id is None for n in top)
    assert all(n.level is not SectionLevel.ANNEX for n in view.outline)
    nodes = {n.id: n for n in view.outline}
    migrantes = next(n for n in view.outline if n.title == "Migrantes")
    assert migrantes.parent_id is not None
    assert nodes[migrantes.parent_id].title.startswith("Groupes vulnérables")
    assert (migrantes.first_paragraph, migrantes.last_paragraph) == (45, 46)

    p22 = view.paragraphs[21]
    assert [(f.marker, f.text) for f in p22.footnotes] == [("¹", "A/60/871.")]
    assert all(not p.footnotes for p in view.paragraphs if p.number != 22)
    p31 = view.paragraphs[30]
    assert p31.section_id is not None and nodes[p31.section_id].title.startswith("Impact écon")


def test_peter_sutherland_gives_the_third_opening_address(demo_db: Database) -> None:
    with demo_db.reading() as session:
        sutherland = session.scalars(
            select(Representative).where(Representative.family_name == "Sutherland")
        ).one()
        opening = session.scalars(select(Segment).where(Segment.title == "Séance inaugurale")).one()
        roles = session.scalars(
            select(SegmentRole)
            .where(SegmentRole.segment_id == opening.id)
            .order_by(SegmentRole.position)
        ).all()
        assert sutherland.given_name == "Peter"
        assert [r.representative_id for r in roles] == [None, None, sutherland.id]
        assert sutherland.organisation_id is not None
        assert roles[2].organisation_id == sutherland.organisation_id
        assert roles[2].label is not None
        assert roles[2].label.startswith("Allocution du Représentant spécial")

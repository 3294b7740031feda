"""The Practices page's list: search (accent-folded), facets with counts, and the
candidate partners of a practice."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.demo_day import clear_demo_practices

from forumdesk.services.practices.partners import candidate_partners
from forumdesk.services.practices.practices import (
    PracticeInput,
    create_practice,
    practice_view,
    update_practice,
)
from forumdesk.services.practices.query import PracticeQuery, search_practices
from forumdesk.services.practices.themes import ensure_themes, theme_id
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import Forum, Organisation


@pytest.fixture
def demo_db_path(demo_db_path: Path) -> Path:
    """The demo without its fictional practices: these tests count their own."""
    return clear_demo_practices(demo_db_path)


def _setup(database: Database) -> tuple[uuid.UUID, list[Organisation]]:
    with database.unit_of_work() as session:
        forum = session.scalars(select(Forum.id)).one()
        ensure_themes(session, forum)
        organisations = [
            Organisation(name="Fundación Remesas", category=OrganisationCategory.CIVIL_SOCIETY),
            Organisation(name="Mission du Mexique", category=OrganisationCategory.MEMBER_STATE),
            Organisation(name="Diaspora Bank", category=OrganisationCategory.PRIVATE_SECTOR),
            Organisation(name="Think Tank Europe", category=OrganisationCategory.RESEARCH),
        ]
        session.add_all(organisations)
        session.flush()
        session.expunge_all()
    return forum, organisations


def _add(
    database: Database,
    forum: uuid.UUID,
    title: str,
    themes: tuple[str, ...],
    submitters: tuple[Organisation, ...],
    region: WorldRegion | None = None,
    countries: tuple[str, ...] = (),
    kind: PracticeType = PracticeType.PROGRAMME,
    summary: str = "",
) -> uuid.UUID:
    with database.unit_of_work() as session:
        return create_practice(
            session,
            forum,
            PracticeInput(
                title=title,
                practice_type=kind,
                summary=summary,
                region=region,
                countries=countries,
                themes=tuple(theme_id(forum, code) for code in themes),
                submitters=tuple(o.id for o in submitters),
            ),
        )


def _counts(found: object, facet: str) -> dict[object, int]:
    return {f.value: f.count for f in found.facets[facet]}  # type: ignore[attr-defined]


def test_search_is_accent_folded_over_every_text_and_the_submitters(demo_db: Database) -> None:
    forum, (fundacion, mexico, bank, _think) = _setup(demo_db)
    a = _add(
        demo_db,
        forum,
        "Corridors de transferts",
        ("remittances",),
        (fundacion,),
        summary="Réduire le coût des envois",
    )
    b = _add(demo_db, forum, "Diaspora bonds", ("diaspora",), (bank, mexico))
    with demo_db.reading() as session:

        def ids(text: str) -> set[uuid.UUID]:
            return {r.id for r in search_practices(session, forum, PracticeQuery(text)).rows}

        assert ids("reduire cout") == {a}
        assert ids("FUNDACION") == {a}
        assert ids("mexique") == {b}
        assert ids("diaspora") == {b}
        assert ids("") == {a, b}
        assert ids("nothing like it") == set()
        row = search_practices(session, forum, PracticeQuery("bonds")).rows[0]
    assert row.lead == "Diaspora Bank" and row.themes and row.state is ReviewState.RECEIVED


def test_facets_count_with_the_other_facets_and_a_top_theme_holds_its_sub_themes(
    demo_db: Database,
) -> None:
    forum, (fundacion, mexico, bank, _think) = _setup(demo_db)
    _add(demo_db, forum, "Corridors", ("remittances",), (fundacion,), WorldRegion.AMERICAS)
    _add(
        demo_db,
        forum,
        "Bonds",
        ("diaspora",),
        (bank,),
        WorldRegion.EUROPE,
        kind=PracticeType.POLICY,
    )
    _add(demo_db, forum, "Rights desk", ("migrant_rights",), (mexico,), WorldRegion.AMERICAS)
    development = theme_id(forum, "development")
    with demo_db.reading() as session:
        everything = search_practices(session, forum, PracticeQuery())
        by_theme = search_practices(session, forum, PracticeQuery(theme=development))
        both = search_practices(
            session, forum, PracticeQuery(theme=development, region=WorldRegion.AMERICAS)
        )
    assert everything.total == 3
    themes = _counts(everything, "theme")
    assert themes[development] == 2 and themes[theme_id(forum, "rights")] == 1
    assert themes[theme_id(forum, "remittances")] == 1
    assert {r.title for r in by_theme.rows} == {"Corridors", "Bonds"}
    # The region facet counts within the chosen theme; the theme facet within the region.
    assert _counts(by_theme, "region") == {WorldRegion.AMERICAS: 1, WorldRegion.EUROPE: 1}
    assert [r.title for r in both.rows] == ["Corridors"]
    assert _counts(both, "theme")[theme_id(forum, "rights")] == 1
    assert _counts(everything, "category")[OrganisationCategory.MEMBER_STATE] == 1
    assert _counts(everything, "type")[PracticeType.POLICY] == 1
    assert _counts(everything, "state")[ReviewState.RECEIVED] == 3
    assert _counts(everything, "state")[ReviewState.PUBLISHED] == 0


def test_candidate_partners_share_a_theme_and_a_place(demo_db: Database) -> None:
    forum, (fundacion, mexico, bank, think) = _setup(demo_db)
    mine = _add(
        demo_db,
        forum,
        "Corridors",
        ("remittances", "data"),
        (fundacion,),
        WorldRegion.AMERICAS,
        ("MEX",),
    )
    _add(
        demo_db, forum, "Remittance apps", ("remittances",), (bank, fundacion), WorldRegion.AMERICAS
    )
    _add(demo_db, forum, "Remittance survey", ("data",), (bank,), WorldRegion.EUROPE, ("MEX",))
    _add(demo_db, forum, "Consular desk", ("remittances",), (mexico,), WorldRegion.EUROPE)
    _add(demo_db, forum, "Wrong theme", ("gender",), (think,), WorldRegion.AMERICAS)
    with demo_db.reading() as session:
        found = candidate_partners(session, mine)
    assert [c.name for c in found] == ["Diaspora Bank"]
    assert found[0].practices == 2
    assert len(found[0].themes) == 2


def test_a_search_reads_again_after_any_change(demo_db: Database) -> None:
    """The records are kept between searches while nothing audited changed: a change,
    an edit as much as a new practice, is seen by the next search."""
    forum, organisations = _setup(demo_db)
    first = _add(demo_db, forum, "Caisse de solidarité", ("remittances",), tuple(organisations[:1]))
    with demo_db.reading() as session:
        assert search_practices(session, forum, PracticeQuery("solidarite")).total == 1
        assert search_practices(session, forum, PracticeQuery("entraide")).total == 0
    with demo_db.unit_of_work() as session:
        view = practice_view(session, first)
        update_practice(session, first, replace(view.values, title="Caisse d'entraide"), None)
    with demo_db.reading() as session:
        assert search_practices(session, forum, PracticeQuery("solidarite")).total == 0
        assert search_practices(session, forum, PracticeQuery("entraide")).total == 1

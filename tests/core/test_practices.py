"""Practices: entering, editing without a lost update, linking, the review's states."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.demo_day import clear_demo_practices

from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
from forumdesk.services.common.refusals import Refused
from forumdesk.services.practices.practices import (
    ParagraphRef,
    PracticeError,
    PracticeInput,
    create_practice,
    delete_practice,
    practice_view,
    update_practice,
)
from forumdesk.services.practices.review import review_practice
from forumdesk.services.practices.themes import add_theme, ensure_themes, remove_theme, themes_of
from forumdesk.store.database import Database
from forumdesk.store.enums import PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import (
    AuditEntry,
    Document,
    Forum,
    Organisation,
    PracticeLink,
    PracticeTheme,
)


@pytest.fixture(autouse=True)
def _without_demo_practices(demo_db_path: Path) -> None:
    """The workings from no practice and no theme (tests/demo_day.py)."""
    clear_demo_practices(demo_db_path)


def _forum_and_document(database: Database) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    with database.reading() as session:
        forum = session.scalars(select(Forum.id)).one()
        document = session.scalars(select(Document.id)).first()
        organisations = list(session.scalars(select(Organisation.id).limit(3)))
    assert document is not None
    return forum, document, organisations


def _practice(database: Database, **changes: object) -> uuid.UUID:
    forum, document, organisations = _forum_and_document(database)
    with database.unit_of_work() as session:
        ensure_themes(session, forum)
        # A theme none of the demo's recommendations is filed under.
        remittances = next(t for t in themes_of(session, forum) if t.code == "youth")
        data = PracticeInput(
            title="  Lower-cost  remittance corridors ",
            practice_type=PracticeType.PROGRAMME,
            countries=("Mexique", "USA"),
            contact_email="Focal.Point@Example.org",
            submitters=(organisations[0], organisations[1]),
            themes=(remittances.id,),
            paragraphs=(ParagraphRef(document, 32),),
            links=("https://example.org/corridors",),
        )
        return create_practice(session, forum, data, **changes)  # type: ignore[arg-type]


def test_a_practice_is_stored_cleaned_linked_and_audited(demo_db: Database) -> None:
    practice_id = _practice(demo_db)
    with demo_db.reading() as session:
        view = practice_view(session, practice_id)
        links = session.scalars(select(PracticeLink).where(PracticeLink.practice_id == practice_id))
        numbers = [link.paragraph_number for link in links]
        audited = session.scalars(
            select(AuditEntry.table_name).where(AuditEntry.record_id == practice_id)
        ).all()
    assert view.values.title == "Lower-cost remittance corridors"
    assert view.values.countries == ("MEX", "USA")
    assert view.values.region is WorldRegion.AMERICAS, "found from the countries"
    assert view.values.contact_email == "Focal.Point@example.org"
    assert view.state is ReviewState.RECEIVED
    assert len(view.submitter_names) == 2
    assert view.theme_labels and numbers == [32]
    assert audited == ["practices"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"countries": ("Atlantis",)}, "countries"),
        ({"period_from": 2010, "period_to": 2005}, "period_to"),
        ({"period_from": 1200}, "period_from"),
        ({"contact_email": "not an address"}, "contact_email"),
        ({"links": ("not a link",)}, "links"),
    ],
)
def test_bad_values_name_their_field_and_write_nothing(
    demo_db: Database, changes: dict[str, object], field: str
) -> None:
    forum, _, _ = _forum_and_document(demo_db)
    data = PracticeInput(title="A practice", practice_type=PracticeType.POLICY)
    data = PracticeInput(**{**data.__dict__, **changes})  # type: ignore[arg-type]
    with pytest.raises(PracticeError) as refused, demo_db.unit_of_work() as session:
        create_practice(session, forum, data)
    assert refused.value.field == field


def test_two_edits_merge_field_by_field_and_a_clash_is_refused(demo_db: Database) -> None:
    practice_id = _practice(demo_db)
    with demo_db.reading() as session:
        read = practice_view(session, practice_id)
    mine = PracticeInput(**{**read.values.__dict__, "summary": "Ana's summary"})
    theirs = PracticeInput(**{**read.values.__dict__, "results": "Costs fell by a third"})
    with demo_db.unit_of_work() as session:
        update_practice(session, practice_id, theirs, ReadAt(read.version, read.values))
    with demo_db.unit_of_work() as session:
        update_practice(session, practice_id, mine, ReadAt(read.version, read.values))
    with demo_db.reading() as session:
        merged = practice_view(session, practice_id).values
    assert (merged.summary, merged.results) == ("Ana's summary", "Costs fell by a third")
    clash = PracticeInput(**{**read.values.__dict__, "summary": "Ben's summary"})
    with pytest.raises(EditConflict), demo_db.unit_of_work() as session:
        update_practice(session, practice_id, clash, ReadAt(read.version, read.values))


def test_review_goes_through_its_states_with_reviewer_and_reason(demo_db: Database) -> None:
    practice_id = _practice(demo_db)
    with pytest.raises(Refused, match="cannot be marked"), demo_db.unit_of_work() as session:
        review_practice(session, practice_id, ReviewState.PUBLISHED)
    with demo_db.unit_of_work() as session:
        step = review_practice(session, practice_id, ReviewState.UNDER_REVIEW)
    with pytest.raises(Refused, match="reason"), demo_db.unit_of_work() as session:
        review_practice(session, practice_id, ReviewState.DECLINED)
    with pytest.raises(Refused, match="changed since"), demo_db.unit_of_work() as session:
        review_practice(session, practice_id, ReviewState.PUBLISHED, version=step.version - 1)
    with demo_db.unit_of_work() as session:
        review_practice(session, practice_id, ReviewState.DECLINED, reason="Out of scope")
    with demo_db.reading() as session:
        view = practice_view(session, practice_id)
    assert view.state is ReviewState.DECLINED
    assert view.reviewer == "Test Secretary" and view.review_reason == "Out of scope"


def test_deleting_tombstones_the_practice_and_frees_its_theme(demo_db: Database) -> None:
    practice_id = _practice(demo_db)
    forum, _, _ = _forum_and_document(demo_db)
    with demo_db.reading() as session:
        theme = next(t for t in themes_of(session, forum) if t.code == "youth")
    with pytest.raises(Refused, match="still in use"), demo_db.unit_of_work() as session:
        remove_theme(session, theme.id)
    with demo_db.unit_of_work() as session:
        delete_practice(session, practice_id)
        remove_theme(session, theme.id)
    with demo_db.reading() as session:
        live = session.scalars(select(PracticeTheme).where(PracticeTheme.deleted_at.is_(None)))
        assert list(live) == []
        assert theme.id not in {t.id for t in themes_of(session, forum)}


def test_the_seed_vocabulary_comes_once_and_a_forum_adds_its_own(demo_db: Database) -> None:
    forum, _, _ = _forum_and_document(demo_db)
    with demo_db.unit_of_work() as session:
        assert ensure_themes(session, forum) == 0  # the demo has the seed's already
        later = Forum(title="Forum 2007", language="fr")
        session.add(later)
        session.flush()
        assert ensure_themes(session, later.id) > 20
        assert ensure_themes(session, later.id) == 0
        add_theme(session, forum, "labour_mobility", "Labour mobility", "development")
        with pytest.raises(Refused, match="already has"):
            add_theme(session, forum, "labour_mobility", "Again")
    with demo_db.reading() as session:
        codes = [t.code for t in themes_of(session, forum)]
    assert codes[:2] == ["rights", "migrant_rights"]
    assert "labour_mobility" in codes


def test_regions_come_from_the_countries_and_are_named_by_cldr() -> None:
    from forumdesk.services.practices.regions import region_label, region_of

    assert region_of(["SEN", "MLI"]) is WorldRegion.AFRICA
    assert region_of(["MEX", "FRA"]) is WorldRegion.GLOBAL
    assert region_of(["ATA"]) is None and region_of([]) is None
    assert region_label(WorldRegion.AFRICA, "fr") == "Afrique"
    assert region_label(WorldRegion.GLOBAL, "en") == "World"
    assert region_label(WorldRegion.ASIA, "zh") == "亚洲"


def test_every_country_but_antarctica_has_one_region() -> None:
    import pycountry

    from forumdesk.services.practices.regions import country_region

    missing = [c.alpha_3 for c in pycountry.countries if country_region(c.alpha_3) is None]
    assert missing == ["ATA"]

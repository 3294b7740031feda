"""Practices travel in the laptop merge like everything else (issue 20): a practice made
and one reviewed on a laptop arrive at the office with their values, links and review,
audited and verifiable; a field both sides changed is a sync conflict; a theme both
sides linked is one link; a laptop for one forum holds that forum's practices only."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.core.two_copies import merge, rows, two_copies, work

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.database.integrity import run_check
from forumdesk.services.practices.practices import (
    ParagraphRef,
    PracticeInput,
    create_practice,
    practice_input,
    practice_view,
    update_practice,
)
from forumdesk.services.practices.review import review_practice
from forumdesk.services.practices.themes import ensure_themes, theme_id
from forumdesk.services.search.query import search
from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.enums import AuditAction, PracticeType, ReviewState, WorldRegion
from forumdesk.store.migrate import open_database
from forumdesk.store.models import (
    AuditEntry,
    Document,
    Forum,
    Organisation,
    Practice,
    PracticeTheme,
    Segment,
)

TABLES = ("themes", "practices", "practice_submitters", "practice_themes", "practice_links")
NEW_TITLE = "Mobile banking for seasonal workers"
RECEIVED = "Hometown associations co-funding village projects (fictional example)"


def _practice_id(session: Session, title: str) -> uuid.UUID:
    return session.scalars(select(Practice.id).where(Practice.title == title)).one()


def _on_the_laptop(session: Session) -> None:
    """Ben enters a practice submitted at the venue and takes one received into review."""
    forum = demo_forum_id(session)
    assert forum is not None
    document = session.scalars(select(Document.id)).one()
    segment = session.scalars(select(Segment.id).where(Segment.title == "Deuxième partie")).one()
    organisation = session.scalars(
        select(Organisation.id).where(Organisation.name.like("%Diaspora%")).limit(1)
    ).one()
    create_practice(
        session,
        forum,
        PracticeInput(
            title=NEW_TITLE,
            practice_type=PracticeType.PROGRAMME,
            summary="Accounts opened before departure; wages paid into them abroad.",
            region=WorldRegion.AFRICA,
            countries=("SEN",),
            contact_name="Awa Ndiaye",
            submitters=(organisation,),
            themes=(theme_id(forum, "remittances"),),
            segments=(segment,),
            paragraphs=(ParagraphRef(document, 32),),
        ),
    )
    review_practice(session, _practice_id(session, RECEIVED), ReviewState.UNDER_REVIEW)


def test_a_practice_made_and_one_reviewed_on_a_laptop_arrive_audited(
    demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = two_copies(demo_db_path, tmp_path)
    work(b, "Ben", _on_the_laptop)
    result = merge(a, b)
    assert result.conflicts == []
    assert result.inserted == 5  # the practice, its submitter, theme, segment and paragraph
    assert result.updated == 1  # the review
    office, _ = open_database(str(a), backup=False)
    try:
        with office.reading() as session:
            new = practice_view(session, _practice_id(session, NEW_TITLE))
            assert new.values.countries == ("SEN",) and new.values.contact_name == "Awa Ndiaye"
            assert new.theme_labels == ("Envois de fonds",) and len(new.submitter_names) == 1
            assert [ref.number for ref in new.values.paragraphs] == [32]
            assert len(new.values.segments) == 1 and new.state is ReviewState.RECEIVED
            reviewed = practice_view(session, _practice_id(session, RECEIVED))
            assert (reviewed.state, reviewed.reviewer) == (ReviewState.UNDER_REVIEW, "Ben")
            assert [h.target_id for h in search(session, "seasonal", kinds=["practice"])] == [
                new.id
            ]
            entries = session.execute(
                select(
                    AuditEntry.record_id,
                    AuditEntry.action,
                    AuditEntry.actor,
                    AuditEntry.before,
                    AuditEntry.after,
                )
                .where(AuditEntry.record_id.in_([new.id, reviewed.id]))
                .order_by(AuditEntry.at)
            ).all()
    finally:
        office.dispose()
    _, action, actor, _, after = next(e for e in entries if e.record_id == new.id)
    assert (action, actor, after["title"]) == (AuditAction.CREATE, "Ben", NEW_TITLE)
    _, action, actor, before, after = [e for e in entries if e.record_id == reviewed.id][-1]
    assert (action, actor) == (AuditAction.UPDATE, "Ben")
    assert (before["state"], after["state"]) == ("received", "under_review")
    assert run_check(str(a)).ok and run_check(str(b)).ok
    back = merge(b, a)
    assert (back.inserted, back.updated, back.conflicts) == (0, 0, [])
    assert rows(a, TABLES) == rows(b, TABLES)


def _retitle(title: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        practice = session.get_one(Practice, _practice_id(session, RECEIVED))
        update_practice(
            session,
            practice.id,
            dataclasses.replace(practice_input(session, practice), title=title),
        )

    return work


def test_a_title_changed_on_both_sides_is_a_sync_conflict(
    demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = two_copies(demo_db_path, tmp_path)
    work(a, "Ana", _retitle("Village projects co-funded by hometown associations"))
    work(b, "Ben", _retitle("Hometown associations and village projects"))
    result = merge(a, b)
    assert [(c.table, c.field, c.ours, c.theirs) for c in result.conflicts] == [
        (
            "practices",
            "title",
            "Village projects co-funded by hometown associations",
            "Hometown associations and village projects",
        )
    ]


def _add_theme(code: str) -> Callable[[Session], None]:
    def work(session: Session) -> None:
        practice = session.get_one(Practice, _practice_id(session, RECEIVED))
        values = practice_input(session, practice)
        wanted = (*values.themes, theme_id(practice.forum_id, code))
        update_practice(session, practice.id, dataclasses.replace(values, themes=wanted))

    return work


def test_two_laptops_linking_the_same_theme_make_one_link(
    demo_db_path: Path, tmp_path: Path
) -> None:
    a, b = two_copies(demo_db_path, tmp_path)
    work(a, "Ana", _add_theme("data"))
    work(b, "Ben", _add_theme("data"))
    for target, other in ((a, b), (b, a)):
        assert merge(target, other).conflicts == []
    for path in (a, b):
        with sqlite3.connect(path) as connection:
            live = connection.execute(
                "SELECT count(*) FROM practice_themes JOIN themes ON themes.id = theme_id "
                "WHERE themes.code = 'data' AND practice_themes.deleted_at IS NULL"
            ).fetchone()[0]
        connection.close()
        assert live == 2, path.name  # the demo's data partnership, and this one once
    assert rows(a, TABLES) == rows(b, TABLES)


def test_a_laptop_for_one_forum_holds_that_forums_practices_only(
    demo_db: Any, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        demo = demo_forum_id(session)
        assert demo is not None
        other = Forum(title="Another forum", language="en", timezone="UTC")
        session.add(other)
        session.flush()
        ensure_themes(session, other.id)
        elsewhere = PracticeInput(
            "Elsewhere", PracticeType.POLICY, themes=(theme_id(other.id, "data"),)
        )
        create_practice(session, other.id, elsewhere)
    laptop_path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop_path, forum_id=demo)
    with demo_db.unit_of_work() as session:
        create_practice(session, other.id, dataclasses.replace(elsewhere, title="Later"))
        here = PracticeInput("Here", PracticeType.POLICY, themes=(theme_id(demo, "data"),))
        create_practice(session, demo, here)
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        sync_from(laptop, str(demo_db.path))
        with laptop.reading() as session:
            titles = set(session.scalars(select(Practice.title)))
            themes = session.scalars(select(PracticeTheme.theme_id)).all()
            forums = set(session.scalars(select(Practice.forum_id)))
    finally:
        laptop.dispose()
    assert "Here" in titles and not {"Elsewhere", "Later"} & titles
    assert forums == {demo} and theme_id(other.id, "data") not in themes


def test_each_create_edit_and_review_is_audited_with_before_and_after(demo_db: Any) -> None:
    demo_db.actor = "Ana"
    with demo_db.unit_of_work() as session:
        _add_theme("data")(session)
        _retitle("Village projects")(session)
    with demo_db.unit_of_work() as session:
        practice_id = _practice_id(session, "Village projects")
        review_practice(session, practice_id, ReviewState.UNDER_REVIEW)
    with demo_db.reading() as session:
        entries = session.execute(
            select(AuditEntry.table_name, AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.actor == "Ana")
            .order_by(AuditEntry.at)
        ).all()
    changed = [
        (table, action, {k: (before or {}).get(k) for k in after or {}}, after)
        for table, action, before, after in entries
    ]
    themes = [c for c in changed if c[0] == "practice_themes"]
    assert [action for _, action, _, _ in themes] == [AuditAction.CREATE]
    practices = [(before, after) for table, _, before, after in changed if table == "practices"]
    assert (practices[0][0]["title"], practices[0][1]["title"]) == (RECEIVED, "Village projects")
    assert (practices[-1][0]["state"], practices[-1][1]["state"]) == ("received", "under_review")
    assert practices[-1][1]["reviewer"] == "Ana"
    assert run_check(str(demo_db.path)).ok

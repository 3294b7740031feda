"""Practices and recommendations at the shared office, on a real PostgreSQL server
(marked `postgres`): `roles setup` grants their tables to the programme officer (and the
recommendations' to the minute-writer too); a registrar is refused by the application
and by the server; each write is in the audit log under the user's name."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, create_engine, make_url, select, text
from sqlalchemy.exc import DBAPIError
from tests.core.postgres_db import marks
from tests.core.postgres_office import Office, office

from forumdesk.services.access.guard import AccessRefused
from forumdesk.services.practices.practices import PracticeInput, create_practice
from forumdesk.services.practices.review import review_practice
from forumdesk.services.practices.themes import theme_id
from forumdesk.services.search.practices import index_recommendation
from forumdesk.services.search.query import search
from forumdesk.store.database import Database
from forumdesk.store.enums import AuditAction, PracticeType, ReviewState
from forumdesk.store.models import AuditEntry, Practice, Recommendation

pytestmark = marks
__all__ = ["office"]  # the fixture


def _new_practice(database: Database, forum_id: uuid.UUID, title: str) -> uuid.UUID:
    with database.unit_of_work() as session:
        data = PracticeInput(
            title, PracticeType.POLICY, themes=(theme_id(forum_id, "remittances"),)
        )
        return create_practice(session, forum_id, data)


def _server(office: Office, who: str) -> Engine:
    return create_engine(
        make_url(office.url).set(username=office.account(who), password=f"pw-{who}")
    )


def test_a_registrar_cannot_write_practices_and_a_programme_officer_can(office: Office) -> None:
    rita = office.open_as("rita", "Rita Alves")
    pat = office.open_as("pat", "Pat Chen")
    try:
        with pytest.raises(AccessRefused, match="needs the programme officer role"):
            _new_practice(rita, office.forum_id, "Refused")
        practice = _new_practice(pat, office.forum_id, "Ethical recruitment charter")
        with pat.unit_of_work() as session:
            review_practice(session, practice, ReviewState.UNDER_REVIEW)
            review_practice(session, practice, ReviewState.PUBLISHED)
        with rita.reading() as session:  # everyone reads
            assert session.get_one(Practice, practice).state is ReviewState.PUBLISHED
            assert [h.target_id for h in search(session, "ethical charter", kinds=["practice"])]
            entries = session.execute(
                select(AuditEntry.action, AuditEntry.actor, AuditEntry.before, AuditEntry.after)
                .where(AuditEntry.record_id == practice)
                .order_by(AuditEntry.at)
            ).all()
    finally:
        rita.dispose()
        pat.dispose()
    pat_name = f"Pat Chen ({office.account('pat')})"
    assert [(action, actor) for action, actor, _, _ in entries] == [
        (AuditAction.CREATE, pat_name),
        (AuditAction.UPDATE, pat_name),
        (AuditAction.UPDATE, pat_name),
    ]
    assert [(b["state"], a["state"]) for _, _, b, a in entries[1:]] == [
        ("received", "under_review"),
        ("under_review", "published"),
    ]
    direct = _server(office, "rita")
    try:
        denied = "permission denied for table practices"
        with pytest.raises(DBAPIError, match=denied), direct.begin() as connection:
            connection.execute(text("UPDATE practices SET title = 'Renamed'"))
    finally:
        direct.dispose()


def test_a_minute_writer_writes_recommendations_but_not_practices(office: Office) -> None:
    ana = office.open_as("ana", "Ana Lima")
    try:
        with ana.unit_of_work() as session:
            recommendation = Recommendation(
                forum_id=office.forum_id, code="R1", text="Réduire le coût des transferts."
            )
            session.add(recommendation)
            session.flush()
            index_recommendation(session, recommendation.id)
        with pytest.raises(AccessRefused, match="needs the programme officer role"):
            _new_practice(ana, office.forum_id, "Refused")
        with ana.reading() as session:
            hits = search(session, "cout transferts", kinds=["recommendation"])
    finally:
        ana.dispose()
    assert [h.kind for h in hits] == ["recommendation"]

"""Recommendations from a summary: made from a paragraph or a sentence, edited without a
lost update, taken up by stakeholders, answered by practices, followed up at a later
forum."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.services.common.signer import UnnamedSigner
from forumdesk.services.practices.practices import PracticeInput, create_practice
from forumdesk.services.practices.recommending.follow_up import (
    Assessment,
    clear_follow_up,
    follow_up_id,
    later_forums,
    set_follow_up,
)
from forumdesk.services.practices.recommending.recommendation_views import (
    recommendation_view,
    recommendations_of,
)
from forumdesk.services.practices.recommending.recommendations import (
    RecommendationInput,
    delete_recommendation,
    recommend,
    recommendation_by_code,
    update_recommendation,
)
from forumdesk.services.practices.recommending.uptake import (
    Commitment,
    add_uptake,
    edit_uptake,
    link_practice,
    remove_uptake,
    unlink_practice,
)
from forumdesk.services.practices.themes import ensure_themes, theme_id
from forumdesk.store.database import Database
from forumdesk.store.enums import FollowUpStatus, PracticeType
from forumdesk.store.models import (
    AuditEntry,
    Document,
    FollowUp,
    Forum,
    Organisation,
    Recommendation,
    RecommendationPractice,
    Uptake,
)

# ¶32 has no recommendation in the demo (¶¶ 8–22 and 65–76 have).
SENTENCE = (
    "On a fait remarquer que, dans certains pays, les frais de virement dépassaient de "
    "20 % le montant total viré."
)


def _document(database: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with database.reading() as session:
        document = session.scalars(select(Document)).first()
        assert document is not None and document.forum_id is not None
        return document.forum_id, document.id


def _later_forum(database: Database, starts: date = date(2007, 7, 9)) -> uuid.UUID:
    with database.unit_of_work() as session:
        forum = Forum(title="Forum mondial 2007", language="fr", starts_on=starts)
        session.add(forum)
        session.flush()
        return forum.id


def test_a_paragraph_and_a_sentence_become_recommendations(demo_db: Database) -> None:
    forum, document = _document(demo_db)
    with demo_db.unit_of_work() as session:
        whole = recommend(session, document, 32)
        # Spaces and line breaks as a selection gives them do not matter.
        sentence = recommend(session, document, 32, sentence="  " + SENTENCE.replace(" ", "\n", 3))
    with demo_db.reading() as session:
        first = recommendation_view(session, whole)
        second = recommendation_view(session, sentence)
        rows = [r for r in recommendations_of(session, forum) if r.paragraph_number == 32]
        audited = session.scalars(
            select(AuditEntry.table_name).where(AuditEntry.record_id == whole)
        ).all()
    assert (first.values.code, first.paragraph_number) == ("R32", 32)
    text = first.values.text
    assert text.startswith("Plusieurs participants ont souligné") and SENTENCE in text
    assert (second.values.code, second.values.text) == ("R32.2", SENTENCE)
    assert [row.code for row in rows] == ["R32", "R32.2"]
    assert audited == ["recommendations"]


def test_a_sentence_not_in_the_paragraph_is_refused_naming_it(demo_db: Database) -> None:
    _forum, document = _document(demo_db)
    with demo_db.unit_of_work() as session:
        with pytest.raises(Refused, match="paragraph 33"):
            recommend(session, document, 33, sentence=SENTENCE)
        with pytest.raises(NotFound, match="no paragraph 999"):
            recommend(session, document, 999)
        with pytest.raises(Refused, match="already"):
            recommend(session, document, 32, code="r13")  # the demo's ¶13 has R13


def test_an_edit_merges_with_a_colleagues_or_is_refused(demo_db: Database) -> None:
    forum, document = _document(demo_db)
    with demo_db.unit_of_work() as session:
        ensure_themes(session, forum)
        ident = recommend(session, document, 32)
    with demo_db.reading() as session:
        read = ReadAt(
            recommendation_view(session, ident).version, recommendation_view(session, ident).values
        )
    remittances = theme_id(forum, "remittances")
    with demo_db.unit_of_work() as session:  # a colleague files it under a theme
        update_recommendation(
            session, ident, RecommendationInput("R32", read.values.text, remittances), read
        )
    with demo_db.unit_of_work() as session:  # this user changes the code: merged
        update_recommendation(session, ident, RecommendationInput("R32a", read.values.text), read)
    with demo_db.reading() as session:
        view = recommendation_view(session, ident)
    assert (view.values.code, view.values.theme_id) == ("R32a", remittances)
    assert view.theme is not None
    with demo_db.unit_of_work() as session, pytest.raises(EditConflict):
        update_recommendation(session, ident, RecommendationInput("R32b", "Autre"), read)


def test_uptakes_practices_and_follow_ups(demo_db: Database) -> None:
    forum, document = _document(demo_db)
    later = _later_forum(demo_db)
    demo_db.actor = "Ana Lima"
    with demo_db.unit_of_work() as session:
        organisations = list(session.scalars(select(Organisation.id).limit(2)))
        ident = recommend(session, document, 32)
        practice = create_practice(
            session, forum, PracticeInput("Corridors", PracticeType.PROGRAMME, fictional=True)
        )
        add_uptake(session, ident, organisations[0], Commitment("Halve the cost", date(2006, 9, 1)))
        add_uptake(session, ident, organisations[1])
        with pytest.raises(Refused, match="already taken up R32"):
            add_uptake(session, ident, organisations[1])
        link_practice(session, ident, practice)
        link_practice(session, ident, practice)  # twice is once
        set_follow_up(
            session, ident, later, Assessment(FollowUpStatus.UNDER_WAY, "Two corridors open")
        )
    with demo_db.reading() as session:
        view = recommendation_view(session, ident)
        row = next(r for r in recommendations_of(session, forum) if r.id == ident)
        assert [f.id for f in later_forums(session, forum)] == [later]
    assert (row.uptakes, row.practices, row.status) == (2, 1, FollowUpStatus.UNDER_WAY)
    assert row.status_forum == "Forum mondial 2007"
    assert [p.title for p in view.practices] == ["Corridors"]
    followed = view.follow_up_at(later)
    assert followed is not None and followed.assessed_by == "Ana Lima"
    assert (followed.status, followed.evidence) == (FollowUpStatus.UNDER_WAY, "Two corridors open")
    committed = next(u for u in view.uptakes if u.organisation_id == organisations[0])
    with demo_db.unit_of_work() as session:
        edit_uptake(session, committed.id, Commitment("Halve it by 2010", None))
        remove_uptake(session, next(u.id for u in view.uptakes if u is not committed))
        unlink_practice(session, ident, practice)
        set_follow_up(session, ident, later, Assessment(FollowUpStatus.DONE, "Done"))
        assert session.get_one(FollowUp, follow_up_id(ident, later)).status is FollowUpStatus.DONE
    with demo_db.reading() as session:
        view = recommendation_view(session, ident)
    assert [(u.commitment, u.committed_on) for u in view.uptakes] == [("Halve it by 2010", None)]
    assert view.practices == ()
    with demo_db.unit_of_work() as session:
        clear_follow_up(session, ident, later)
    with demo_db.reading() as session:
        assert all(r.status is None for r in recommendations_of(session, forum))


def test_a_status_only_at_a_later_forum_and_signed(demo_db: Database) -> None:
    forum, document = _document(demo_db)
    earlier = _later_forum(demo_db, date(2005, 1, 1))
    with demo_db.unit_of_work() as session:
        ident = recommend(session, document, 32)
    demo_db.actor = "Ana"
    with demo_db.unit_of_work() as session:
        with pytest.raises(Refused, match="does not start after"):
            set_follow_up(session, ident, earlier, Assessment(FollowUpStatus.DONE))
        with pytest.raises(Refused, match="does not start after"):
            set_follow_up(session, ident, forum, Assessment(FollowUpStatus.DONE))
    later = _later_forum(demo_db)
    demo_db.actor = ""
    with demo_db.unit_of_work() as session:
        session.info["signer"] = session.info["actor"] = ""
        with pytest.raises(UnnamedSigner):
            set_follow_up(session, ident, later, Assessment(FollowUpStatus.DONE))


def test_deleting_a_recommendation_tombstones_what_hangs_on_it(demo_db: Database) -> None:
    forum, document = _document(demo_db)
    later = _later_forum(demo_db)
    demo_db.actor = "Ana"
    with demo_db.unit_of_work() as session:
        organisation = session.scalars(select(Organisation.id)).first()
        assert organisation is not None
        ident = recommend(session, document, 32)
        practice = create_practice(session, forum, PracticeInput("P", PracticeType.POLICY))
        add_uptake(session, ident, organisation)
        link_practice(session, ident, practice)
        set_follow_up(session, ident, later, Assessment(FollowUpStatus.NOT_STARTED))
        delete_recommendation(session, ident)
        with pytest.raises(NotFound):
            recommendation_by_code(session, forum, "R32")
        # The code is free again.
        assert session.get_one(Recommendation, recommend(session, document, 32)).code == "R32"
    with demo_db.reading() as session:
        for model in (Uptake, RecommendationPractice, FollowUp):
            rows = session.scalars(select(model).where(model.recommendation_id == ident)).all()
            assert rows and all(row.deleted_at is not None for row in rows)

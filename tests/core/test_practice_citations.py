"""Practices in the document and in search (issue 20): a practice linked to a paragraph
is in that paragraph's margin and in coverage; practices and recommendations are found
by Ctrl+K's search; the demo's practices."""

from __future__ import annotations

import dataclasses
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.notes.coverage import coverage
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note, html_from_plain
from forumdesk.services.practices.citations import practices_by_paragraph
from forumdesk.services.practices.practices import (
    ParagraphRef,
    PracticeInput,
    create_practice,
    delete_practice,
    practice_input,
    update_practice,
)
from forumdesk.services.search.index import search_table
from forumdesk.services.search.practices import index_recommendation, unindex_recommendation
from forumdesk.services.search.query import ensure_search_index, search
from forumdesk.services.search.rebuild import rebuild_search_index
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState
from forumdesk.store.models import (
    Document,
    Organisation,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    Recommendation,
)

#: The paragraphs the demo's practices answer, a declined one left out.
DEMO_ANSWERED = {32, 37, 54, 61, 62, 63, 64, 67}


def _demo(session: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(forum, document, French version) of the demo."""
    forum_id = demo_forum_id(session)
    assert forum_id is not None
    document = session.scalars(select(Document).where(Document.forum_id == forum_id)).one()
    return forum_id, document.id, document.versions[0].id


def _practice(session: Session, title: str, *paragraphs: int, **values: Any) -> uuid.UUID:
    forum_id, document_id, _ = _demo(session)
    data = PracticeInput(
        title=title,
        practice_type=PracticeType.PROGRAMME,
        paragraphs=tuple(ParagraphRef(document_id, n) for n in paragraphs),
        **values,
    )
    return create_practice(session, forum_id, data)


def test_the_demo_has_a_handful_of_fictional_practices_linked_and_reviewed(demo_db: Any) -> None:
    with demo_db.reading() as session:
        practices = session.scalars(select(Practice)).all()
        assert 5 <= len(practices) <= 8
        assert all(p.fictional and "(fictional example)" in p.title for p in practices)
        states = [p.state for p in practices]
        assert set(states) == set(ReviewState)
        assert states.count(ReviewState.PUBLISHED) > len(states) / 2
        assert all(p.reviewer for p in practices if p.state is not ReviewState.RECEIVED)
        links = session.scalars(select(PracticeLink).where(PracticeLink.deleted_at.is_(None)))
        linked = {(link.practice_id, link.segment_id is not None) for link in links}
        assert {p.id for p in practices} == {practice for practice, _ in linked}
        assert all((p.id, True) in linked for p in practices), "each presented in a segment"
        categories = session.scalars(
            select(Organisation.category).join(
                PracticeSubmitter, PracticeSubmitter.organisation_id == Organisation.id
            )
        ).all()
        assert OrganisationCategory.MEMBER_STATE not in categories and len(set(categories)) >= 4
        _, document_id, _ = _demo(session)
        answered = practices_by_paragraph(session, document_id)
    assert set(answered) == DEMO_ANSWERED
    (remittances,) = answered[32]
    assert remittances.state is ReviewState.PUBLISHED and remittances.fictional
    assert "Remittance" in remittances.title
    assert len(answered[67]) == 2  # a published practice and one just received


def test_a_practice_on_a_paragraph_is_in_its_margin_and_in_coverage(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        forum_id, document_id, version_id = _demo(session)
        before = coverage(session, version_id)
        assert (before.covered, before.by_notes, before.by_practices) == (8, 0, 8)
        assert not set(before.uncovered) & DEMO_ANSWERED
        practice = _practice(session, "Diaspora bonds", 1, 32)
        text = "Envois de fonds"
        create_note(
            session,
            forum_id,
            NoteInput(html_from_plain(text), text, document_id=document_id, paragraphs=(32, 2)),
        )
    with demo_db.reading() as session:
        after = coverage(session, version_id)
        assert (after.covered, after.by_notes, after.by_practices) == (10, 2, 9)
        assert [p.title for p in practices_by_paragraph(session, document_id)[1]] == [
            "Diaspora bonds"
        ]
        assert len(practices_by_paragraph(session, document_id)[32]) == 2
    with demo_db.unit_of_work() as session:
        delete_practice(session, practice)
    with demo_db.reading() as session:
        assert 1 not in practices_by_paragraph(session, document_id)
        assert coverage(session, version_id).covered == 9


def test_a_declined_practice_answers_no_paragraph(demo_db: Any) -> None:
    from forumdesk.services.practices.review import review_practice

    with demo_db.unit_of_work() as session:
        _, document_id, version_id = _demo(session)
        practice = _practice(session, "Out of scope", 3)
        review_practice(session, practice, ReviewState.UNDER_REVIEW)
        assert 3 in practices_by_paragraph(session, document_id)
        review_practice(session, practice, ReviewState.DECLINED, reason="Not a practice")
        assert 3 not in practices_by_paragraph(session, document_id)
        assert 3 in coverage(session, version_id).uncovered


def test_practices_are_found_by_search_as_they_are_written(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        practice = _practice(
            session,
            "Guichet unique pour les migrants de retour",
            summary="Un guichet qui conseille les migrantes et migrants rentrés au pays.",
            results="Trois mille personnes reçues.",
            partners="Chambre de commerce de Dakar",
        )
        for words in ("guichet unique", "migrantes", "trois mille", "dakar"):
            hits = search(session, words, kinds=["practice"])
            assert [(h.kind, h.target_id) for h in hits] == [("practice", practice)], words
            assert hits[0].label == "Guichet unique pour les migrants de retour"
        assert search(session, "dakar", forum_id=uuid.uuid4()) == []
        row = session.get_one(Practice, practice)
        data = dataclasses.replace(practice_input(session, row), title="Guichet pour le retour")
        update_practice(session, practice, data)
        assert search(session, "unique", kinds=["practice"]) == []
        assert search(session, "retour guichet", kinds=["practice"])[0].target_id == practice
        delete_practice(session, practice)
        assert search(session, "guichet", kinds=["practice"]) == []


def test_recommendations_are_indexed_when_their_service_asks(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        forum_id, document_id, _ = _demo(session)
        recommendation = Recommendation(
            forum_id=forum_id,
            document_id=document_id,
            paragraph_number=67,
            code="R7",
            text="Réduire le coût des envois de fonds.",
        )
        session.add(recommendation)
        session.flush()
        assert index_recommendation(session, recommendation.id)
        (hit,) = search(session, "cout envois", kinds=["recommendation"])
        assert (hit.kind, hit.target_id, hit.paragraph) == ("recommendation", recommendation.id, 67)
        assert hit.snippet.startswith("R7 ") and hit.label == "R7"
        assert search(session, "R7", kinds=["recommendation"])[0].target_id == recommendation.id
        unindex_recommendation(session, recommendation.id)
        assert search(session, "cout envois", kinds=["recommendation"]) == []


def test_the_rebuild_and_the_check_on_opening_include_practices(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        forum_id, _, _ = _demo(session)
        session.add(Recommendation(forum_id=forum_id, code="R1", text="Ratifier la convention."))
        session.flush()
        rebuild_search_index(session)
        assert search(session, "ratifier", kinds=["recommendation"])
        assert len(search(session, "fictional example", kinds=["practice"])) == 7
        session.execute(delete(search_table).where(search_table.c.kind == "practice"))
        assert search(session, "fictional example", kinds=["practice"]) == []
        assert ensure_search_index(session)
        assert len(search(session, "fictional example", kinds=["practice"])) == 7


def test_the_command_lines_search_names_practices(
    capsys: pytest.CaptureFixture[str], demo_db_path: Path
) -> None:
    from forumdesk.cli import main

    assert main(["--database", str(demo_db_path), "search", "seafarers", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    practices = [h for h in hits if h["kind"] == "practice"]
    assert [h["label"] for h in practices] == ["Recruitment fee refunds for seafarers"
                                               " (fictional example)"]  # fmt: skip
    assert main(["--database", str(demo_db_path), "search", "seafarers"]) == 0
    assert "practice “Recruitment fee refunds" in capsys.readouterr().out

"""Ranking on SQLite (`search.ranking`): BM25 computed from the matches' own rows gives
FTS5's bm25() scores, without bm25()'s count of every entry holding each term."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy.orm import Session

import forumdesk.services.search.query as search_module
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.search import ranking, vocabulary
from forumdesk.services.search.query import (
    Term,
    expand_prefixes,
    fts5_match,
    index_note,
    parse_query,
    rebuild_search_index,
    search,
)
from forumdesk.store.models import Note

_BM25 = (
    "SELECT rowid, bm25(search_index_fts, 1.0, 0.0, 0.0) FROM search_index_fts "
    "WHERE search_index_fts MATCH ? AND rowid > 0"
)


@pytest.fixture
def session(demo_db: Any) -> Any:
    with demo_db.unit_of_work() as session:
        rebuild_search_index(session)
        yield session


def _matches(session: Session, typed: str) -> list[int]:
    match = fts5_match(expand_prefixes(session, parse_query(typed)))
    rows = session.connection().exec_driver_sql(
        search_module._MATCHES.format(table="search_index_fts"), (match, 10_000)
    )
    return [row[0] for row in rows]


def _fts5_scores(session: Session, typed: str) -> dict[int, float]:
    """bm25() of the query as typed (a prefix is FTS5's own: one term)."""
    rows = session.connection().exec_driver_sql(_BM25, (fts5_match(parse_query(typed)),))
    return dict(rows.all())


def _note(session: Session, body: str, forum_id: uuid.UUID | None) -> None:
    note = Note(forum_id=forum_id, body_text=body, body_html=f"<p>{body}</p>")
    session.add(note)
    session.flush()
    index_note(session, note.id)


@pytest.mark.parametrize(
    "typed",
    ["migrants", '"envois de fonds"', "réintég*", "migra*", '"pays d origine"', "femmes OR filles"],
)
def test_one_term_ranks_in_bm25s_order_with_its_scores_up_to_the_idf(
    session: Session, typed: str
) -> None:
    found = _matches(session, typed)
    assert len(found) >= 3, "the demo has several to rank"
    ours = ranking.bm25_scores(session, parse_query(typed), found)
    theirs = _fts5_scores(session, typed)
    assert set(ours) == set(theirs)
    if len(parse_query(typed).terms) == 1:  # one IDF scales every score alike
        ratios = {round(theirs[i] / ours[i], 9) for i in ours}
        assert len(ratios) == 1, ratios
    else:  # few enough matches per term for the IDF to be counted, not estimated
        assert all(theirs[i] == pytest.approx(ours[i], rel=1e-9) for i in ours)


def test_several_terms_are_weighted_by_their_idf_as_bm25_weighs_them(session: Session) -> None:
    typed = "migrants développement"
    found = _matches(session, typed)
    ours = ranking.bm25_scores(session, parse_query(typed), found)
    theirs = _fts5_scores(session, typed)
    assert ours and all(theirs[i] == pytest.approx(ours[i], rel=1e-9) for i in ours)


def test_instances_are_counted_as_fts5_counts_them() -> None:
    def count(term: Term, folded: str) -> int:
        return len(ranking._pattern(term).findall(f"\n {folded}\n "))

    assert count(Term(("de", "la", "de")), "de la de la de") == 2, "overlapping instances"
    assert count(Term(("les",)), "les les  lesquels les") == 3
    assert count(Term(("migra",), prefix=True), "migrants  emigration migration") == 2
    assert count(Term(("envois", "de", "fonds")), "envois  de fonds envois de") == 1
    assert count(Term(("de",)), "fonds de") == 1, "at the end of a text"


def test_a_broad_terms_matches_are_estimated_from_windows_of_ids(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    forum_id = demo_forum_id(session)
    for number in range(600):
        word = "quinconce" if number % 3 == 0 else "ordinaire"
        _note(session, f"Note {number} : {word}", forum_id)
    term = parse_query("quinconce").terms[0]
    connection = session.connection()
    parts = ranking._parts(connection)
    assert ranking._matches(session, connection, term, parts) == 200, "counted"
    monkeypatch.setattr(ranking, "IDF_EXACT", 20)
    monkeypatch.setattr(ranking, "WINDOW", 12)
    estimated = ranking._matches(session, connection, term, parts)
    assert estimated != 200 or ranking.SAMPLES * ranking.WINDOW < 600
    assert 150 <= estimated <= 250, estimated


def test_whichever_way_a_phrase_is_ranked_the_hits_are_the_same(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def hits(typed: str, **filters: Any) -> list[tuple[uuid.UUID, int | None]]:
        return [(h.target_id, h.paragraph) for h in search(session, typed, limit=8, **filters)]

    forum_id = demo_forum_id(session)
    queries = ['"des migrants"', '"de la"', "migrants femmes", 'travail "pays d origine"']
    monkeypatch.setattr(ranking, "BM25_ROW_SECONDS", 1.0)  # bm25() for every phrase
    by_bm25 = [hits(typed) for typed in queries] + [hits('"des migrants"', forum_id=forum_id)]
    monkeypatch.setattr(ranking, "BM25_ROW_SECONDS", 0.0)  # ranked here
    by_rows = [hits(typed) for typed in queries] + [hits('"des migrants"', forum_id=forum_id)]
    assert by_bm25 == by_rows
    assert all(by_bm25), "every query finds something in the demo"


def test_bm25_is_called_only_where_its_count_reads_no_more_than_the_matches(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[str] = []
    monkeypatch.setattr(
        ranking, "bm25_scores", lambda _s, query, _ids: called.append(str(query)) or {}
    )
    monkeypatch.setattr(ranking, "BM25_ROW_SECONDS", 1.0)
    for typed in ("migrants", "femmes OR filles", "réintég*", '"envois de fonds"'):
        search(session, typed, kinds=["paragraph", "note", "practice", "recommendation"])
    search(session, "migrants femmes")  # few entries hold them
    assert called == []
    search(session, "migrants", forum_id=demo_forum_id(session))  # the forum's entries too
    monkeypatch.setattr(ranking, "BM25_TERM_ENTRIES", 0)
    monkeypatch.setattr(ranking, "BM25_MATCH_ENTRIES", 0)
    search(session, "migrants femmes")  # too many for no budget
    assert len(called) == 2


def test_a_prefix_of_too_many_words_is_not_counted_but_taken_as_everywhere(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = session.connection()
    parts = ranking._parts(connection)
    term = parse_query("migr*").terms[0]
    assert 0 < ranking._matches(session, connection, term, parts) < ranking._averages(connection)[0]
    monkeypatch.setattr(vocabulary, "MAX_WORDS", 1)
    assert ranking._matches(session, connection, term, parts) == ranking._averages(connection)[0]

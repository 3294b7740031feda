"""Search over paragraphs and notes: folding, the query language, hits, snippets, upkeep."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

import forumdesk.services.search.query as search_module
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.search.index import search_table
from forumdesk.services.search.query import (
    SearchHit,
    SearchQuery,
    Term,
    ensure_search_index,
    fold,
    fts5_match,
    index_language_version,
    index_note,
    parse_query,
    rebuild_search_index,
    search,
    tsquery,
    unindex_note,
)
from forumdesk.store.migrate import alembic_config, open_database
from forumdesk.store.models import Document, Forum, LanguageVersion, Note, NoteLink, NoteTag, Tag
from forumdesk.store.models import Paragraph as ParagraphRow
from forumdesk.store.types import utcnow

NASTY = ['"', "*", "NEAR(", "-", "AND", "^", "'", '"unclosed', "OR", "a OR", "OR b", ":", "()"]
NASTY += ["col : x", "{folded}: x", "x AND", "NOT x", "x -y", '""*', "**", "\\", "\x00", "é*"]


def _fts_is_consistent(session: Session) -> bool:
    """FTS5 compares its index with the content table (raises when they differ)."""
    session.execute(
        text("INSERT INTO search_index_fts(search_index_fts, rank) VALUES ('integrity-check', 1)")
    )
    return True


def _numbers(hits: list[SearchHit], kind: str = "paragraph") -> set[int]:
    return {hit.paragraph for hit in hits if hit.kind == kind and hit.paragraph is not None}


@pytest.fixture
def session(demo_db: Any) -> Any:
    """A unit of work on the demo database with a freshly rebuilt index."""
    with demo_db.unit_of_work() as session:
        rebuild_search_index(session)
        yield session


def _demo_document(session: Session) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """(forum, document, French version) of the demo."""
    forum_id = demo_forum_id(session)
    assert forum_id is not None
    document = session.scalars(select(Document).where(Document.forum_id == forum_id)).one()
    return forum_id, document.id, document.versions[0].id


def _note(
    session: Session,
    body: str,
    *,
    forum_id: uuid.UUID | None,
    document_id: uuid.UUID | None = None,
    paragraphs: tuple[int, ...] = (),
    tags: tuple[str, ...] = (),
) -> Note:
    note = Note(forum_id=forum_id, body_text=body, body_html=f"<p>{body}</p>")
    session.add(note)
    for number in paragraphs:
        note.links.append(NoteLink(document_id=document_id, paragraph_number=number))
    for name in tags:
        tag = session.scalars(select(Tag).where(Tag.name == name)).first() or Tag(name=name)
        note.tags.append(NoteTag(tag=tag))
    session.flush()
    index_note(session, note.id)
    return note


# Folding -------------------------------------------------------------------------------


def test_fold_drops_case_and_accents_and_keeps_the_length() -> None:
    assert fold("Réintégration") == "reintegration"
    assert fold("ÉTATS-UNIS d’Amérique") == "etats-unis d'amerique"
    for sample in ("Œuvre ﬁnancière", "İstanbul", "straße", "ǅ", "한국", "e\u0301", "Ⅻ ½ ¶13"):
        assert len(fold(sample)) == len(sample), sample
    assert fold("İstanbul") == "istanbul"
    assert fold("ﬁn") == "ﬁn", "a ligature stays: folding it would change the length"


# The query language ----------------------------------------------------------------------


def test_words_phrases_prefixes_and_or_are_parsed() -> None:
    query = parse_query('Réintégration "envois de fonds" migra* femmes OR filles')
    assert query.groups == (
        (Term(("reintegration",)),),
        (Term(("envois", "de", "fonds")),),
        (Term(("migra",), prefix=True),),
        (Term(("femmes",)), Term(("filles",))),
    )
    assert parse_query('"pays d\'origine"*').groups == ((Term(("pays", "d", "origine"), True),),)
    assert parse_query('"envois de fonds').groups == ((Term(("envois", "de", "fonds")),),)
    assert parse_query("l'importance").groups == ((Term(("l", "importance")),),)
    assert parse_query("a AND b").groups == ((Term(("a",)),), (Term(("b",)),))
    assert parse_query("«envois de fonds»").groups == ((Term(("envois", "de", "fonds")),),)
    assert parse_query("  ").is_empty and parse_query("").is_empty


def test_prefix_last_is_for_the_word_being_typed() -> None:
    assert parse_query("envois de fon", prefix_last=True).terms[-1] == Term(("fon",), True)
    assert parse_query("envois de fon ", prefix_last=True).terms[-1] == Term(("fon",))
    assert parse_query('"envois de"', prefix_last=True).terms[-1] == Term(("envois", "de"))


@pytest.mark.parametrize("raw", NASTY)
def test_nasty_input_builds_valid_expressions(raw: str) -> None:
    query = parse_query(raw)
    if not query.is_empty:
        connection = sqlite3.connect(":memory:")
        connection.execute("CREATE VIRTUAL TABLE f USING fts5(folded, kind, forum_id)")
        connection.execute("SELECT * FROM f WHERE f MATCH ?", (fts5_match(query),)).fetchall()
        connection.close()
        assert tsquery(query)


def test_nasty_input_never_raises(session: Session) -> None:
    for raw in NASTY:
        search(session, raw)
        search(session, raw, prefix_last=True)


def test_a_blank_query_finds_nothing(session: Session) -> None:
    assert search(session, "") == [] and search(session, "  \t") == []
    assert search(session, "reintegration", kinds=()) == []


# The seed document -------------------------------------------------------------------------


def test_remittances_are_found_in_the_demo(session: Session) -> None:
    hits = search(session, "envois de fonds", kinds=["paragraph"])
    assert {13, 32, 49} <= _numbers(hits)
    assert all(hit.kind == "paragraph" for hit in hits)
    assert all(hit.language_version_id is not None and hit.document_id for hit in hits)


@pytest.mark.parametrize("typed", ["reintegration", "RÉINTÉGRATION", "Réintégration", "réintég*"])
def test_accents_and_case_do_not_matter(session: Session, typed: str) -> None:
    assert {18, 62} <= _numbers(search(session, typed))


def test_phrases_keep_their_order(session: Session) -> None:
    assert {13, 32, 49} <= _numbers(search(session, '"envois de fonds"'))
    assert search(session, '"fonds de envois"') == []
    assert _numbers(search(session, '"Envois de f"*')) >= {13, 32, 49}


def test_or_finds_either(session: Session) -> None:
    either = _numbers(search(session, "réintégration OR diaspora", limit=100))
    assert _numbers(search(session, "diaspora", limit=100)) | {18, 62} <= either


def test_snippets_show_the_original_text_with_the_match_highlighted(session: Session) -> None:
    (hit,) = [h for h in search(session, "reintegration", kinds=["paragraph"]) if h.paragraph == 18]
    assert "réintégration des migrants" in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["réintégration"]
    assert hit.marked().count("[réintégration]") == 1
    assert hit.marked("<b>", "</b>").count("<b>réintégration</b>") == 1
    assert len(hit.snippet) <= 210 and "\n" not in hit.snippet

    (phrase,) = [h for h in search(session, '"envois de fonds"') if h.paragraph == 32]
    assert "envois de fonds" in [phrase.snippet[s:e] for s, e in phrase.highlights]

    (prefix,) = [h for h in search(session, "réintég*") if h.paragraph == 62]
    assert {prefix.snippet[s:e] for s, e in prefix.highlights} == {"réintégration"}


def test_a_long_paragraph_is_cut_between_words_around_the_match(session: Session) -> None:
    (hit,) = [
        h for h in search(session, "contrebalançait", kinds=["paragraph"]) if h.paragraph == 49
    ]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert 100 <= len(hit.snippet) <= 210
    body = hit.snippet.strip("…")
    paragraph = session.scalars(select(ParagraphRow.text).where(ParagraphRow.number == 49)).first()
    assert paragraph is not None
    flat = " ".join(paragraph.split())
    start = flat.find(" ".join(body.split()))
    assert start > 0, "the snippet is a piece of the paragraph"
    assert flat[start - 1] == " " and flat[start + len(" ".join(body.split()))] == " "
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["contrebalançait"]


def test_snippets_at_either_end_of_a_long_note(session: Session) -> None:
    forum_id, _, _ = _demo_document(session)
    filler = " ".join(["consultations"] * 40)
    _note(session, f"Épargne des diasporas. {filler}", forum_id=forum_id)
    _note(session, f"{filler} Fin : l'épargne", forum_id=forum_id)
    head, tail = sorted(
        search(session, "epargne", kinds=["note"]), key=lambda h: h.snippet.startswith("…")
    )
    assert head.snippet.startswith("Épargne des diasporas.") and head.snippet.endswith("…")
    assert tail.snippet.startswith("…") and tail.snippet.endswith("Fin : l'épargne")
    for hit in (head, tail):
        assert [hit.snippet[s:e].lower() for s, e in hit.highlights] == ["épargne"]
        assert len(hit.snippet) <= 200


# Notes ------------------------------------------------------------------------------------


def test_notes_are_found_by_body_and_tag_and_open_at_their_lowest_paragraph(
    session: Session,
) -> None:
    forum_id, document_id, _ = _demo_document(session)
    note = _note(
        session,
        "Coûts de transfert trop élevés : voir la Banque mondiale.",
        forum_id=forum_id,
        document_id=document_id,
        paragraphs=(32, 13),
        tags=("remittances",),
    )
    (hit,) = search(session, "couts transfert", kinds=["note"])
    assert (hit.kind, hit.target_id, hit.paragraph) == ("note", note.id, 13)
    assert hit.document_id == document_id and hit.language_version_id is None
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["Coûts", "transfert"]
    found = search(session, "remittances")
    # (and a demo organisation by its name, a demo practice by its summary)
    assert [h.target_id for h in found if h.kind in ("note", "paragraph")] == [note.id]
    assert note.id in {h.target_id for h in search(session, "banque mond*", kinds=["note"])}
    assert _fts_is_consistent(session)


def test_an_orphaned_link_is_no_anchor(session: Session) -> None:
    forum_id, document_id, _ = _demo_document(session)
    note = _note(
        session,
        "Ancien paragraphe sur la traite",
        forum_id=forum_id,
        document_id=document_id,
        paragraphs=(5, 40),
    )
    for link in note.links:
        if link.paragraph_number == 5:
            link.orphaned_at = utcnow()
    index_note(session, note.id)
    (hit,) = search(session, "ancien paragraphe", kinds=["note"])
    assert hit.paragraph == 40


def test_a_note_edit_replaces_its_entry_and_a_tombstone_removes_it(session: Session) -> None:
    forum_id, _, _ = _demo_document(session)
    note = _note(session, "Première version sur la traite", forum_id=forum_id)
    note.body_text = "Seconde version sur le trafic"
    index_note(session, note.id)
    assert search(session, "traite", kinds=["note"]) == []
    assert [h.target_id for h in search(session, "trafic", kinds=["note"])] == [note.id]
    note.deleted_at = utcnow()
    assert index_note(session, note.id) is False
    assert search(session, "trafic", kinds=["note"]) == []
    assert _fts_is_consistent(session)


def test_unindex_note_removes_only_that_note(session: Session) -> None:
    forum_id, _, _ = _demo_document(session)
    first = _note(session, "Diaspora et investissement", forum_id=forum_id)
    second = _note(session, "Diaspora et entrepreneuriat", forum_id=forum_id)
    unindex_note(session, first.id)
    assert [h.target_id for h in search(session, "diaspora", kinds=["note"])] == [second.id]
    assert _fts_is_consistent(session)


def test_forum_and_kind_filters(session: Session) -> None:
    forum_id, _, _ = _demo_document(session)
    other = Forum(title="Forum mondial 2007", slug="gfmd-2007")
    session.add(other)
    session.flush()
    here = _note(session, "Réintégration des migrants de retour", forum_id=forum_id)
    there = _note(session, "Réintégration : atelier de Bruxelles", forum_id=other.id)

    everything = {h.target_id for h in search(session, "reintegration")}
    assert {here.id, there.id} <= everything
    in_demo = search(session, "reintegration", forum_id=forum_id)
    assert there.id not in {h.target_id for h in in_demo}
    assert {18, 62} <= _numbers(in_demo) and here.id in {h.target_id for h in in_demo}
    assert [h.target_id for h in search(session, "reintegration", forum_id=other.id)] == [there.id]

    notes_only = search(session, "reintegration", kinds=["note"])
    assert {h.kind for h in notes_only} == {"note"}
    paragraphs_only = search(session, "reintegration", kinds={"paragraph"})
    assert {h.kind for h in paragraphs_only} == {"paragraph"}
    with pytest.raises(ValueError, match="unknown search kinds"):
        search(session, "reintegration", kinds=["minutes"])


# Ranking ----------------------------------------------------------------------------------


def test_ranked_results_put_the_best_match_first_and_respect_the_limit(session: Session) -> None:
    hits = search(session, "migrants", limit=5)
    assert len(hits) == 5
    assert len({h.target_id for h in search(session, "migrants", limit=500)}) > 5


def test_a_broad_query_lists_the_newest_entries_first(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    forum_id, _, _ = _demo_document(session)
    notes = [_note(session, f"Note {i} sur les migrants", forum_id=forum_id) for i in range(3)]
    monkeypatch.setattr(search_module, "RANK_CAP", 10)
    hits = search(session, "migrants", limit=4, kinds=["paragraph", "note"])
    assert [h.target_id for h in hits[:3]] == [n.id for n in reversed(notes)]
    assert len(hits) == 4


# Upkeep -----------------------------------------------------------------------------------


def test_reindexing_a_version_follows_edits_and_tombstones(session: Session) -> None:
    _, _, version_id = _demo_document(session)
    paragraph = session.scalars(
        select(ParagraphRow).where(
            ParagraphRow.language_version_id == version_id, ParagraphRow.number == 18
        )
    ).one()
    paragraph.text = "Texte révisé sur la réinsertion professionnelle."
    assert index_language_version(session, version_id) == 76
    assert _numbers(search(session, "reintegration", kinds=["paragraph"])) == {62}
    assert _numbers(search(session, "reinsertion professionnelle", kinds=["paragraph"])) == {18}
    paragraph.deleted_at = utcnow()
    assert index_language_version(session, version_id) == 75
    assert search(session, "reinsertion professionnelle", kinds=["paragraph"]) == []
    session.get_one(LanguageVersion, version_id).deleted_at = utcnow()
    assert index_language_version(session, version_id) == 0
    assert search(session, "reintegration", kinds=["paragraph"]) == []
    assert _fts_is_consistent(session)


def test_ensure_search_index_fills_an_empty_index_once(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        session.execute(delete(search_table))
        session.execute(text("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')"))
        assert search(session, "reintegration", kinds=["paragraph"]) == []
    with demo_db.unit_of_work() as session:
        assert ensure_search_index(session) is True
        assert ensure_search_index(session) is False
        assert {18, 62} <= _numbers(search(session, "reintegration"))
        assert _fts_is_consistent(session)


def test_ensure_search_index_does_nothing_on_an_empty_database(empty_db_path: Path) -> None:
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            assert ensure_search_index(session) is False
            assert search(session, "anything") == []
    finally:
        database.dispose()


def test_rebuild_counts_what_it_wrote(session: Session) -> None:
    forum_id, _, _ = _demo_document(session)
    _note(session, "Une note", forum_id=forum_id)
    # 76 paragraphs, the demo's two notes and this one, the demo's seven practices
    assert rebuild_search_index(session) == 116  # and 30 recommendations
    assert _fts_is_consistent(session)


# The migration ----------------------------------------------------------------------------


def _tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()


def test_revision_0003_creates_the_index_and_its_downgrade_drops_it(empty_db_path: Path) -> None:
    assert {"search_index", "search_index_fts"} <= _tables(empty_db_path)
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002_note_link_orphans")
    finally:
        database.dispose()
    assert not {name for name in _tables(empty_db_path) if name.startswith("search_index")}
    database, _ = open_database(str(empty_db_path), backup=False)
    database.dispose()
    assert {"search_index", "search_index_fts"} <= _tables(empty_db_path)


def test_the_fts5_table_is_what_the_query_builder_expects(empty_db_path: Path) -> None:
    connection = sqlite3.connect(empty_db_path)
    try:
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_index_fts'"
        ).fetchone()
    finally:
        connection.close()
    assert "fts5(folded, kind, forum_id" in sql and "remove_diacritics 0" in sql
    query = SearchQuery(((Term(("a",)),),))
    assert fts5_match(query, kinds=("note",), forum_id=uuid.UUID(int=1)).endswith(
        'forum_id : "00000000000000000000000000000001"'
    )


def test_one_indexed_note_does_not_hide_an_unindexed_document(demo_db: Any) -> None:
    """A note written from the command line before the first rebuild after migration."""
    with demo_db.unit_of_work() as session:
        session.execute(delete(search_table))
        session.execute(text("INSERT INTO search_index_fts(search_index_fts) VALUES ('rebuild')"))
        forum_id = session.scalars(select(Forum.id)).one()
        note = Note(forum_id=forum_id, body_html="<p>x</p>", body_text="Sutherland note")
        session.add(note)
        session.flush()
        index_note(session, note.id)
    with demo_db.unit_of_work() as session:
        assert ensure_search_index(session) is True
        assert {18, 62} <= _numbers(search(session, "reintegration"))

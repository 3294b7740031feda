"""Notes on paragraphs: references, links, tags, backlinks, filters and coverage."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from forumdesk.services.documents.paragraph_refs import (
    ParagraphRefError,
    format_paragraph_refs,
    parse_paragraph_refs,
)
from forumdesk.services.notes.coverage import coverage
from forumdesk.services.notes.links import note_choices
from forumdesk.services.notes.note_input import NoteError, NoteInput
from forumdesk.services.notes.notes import (
    NoteFilter,
    create_note,
    delete_note,
    get_note,
    html_from_plain,
    notes_of_document,
    paragraph_backlinks,
    restore_note,
    update_note,
)
from forumdesk.services.search.query import search
from forumdesk.store.models import Document, LanguageVersion, NoteLink, NoteTag, Segment, Tag


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("23–25, 29", (23, 24, 25, 29)),
        ("23-25,29", (23, 24, 25, 29)),
        ("¶32", (32,)),
        ("5; 7 — 9", (5, 7, 8, 9)),
        ("29, 23, 23", (23, 29)),
        ("1 2 3", (1, 2, 3)),
        ("", ()),
    ],
)
def test_paragraph_references_are_read_as_rapporteurs_write_them(
    text: str, numbers: tuple[int, ...]
) -> None:
    assert parse_paragraph_refs(text) == numbers


@pytest.mark.parametrize("text", ["a", "25-23", "3-", "0", "1-9999", "12.5"])
def test_bad_paragraph_references_say_what_is_wrong(text: str) -> None:
    with pytest.raises(ParagraphRefError) as caught:
        parse_paragraph_refs(text)
    assert str(caught.value)


def test_references_are_written_back_as_ranges() -> None:
    assert format_paragraph_refs([29, 23, 24, 25]) == "23–25, 29"
    assert format_paragraph_refs([7]) == "7"
    assert format_paragraph_refs([]) == ""


def _document(session: Any) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID | None]:
    document = session.scalars(select(Document)).one()
    version = session.scalars(select(LanguageVersion)).one()
    return document.id, version.id, document.forum_id


def _note(
    document_id: uuid.UUID, paragraphs: tuple[int, ...], text: str, **extra: Any
) -> NoteInput:
    return NoteInput(
        body_html=html_from_plain(text),
        body_text=text,
        document_id=document_id,
        paragraphs=paragraphs,
        **extra,
    )


def test_a_note_cites_a_range_and_shows_as_backlinks(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        first = create_note(
            session,
            forum_id,
            _note(document_id, (23, 24, 25, 29), "Rights first", tags=("Rights",)),
        )
        create_note(session, forum_id, _note(document_id, (25, 32), "Remittance costs"))
        create_note(session, forum_id, _note(document_id, (32,), "Diaspora bonds"))
    with demo_db.reading() as session:
        backlinks = paragraph_backlinks(session, document_id)
        assert backlinks[32] == 2 and backlinks[25] == 2 and backlinks[23] == 1
        assert 1 not in backlinks
        view = get_note(session, first)
        assert view.paragraphs == (23, 24, 25, 29)
        assert view.tags == ("Rights",)
        assert view.body_html == "<p>Rights first</p>"


def test_notes_need_text_and_existing_paragraphs(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        with pytest.raises(NoteError, match="no text"):
            create_note(session, forum_id, _note(document_id, (3,), "   "))
        with pytest.raises(NoteError, match="¶77–78"):
            create_note(session, forum_id, _note(document_id, (76, 77, 78), "Beyond the end"))
    with demo_db.reading() as session:
        assert paragraph_backlinks(session, document_id) == {}


def test_editing_replaces_links_and_tags_and_keeps_tombstones(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        note_id = create_note(
            session, forum_id, _note(document_id, (13, 32), "Costs", tags=("remittances", "costs"))
        )
    with demo_db.unit_of_work() as session:
        update_note(
            session,
            note_id,
            _note(document_id, (32, 49), "Costs of transfer", tags=("Remittances",)),
        )
    with demo_db.reading() as session:
        view = get_note(session, note_id)
        assert view.paragraphs == (32, 49)
        assert view.tags == ("remittances",)  # same tag, whatever the case typed
        assert view.body_text == "Costs of transfer"
        links = session.scalars(select(NoteLink).where(NoteLink.note_id == note_id)).all()
        buried = [link.paragraph_number for link in links if link.deleted_at is not None]
        assert buried == [13]
        assert session.scalar(select(func.count()).select_from(Tag)) == 2
        tags = session.scalars(select(NoteTag).where(NoteTag.note_id == note_id)).all()
        assert sorted((t.tag.name, t.deleted_at is None) for t in tags) == [
            ("costs", False),
            ("remittances", True),
        ]
    with demo_db.unit_of_work() as session:
        # Undoing the edit brings the old link back to life rather than adding a row.
        update_note(session, note_id, _note(document_id, (13, 32), "Costs", tags=("costs",)))
    with demo_db.reading() as session:
        assert get_note(session, note_id).paragraphs == (13, 32)
        assert (
            session.scalar(
                select(func.count()).select_from(NoteLink).where(NoteLink.note_id == note_id)
            )
            == 3
        )


def test_delete_and_restore_round_trip_through_search(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        note_id = create_note(session, forum_id, _note(document_id, (18,), "Retour et réinsertion"))
    with demo_db.reading() as session:
        assert note_id in {h.target_id for h in search(session, "reinsertion")}
    with demo_db.unit_of_work() as session:
        delete_note(session, note_id)
    with demo_db.reading() as session:
        assert note_id not in {h.target_id for h in search(session, "reinsertion")}
        assert paragraph_backlinks(session, document_id) == {}
        with pytest.raises(NoteError):
            get_note(session, note_id)
    with demo_db.unit_of_work() as session:
        restore_note(session, note_id)
    with demo_db.reading() as session:
        assert get_note(session, note_id).paragraphs == (18,)
        assert note_id in {h.target_id for h in search(session, "réinsertion")}


def test_notes_filter_by_tag_author_and_segment(demo_db: Any) -> None:
    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        segment = session.scalars(select(Segment).order_by(Segment.starts_at)).first()
        assert segment is not None
        a = create_note(
            session,
            forum_id,
            _note(document_id, (4,), "Opening", tags=("opening",), author="amina"),
        )
        b = create_note(
            session,
            forum_id,
            _note(
                document_id,
                (6,),
                "Sutherland",
                author="jules",
                segment_id=segment.id,
                tags=("Opening",),
            ),
        )
        create_note(session, forum_id, _note(document_id, (70,), "Unions", author="jules"))
        segment_id = segment.id
    with demo_db.reading() as session:
        assert [
            n.id for n in notes_of_document(session, document_id, NoteFilter(tag="OPENING"))
        ] == [
            a,
            b,
        ]
        by_author = notes_of_document(session, document_id, NoteFilter(author="jules"))
        assert [n.body_text for n in by_author] == ["Sutherland", "Unions"]
        on_segment = notes_of_document(session, document_id, NoteFilter(segment_id=segment_id))
        assert [n.id for n in on_segment] == [b]
        assert on_segment[0].segment is not None and on_segment[0].segment.id == segment_id
        choices = note_choices(session, forum_id)
        assert choices.tags == ("opening",)
        assert choices.authors == ("amina", "jules", "Secrétariat des rencontres")  # the demo's
        assert len(choices.segments) == 6


def test_coverage_lists_what_no_note_cites(demo_db: Any) -> None:
    from tests.demo_day import clear_practices

    with demo_db.unit_of_work() as session:
        clear_practices(session)  # what notes alone cover (practices: test_practice_citations)
        document_id, version_id, forum_id = _document(session)
        before = coverage(session, version_id)
        assert before.paragraphs == 76 and before.covered == 0
        assert all(section.untouched for section in before.sections if section.paragraphs)
        create_note(session, forum_id, _note(document_id, tuple(range(1, 8)), "All of I"))
        create_note(session, forum_id, _note(document_id, (23, 24, 25), "III.A"))
    with demo_db.reading() as session:
        after = coverage(session, version_id)
        assert after.covered == 10
        assert after.uncovered_refs == "8–22, 26–76"
        by_label = {(s.level.value, s.label): s for s in after.sections}
        section_one = next(s for s in after.sections if s.label == "I")
        assert section_one.covered
        section_three = next(s for s in after.sections if s.label == "III")
        assert not section_three.covered and not section_three.untouched
        assert section_three.uncovered_refs == "26–29"
        assert by_label  # every section is listed, covered or not


def test_editing_a_note_keeps_its_orphaned_reference_unless_let_go(demo_db: Any) -> None:
    from forumdesk.store.types import utcnow

    with demo_db.unit_of_work() as session:
        document_id, _version, forum_id = _document(session)
        note_id = create_note(session, forum_id, _note(document_id, (40, 58), "Diaspora"))
        orphan = session.scalars(
            select(NoteLink).where(NoteLink.note_id == note_id, NoteLink.paragraph_number == 58)
        ).one()
        orphan.orphaned_at = utcnow()  # as a revised draft that dropped ¶58 leaves it
        orphan.orphaned_text = "Old ¶58 text"
    with demo_db.unit_of_work() as session:
        view = get_note(session, note_id)
        assert view.paragraphs == (40,) and view.orphaned == (58,)
        assert view.orphan_texts == ((58, "Old ¶58 text"),)
        update_note(session, note_id, _note(document_id, (40, 41), "Diaspora, edited"))
    with demo_db.unit_of_work() as session:
        view = get_note(session, note_id)
        assert view.paragraphs == (40, 41) and view.orphaned == (58,)
        assert paragraph_backlinks(session, document_id) == {40: 1, 41: 1}
        before = get_note(session, note_id).as_input()
        update_note(session, note_id, _note(document_id, (40, 41), "Diaspora, edited", orphans=()))
    with demo_db.unit_of_work() as session:
        assert get_note(session, note_id).orphaned == ()
        update_note(session, note_id, before)  # what undo does
    with demo_db.reading() as session:
        assert get_note(session, note_id).orphaned == (58,)

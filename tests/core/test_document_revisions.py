"""Revised drafts: the proposed old → new mapping, and notes moved only as confirmed."""

from __future__ import annotations

import random
import re
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from forumdesk.paths import seed_document
from forumdesk.services.documents.documents import document_view, import_summary
from forumdesk.services.documents.parser import ParsedDocument, parse_summary
from forumdesk.services.documents.revisions import (
    apply_revision,
    match_paragraphs,
    orphan_links,
    propose_revision,
    reanchor_orphan,
)
from forumdesk.services.search.query import search
from forumdesk.store.models import Document, Footnote, LanguageVersion, Note, NoteLink, Paragraph
from forumdesk.store.models import Section as SectionRow

NEW_PARAGRAPH = (
    "Plusieurs délégations ont demandé que le secrétariat publie chaque année un "
    "calendrier des consultations régionales et en diffuse les conclusions en ligne."
)
_NUMBERED = re.compile(r"^(\d+)\. (.*)$")


def _seed_lines() -> list[str]:
    return seed_document().read_text(encoding="utf-8").split("\n")


def _line_of(lines: list[str], number: int) -> int:
    """Index of the line opening paragraph `number`.

    Headings of sub-sections reuse 1–6, but only after paragraphs 1–6 have passed.
    """
    return next(i for i, line in enumerate(lines) if line.startswith(f"{number}. "))


def revised_draft() -> str:
    """The seed with ¶58 deleted, ¶40 reworded and a new ¶11, later paragraphs renumbered.

    Old 1–10 keep their numbers, old 11–57 become 12–58, old 58 is gone and old
    59–76 keep theirs (one up, one down).
    """
    lines = _seed_lines()
    start, stop = _line_of(lines, 58), _line_of(lines, 59)
    del lines[start:stop]
    at = _line_of(lines, 40)
    assert lines[at].startswith("40. Un participant a souligné")
    lines[at] = lines[at].replace("Un participant a souligné", "Un des participants a souligné")
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line)
        if match and 11 <= int(match.group(1)) <= 57:
            lines[i] = f"{int(match.group(1)) + 1}. {match.group(2)}"
    at = _line_of(lines, 12)
    lines[at:at] = [f"11. {NEW_PARAGRAPH}", ""]
    return "\n".join(lines)


def swapped_draft() -> str:
    """The seed with the texts of ¶3 and ¶4 exchanged (each is one line)."""
    lines = _seed_lines()
    i3, i4 = _line_of(lines, 3), _line_of(lines, 4)
    assert i4 == i3 + 1
    text3, text4 = lines[i3][3:], lines[i4][3:]
    lines[i3], lines[i4] = f"3. {text4}", f"4. {text3}"
    return "\n".join(lines)


@dataclass
class Demo:
    database: Any
    document_id: uuid.UUID
    version_id: uuid.UUID

    def add_note(self, number: int, body: str) -> uuid.UUID:
        with self.database.unit_of_work() as session:
            note = Note(body_html=f"<p>{body}</p>", body_text=body)
            note.links.append(NoteLink(document_id=self.document_id, paragraph_number=number))
            session.add(note)
            session.flush()
            return note.id

    def numbers(self) -> dict[uuid.UUID, tuple[int | None, bool]]:
        """Each note's paragraph number and whether its link is orphaned."""
        with self.database.reading() as session:
            links = session.scalars(
                select(NoteLink).where(NoteLink.document_id == self.document_id)
            ).all()
            return {
                link.note_id: (link.paragraph_number, link.orphaned_at is not None)
                for link in links
            }

    def counts(self) -> tuple[int, int]:
        """Live and tombstoned paragraphs of the French version."""
        with self.database.reading() as session:
            rows = session.execute(
                select(Paragraph.deleted_at.is_(None), func.count())
                .where(Paragraph.language_version_id == self.version_id)
                .group_by(Paragraph.deleted_at.is_(None))
            ).all()
            by_state = {bool(live): count for live, count in rows}
            return by_state.get(True, 0), by_state.get(False, 0)


@pytest.fixture
def demo(demo_db: Any) -> Demo:
    with demo_db.reading() as session:
        document = session.scalars(select(Document)).one()
        (version,) = document.versions
        return Demo(demo_db, document.id, version.id)


@pytest.fixture(scope="module")
def revised() -> ParsedDocument:
    return parse_summary(revised_draft())


def test_the_revised_draft_parses_as_intended(revised: ParsedDocument) -> None:
    seed = parse_summary("\n".join(_seed_lines()))
    assert [p.number for p in revised.paragraphs] == list(range(1, 77))
    texts = {p.number: p.text for p in revised.paragraphs}
    old = {p.number: p.text for p in seed.paragraphs}
    assert texts[11] == NEW_PARAGRAPH
    assert texts[13] == old[12] and texts[58] == old[57] and texts[59] == old[59]
    assert old[58] not in texts.values()
    assert texts[41].startswith("Un des participants a souligné")


def test_propose_maps_renumbered_gone_and_added_paragraphs_without_writing(
    demo: Demo, revised: ParsedDocument
) -> None:
    notes = {n: demo.add_note(n, f"note on ¶{n}") for n in (5, 12, 40, 58)}
    demo.add_note(12, "second note on ¶12")
    before = demo.numbers()

    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        assert not session.new and not session.dirty and not session.deleted

    mapping = proposal.mapping
    assert proposal.document_id == demo.document_id
    assert mapping[5] == 5 and mapping[12] == 13 and mapping[40] == 41 and mapping[58] is None
    assert all(mapping[n] == n + 1 for n in range(11, 58))
    assert all(mapping[n] == n for n in (*range(1, 11), *range(59, 77)))
    assert proposal.added == (11,)
    assert [m.old_number for m in proposal.gone] == [58]
    assert [(m.old_number, m.notes) for m in proposal.orphans] == [(58, 1)]
    assert len(proposal.renumbered) == 47
    assert proposal.unchanged == 28
    by_old = {m.old_number: m for m in proposal.matches}
    assert by_old[12].notes == 2 and by_old[5].notes == 1 and by_old[13].notes == 0
    assert by_old[12].score == 100.0
    assert 80.0 <= by_old[40].score < 100.0
    assert by_old[40].new_text is not None and by_old[40].new_text.startswith("Un des")
    # The TOC of the draft was not renumbered: the parser's warnings travel along.
    assert proposal.warnings == tuple(revised.warnings) and proposal.warnings

    assert demo.numbers() == before
    assert before[notes[12]] == (12, False)
    assert demo.counts() == (76, 0)


def test_apply_moves_confirmed_links_orphans_the_gone_and_keeps_history(
    demo: Demo, revised: ParsedDocument
) -> None:
    notes = {n: demo.add_note(n, f"note on ¶{n}") for n in (5, 12, 40, 58)}
    with demo.database.reading() as session:
        old_58 = session.scalars(
            select(Paragraph.text).where(
                Paragraph.language_version_id == demo.version_id, Paragraph.number == 58
            )
        ).one()

    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        result = apply_revision(session, proposal, revised, proposal.mapping)

    assert (result.moved, result.kept, result.orphaned) == (2, 1, 1)
    assert result.unconfirmed == () and result.paragraphs == 76
    numbers = demo.numbers()
    assert numbers[notes[5]] == (5, False)
    assert numbers[notes[12]] == (13, False)
    assert numbers[notes[40]] == (41, False)
    assert numbers[notes[58]] == (58, True)
    assert demo.counts() == (76, 76)

    with demo.database.reading() as session:
        link = session.scalars(select(NoteLink).where(NoteLink.note_id == notes[58])).one()
        assert link.orphaned_text == old_58
        dead_sections = session.scalar(
            select(func.count(SectionRow.id)).where(
                SectionRow.language_version_id == demo.version_id,
                SectionRow.deleted_at.is_not(None),
            )
        )
        live_sections = session.scalar(
            select(func.count(SectionRow.id)).where(
                SectionRow.language_version_id == demo.version_id,
                SectionRow.deleted_at.is_(None),
            )
        )
        assert dead_sections == live_sections and live_sections
        footnotes = session.execute(
            select(Footnote.deleted_at.is_(None), func.count())
            .where(Footnote.language_version_id == demo.version_id)
            .group_by(Footnote.deleted_at.is_(None))
        ).all()
        assert sorted((bool(live), n) for live, n in footnotes) == [(False, 1), (True, 1)]
        view = document_view(session, demo.version_id)

    assert [p.number for p in view.paragraphs] == list(range(1, 77))
    texts = {p.number: p for p in view.paragraphs}
    assert texts[11].text == NEW_PARAGRAPH
    assert texts[41].text.startswith("Un des participants")
    # The footnote follows its paragraph: old ¶22 is now ¶23.
    assert [f.marker for f in texts[23].footnotes] == ["¹"]
    assert texts[22].footnotes == ()

    with demo.database.reading() as session:
        (orphan,) = orphan_links(session, demo.document_id)
    assert (orphan.note_id, orphan.old_number) == (notes[58], 58)
    assert orphan.orphaned_text == old_58 and orphan.preview == "note on ¶58"


def test_a_swap_moves_each_link_once(demo: Demo) -> None:
    draft = parse_summary(swapped_draft())
    on_3, on_4 = demo.add_note(3, "about ¶3"), demo.add_note(4, "about ¶4")
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, draft)
        assert proposal.mapping[3] == 4 and proposal.mapping[4] == 3
        assert [m.old_number for m in proposal.renumbered] == [3, 4]
        result = apply_revision(session, proposal, draft, proposal.mapping)
    assert result.moved == 2
    numbers = demo.numbers()
    assert numbers[on_3] == (4, False) and numbers[on_4] == (3, False)


@pytest.mark.parametrize(
    ("confirmed", "message"),
    [
        ({5: 5, 6: 5}, "several old paragraphs are mapped to new paragraph 5"),
        ({5: 99}, "the new draft has no paragraph 99"),
        ({99: 5}, "the current draft has no paragraph 99"),
    ],
)
def test_an_invalid_confirmation_is_refused_before_any_write(
    demo: Demo, revised: ParsedDocument, confirmed: dict[int, int | None], message: str
) -> None:
    note = demo.add_note(5, "stays")
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        with pytest.raises(ValueError, match=message):
            apply_revision(session, proposal, revised, confirmed)
        # Nothing pending in this transaction either (the query autoflushes).
        assert not session.dirty and not session.new
        dead = session.scalar(
            select(func.count(Paragraph.id)).where(Paragraph.deleted_at.is_not(None))
        )
        assert dead == 0
    assert demo.counts() == (76, 0)
    assert demo.numbers()[note] == (5, False)


def test_a_stale_proposal_is_refused(demo: Demo, revised: ParsedDocument) -> None:
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        apply_revision(session, proposal, revised, proposal.mapping)
    with (
        demo.database.unit_of_work() as session,
        pytest.raises(ValueError, match="changed since the proposal"),
    ):
        apply_revision(session, proposal, revised, proposal.mapping)
    assert demo.counts() == (76, 76)


def test_unconfirmed_links_stay_where_they_were(demo: Demo, revised: ParsedDocument) -> None:
    on_12, on_70, on_5 = (demo.add_note(n, f"¶{n}") for n in (12, 70, 5))
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        confirmed = {k: v for k, v in proposal.mapping.items() if k not in (12, 70)}
        result = apply_revision(session, proposal, revised, confirmed)
    assert result.unconfirmed == (12, 70)
    assert (result.moved, result.kept, result.orphaned) == (0, 1, 0)
    numbers = demo.numbers()
    assert numbers[on_12] == (12, False) and numbers[on_70] == (70, False)
    assert numbers[on_5] == (5, False)


def test_an_orphan_can_be_reanchored_by_the_user(demo: Demo, revised: ParsedDocument) -> None:
    note = demo.add_note(58, "about the regional cooperation paragraph")
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        apply_revision(session, proposal, revised, proposal.mapping)
    with demo.database.reading() as session:
        (orphan,) = orphan_links(session, demo.document_id)
    with demo.database.unit_of_work() as session:
        with pytest.raises(ValueError, match="no paragraph 99"):
            reanchor_orphan(session, orphan.link_id, 99)
        reanchor_orphan(session, orphan.link_id, 60)
        with pytest.raises(ValueError, match="not orphaned"):
            reanchor_orphan(session, orphan.link_id, 61)
    assert demo.numbers()[note] == (60, False)
    with demo.database.reading() as session:
        assert orphan_links(session, demo.document_id) == []
        link = session.scalars(select(NoteLink).where(NoteLink.note_id == note)).one()
        assert link.orphaned_text is None


def test_apply_updates_the_header_from_the_new_draft(demo: Demo) -> None:
    text = "\n".join(_seed_lines()).replace("27 juillet 2006", "3 août 2006")
    draft = parse_summary(text)
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, draft)
        assert proposal.unchanged == 76 and not proposal.renumbered and not proposal.added
        apply_revision(session, proposal, draft, proposal.mapping, source_name="rev1.txt")
    with demo.database.reading() as session:
        version = session.get_one(LanguageVersion, demo.version_id)
        assert version.issued_on == date(2006, 8, 3)
        assert version.source_name == "rev1.txt"


def _words(rng: random.Random, vocabulary: list[str], count: int) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def test_matching_keeps_order_between_identical_texts() -> None:
    old = ["Supprimé.", "Texte A sur les envois de fonds.", "Supprimé."]
    new = ["Supprimé.", "Supprimé.", "Texte A sur les envois de fonds."]
    assert match_paragraphs(old, new) == {0: (0, 100.0), 1: (2, 100.0), 2: (1, 100.0)}
    # An unrelated paragraph does not match, even when it is the only one left.
    assert match_paragraphs(["Les participants ont salué le rapport."], [NEW_PARAGRAPH]) == {}


def test_a_thousand_paragraphs_propose_quickly(empty_db_path: Path) -> None:
    from forumdesk.store.migrate import open_database

    rng = random.Random(2006)
    vocabulary = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 10)))
        for _ in range(4000)
    ]
    old = [_words(rng, vocabulary, rng.randint(40, 160)) for _ in range(1000)]
    new: list[str] = []
    for index, text in enumerate(old):
        if index % 100 == 50:
            new.append(_words(rng, vocabulary, 80))  # inserted
        if index % 250 == 7:
            continue  # deleted
        words = text.split()
        if index % 5 == 0:  # reworded
            for _ in range(len(words) // 10):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
        new.append(" ".join(words))

    def document(texts: list[str]) -> str:
        body = "\n\n".join(f"{n}. {t}." for n, t in enumerate(texts, start=1))
        return f"**Projet**\n\nI. Corps\n\n{body}\n"

    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.unit_of_work() as session:
            report = import_summary(session, parse_summary(document(old)), language="fr")
        draft = parse_summary(document(new))
        with database.reading() as session:
            started = time.perf_counter()
            proposal = propose_revision(session, report.language_version_id, draft)
            elapsed = time.perf_counter() - started
    finally:
        database.dispose()
    assert elapsed < 3.0  # a sanity bound, not a benchmark
    assert len(proposal.gone) == 4 and len(proposal.added) == 10
    mapping = proposal.mapping
    assert mapping[8] is None and mapping[9] == 8  # old ¶8 (index 7) deleted
    assert mapping[51] == 51 and mapping[52] == 52 and mapping[1000] == 1000 - 4 + 10
    assert sum(1 for m in proposal.matches if 0 < m.score < 100) == 200


def test_apply_brings_the_search_index_up_to_date(demo: Demo, revised: ParsedDocument) -> None:
    """The new paragraph is found at its number; a moved or orphaned note's entry is
    rewritten (the fixture's notes were never indexed), a note left alone is not."""
    words = {12: "Tournesol", 58: "Castafiore", 70: "Haddock"}
    moved, orphaned, elsewhere = (demo.add_note(n, word) for n, word in words.items())
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, revised)
        confirmed = {k: v for k, v in proposal.mapping.items() if k != 70}
        apply_revision(session, proposal, revised, confirmed)
    with demo.database.reading() as session:
        new_paragraph = search(session, "calendrier consultations régionales", kinds=["paragraph"])
        found = {word: search(session, word, kinds=["note"]) for word in words.values()}
    assert [(hit.paragraph, hit.language_version_id) for hit in new_paragraph[:1]] == [
        (11, demo.version_id)
    ]
    assert [(hit.target_id, hit.paragraph) for hit in found["Tournesol"]] == [(moved, 13)]
    assert [hit.target_id for hit in found["Castafiore"]] == [orphaned]
    assert elsewhere in demo.numbers() and found["Haddock"] == []


def test_a_document_with_other_languages_warns_that_they_keep_old_numbers(
    demo: Demo, revised: ParsedDocument
) -> None:
    english = parse_summary("\n".join(_seed_lines()))
    with demo.database.unit_of_work() as session:
        import_summary(session, english, language="en", document_id=demo.document_id)
    with demo.database.reading() as session:
        proposal = propose_revision(session, demo.version_id, revised)
    assert proposal.warnings[: len(revised.warnings)] == tuple(revised.warnings)
    assert proposal.warnings[-1] == ("notes follow the new numbering; revise the en version too")


def test_an_unticked_link_to_a_number_the_draft_lacks_is_orphaned(demo: Demo) -> None:
    lines = _seed_lines()
    start = _line_of(lines, 76)
    stop = next(i for i in range(start + 1, len(lines)) if lines[i].strip().lower() == "annexe")
    shorter = parse_summary("\n".join(lines[:start] + lines[stop:]))
    assert [p.number for p in shorter.paragraphs][-1] == 75
    on_76 = demo.add_note(76, "last paragraph")
    with demo.database.unit_of_work() as session:
        proposal = propose_revision(session, demo.version_id, shorter)
        confirmed = {k: v for k, v in proposal.mapping.items() if k != 76}
        result = apply_revision(session, proposal, shorter, confirmed)
    assert result.unconfirmed == (76,) and result.orphaned == 1
    assert demo.numbers()[on_76] == (76, True)

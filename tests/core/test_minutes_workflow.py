"""Minutes: composed from the programme, drafted, submitted, approved, compared."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.demo_day import clear_demo_speakers

from forumdesk.exports.document.model import BulletList, Heading, Paragraph, Run, Table
from forumdesk.exports.minutes.document import html_to_blocks, minutes_document
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.minutes.compose import compose_minutes_html, compose_session_minutes_html
from forumdesk.services.minutes.html import block_lines
from forumdesk.services.minutes.workflow import (
    MinutesError,
    approve,
    compare_versions,
    edit_version,
    recompose,
    save_draft,
    start_minutes,
    start_session_minutes,
    submit,
    version_html,
    versions,
)
from forumdesk.services.notes.note_input import NoteInput
from forumdesk.services.notes.notes import create_note
from forumdesk.services.programme.speakers.lists import add_speaker, record_speech
from forumdesk.store.enums import MinutesState, OrganisationCategory, SegmentKind
from forumdesk.store.models import (
    Day,
    Document,
    Forum,
    ForumSession,
    Intervention,
    Organisation,
    Representative,
    Segment,
)
from forumdesk.store.models import (
    Paragraph as DocParagraph,
)

QT_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">
<html><head><meta name="qrichtext" content="1" /><meta charset="utf-8" /><style type="text/css">
p, li { white-space: pre-wrap; }
hr { height: 1px; border-width: 0; }
</style></head><body style=" font-family:'Noto Sans'; font-size:10pt; font-weight:400; font-style:normal;">
<h2 style=" margin-top:16px;"><span style=" font-size:x-large; font-weight:600;">Part 1</span></h2>
<p style=" margin-top:0px;"><span style=" font-weight:600;">Chair:</span> Ms. A <span style=" font-style:italic;">(NGO)</span></p>
<p style="-qt-paragraph-type:empty; margin-top:0px;"><br /></p>
<ul style="margin-top: 0px; -qt-list-indent: 1;"><li style=" margin-top:12px;">first <span style=" font-weight:600;">point</span></li>
<li style=" margin-top:0px;">second</li></ul>
<table border="1" style=" border-collapse:collapse;" cellspacing="0" cellpadding="3">
<tr>
<td><p><span style=" font-weight:600;">No.</span></p></td>
<td><p><span style=" font-weight:600;">Speaker</span></p></td></tr>
<tr>
<td><p>1</p></td>
<td><p>Amina Diallo</p></td></tr></table>
<p>End &amp; <b>bold</b><i>it</i></p></body></html>"""  # noqa: E501


@pytest.fixture(autouse=True)
def _without_demo_speakers(demo_db_path: Path) -> None:
    """A list's own workings, from empty lists (tests/demo_day.py)."""
    clear_demo_speakers(demo_db_path)


def _segment(session: Session) -> uuid.UUID:
    forum_id = demo_forum_id(session)
    segment_id = session.scalar(
        select(Segment.id)
        .join(ForumSession, ForumSession.id == Segment.session_id)
        .join(Day, Day.id == ForumSession.day_id)
        .where(Day.forum_id == forum_id, Segment.kind == SegmentKind.THEMATIC)
        .order_by(Segment.starts_at)
    )
    assert segment_id is not None
    return segment_id


def _person(session: Session, given: str, family: str, category: OrganisationCategory) -> uuid.UUID:
    organisation = Organisation(name=f"{family} Network", category=category)
    person = Representative(
        organisation=organisation,
        given_name=given,
        family_name=family,
        sort_key=f"{family} {given}".casefold(),
    )
    session.add_all([organisation, person])
    session.flush()
    return person.id


def _speak(
    session: Session, segment_id: uuid.UUID, person: uuid.UUID, seconds: int, said: str
) -> None:
    line = add_speaker(session, segment_id, person)
    start = datetime(2006, 7, 12, 14, 0, tzinfo=UTC)
    record_speech(session, line.id, start, start + timedelta(seconds=seconds), seconds)
    turn = session.get(Intervention, line.id)
    assert turn is not None
    turn.summary = said


@pytest.fixture
def segment(demo_db: Any) -> uuid.UUID:
    with demo_db.unit_of_work() as session:
        segment_id = _segment(session)
        amina = _person(session, "Amina", "Diallo", OrganisationCategory.MIGRANT_ASSOCIATION)
        jose = _person(session, "José", "Núñez", OrganisationCategory.TRADE_UNION)
        _speak(session, segment_id, amina, 200, "Remittances must cost less.")
        _speak(session, segment_id, jose, 95, "Rights of migrant workers first.")
        document = session.scalars(select(Document)).one()
        create_note(
            session,
            document.forum_id,
            NoteInput(
                body_html="<p>Echoes the summary</p>",
                body_text="Echoes the summary on remittances",
                document_id=document.id,
                paragraphs=(23,),
                segment_id=segment_id,
                author="Rapporteur",
                for_record=True,  # the minutes print notes for the record only
            ),
        )
    return segment_id


def test_compose_lists_speakers_in_order_with_times_and_notes(
    demo_db: Any, segment: uuid.UUID
) -> None:
    with demo_db.reading() as session:
        html = compose_minutes_html(session, segment)
        paragraph_23 = session.scalars(
            select(DocParagraph.text).where(DocParagraph.number == 23)
        ).first()
        title = session.get(Segment, segment).title  # type: ignore[union-attr]
        whole = compose_session_minutes_html(session, session.get(Segment, segment).session_id)  # type: ignore[union-attr]
    lines = block_lines(html)
    assert lines[0] == title
    assert any(re.match(r"Heure\u00a0: \d+ h \d\d–\d+ h \d\d$", line) for line in lines), lines[:6]
    assert any(line.startswith("• Président(e)\u00a0:") for line in lines)
    assert any(line.startswith("• Rapporteur(e)\u00a0:") for line in lines)
    rows = [line for line in lines if " | " in line]
    assert rows[1].startswith("1 | Amina Diallo | Diallo Network | Association de migrants")
    assert rows[1].endswith("3 min 20 s")
    assert rows[2].startswith("2 | José Núñez | Núñez Network")
    assert rows[2].endswith("1 min 35 s")
    amina = lines.index("Amina Diallo (Diallo Network)\u00a0: Remittances must cost less.")
    assert lines[amina + 1].startswith("José Núñez")
    assert "Rapporteur\u00a0: Echoes the summary on remittances (¶ 23)" in lines
    assert paragraph_23 and any(line.startswith("¶ 23. " + paragraph_23[:30]) for line in lines)
    assert title in block_lines(whole) and "Amina Diallo" in whole


def test_compose_speaks_the_forums_language(demo_db: Any, segment: uuid.UUID) -> None:
    with demo_db.unit_of_work() as session:
        forum = session.get(Forum, demo_forum_id(session))
        assert forum is not None
        forum.language = "en"
        session.flush()
        lines = block_lines(compose_minutes_html(session, segment))
    assert "Officers" in lines and "• Chair: —" in lines and "Date: 12 July 2006" in lines
    assert any(
        line.endswith("| Migrant association or diaspora network | 3 min 20 s") for line in lines
    )


def test_workflow_locks_approved_and_restarts_drafts(demo_db: Any, segment: uuid.UUID) -> None:
    with demo_db.unit_of_work() as session:
        minutes_id = start_minutes(session, segment, "Rapporteur")
        with pytest.raises(MinutesError, match="already started"):
            start_minutes(session, segment, "Rapporteur")
    with demo_db.unit_of_work() as session:
        edited = version_html(session, minutes_id).replace("Remittances", "Remittance fees")
        assert save_draft(session, minutes_id, edited, "Rapporteur") == 2  # the composition stays
        assert save_draft(session, minutes_id, edited + "<p>More</p>", "Rapporteur") == 2
    with (
        demo_db.unit_of_work() as session,
        pytest.raises(MinutesError, match="edited by hand by Rapporteur"),
    ):
        recompose(session, minutes_id, "Rapporteur", replace_edits=False)
    with demo_db.unit_of_work() as session:
        submit(session, minutes_id, "Rapporteur")
        with pytest.raises(MinutesError, match="not a draft"):
            submit(session, minutes_id, "Rapporteur")
        with pytest.raises(MinutesError, match="submitted for approval"):
            edit_version(session, minutes_id, 2, "<p>x</p>", "Rapporteur")
        assert approve(session, minutes_id, "Ms. Head") == 2
    with demo_db.unit_of_work() as session:
        today = datetime.now(UTC).date().isoformat()
        with pytest.raises(MinutesError, match=rf"approved by Ms\. Head on {today}; edit to start"):
            edit_version(session, minutes_id, 2, "<p>x</p>", "Rapporteur")
        with pytest.raises(MinutesError, match=r"already approved by Ms\. Head"):
            approve(session, minutes_id, "Ms. Head")
        document = minutes_document(session, minutes_id)
        # The demo forum is French: the document says so in French.
        assert document.approval and document.approval.startswith("Approuvé par Ms. Head le ")
        assert document.symbol is None and document.forum
        assert "Remittance fees must cost less." in document.text()
    with demo_db.unit_of_work() as session:
        # Editing approved minutes starts a new draft; the approved text stays as it was.
        assert save_draft(session, minutes_id, "<p>New start</p>", "Rapporteur") == 3
        assert "Remittance fees" in version_html(session, minutes_id, 2)
        rows = versions(session, minutes_id)
        assert [(r.number, r.state, r.composed) for r in rows] == [
            (1, MinutesState.DRAFT, True),
            (2, MinutesState.APPROVED, False),
            (3, MinutesState.DRAFT, False),
        ]
        assert minutes_document(session, minutes_id).approval is None
        # Hand edits may be replaced when the user says so: a new composed version.
        assert recompose(session, minutes_id, "Rapporteur", replace_edits=True) == 4
        assert recompose(session, minutes_id, "Rapporteur", replace_edits=False) == 4


def test_compare_marks_differences(demo_db: Any, segment: uuid.UUID) -> None:
    with demo_db.unit_of_work() as session:
        minutes_id = start_minutes(session, segment, "Rapporteur")
        edited = version_html(session, minutes_id).replace("cost less", "cost far less")
        save_draft(session, minutes_id, edited + "<p>Closing remark</p>", "Editor")
        diff = compare_versions(session, minutes_id, 1, 2)
    kinds = {line.kind for line in diff}
    assert kinds == {"same", "changed", "added"}
    (changed,) = [line for line in diff if line.kind == "changed"]
    assert "cost less" in changed.left and "cost far less" in changed.right
    assert diff[-1].left == "" and diff[-1].right == "Closing remark"


def test_html_to_blocks_reads_qt_html() -> None:
    blocks = html_to_blocks(QT_HTML)
    assert blocks[0] == Heading(level=1, title="Part 1")
    assert blocks[1] == Paragraph(
        runs=(Run("Chair:", bold=True), Run(" Ms. A "), Run("(NGO)", italic=True))
    )
    assert blocks[2] == BulletList(
        items=((Run("first "), Run("point", bold=True)), (Run("second"),))
    )
    assert blocks[3] == Table(header=("No.", "Speaker"), rows=(("1", "Amina Diallo"),))
    assert blocks[4] == Paragraph(
        runs=(Run("End & "), Run("bold", bold=True), Run("it", italic=True))
    )
    assert len(blocks) == 5


def test_session_minutes_compose_every_segment(demo_db: Any, segment: uuid.UUID) -> None:
    with demo_db.unit_of_work() as session:
        part = session.get(Segment, segment)
        assert part is not None
        minutes_id = start_session_minutes(session, part.session_id, "Rapporteur")
        html = version_html(session, minutes_id)
        assert part.title in block_lines(html) and "Amina Diallo" in html
        assert recompose(session, minutes_id, "Rapporteur", replace_edits=False) == 1
        with pytest.raises(MinutesError, match="already started"):
            start_session_minutes(session, part.session_id, "Rapporteur")

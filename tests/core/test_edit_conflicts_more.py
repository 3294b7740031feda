"""No lost update for notes and segments: two users on one SQLite file (issue 14, point 3)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from forumdesk.services.edit_conflicts import EditConflict, ReadAt
from forumdesk.services.note_conflicts import merged_set
from forumdesk.services.notes import (
    NoteInput,
    NoteView,
    create_note,
    get_note,
    html_from_plain,
    update_note,
)
from forumdesk.store.database import Database
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Document, NoteLink


def _open(url: str, actor: str) -> Database:
    database, _ = open_database(url, backup=False)
    database.actor = actor
    return database


@pytest.fixture
def two_users(demo_db_path: Path) -> Iterator[tuple[Database, Database]]:
    ana, ben = _open(str(demo_db_path), "Ana"), _open(str(demo_db_path), "Ben")
    yield ana, ben
    ana.dispose()
    ben.dispose()


# --- notes ---------------------------------------------------------------------------


def _new_note(database: Database) -> uuid.UUID:
    with database.unit_of_work() as session:
        document = session.scalars(select(Document)).one()
        return create_note(
            session,
            document.forum_id,
            NoteInput(
                body_html=html_from_plain("Remittance costs"),
                body_text="Remittance costs",
                document_id=document.id,
                paragraphs=(23, 24),
                tags=("remittances",),
            ),
        )


def _read_note(database: Database, ident: uuid.UUID) -> NoteView:
    with database.reading() as session:
        return get_note(session, ident)


def _save_note(database: Database, form: NoteView, **changes: object) -> None:
    data = form.as_input()
    if "body_text" in changes:
        changes["body_html"] = html_from_plain(str(changes["body_text"]))
    with database.unit_of_work() as session:
        update_note(
            session,
            form.id,
            dataclasses.replace(data, **changes),
            read=ReadAt(form.version, data),
        )


def test_two_users_edit_one_note(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _new_note(ana)
    ana_form, ben_form = _read_note(ana, ident), _read_note(ben, ident)
    _save_note(ana, ana_form, body_text="Remittance costs must fall", tags=("remittances", "data"))
    # Ben adds a tag and a paragraph and drops one: merged with Ana's tag and text.
    _save_note(ben, ben_form, tags=("remittances", "youth"), paragraphs=(24, 25))
    note = _read_note(ana, ident)
    assert note.body_text == "Remittance costs must fall"
    assert set(note.tags) == {"remittances", "data", "youth"}
    assert note.paragraphs == (24, 25)

    with pytest.raises(EditConflict) as refused:
        _save_note(ben, ben_form, body_text="Remittances: cost of transfers")
    assert _read_note(ana, ident) == note  # nothing written
    (text,) = refused.value.conflicts
    assert text.field == "body_text" and text.changed_by == "Ana"
    assert (text.read, text.stored, text.wanted) == (
        "Remittance costs",
        "Remittance costs must fall",
        "Remittances: cost of transfers",
    )
    read, wanted = refused.value.resubmit(take_theirs=[])
    with ben.unit_of_work() as session:
        update_note(session, ident, wanted, read=read)
    stored = _read_note(ana, ident)
    assert stored.body_text == "Remittances: cost of transfers"
    assert "transfers" in stored.body_html  # the HTML goes with its text
    assert set(stored.tags) == {"remittances", "data", "youth"}


def test_a_link_both_changed_names_who_changed_it(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _new_note(ana)
    with ana.reading() as session:
        from forumdesk.store.models import Segment

        first, second = session.scalars(select(Segment.id).order_by(Segment.starts_at)).all()[:2]
    ana_form, ben_form = _read_note(ana, ident), _read_note(ben, ident)
    _save_note(ana, ana_form, segment_id=first)
    with pytest.raises(EditConflict) as refused:
        _save_note(ben, ben_form, segment_id=second)
    (link,) = refused.value.conflicts
    assert (link.field, link.stored, link.wanted) == ("segment_id", first, second)
    assert link.changed_by == "Ana"
    with ana.reading() as session:
        linked = session.scalars(
            select(NoteLink.segment_id).where(
                NoteLink.note_id == ident, NoteLink.deleted_at.is_(None)
            )
        ).all()
    assert second not in linked


def test_sets_merge_additions_and_removals_of_both() -> None:
    assert merged_set("abc", "abd", "bce", key=str) == ("b", "d", "e")

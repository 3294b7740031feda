"""Retention (issue 19): a forum's personal data kept so many months after it, then
erased by `forumdesk retention`; a person still registered for a forum whose time has
not come is kept."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from forumdesk.cli import main
from forumdesk.services.common.refusals import Refused
from forumdesk.services.privacy.retention import (
    add_months,
    due_for_erasure,
    expires_on,
    set_retention,
)
from forumdesk.store.database import Database
from forumdesk.store.enums import AccreditationStatus
from forumdesk.store.models import Erasure, Forum, Registration, Representative


def _forum(session: object, title: str, ends_on: date) -> uuid.UUID:
    forum = Forum(title=title, language="en", timezone="UTC", starts_on=ends_on, ends_on=ends_on)
    session.add(forum)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return forum.id


def _register(session: object, forum_id: uuid.UUID, given: str) -> uuid.UUID:
    person = Representative(given_name=given, family_name="Retained", sort_key=f"retained {given}")
    session.add(person)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    _enrol(session, forum_id, person.id)
    return person.id


def _enrol(session: object, forum_id: uuid.UUID, person_id: uuid.UUID) -> None:
    session.add(  # type: ignore[attr-defined]
        Registration(
            forum_id=forum_id, representative_id=person_id, status=AccreditationStatus.ACCREDITED
        )
    )


@pytest.fixture
def two_forums(demo_db: Database) -> dict[str, uuid.UUID]:
    """A small forum of 2010 with three people: one came only there, one also comes
    to a forum next year, one also to the demo forum (which keeps its data)."""
    with demo_db.unit_of_work() as session:
        old = _forum(session, "Old consultation", date(2010, 5, 4))
        later = _forum(session, "Next consultation", date(date.today().year + 1, 5, 4))
        demo = session.scalars(select(Forum.id).where(Forum.id.not_in([old, later]))).one()
        people = {
            "gone": _register(session, old, "Alma"),
            "coming": _register(session, old, "Bruno"),
            "demo": _register(session, old, "Chen"),
        }
        _enrol(session, later, people["coming"])
        _enrol(session, demo, people["demo"])
        set_retention(session, old, 12)
        set_retention(session, later, 12)
    return people


def test_only_people_whose_every_forum_is_past_retention_are_due(
    demo_db: Database, two_forums: dict[str, uuid.UUID]
) -> None:
    with demo_db.reading() as session:
        plan = due_for_erasure(session)
    assert [person.id for person in plan.people] == [two_forums["gone"]]
    assert plan.people[0].name == "Alma Retained"


def test_the_command_lists_then_erases(
    demo_db: Database,
    two_forums: dict[str, uuid.UUID],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = ["--database", str(demo_db.path)]
    assert demo_db.path is not None
    before = demo_db.path.read_bytes()
    assert main([*database, "retention", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 person is past retention" in out and "Alma Retained" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main([*database, "retention"]) == 1  # asked, and refused
    assert "nothing was erased" in capsys.readouterr().err
    assert demo_db.path.read_bytes() == before

    assert main([*database, "retention", "--yes", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["count"] == 1 and result["erased"][0]["id"] == str(two_forums["gone"])
    assert result["backup"]
    with demo_db.reading() as session:
        assert session.scalars(select(Erasure.record_id)).all() == [two_forums["gone"]]
        kept = session.get_one(Representative, two_forums["coming"])
        assert kept.given_name == "Bruno"
    assert main([*database, "retention", "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0


def test_forum_set_retention_months(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    database = ["--database", str(demo_db.path)]
    assert main([*database, "forum", "set", "--retention-months", "24"]) == 0
    assert "24 months" in capsys.readouterr().out
    with demo_db.reading() as session:
        forum = session.scalars(select(Forum)).one()
        assert forum.retention_months == 24
        assert expires_on(forum) == add_months(forum.ends_on or forum.starts_on, 24)  # type: ignore[arg-type]
    assert main([*database, "forum", "set", "--retention-months", "off"]) == 0
    with pytest.raises(SystemExit) as usage:
        main([*database, "forum", "set", "--retention-months", "-3"])
    assert usage.value.code == 2
    assert main([*database, "forum", "set"]) == 2
    with demo_db.reading() as session:
        assert session.scalars(select(Forum.retention_months)).one() is None


def test_months_are_added_on_the_calendar() -> None:
    assert add_months(date(2006, 7, 13), 12) == date(2007, 7, 13)
    assert add_months(date(2006, 8, 31), 6) == date(2007, 2, 28)
    assert add_months(date(2006, 1, 31), 1) == date(2006, 2, 28)


def test_a_retention_out_of_range_is_refused(demo_db: Database) -> None:
    with demo_db.unit_of_work() as session:
        forum_id = session.scalars(select(Forum.id)).one()
        with pytest.raises(Refused, match="between 0 and 1200"):
            set_retention(session, forum_id, 5000)

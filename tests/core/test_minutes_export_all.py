"""Export all minutes, the one use case behind `forumdesk minutes export-all` and the
Minutes page's Export All…: which minutes (services/minutes/listing.py), in what
order, and the files they become (exports/minutes/files.py)."""

from __future__ import annotations

import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from tests.core.test_cli_minutes import _forum, _run

from forumdesk.exports.minutes.files import export_all, file_names
from forumdesk.services.common import messages
from forumdesk.services.common.file_names import export_file_name
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.minutes.listing import minutes_to_export
from forumdesk.services.minutes.workflow import (
    MinutesError,
    save_draft,
    start_minutes,
    start_session_minutes,
)
from forumdesk.store.models import MinutesVersion, Segment
from forumdesk.store.types import utcnow

FORUM = "Rencontres-interactives-informelles-12-juillet-2006"
#: What an export of `start_forum_minutes` holds, in programme order, at which version.
EXPORTED = [
    ("Séance du matin", 1),  # the séance's own minutes, before its first segment
    ("Séance inaugurale", 1),
    ("Première partie", 2),
    ("Troisième partie", 1),
]


def start_forum_minutes(session: Session) -> dict[str, uuid.UUID]:
    """Minutes as a secretariat leaves them mid-forum, started out of programme order:
    one saved again by hand (version 2), a whole séance's, one of a segment removed
    from the programme since, and one whose every version was removed."""
    segments = {s.title: s for s in session.scalars(select(Segment)).all()}
    started = {
        title: start_minutes(session, segments[title].id, "Ana Ruiz")
        for title in (
            "Troisième partie",
            "Séance de clôture",
            "Première partie",
            "Séance inaugurale",
            "Deuxième partie",
        )
    }
    save_draft(session, started["Première partie"], "<p>Relu.</p>", "Ana Ruiz")
    morning = segments["Séance inaugurale"].session_id
    started["Séance du matin"] = start_session_minutes(session, morning, "Ana Ruiz")
    segments["Deuxième partie"].deleted_at = utcnow()
    closing = select(MinutesVersion).where(
        MinutesVersion.minutes_id == started["Séance de clôture"]
    )
    for version in session.scalars(closing):
        version.deleted_at = utcnow()
    session.flush()
    return started


@pytest.fixture
def started(demo_db: Any) -> dict[str, uuid.UUID]:
    with demo_db.unit_of_work() as session:
        return start_forum_minutes(session)


def test_the_live_started_minutes_in_programme_order_at_their_latest_version(
    demo_db: Any, started: dict[str, uuid.UUID]
) -> None:
    with demo_db.reading() as session:
        chosen = minutes_to_export(session, demo_forum_id(session))
    assert [(m.title, m.version) for m in chosen] == EXPORTED
    assert [m.minutes_id for m in chosen] == [started[title] for title, _n in EXPORTED]


def test_files_are_named_as_export_names_one_minutes(demo_db: Any, started: object) -> None:
    with demo_db.reading() as session:
        chosen = minutes_to_export(session, demo_forum_id(session))
    names = file_names(chosen, "pdf")
    assert names[1] == f"{FORUM}_Séance-inaugurale_minutes_2006-07-12.pdf"
    assert names == [
        export_file_name([FORUM, title, "minutes"], "pdf", on=chosen[0].day)
        for title, _n in EXPORTED
    ]
    # Two minutes named alike (parallel segments of one title) are numbered.
    twins = file_names([chosen[1], chosen[1]], "md")
    assert twins[1] == twins[0].removesuffix(".md") + "_2.md"


def test_names_take_the_users_language(demo_db: Any, started: object) -> None:
    before = messages.language()
    messages.set_language("fr")
    try:
        with demo_db.reading() as session:
            chosen = minutes_to_export(session, demo_forum_id(session))
    finally:
        messages.set_language(before)
    assert file_names(chosen, "md")[1] == f"{FORUM}_Séance-inaugurale_compte-rendu_2006-07-12.md"


def test_a_folder_and_a_zip_hold_the_same_files_in_programme_order(
    demo_db: Any, started: object, tmp_path: Path
) -> None:
    reports: list[tuple[int, int]] = []
    with demo_db.reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        into_folder = export_all(session, forum_id, tmp_path / "all", "md")
        into_zip = export_all(
            session, forum_id, tmp_path / "all.zip", "md", internal=True,
            progress=lambda done, total: reports.append((done, total)),
        )  # fmt: skip
        names = file_names(minutes_to_export(session, forum_id), "md")
    assert (into_folder.written, into_folder.total, into_folder.cancelled) == (4, 4, False)
    assert (into_zip.written, into_zip.target) == (4, tmp_path / "all.zip")
    assert reports == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(path.name for path in (tmp_path / "all").iterdir()) == sorted(names)
    with zipfile.ZipFile(tmp_path / "all.zip") as opened:
        assert opened.namelist() == names
        assert "Relu." in opened.read(names[2]).decode("utf-8")


def test_a_cancelled_export_stops_between_two_files(
    demo_db: Any, started: object, tmp_path: Path
) -> None:
    with demo_db.reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        done: list[int] = []
        result = export_all(
            session, forum_id, tmp_path / "all", "md",
            progress=lambda n, _total: done.append(n), cancelled=lambda: len(done) > 2,
        )  # fmt: skip
    assert (result.written, result.total, result.cancelled) == (2, 4, True)
    assert len(list((tmp_path / "all").iterdir())) == 2


def test_a_forum_without_minutes_is_refused_and_nothing_is_written(
    demo_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reading() as session:
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        with pytest.raises(MinutesError, match="no minutes in this forum yet"):
            export_all(session, forum_id, tmp_path / "all", "md")
    assert not (tmp_path / "all").exists()
    every = ("minutes", "export-all", "--forum", _forum(demo_db.path), "--format", "md")
    code, _out, err = _run(capsys, "--database", str(demo_db.path), *every, "-o", str(tmp_path))
    assert (code, err) == (1, "forumdesk: no minutes in this forum yet\n")

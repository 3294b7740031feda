"""Preparing a laptop, naming devices, and a record's history across devices."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from forumdesk.cli import main
from forumdesk.services.common.output_files import OutputPathError
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.database.devices import DeviceError, devices, history_of, rename_device
from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.services.sync.source import SyncError
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Forum, Organisation, Registration, Representative


def _person(session: Any, name: str, forum_id: Any) -> Any:
    organisation = Organisation(name=f"{name} Network", category=OrganisationCategory.NGO_ECOSOC)
    person = Representative(organisation=organisation, given_name=name, family_name="Test",
                            sort_key=f"test {name}".lower())  # fmt: skip
    session.add_all([organisation, person])
    session.flush()
    session.add(Registration(forum_id=forum_id, representative_id=person.id,
                             status=AccreditationStatus.REQUESTED))  # fmt: skip
    return person


def test_a_laptop_for_one_forum_leaves_the_others_people_behind(
    demo_db: Any, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as session:
        demo = demo_forum_id(session)
        other = Forum(title="Another forum", language="en", timezone="UTC")
        session.add(other)
        session.flush()
        here = _person(session, "Here", demo).id
        elsewhere = _person(session, "Elsewhere", other.id).id
    laptop_path = tmp_path / "laptop.db"
    prepared = prepare_laptop(demo_db, laptop_path, forum_id=demo, name="Laptop 1, front desk")
    assert prepared.people_left_out == 1
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        assert laptop.device_id == prepared.device_id != demo_db.device_id
        with laptop.reading() as session:
            assert session.get(Representative, here) is not None
            assert session.get(Representative, elsewhere) is None
            assert session.scalar(select(func.count(Forum.id))) == 1
            assert devices(session)[0].name == "Laptop 1, front desk"
        with laptop.unit_of_work() as session:
            walk_in = _person(session, "Walkin", demo).id
    finally:
        laptop.dispose()
    result = sync_from(demo_db, str(laptop_path))
    # only what the laptop did since the copy: one person, their organisation and badge
    assert (result.inserted, result.updated, result.deleted) == (3, 0, 0)
    with demo_db.reading() as session:
        assert session.get(Representative, walk_in) is not None
        assert session.get(Representative, elsewhere) is not None
    with pytest.raises(OutputPathError, match="is a SQLite database"):
        prepare_laptop(demo_db, laptop_path)  # never over a database, not even a laptop's
    other = tmp_path / "notes.txt"
    other.write_text("kept", encoding="utf-8")
    with pytest.raises(SyncError, match="already exists"):
        prepare_laptop(demo_db, other)
    assert other.read_text(encoding="utf-8") == "kept"


def test_a_whole_copy_merges_back_with_nothing_to_do(demo_db: Any, tmp_path: Path) -> None:
    prepare_laptop(demo_db, tmp_path / "copy.db")
    result = sync_from(demo_db, str(tmp_path / "copy.db"))
    assert (result.inserted, result.updated, result.deleted, result.conflicts) == (0, 0, 0, [])


def test_device_names_and_history(
    demo_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.unit_of_work() as session:
        with pytest.raises(DeviceError):
            rename_device(session, "   ")
        assert rename_device(session, "  Office   server ").name == "Office server"
        person = _person(session, "Amina", demo_forum_id(session))
        person_id = person.id
    demo_db.actor = "Ana"
    with demo_db.unit_of_work() as session:
        session.get_one(Representative, person_id).email = "amina@example.org"
    with demo_db.reading() as session:
        history = history_of(session, person_id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].actor == "Ana" and history[1].device == "Office server"
    assert ("email", None, "amina@example.org") in history[1].changes
    code = main(["--database", str(demo_db.path), "history", str(person_id), "--json"])
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)[1]["changes"][0]["after"] == "amina@example.org"


def test_a_cancelled_laptop_leaves_no_file_and_no_trace_in_the_office(
    demo_db: Any, tmp_path: Path
) -> None:
    from forumdesk.services.sync.laptop import LaptopCancelled
    from forumdesk.store.models import MergeRun

    calls: list[int] = []

    def cancel_at_once() -> bool:
        calls.append(1)
        return True

    laptop_path = tmp_path / "laptop.db"
    with pytest.raises(LaptopCancelled):
        # batches of 2000 rows: the demo's audit log is the first table that long
        with demo_db.unit_of_work() as session:
            demo = demo_forum_id(session)
            for number in range(2100):
                session.add(
                    Organisation(name=f"Org {number}", category=OrganisationCategory.NGO_ECOSOC)
                )
        prepare_laptop(demo_db, laptop_path, forum_id=demo, cancelled=cancel_at_once)
    assert calls == [1]
    assert not laptop_path.exists() and not Path(f"{laptop_path}-wal").exists()
    with demo_db.reading() as session:
        assert session.scalar(select(func.count(MergeRun.id))) == 0


def test_a_merge_into_a_laptop_for_one_forum_brings_that_forum_only(
    demo_db: Any, tmp_path: Path
) -> None:
    from forumdesk.services.database.integrity import run_check

    with demo_db.unit_of_work() as session:
        demo = demo_forum_id(session)
        other = Forum(title="Another forum", language="en", timezone="UTC")
        session.add(other)
        session.flush()
        other_id = other.id
        kept_org = _person(session, "Here", demo).organisation_id
        left_behind = _person(session, "Elsewhere", other_id).id
    laptop_path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop_path, forum_id=demo, name="Front desk")
    # Back at the office, after the copy:
    with demo_db.unit_of_work() as session:
        newcomer = _person(session, "Newcomer", demo).id
        stranger = _person(session, "Stranger", other_id).id
        session.get_one(Organisation, kept_org).acronym = "HN"
        session.add(Registration(forum_id=demo, representative_id=left_behind,
                                 status=AccreditationStatus.REQUESTED))  # fmt: skip
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        result = sync_from(laptop, str(demo_db.path))
        with laptop.reading() as session:
            assert session.get(Representative, newcomer) is not None
            assert session.get(Representative, stranger) is None, "another forum's person"
            assert session.get(Forum, other_id) is None
            # registered for this forum since the copy: now the laptop's business
            assert session.get(Representative, left_behind) is not None
            assert session.get_one(Organisation, kept_org).acronym == "HN"
            forums = {r.forum_id for r in session.scalars(select(Registration))}
            assert forums == {demo}
        assert result.conflicts == []
        check = run_check(str(laptop_path))
        assert check.ok, check.problems
    finally:
        laptop.dispose()
    back = sync_from(demo_db, str(laptop_path))
    assert (back.inserted, back.updated, back.deleted, back.conflicts) == (0, 0, 0, [])


def test_a_laptop_for_one_forum_takes_only_that_forums_import_records(
    demo_db: Any, tmp_path: Path
) -> None:
    """An import record holds the earlier values of the people it updated: another
    forum's record (its people's personal data) stays at the office."""
    from forumdesk.store.models import RegistryImport
    from forumdesk.store.types import utcnow

    with demo_db.unit_of_work() as session:
        demo = demo_forum_id(session)
        other = Forum(title="Another forum", language="en", timezone="UTC")
        session.add(other)
        session.flush()
        for forum_id, name in ((demo, "here.csv"), (other.id, "elsewhere.csv"), (None, "none.csv")):
            session.add(
                RegistryImport(
                    forum_id=forum_id, file_name=name, file_sha256="0" * 64,
                    imported_at=utcnow(), updated={"x": {"before": {"email": "old@example.org"}}},
                )
            )  # fmt: skip
    laptop_path = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop_path, forum_id=demo)
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        with laptop.reading() as session:
            names = session.scalars(select(RegistryImport.file_name)).all()
    finally:
        laptop.dispose()
    assert names == ["here.csv"]
    # Later imports at the office reach the laptop the same way.
    with demo_db.unit_of_work() as session:
        session.add(RegistryImport(forum_id=other.id, file_name="later.csv",
                                   file_sha256="1" * 64, imported_at=utcnow()))  # fmt: skip
        session.add(RegistryImport(forum_id=demo, file_name="later-here.csv",
                                   file_sha256="2" * 64, imported_at=utcnow()))  # fmt: skip
    laptop, _ = open_database(str(laptop_path), backup=False)
    try:
        sync_from(laptop, str(demo_db.path))
        with laptop.reading() as session:
            names = sorted(session.scalars(select(RegistryImport.file_name)).all())
    finally:
        laptop.dispose()
    assert names == ["here.csv", "later-here.csv"]

"""Merging laptops into the office: three-way per field, nothing lost, nothing doubled."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from forumdesk.cli import main
from forumdesk.services.registry.edit import update_organisation
from forumdesk.services.registry.people import OrganisationInput
from forumdesk.services.sync.conflicts import conflicts, resolve_conflict
from forumdesk.services.sync.source import SyncError
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, MergeConflict, Organisation, Representative

A_CSV = """Prénom,Nom,Organisation,Catégorie,Courriel
Amina,Diallo,Migrant Forum Asia,Association de migrants,amina.diallo@mfa.org
Jean,Dupont,Caritas Internationalis,ONG,jean.dupont@caritas.org
"""
B_CSV = """Prénom,Nom,Organisation,Catégorie,Courriel
Amina,Diallo,Migrant Forum Asia,Association de migrants,a.diallo@mfa.org
Li,Wei,World Bank,Institution financière,li.wei@worldbank.org
"""
SECRETARIAT = "Secrétariat%"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _forum(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        raw = connection.execute("SELECT id FROM forums").fetchone()[0]
    return str(uuid.UUID(hex=str(raw).replace("-", "")))


def _edit_secretariat(path: Path, actor: str, **changes: Any) -> None:
    database, _ = open_database(str(path), backup=False)
    database.actor = actor
    try:
        with database.unit_of_work() as session:
            found = session.scalars(
                select(Organisation).where(Organisation.name.like(SECRETARIAT))
            ).one()
            data = OrganisationInput(found.name, found.category, email=found.email)
            update_organisation(session, found.id, replace(data, **changes))
    finally:
        database.dispose()


@pytest.fixture
def pair(
    demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, Path]:
    """Office A and laptop B from one demo file, each with its own CSV and an edit of
    the same organisation (the same field, e-mail, on both sides)."""
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    forum = _forum(a)
    for path, text in ((a, A_CSV), (b, B_CSV)):
        csv = path.with_suffix(".csv")
        csv.write_text(text, encoding="utf-8")
        code, _out, err = _cli(capsys, "--database", str(path), "registry", "import", str(csv),
                               "--forum", forum)  # fmt: skip
        assert code == 0, err
    _edit_secretariat(a, "Ana", email="secretariat-a@un.org", website="https://www.un.org")
    _edit_secretariat(b, "Ben", email="secretariat-b@un.org", phone="+1 212 963 1234")
    return a, b


def _merge(
    capsys: pytest.CaptureFixture[str], into: Path, other: Path, *extra: str
) -> dict[str, Any]:
    code, out, err = _cli(capsys, "--database", str(into), "merge", str(other), "--json", *extra)
    assert code == 0, err
    return dict(json.loads(out))


def _export(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    target = path.with_name(path.stem + "-export.csv")
    code, _out, err = _cli(capsys, "--database", str(path), "registry", "export", str(target))
    assert code == 0, err
    return target.read_text(encoding="utf-8")


def test_laptops_come_together_and_agree(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    before = _export(capsys, a)
    preview = _merge(capsys, a, b, "--dry-run")
    assert _export(capsys, a) == before, "a dry run changes nothing"
    with sqlite3.connect(a) as connection:
        assert connection.execute("SELECT count(*) FROM merge_runs").fetchone()[0] == 0
    [conflict] = preview["conflicts"]
    assert (conflict["field"], conflict["ours"], conflict["theirs"]) == (
        "email", "secretariat-a@un.org", "secretariat-b@un.org")  # fmt: skip
    assert conflict["ours_by"]["actor"] == "Ana" and conflict["theirs_by"]["actor"] == "Ben"
    assert conflict["ours_by"]["device"] != conflict["theirs_by"]["device"]

    first = _merge(capsys, a, b)
    assert first["inserted"] == 7  # 2 people, 2 organisations, 2 registrations, the import record
    assert first["updated"] == 1 and first["deleted"] == 0
    assert len(first["conflicts"]) == 1 and first["backup"]
    [duplicate] = [d for d in first["duplicates"] if d["kind"] == "person"]
    assert duplicate["incoming"] == "Amina Diallo" and duplicate["existing"] == "Amina Diallo"
    # both laptops created "Migrant Forum Asia": proposed too, never merged silently
    [organisation] = [d for d in first["duplicates"] if d["kind"] == "organisation"]
    assert organisation["incoming"] == organisation["existing"] == "Migrant Forum Asia"

    second = _merge(capsys, b, a)
    assert second["conflicts"] == [] and second["inserted"] == 7
    third = _merge(capsys, a, b)
    assert (third["inserted"], third["updated"], third["deleted"], third["conflicts"]) == (
        0,
        0,
        0,
        [],
    )
    assert _export(capsys, a) == _export(capsys, b)
    for path in (a, b):
        database, _ = open_database(str(path), backup=False)
        with database.reading() as session:
            found = session.scalars(
                select(Organisation).where(Organisation.name.like(SECRETARIAT))
            ).one()
            # the conflict kept A's e-mail; each side's other edit came across
            assert (found.email, found.website, found.phone) == (
                "secretariat-a@un.org", "https://www.un.org", "+12129631234")  # fmt: skip
            people = session.scalar(select(func.count(Representative.id)))
        database.dispose()
        assert people is not None and people >= 4
        code, out, err = _cli(capsys, "--database", str(path), "check")
        assert code == 0, out + err


def test_merging_the_same_file_twice_changes_nothing_the_second_time(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    assert _merge(capsys, a, b)["inserted"] == 7
    again = _merge(capsys, a, b)
    assert (again["inserted"], again["updated"], again["deleted"]) == (0, 0, 0)
    assert again["conflicts"] == [] and again["duplicates"] == [] and again["audit_entries"] == 0


def test_a_deletion_travels_as_a_tombstone(demo_db_path: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    laptop, _ = open_database(str(b), backup=False)
    with laptop.unit_of_work() as session:
        person = session.scalars(select(Representative)).first()
        assert person is not None
        person_id = person.id
        from forumdesk.store.types import utcnow

        person.deleted_at = utcnow()
    laptop.dispose()
    office, _ = open_database(str(a), backup=False)
    try:
        result = sync_from(office, str(b))
        assert (result.deleted, result.inserted, result.updated) == (1, 0, 0)
        with office.reading() as session:
            assert session.get_one(Representative, person_id).deleted_at is not None
    finally:
        office.dispose()


def test_taking_theirs_is_an_edit_that_travels_back(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    _merge(capsys, a, b)
    office, _ = open_database(str(a), backup=False)
    office.actor = "Chief of registration"
    try:
        with office.reading() as session:
            [row] = conflicts(session)
        assert row.ours_by.startswith("Ana (") and row.theirs_by.startswith("Ben (")
        with office.unit_of_work() as session:
            resolve_conflict(session, row.id, "theirs", office.actor)
        with office.reading() as session:
            assert conflicts(session) == []
            assert session.get_one(MergeConflict, row.id).resolution == "theirs"
            found = session.get_one(Organisation, row.record_id)
            assert found.email == "secretariat-b@un.org"
            last = session.scalars(
                select(AuditEntry).where(AuditEntry.record_id == row.record_id)
                .order_by(AuditEntry.at.desc())
            ).first()  # fmt: skip
            assert last is not None and last.actor == "Chief of registration"
    finally:
        office.dispose()
    back = _merge(capsys, b, a)
    assert back["conflicts"] == []
    assert _export(capsys, a) == _export(capsys, b)


KILL_MID_SYNC = Path(__file__).with_name("kill_mid_sync.py")


def _dump(path: Path) -> list[str]:
    """Every row of the database file, as SQL."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def _kill_halfway(
    capsys: pytest.CaptureFixture[str], target: Path, other: Path, *extra: str
) -> list[str]:
    """Sync `other` into `target` in a real process SIGKILLed mid-transaction; what the
    sync left in `target` (rows it holds that it did not before, a failed check)."""
    before = set(_dump(target))
    done = subprocess.run(
        [sys.executable, str(KILL_MID_SYNC), str(target), str(other), *extra],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    found = [line for line in _dump(target) if line not in before]
    code, out, err = _cli(capsys, "--database", str(target), "check")
    if code != 0:
        found.append(f"check fails: {out}{err}")
    return found


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_merge_killed_halfway_leaves_the_target_as_it_was(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kill_halfway(capsys, *pair) == []
    assert _merge(capsys, *pair)["inserted"] == 7  # and the merge can simply be run again


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_the_kill_test_would_catch_a_merge_that_kept_its_half_writes(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    kept = _kill_halfway(capsys, *pair, "--commit-first")
    assert any(line.startswith('INSERT INTO "organisations"') for line in kept), kept


def test_a_cancelled_merge_changes_nothing(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from forumdesk.services.sync.sync import SyncCancelled

    a, b = pair
    before = _export(capsys, a)
    seen: list[tuple[int, int]] = []
    office, _ = open_database(str(a), backup=False)
    try:
        with pytest.raises(SyncCancelled):
            sync_from(office, str(b), progress=lambda d, t: seen.append((d, t)),
                       cancelled=lambda: len(seen) >= 3)  # fmt: skip
    finally:
        office.dispose()
    assert seen and seen[-1][0] < seen[-1][1]
    assert _export(capsys, a) == before
    assert _merge(capsys, a, b)["inserted"] == 7


def test_a_merge_that_would_leave_a_broken_reference_is_refused_whole(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = pair
    with sqlite3.connect(b) as connection:  # the laptop lost a row its people refer to
        connection.execute("DELETE FROM organisations WHERE name = 'World Bank'")
    before = _export(capsys, a)
    office, _ = open_database(str(a), backup=False)
    try:
        with pytest.raises(SyncError, match=r"broken reference.*representatives"):
            sync_from(office, str(b))
    finally:
        office.dispose()
    assert _export(capsys, a) == before


def test_an_older_database_is_migrated_first_and_a_newer_one_refused(
    demo_db: Any, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parent.parent / "fixtures/db/rev_0006_segment_links.db", old)
    before = old.read_bytes()
    result = sync_from(demo_db, str(old), dry_run=True)
    assert result.migrated_from == "0006_segment_links"
    assert old.read_bytes() == before, "the other file is read, never changed"
    newer = tmp_path / "newer.db"
    shutil.copyfile(old, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(SyncError, match="newer ForumDesk"):
        sync_from(demo_db, str(newer))
    with pytest.raises(SyncError, match="no database file"):
        sync_from(demo_db, str(tmp_path / "missing.db"))


def test_a_database_cannot_be_merged_into_itself(demo_db: Any, demo_db_path: Path) -> None:
    with pytest.raises(SyncError, match="this database itself"):
        sync_from(demo_db, str(demo_db_path))


def test_check_finds_a_tampered_or_truncated_audit_log(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit_secretariat(demo_db_path, "Ana", email="x@un.org")
    code, out, err = _cli(capsys, "--database", str(demo_db_path), "check")
    assert code == 0, out + err
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute(
            "UPDATE audit_entries SET actor = 'Mallory' WHERE sequence = 3 AND device_id = "
            "(SELECT device_id FROM audit_entries ORDER BY sequence DESC LIMIT 1)"
        )
    code, out, _err = _cli(capsys, "--database", str(demo_db_path), "check", "--json")
    report = json.loads(out)
    assert code == 1 and any("edited" in p for p in report["audit"])
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("UPDATE audit_entries SET actor = actor")  # no-op
        last = connection.execute(
            "SELECT device_id, max(sequence) FROM audit_entries GROUP BY device_id"
            " ORDER BY max(sequence) DESC LIMIT 1"
        ).fetchone()
        connection.execute("DELETE FROM audit_entries WHERE device_id = ? AND sequence = ?", last)
    code, out, _err = _cli(capsys, "--database", str(demo_db_path), "check", "--json")
    assert code == 1 and any("cut off" in p for p in json.loads(out)["audit"])


def test_a_sort_key_follows_the_merged_names_and_is_never_a_conflict(
    demo_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.registry.text import sort_key
    from forumdesk.services.search.people import find_in_registry

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    _edit_secretariat(a, "Ana", acronym="UNS")  # each side's key changes its own way
    _edit_secretariat(b, "Ben", name="Secrétariat général des Nations Unies", acronym="ONU")
    keys = []
    for target, other in ((a, b), (b, a)):
        database, _ = open_database(str(target), backup=False)
        try:
            assert sync_from(database, str(other)).conflicts == []
            with database.reading() as session:
                found = session.scalars(
                    select(Organisation).where(Organisation.name.like(SECRETARIAT))
                ).one()
                assert (found.name, found.acronym) == (
                    "Secrétariat général des Nations Unies",
                    "UNS",
                )
                keys.append(found.sort_key)
                # The merged name is in the search index too.
                hits = find_in_registry(session, "général ONU", kinds=["organisation"])
                assert hits == [] and find_in_registry(session, "Secrétariat général UNS")
        finally:
            database.dispose()
    assert keys == [sort_key("Secrétariat général des Nations Unies", "UNS")] * 2


def test_people_renamed_or_brought_back_elsewhere_are_found_under_their_names(
    demo_db_path: Path, tmp_path: Path
) -> None:
    """The merge looks again in the search index only at whom it renamed, brought back
    or added: those are found by name and by type-ahead, in name order, afterwards."""
    from forumdesk.services.registry.text import sort_key
    from forumdesk.services.search.people import find_in_registry, refresh_registry_index
    from forumdesk.store.types import utcnow

    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    database, _ = open_database(str(a), backup=False)
    with database.unit_of_work() as session:
        people = [
            Representative(given_name=given, family_name=family, sort_key=sort_key(family, given))
            for given, family in (("Ama", "Owusu"), ("Kwesi", "Boateng"), ("Efua", "Mensah"))
        ]
        session.add_all(people)
        session.flush()
        refresh_registry_index(session)  # as the registry's own services do
        renamed, returning, unchanged = (person.id for person in people)
    with database.unit_of_work() as session:
        session.get_one(Representative, returning).deleted_at = utcnow()
    database.dispose()
    shutil.copyfile(a, b)
    laptop, _ = open_database(str(b), backup=False)
    with laptop.unit_of_work() as session:
        person = session.get_one(Representative, renamed)
        person.family_name = person.family_name_latin = "Zanetti-Owusu"
        person.sort_key = sort_key("Zanetti-Owusu", "Ama")
        session.get_one(Representative, returning).deleted_at = None
        session.get_one(Representative, unchanged).function = "Rapporteur"
        session.add(Representative(given_name="Yaw", family_name="Zanetti"))
    laptop.dispose()
    office, _ = open_database(str(a), backup=False)
    try:
        result = sync_from(office, str(b))
        assert (result.inserted, result.updated) == (1, 3)
        with office.reading() as session:

            def found(typed: str, **options: Any) -> list[uuid.UUID]:
                return [hit.target_id for hit in find_in_registry(session, typed, **options)]

            newcomer = session.scalars(
                select(Representative.id).where(Representative.family_name == "Zanetti")
            ).one()
            assert found("Zanetti", kinds=["representative"]) == [newcomer, renamed]
            assert found("Zanet", kinds=["representative"], prefix_last=True) == [
                newcomer,
                renamed,
            ]
            assert found("Owusu Ama", kinds=["representative"]) == [renamed]
            assert found("Boateng", kinds=["representative"]) == [returning]
            assert found("Mensah Efua", kinds=["representative"]) == [unchanged]
            key = session.get_one(Representative, renamed).sort_key
            assert key == sort_key("Zanetti-Owusu", "Ama")
    finally:
        office.dispose()


def test_their_audit_entries_arrive_exactly_as_they_wrote_them(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Hashes, signatures and the values' text are kept byte for byte, so that each chain
    still checks here (audit.insert_received writes them through the driver)."""
    a, b = pair
    columns = "device_id, sequence, actor, at, table_name, record_id, action, before, after, "
    columns += "prev_hash, hash, content_digest, salt, signature"
    query = f"SELECT {columns} FROM audit_entries WHERE device_id = ?"
    with sqlite3.connect(b) as laptop:
        device = laptop.execute("SELECT id FROM devices WHERE is_local").fetchone()[0]
        theirs = sorted(laptop.execute(query, (device,)).fetchall())
    assert len(theirs) >= 5 and any(row[-1] for row in theirs)  # signed entries among them
    _merge(capsys, a, b)
    with sqlite3.connect(a) as office:
        ours = sorted(office.execute(query, (device,)).fetchall())
    assert ours == theirs
    code, out, err = _cli(capsys, "--database", str(a), "check")
    assert code == 0, out + err

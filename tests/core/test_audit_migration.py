"""Revision 0013 re-seals the audit chains in format 2: deterministically (the office
and a laptop that migrate apart agree), and only the chains that held in the old one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from forumdesk.services.database.integrity import run_check
from forumdesk.store.audit import RESEALED, SIGNED
from forumdesk.store.audit_check import verify_audit
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Organisation

REV_0012 = (
    Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0012_attendance_indexes.db"
)
LAPTOP = "fixture laptop"


def _migrated(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shutil.copyfile(REV_0012, path)
    database, report = open_database(str(path), backup=False)
    database.dispose()
    assert report.from_revision == "0012_attendance_indexes"
    return path


def _entries(path: Path) -> list[tuple[str, int, str, int]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT d.name, e.sequence, e.hash, e.hash_version FROM audit_entries e "
            "JOIN devices d ON d.id = e.device_id ORDER BY 1, 2"
        ).fetchall()
    connection.close()
    return rows


def test_the_chains_are_resealed_alike_wherever_they_migrate(tmp_path: Path) -> None:
    with sqlite3.connect(REV_0012) as connection:
        old = dict(connection.execute("SELECT sequence, hash FROM audit_entries").fetchall())
    connection.close()
    office, elsewhere = _migrated(tmp_path, "office.db"), _migrated(tmp_path, "other.db")
    entries = _entries(office)
    assert len(entries) == 2205 and {name for name, *_ in entries} == {
        "fixture@forumdesk",
        LAPTOP,
    }
    assert {version for *_, version in entries} == {RESEALED}
    assert all(old[sequence] != digest for _name, sequence, digest, _v in entries if sequence > 1)
    assert _entries(elsewhere) == entries, "no salt, no time: the same hashes everywhere"
    with sqlite3.connect(office) as connection:
        heads = connection.execute(
            "SELECT d.audit_hash, e.hash FROM devices d JOIN audit_entries e "
            "ON e.device_id = d.id AND e.sequence = d.audit_sequence"
        ).fetchall()
    connection.close()
    assert len(heads) == 2 and all(head == last for head, last in heads)
    report = run_check(str(office))
    assert report.ok, report.problems


def test_writing_after_the_migration_signs_the_resealed_chain(tmp_path: Path) -> None:
    path = _migrated(tmp_path, "office.db")
    database, _report = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            session.add(Organisation(name="After 0013", category=OrganisationCategory.NGO_ECOSOC))
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()
    newest = [row for row in _entries(path) if row[3] == SIGNED]
    assert len(newest) == 1


def test_a_chain_already_broken_keeps_its_old_hashes_and_is_still_reported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "broken.db"
    shutil.copyfile(REV_0012, path)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "UPDATE audit_entries SET actor = 'Mallory' WHERE device_id = "
            "(SELECT id FROM devices WHERE name = ?)",
            (LAPTOP,),
        )
    connection.close()
    database, _report = open_database(str(path), backup=False)
    database.dispose()
    versions = {(name, version) for name, _s, _h, version in _entries(path)}
    assert versions == {("fixture@forumdesk", RESEALED), (LAPTOP, 1)}
    report = run_check(str(path))
    assert not report.ok
    assert report.audit_problems == [
        f"audit entry 1 of device {LAPTOP} was edited: its hash does not match what it holds"
    ]

"""The audit log's format 2: entries hashed over a salted digest of their values, the last
entry of each write signed by the device's own key (kept outside the database), and
values that can be erased without breaking the chain."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from forumdesk.services.database.integrity import run_check
from forumdesk.store.audit_check import verify_audit
from forumdesk.store.audit_erasure import entries_of_records, erase_entry_values
from forumdesk.store.audit_keys import kept_head, keys_dir, signature_holds
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Device, Organisation


def _organisation(database: Any, name: str) -> Organisation:
    with database.unit_of_work() as session:
        organisation = Organisation(name=name, category=OrganisationCategory.NGO_ECOSOC)
        session.add(organisation)
    return organisation


def _chain(database: Any) -> list[Any]:
    table = AuditEntry.__table__
    query = select(table).where(table.c.device_id == database.device_id)
    with database.engine.connect() as connection:
        return list(connection.execute(query.order_by(table.c.sequence)))


def test_each_write_signs_its_last_entry_with_a_key_kept_outside(demo_db: Any) -> None:
    _organisation(demo_db, "First")
    with demo_db.unit_of_work() as session:
        session.add_all(
            Organisation(name=f"Batch {n}", category=OrganisationCategory.NGO_ECOSOC)
            for n in range(3)
        )
    chain = _chain(demo_db)
    assert [bool(entry.signature) for entry in chain] == [True, False, False, True]
    assert all(entry.salt and len(entry.salt) == 32 for entry in chain)
    with demo_db.reading() as session:
        public_key = session.get(Device, demo_db.device_id).public_key
    for entry in chain:
        if entry.signature:
            assert signature_holds(
                entry.signature, public_key, entry.device_id, entry.sequence, entry.hash
            )
    key_file = keys_dir() / f"{demo_db.device_id}.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" not in demo_db.path.read_bytes()
    assert kept_head(demo_db.device_id) == (chain[-1].sequence, chain[-1].hash)
    with demo_db.engine.connect() as connection:
        assert verify_audit(connection) == []


def test_a_write_rolled_back_moves_no_kept_head(demo_db: Any) -> None:
    _organisation(demo_db, "Kept")
    head = kept_head(demo_db.device_id)
    with pytest.raises(RuntimeError), demo_db.unit_of_work() as session:
        session.add(Organisation(name="Gone", category=OrganisationCategory.NGO_ECOSOC))
        session.flush()
        raise RuntimeError("the user's action failed")
    assert kept_head(demo_db.device_id) == head
    with demo_db.engine.connect() as connection:
        assert verify_audit(connection) == []


def test_erased_values_leave_the_chain_and_signatures_whole(
    demo_db: Any, demo_db_path: Path
) -> None:
    organisation = _organisation(demo_db, "Forget Me Association")
    with demo_db.unit_of_work() as session:
        found = session.get(Organisation, organisation.id)
        found.email = "forget.me@example.org"
    with demo_db.unit_of_work() as session:
        connection = session.connection()
        wanted = entries_of_records(connection, "organisations", [organisation.id])
        assert len(wanted) == 2
        assert erase_entry_values(connection, wanted) == 2
        assert erase_entry_values(connection, wanted) == 0, "erased once is enough"
    demo_db.dispose()
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = connection.execute(
            "SELECT after, salt, erased_at FROM audit_entries WHERE record_id = ?",
            (organisation.id.hex,),
        ).fetchall()
    connection.close()
    assert len(rows) == 2 and all(salt is None and erased for _after, salt, erased in rows)
    assert json.loads(rows[1][0]) == {"email": None}
    assert json.loads(rows[0][0])["name"] is None
    report = run_check(str(demo_db_path))
    assert report.ok, report.problems


def test_an_erased_entry_that_holds_values_again_is_reported(
    demo_db: Any, demo_db_path: Path
) -> None:
    organisation = _organisation(demo_db, "Erased Then Refilled")
    with demo_db.unit_of_work() as session:
        connection = session.connection()
        erase_entry_values(
            connection, entries_of_records(connection, "organisations", [organisation.id])
        )
    demo_db.dispose()
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute(
            "UPDATE audit_entries SET after = json_set(after, '$.name', 'Someone Else') "
            "WHERE record_id = ?",
            (organisation.id.hex,),
        )
    connection.close()
    report = run_check(str(demo_db_path))
    assert any("marked as erased but still holds values" in line for line in report.audit_problems)


def test_a_restored_backup_is_not_a_cut_off_chain(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from forumdesk.cli import main

    db = ["--database", str(demo_db_path)]
    assert main([*db, "backup", "create"]) == 0
    database, _report = open_database(str(demo_db_path), backup=False)
    try:
        _organisation(database, "Written after the backup")
    finally:
        database.dispose()
    assert main([*db, "backup", "restore", "1", "--yes"]) == 0
    capsys.readouterr()
    report = run_check(str(demo_db_path))
    assert report.ok, report.problems


def test_a_rollback_after_an_interrupted_statement_is_a_rollback(tmp_path: Path) -> None:
    """Ctrl+C inside the driver invalidates the connection: its rollback must not ask
    that connection for its pending heads (it raised PendingRollbackError in place of
    the interruption, so the command line said "unexpected error")."""
    from forumdesk.store.engine import make_engine  # (audit_keys, imported above, listens)

    engine = make_engine(f"sqlite:///{tmp_path / 'interrupted.db'}")
    with engine.connect() as connection:
        transaction = connection.begin()
        connection.exec_driver_sql("CREATE TABLE t (x)")
        connection.invalidate()
        transaction.rollback()
    engine.dispose()
    with sqlite3.connect(tmp_path / "interrupted.db") as check:
        assert check.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    check.close()

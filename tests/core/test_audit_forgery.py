"""Forging the audit log with a script on a copy, as whoever holds the file could: edit an
entry and re-hash the chain after it, cut the end and move the head, delete a device's
chain, append a laptop entry. `check` names each one, and a merge refuses the forged laptop.

The forger here writes with SQLAlchemy Core and the log's own hash functions (the best
forger knows the format); it has the database file, never the device's private key.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, delete, func, insert, select, update

from forumdesk.services.database.integrity import run_check
from forumdesk.services.sync.source import SyncError
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.audit import canonical, content_digest, entry_hash
from forumdesk.store.audit_keys import device_key, fingerprint, public_hex, sign
from forumdesk.store.database import Database
from forumdesk.store.enums import AuditAction, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, Device, Organisation

ENTRIES = AuditEntry.__table__
DEVICES = Device.__table__


@pytest.fixture
def office(demo_db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    shutil.copyfile(demo_db_path, path)
    return path


@pytest.fixture
def laptop(demo_db_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "laptop.db"
    shutil.copyfile(demo_db_path, path)
    return path


def _open(path: Path) -> Database:
    database, _report = open_database(str(path), backup=False)
    return database


def _write(path: Path, *names: str) -> uuid.UUID:
    """One write (so one signature) per name; returns the device that wrote them."""
    database = _open(path)
    try:
        for name in names:
            with database.unit_of_work() as session:
                session.add(Organisation(name=name, category=OrganisationCategory.NGO_ECOSOC))
        return database.device_id
    finally:
        database.dispose()


@pytest.fixture
def forger() -> Iterator[Any]:
    engines: list[Any] = []

    def connect(path: Path) -> Any:
        engine = create_engine(f"sqlite:///{path}")
        engines.append(engine)
        return engine.begin()

    yield connect
    for engine in engines:
        engine.dispose()


def _chain(connection: Any, device: uuid.UUID, start: int = 1) -> list[Any]:
    query = select(ENTRIES).where(ENTRIES.c.device_id == device, ENTRIES.c.sequence >= start)
    return list(connection.execute(query.order_by(ENTRIES.c.sequence)))


def _hash(row: Any, digest: str, previous: str | None) -> str:
    return entry_hash(
        device_id=row.device_id,
        sequence=row.sequence,
        actor=row.actor,
        at=row.at,
        table_name=row.table_name,
        record_id=row.record_id,
        action=row.action.value,
        digest=digest,
        prev_hash=previous,
    )


def _rehash(connection: Any, device: uuid.UUID, start: int, key: Any = None) -> None:
    """Hash the chain again from `start` (and sign again with `key`, if the forger has it)."""
    previous = connection.execute(
        select(ENTRIES.c.hash).where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == start - 1)
    ).scalar()
    for row in _chain(connection, device, start):
        digest = content_digest(row.salt, canonical(row.before), canonical(row.after))
        value = _hash(row, digest, previous)
        values: dict[str, Any] = {"content_digest": digest, "hash": value, "prev_hash": previous}
        if key is not None and row.signature:
            values["signature"] = sign(key, device, row.sequence, value)
        connection.execute(
            update(ENTRIES)
            .where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == row.sequence)
            .values(**values)
        )
        previous = value
    last = _chain(connection, device)[-1]
    connection.execute(
        update(DEVICES)
        .where(DEVICES.c.id == device)
        .values(audit_sequence=last.sequence, audit_hash=last.hash)
    )


def _append(connection: Any, device: uuid.UUID, actor: str, key: Any = None) -> int:
    """A new entry at the end of `device`'s chain, well hashed, signed by `key` if any."""
    last = _chain(connection, device)[-1]
    before, after, salt = {"email": None}, {"email": "forged@example.org"}, "00" * 16
    entry = SimpleNamespace(
        device_id=device,
        sequence=last.sequence + 1,
        actor=actor,
        at=datetime.now(UTC),
        table_name="organisations",
        record_id=last.record_id,
        action=AuditAction.UPDATE,
        before=before,
        after=after,
        prev_hash=last.hash,
        hash_version=3,
        salt=salt,
        content_digest=content_digest(salt, canonical(before), canonical(after)),
    )
    entry.hash = _hash(entry, entry.content_digest, last.hash)
    if key is not None:
        entry.signature = sign(key, device, entry.sequence, entry.hash)
    connection.execute(insert(ENTRIES).values(**vars(entry)))
    connection.execute(
        update(DEVICES)
        .where(DEVICES.c.id == device)
        .values(audit_sequence=entry.sequence, audit_hash=entry.hash)
    )
    sequence: int = entry.sequence
    return sequence


def _name(path: Path, device: uuid.UUID) -> str:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            name: str = connection.execute(
                select(DEVICES.c.name).where(DEVICES.c.id == device)
            ).scalar_one()
            return name
    finally:
        engine.dispose()


def test_an_edited_entry_with_the_chain_rehashed_after_it(office: Path, forger: Any) -> None:
    device = _write(office, "One", "Two", "Three")
    with forger(office) as connection:
        first = _chain(connection, device)[0]
        connection.execute(
            update(ENTRIES)
            .where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == first.sequence)
            .values(after=first.after | {"name": "Someone Else"})
        )
        _rehash(connection, device, first.sequence)
    report = run_check(str(office))
    name = _name(office, device)
    assert not report.ok
    assert (
        f"audit entry 1 of device {name}: its signature does not verify; it or an entry "
        "before it was edited and the chain re-hashed"
    ) in report.audit_problems
    assert not [line for line in report.audit_problems if "was edited:" in line], (
        "the forger re-hashed well: only the signatures and the kept head tell"
    )


def test_a_cut_off_end_with_the_head_moved(office: Path, forger: Any) -> None:
    device = _write(office, "One", "Two", "Three")
    with forger(office) as connection:
        connection.execute(
            delete(ENTRIES).where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == 3)
        )
        _rehash(connection, device, 3)  # moves the device's head to entry 2
    report = run_check(str(office))
    assert report.audit_problems == [
        f"the audit log of device {_name(office, device)} ends at entry 2, but this device "
        "signed entry 3 (kept outside the file): entries cut off and the head moved"
    ]


def test_a_cut_off_laptop_chain_at_the_office(office: Path, laptop: Path, forger: Any) -> None:
    device = _write(laptop, "From the venue", "And more")
    database = _open(office)
    try:
        sync_from(database, str(laptop))
    finally:
        database.dispose()
    with forger(office) as connection:
        connection.execute(
            delete(ENTRIES).where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == 2)
        )
        connection.execute(update(DEVICES).where(DEVICES.c.id == device).values(audit_sequence=1))
        connection.execute(
            update(DEVICES)
            .where(DEVICES.c.id == device)
            .values(audit_hash=_chain(connection, device)[-1].hash)
        )
    report = run_check(str(office))
    assert any(
        line.startswith(
            f"the audit log of device {_name(office, device)} ends at entry 1, but the merge of "
        )
        and line.endswith("saw entry 2 (entries cut off)")
        for line in report.audit_problems
    ), report.audit_problems


def test_a_deleted_device_chain(office: Path, laptop: Path, forger: Any) -> None:
    device = _write(laptop, "From the venue")
    database = _open(office)
    try:
        sync_from(database, str(laptop))
    finally:
        database.dispose()
    name = _name(office, device)
    with forger(office) as connection:
        connection.execute(delete(ENTRIES).where(ENTRIES.c.device_id == device))
        connection.execute(
            update(DEVICES).where(DEVICES.c.id == device).values(audit_sequence=0, audit_hash=None)
        )
    report = run_check(str(office))
    assert (
        f"device {name} has no audit entries here, but a merge saw its entries up to 1 "
        "(chain deleted)"
    ) in report.audit_problems
    with forger(office) as connection:  # and every trace of the merge and the device
        connection.execute(delete(Device.__table__).where(DEVICES.c.id == device))
        connection.exec_driver_sql("DELETE FROM merge_runs")
    report = run_check(str(office))
    assert report.audit_problems == [
        f"device {device} has no audit entries here, but rows of organisations name it "
        "(chain deleted)"
    ]


def _merged_once(office: Path, laptop: Path) -> uuid.UUID:
    device = _write(laptop, "From the venue")
    database = _open(office)
    try:
        result = sync_from(database, str(laptop))
    finally:
        database.dispose()
    [registered] = result.registered_keys
    assert registered.device == _name(laptop, device)
    return device


def _entries_held(path: Path) -> int:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            return int(connection.execute(select(func.count()).select_from(ENTRIES)).scalar_one())
    finally:
        engine.dispose()


def _refused(office: Path, laptop: Path, match: str) -> None:
    held = _entries_held(office)
    database = _open(office)
    try:
        with pytest.raises(SyncError, match=match):
            sync_from(database, str(laptop))
    finally:
        database.dispose()
    assert _entries_held(office) == held, "nothing was merged"


def test_a_forged_laptop_entry_is_reported_and_the_merge_refuses_it(
    office: Path, laptop: Path, forger: Any
) -> None:
    device = _merged_once(office, laptop)
    name = _name(laptop, device)
    with forger(laptop) as connection:
        forged = _append(connection, device, "Head of the Secretariat")
    report = run_check(str(laptop))
    assert report.audit_problems == [
        f"audit entries {forged}–{forged} of device {name} are signed by no one "
        "(added without the device's key)"
    ]
    _refused(office, laptop, f"audit entries {forged}–{forged} of device .* signed by no one")


def test_a_laptop_entry_signed_by_another_key_is_refused(
    office: Path, laptop: Path, forger: Any
) -> None:
    device = _merged_once(office, laptop)
    theirs = Ed25519PrivateKey.generate()
    with forger(laptop) as connection:
        forged = _append(connection, device, "Head of the Secretariat", key=theirs)
        registered = connection.execute(
            select(DEVICES.c.public_key).where(DEVICES.c.id == device)
        ).scalar_one()
    report = run_check(str(laptop))
    said = (
        f"audit entry {forged} of device {_name(laptop, device)} is signed by key "
        f"{fingerprint(public_hex(theirs))}, not by the device's registered key "
        f"{fingerprint(registered)}"
    )
    assert report.audit_problems == [said]
    _refused(office, laptop, "signed by key")
    with forger(laptop) as connection:  # the key swapped in the laptop's file as well
        connection.execute(
            update(DEVICES).where(DEVICES.c.id == device).values(public_key=public_hex(theirs))
        )
    _refused(office, laptop, "presents audit key .*, not the key .* registered here")


def test_a_later_copy_whose_history_disagrees_with_the_office_is_refused(
    office: Path, laptop: Path, forger: Any
) -> None:
    device = _merged_once(office, laptop)
    _write(laptop, "Later at the venue")
    with forger(laptop) as connection:  # its owner, key in hand, rewrites what the office saw
        first = _chain(connection, device)[0]
        connection.execute(
            update(ENTRIES)
            .where(ENTRIES.c.device_id == device, ENTRIES.c.sequence == 1)
            .values(after=first.after | {"name": "Rewritten"})
        )
        _rehash(connection, device, 1, key=device_key(device))
    _refused(office, laptop, "its audit entry 1 of device .* is not the one seen here")

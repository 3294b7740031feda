"""The store: connection PRAGMAs, merge-ready columns, stamping, URLs, transactions."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Uuid, func, select, update
from sqlalchemy.exc import StatementError

from forumdesk.services.database.demo import load_demo
from forumdesk.store.database import Database
from forumdesk.store.engine import BUSY_TIMEOUT_MS, database_url, is_sqlite, sqlite_path
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import Base, Device, Organisation, Paragraph

MERGE_COLUMNS = {
    "id",
    "created_at",
    "updated_at",
    "created_device_id",
    "updated_device_id",
    "version",
    "deleted_at",
}


def _pragma(database: Database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_to_a_file_gets_the_pragmas(demo_db: Database) -> None:
    assert _pragma(demo_db, "foreign_keys") == 1
    assert _pragma(demo_db, "journal_mode") == "wal"
    assert _pragma(demo_db, "synchronous") == 2  # FULL
    assert _pragma(demo_db, "busy_timeout") == BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(demo_db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), demo_db.unit_of_work() as session:
        session.add(Paragraph(language_version_id=uuid.uuid4(), number=1, text="orphan"))
        session.flush()


#: The audit log is how merges travel, not data merged row by row: an entry is written
#: once and never edited or deleted, and (device UUID, sequence) is unique everywhere.
APPEND_ONLY = {"audit_entries"}
#: Kept by each copy for itself: the logins the history holds (revision 0010), which a
#: merge joins as a union (services/sync/sync.py) rather than row by row.
LOCAL_LISTS = {"recorded_logins"}


def test_every_table_carries_the_merge_ready_columns() -> None:
    assert len(Base.metadata.tables) >= 20
    tables = {n: t for n, t in Base.metadata.tables.items() if n not in APPEND_ONLY | LOCAL_LISTS}
    missing = {
        name: sorted(MERGE_COLUMNS - set(table.columns.keys()))
        for name, table in tables.items()
        if not set(table.columns.keys()) >= MERGE_COLUMNS
    }
    assert not missing, f"tables without merge-ready columns: {missing}"
    bad_keys = [
        name
        for name, table in tables.items()
        if [c.name for c in table.primary_key.columns] != ["id"]
        or not isinstance(table.c.id.type, Uuid)
    ]
    assert not bad_keys, f"tables whose primary key is not one UUID `id`: {bad_keys}"
    nullable_stamps = [
        f"{name}.{column}"
        for name, table in tables.items()
        for column in ("created_at", "updated_at", "version")
        if table.c[column].nullable
    ]
    assert not nullable_stamps
    entries = Base.metadata.tables["audit_entries"]
    assert [c.name for c in entries.primary_key.columns] == ["device_id", "sequence"]


def _add_organisation(database: Database, name: str = "Migrant Forum in Asia") -> uuid.UUID:
    with database.unit_of_work() as session:
        organisation = Organisation(name=name, category=OrganisationCategory.MIGRANT_ASSOCIATION)
        session.add(organisation)
        session.flush()
        return organisation.id


def test_new_rows_get_uuid_keys_utc_stamps_and_the_local_device(demo_db: Database) -> None:
    before = datetime.now(UTC)
    organisation_id = _add_organisation(demo_db)
    after = datetime.now(UTC)
    with demo_db.reading() as session:
        organisation = session.get_one(Organisation, organisation_id)
        assert isinstance(organisation.id, uuid.UUID) and organisation.id.version == 4
        for stamp in (organisation.created_at, organisation.updated_at):
            assert stamp.tzinfo is not None
            assert stamp.utcoffset() == timedelta(0)
            assert before - timedelta(seconds=1) <= stamp <= after + timedelta(seconds=1)
        assert organisation.created_device_id == demo_db.device_id
        assert organisation.updated_device_id == demo_db.device_id
        assert organisation.version == 1
        assert organisation.deleted_at is None and not organisation.is_deleted


def test_timestamps_are_stored_in_utc_whatever_zone_was_given(demo_db: Database) -> None:
    organisation_id = _add_organisation(demo_db)
    new_york = datetime(2006, 7, 12, 6, 0, tzinfo=timezone(timedelta(hours=-4)))
    with demo_db.unit_of_work() as session:
        session.get_one(Organisation, organisation_id).deleted_at = new_york
    with demo_db.reading() as session:
        deleted_at = session.get_one(Organisation, organisation_id).deleted_at
    assert deleted_at == datetime(2006, 7, 12, 10, 0, tzinfo=UTC)
    assert deleted_at is not None and deleted_at.tzinfo is UTC
    with pytest.raises(StatementError, match="naive datetime"), demo_db.unit_of_work() as session:
        session.get_one(Organisation, organisation_id).deleted_at = datetime(2006, 7, 12)
        session.flush()


def test_an_update_bumps_version_time_and_device(demo_db: Database) -> None:
    organisation_id = _add_organisation(demo_db)
    elsewhere = uuid.uuid4()
    long_ago = datetime(2006, 7, 12, 10, 0, tzinfo=UTC)
    # As if another device had made the last change, long ago.
    with demo_db.unit_of_work() as session:
        session.execute(
            update(Organisation)
            .where(Organisation.id == organisation_id)
            .values(updated_device_id=elsewhere, updated_at=long_ago)
            .execution_options(synchronize_session=False)
        )
    with demo_db.reading() as session:
        stale = session.get_one(Organisation, organisation_id)
        assert (stale.updated_device_id, stale.updated_at, stale.version) == (
            elsewhere,
            long_ago,
            1,
        )
        created_at = stale.created_at

    with demo_db.unit_of_work() as session:
        session.get_one(Organisation, organisation_id).acronym = "MFA"
    with demo_db.reading() as session:
        fresh = session.get_one(Organisation, organisation_id)
        assert fresh.version == 2
        assert fresh.updated_at > long_ago
        assert fresh.updated_device_id == demo_db.device_id
        assert fresh.created_at == created_at, "an update must not touch created_at"

    with demo_db.unit_of_work() as session:
        session.get_one(Organisation, organisation_id).acronym = "MFA-Asia"
    with demo_db.reading() as session:
        assert session.get_one(Organisation, organisation_id).version == 3


def test_the_local_device_exists_once_and_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    first, _ = open_database(str(path), backup=False, create=True)
    with first.unit_of_work() as session:
        load_demo(session)
    with first.reading() as session:
        local = session.scalars(select(Device).where(Device.is_local.is_(True))).all()
        assert [device.id for device in local] == [first.device_id]
        assert local[0].name and local[0].created_device_id == first.device_id
        assert local[0].location == str(path.resolve())
        stamped = session.scalars(select(Paragraph.created_device_id).distinct()).all()
        assert stamped == [first.device_id], "demo rows carry the device that wrote them"
    first.dispose()
    second, _ = open_database(str(path), backup=False)
    try:
        assert second.device_id == first.device_id
        with second.reading() as session:
            assert session.scalar(select(func.count(Device.id))) == 1
    finally:
        second.dispose()


def test_a_copied_file_takes_a_device_of_its_own(tmp_path: Path) -> None:
    original = tmp_path / "office.db"
    database, _ = open_database(str(original), backup=False, create=True)
    office = database.device_id
    database.dispose()
    copy = tmp_path / "laptop.db"
    shutil.copyfile(original, copy)
    laptop, _ = open_database(str(copy), backup=False)
    try:
        assert laptop.device_id != office
        with laptop.reading() as session:
            devices = {d.id: d.is_local for d in session.scalars(select(Device))}
        assert devices == {office: False, laptop.device_id: True}
    finally:
        laptop.dispose()
    again, _ = open_database(str(original), backup=False)
    assert again.device_id == office
    again.dispose()


def test_a_failed_unit_of_work_writes_nothing(demo_db: Database) -> None:
    class Oops(Exception):
        pass

    with demo_db.reading() as session:
        organisations = session.scalar(select(func.count(Organisation.id)))

    with pytest.raises(Oops), demo_db.unit_of_work() as session:
        session.add(Organisation(name="Half-written", category=OrganisationCategory.RESEARCH))
        session.flush()
        paragraph = session.scalars(select(Paragraph).where(Paragraph.number == 1)).one()
        paragraph.text = "overwritten"
        session.flush()
        raise Oops
    with demo_db.reading() as session:
        assert session.scalar(select(func.count(Organisation.id))) == organisations
        assert not session.scalars(
            select(Organisation).where(Organisation.name == "Half-written")
        ).all()
        text = session.scalars(select(Paragraph.text).where(Paragraph.number == 1)).one()
        assert text.startswith("Les rencontres interactives informelles")


def test_reading_never_commits(demo_db: Database) -> None:
    with demo_db.reading() as session:
        session.add(Organisation(name="Draft", category=OrganisationCategory.YOUTH))
        session.flush()
    with demo_db.reading() as session:
        assert not session.scalars(select(Organisation).where(Organisation.name == "Draft")).all()


def test_database_url_for_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.chdir(tmp_path)
    url = database_url("relative.db")
    assert url == f"sqlite:///{tmp_path.resolve() / 'relative.db'}"
    assert sqlite_path(url) == tmp_path.resolve() / "relative.db"
    assert is_sqlite(url)


def test_database_url_keeps_sqlite_urls() -> None:
    assert (
        database_url("sqlite:////srv/forumdesk/office.db") == "sqlite:////srv/forumdesk/office.db"
    )
    assert sqlite_path("sqlite:////srv/forumdesk/office.db") == Path("/srv/forumdesk/office.db")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None


def test_database_url_gives_postgresql_the_psycopg_driver() -> None:
    url = database_url("postgresql://secretariat:s3cret@db.example.org:5432/forumdesk")
    assert url == "postgresql+psycopg://secretariat:s3cret@db.example.org:5432/forumdesk"
    assert not is_sqlite(url) and sqlite_path(url) is None
    explicit = "postgresql+psycopg://u:p@localhost/x"
    assert database_url(explicit) == explicit


def test_database_url_from_the_environment_then_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.db"
    monkeypatch.setenv("FORUMDESK_DATABASE", str(chosen))
    assert database_url() == f"sqlite:///{chosen}"
    assert database_url(tmp_path / "explicit.db").endswith("explicit.db"), "argument wins"
    monkeypatch.setenv("FORUMDESK_DATABASE", "postgresql://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("FORUMDESK_DATABASE")
    monkeypatch.setenv("FORUMDESK_DATA_DIR", str(tmp_path / "data"))
    assert database_url() == f"sqlite:///{tmp_path / 'data' / 'forumdesk.db'}"

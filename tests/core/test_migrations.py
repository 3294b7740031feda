"""Opening a database: create, migrate from an old revision, refuse what must be refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select

import forumdesk.store.migrate as migrate
from forumdesk import __version__
from forumdesk.paths import backups_dir
from forumdesk.services.database.demo import demo_forum_id, load_demo
from forumdesk.services.database.integrity import run_check
from forumdesk.services.programme.programme import programme_view
from forumdesk.services.registry.duplicates.review import keep_both, review_pairs
from forumdesk.services.search.query import ensure_search_index, search
from forumdesk.store.migrate import (
    DatabaseError,
    DatabaseTooNew,
    MigrationFailed,
    NotAForumDeskDatabase,
    current_revision,
    head_revision,
    open_database,
)
from forumdesk.store.models import (
    Base,
    DuplicateDismissal,
    Note,
    Organisation,
    Representative,
)
from forumdesk.store.search_tables import include_in_autogenerate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
REV_0001 = FIXTURES / "rev_0001_initial.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite_tables(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}
    finally:
        connection.close()


def test_an_empty_file_is_brought_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    database, report = open_database(str(path), create=True)
    try:
        assert report.was_empty and report.from_revision is None
        assert report.to_revision == head_revision()
        assert report.backup is None, "there is nothing to back up in an empty file"
        assert current_revision(database.engine) == head_revision()
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
    missing = set(Base.metadata.tables) - tables
    assert not missing, f"tables missing after upgrade head: {sorted(missing)}"
    assert "alembic_version" in tables


def test_a_missing_file_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "folder" / "forumdesk.db"
    database, report = open_database(str(path), create=True)
    database.dispose()
    assert path.is_file()
    assert report.path == path and report.to_revision == head_revision()
    assert path.stat().st_mode & 0o777 == 0o600, "a new database is its owner's alone"
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_without_create_a_missing_file_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "forumdesk.db"
    with pytest.raises(DatabaseError, match="there is no database at"):
        open_database(str(path))
    assert not path.parent.exists(), "a mistyped path must not create folders"
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseError, match="there is no database at"):
        open_database(str(empty))
    assert empty.read_bytes() == b""


def test_models_and_migrations_agree(empty_db_path: Path) -> None:
    """Every change to the models needs an Alembic revision; autogenerate must find nothing."""
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_in_autogenerate}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.dispose()
    assert differences == [], (
        "the models differ from the migrated schema; write a revision with "
        f"`alembic revision --autogenerate`: {differences}"
    )


def test_the_committed_fixture_is_a_single_file_at_revision_0001() -> None:
    assert REV_0001.is_file(), "build it with tests/fixtures/db/make_fixture.py"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(f"{REV_0001}{suffix}").exists()
    header = REV_0001.read_bytes()[:20]
    assert header[:16] == b"SQLite format 3\x00"
    assert header[18:20] == b"\x01\x01", "the fixture must be in journal_mode DELETE, not WAL"
    connection = sqlite3.connect(f"file:{REV_0001}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_initial",)
        ]
    finally:
        connection.close()


def test_a_revision_0001_database_opens_at_head_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(REV_0001, path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0001_initial"
        assert report.to_revision == head_revision()
        assert not report.was_empty
        assert current_revision(database.engine) == head_revision()
        with database.unit_of_work() as session:
            forum_id = demo_forum_id(session)
            assert forum_id is not None
            assert load_demo(session).created is False
            days = programme_view(session, forum_id)
            assert sum(len(sitting.segments) for day in days for sitting in day.sessions) == 6
    finally:
        database.dispose()

    # A migration takes a copy first.
    assert report.backup is not None and report.backup.is_file()
    assert backups_dir() in report.backup.parents
    assert "0001_initial" in report.backup.name
    assert ("before-migration" if head_revision() != "0001_initial" else "on-open") in (
        report.backup.name
    )
    backup_copy = sqlite3.connect(f"file:{report.backup}?mode=ro", uri=True)
    try:
        assert backup_copy.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert backup_copy.execute("SELECT count(*) FROM paragraphs").fetchone() == (76,)
    finally:
        backup_copy.close()

    check = run_check(str(path))
    assert check.ok, check.problems
    assert check.schema == head_revision()
    assert check.counts["segments"] == 6
    assert check.counts["paragraphs"] == 76
    assert check.counts["forums"] == 1


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()
    finally:
        connection.close()


def test_a_database_from_a_newer_forumdesk_is_refused_untouched(demo_db_path: Path) -> None:
    _set_revision(demo_db_path, "9999_from_the_future")
    before = _digest(demo_db_path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(str(demo_db_path))
    message = str(caught.value)
    assert "9999_from_the_future" in message
    # Both versions: the file's schema, and this ForumDesk's own version and schema.
    assert (
        f"this ForumDesk ({__version__}) knows schema revisions up to {head_revision()}" in message
    )
    assert "Update ForumDesk" in message
    assert str(demo_db_path) in message
    assert _digest(demo_db_path) == before
    assert not backups_dir().exists() or not any(backups_dir().rglob("*.db"))


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO photos (name) VALUES ('holiday.jpg')")
    connection.commit()
    connection.close()
    before = _digest(path)

    with pytest.raises(NotAForumDeskDatabase) as caught:
        open_database(str(path))
    assert "not a ForumDesk database" in str(caught.value)
    assert _sqlite_tables(path) == {"photos"}
    # BUG (src/forumdesk/store/engine.py:70): every connection runs PRAGMA journal_mode=WAL,
    # so merely looking at the file converts it to WAL and rewrites its header.
    assert _digest(path) == before, "the foreign file was modified (switched to WAL mode?)"


def test_a_garbage_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is a text file, not a database.\n" * 50)
    before = _digest(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    message = str(caught.value)
    assert str(path) in message
    assert "is not a SQLite database" in message
    assert _digest(path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(str(tmp_path))


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    real_upgrade = migrate.command.upgrade
    calls: list[str] = []

    def upgrade_then_fail(config: Any, revision: str, **kwargs: Any) -> None:
        real_upgrade(config, revision, **kwargs)
        calls.append(revision)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    with pytest.raises(MigrationFailed) as caught:
        open_database(str(path), create=True)
    assert calls == ["head"], "the real upgrade should have run before the failure"
    assert "disk on fire" in str(caught.value)
    assert "left as it was" in str(caught.value)
    assert _sqlite_tables(path) == set(), "the upgrade was not rolled back"


def test_without_migrate_an_outdated_file_is_an_error_not_a_change(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DatabaseError, match=f"schema revision none, not {head_revision()}"):
        open_database(str(path), migrate=False, create=True)
    assert _sqlite_tables(path) == set()


REV_0002 = FIXTURES / "rev_0002_note_link_orphans.db"


def test_a_revision_0002_database_keeps_its_note_and_links_at_head(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(REV_0002, path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0002_note_link_orphans"
        assert current_revision(database.engine) == head_revision()
        with database.reading() as session:
            note = session.scalars(select(Note)).one()
            assert note.body_text == "Remittances: costs of transfer"
            assert sorted(link.paragraph_number or 0 for link in note.links) == [13, 32]
            assert all(link.orphaned_at is None for link in note.links)
            assert [note_tag.tag.name for note_tag in note.tags] == ["remittances"]
        with database.unit_of_work() as session:
            # Revision 0003 creates the search index empty; the first open fills it.
            assert ensure_search_index(session) is True
            assert ensure_search_index(session) is False
            hits = search(session, "remittances")
            assert [(hit.kind, hit.paragraph) for hit in hits] == [("note", 13)]
            assert {13, 32, 49} <= {h.paragraph for h in search(session, "envois de fonds")}
    finally:
        database.dispose()


REV_0003 = FIXTURES / "rev_0003_search_index.db"


def test_a_revision_0003_database_opens_at_head_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(REV_0003, path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0003_search_index"
        assert current_revision(database.engine) == head_revision()
        with database.unit_of_work() as session:
            ensure_search_index(session)  # the note was written without an index entry
            assert [(h.kind, h.paragraph) for h in search(session, "remittances")] == [("note", 13)]
            assert {18, 62} <= {h.paragraph for h in search(session, "reintegration")}
    finally:
        database.dispose()


REV_0004 = FIXTURES / "rev_0004_registry.db"


def test_a_revision_0004_database_keeps_its_registry_and_can_keep_pairs_apart(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    assert REV_0004.read_bytes()[18:20] == b"\x01\x01", "journal_mode DELETE, one file"
    shutil.copyfile(REV_0004, path)
    assert "duplicate_dismissals" not in _sqlite_tables(path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0004_registry"
        assert current_revision(database.engine) == head_revision()
        assert "duplicate_dismissals" in inspect(database.engine).get_table_names()
        with database.reading() as session:
            [person] = session.scalars(select(Representative)).all()
            assert (person.family_name, person.sort_key) == ("Sutherland", "sutherland peter")
            person_id = person.id
            assert session.scalar(select(func.count(Organisation.id))) == 2
            note = session.scalars(select(Note)).one()
            assert note.body_text == "Remittances: costs of transfer"
            assert session.scalars(select(DuplicateDismissal)).all() == []
        with database.unit_of_work() as session:
            other = Representative(given_name="Peter", family_name="Sutherland")
            session.add(other)
            session.flush()
            [pair] = review_pairs(session)
            assert {pair.first_id, pair.second_id} == {person_id, other.id}
            keep_both(session, person_id, other.id, decided_by="fixture")
        with database.reading() as session:
            assert review_pairs(session) == []
            assert session.scalars(select(DuplicateDismissal.decided_by)).one() == "fixture"
    finally:
        database.dispose()


REV_0005 = FIXTURES / "rev_0005_duplicate_dismissals.db"


def test_a_revision_0005_database_opens_at_head_with_segment_links(tmp_path: Path) -> None:
    from forumdesk.services.programme.segment_editor import (
        DocumentInput,
        segment_detail,
        update_segment,
    )
    from forumdesk.store.models import Segment, SegmentDocument, SegmentSection

    path = tmp_path / "old.db"
    assert REV_0005.read_bytes()[18:20] == b"\x01\x01", "journal_mode DELETE, one file"
    shutil.copyfile(REV_0005, path)
    assert not {"segment_sections", "segment_documents"} & _sqlite_tables(path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0005_duplicate_dismissals"
        assert current_revision(database.engine) == head_revision()
        assert {"segment_sections", "segment_documents"} <= set(
            inspect(database.engine).get_table_names()
        )
        with database.reading() as session:
            forum_id = demo_forum_id(session)
            assert forum_id is not None
            days = programme_view(session, forum_id)
            assert sum(len(sitting.segments) for day in days for sitting in day.sessions) == 6
            note = session.scalars(select(Note)).one()
            assert note.body_text == "Remittances: costs of transfer"
            assert session.scalar(select(func.count(Representative.id))) == 1
            opening = session.scalars(
                select(Segment.id).where(Segment.title == "Séance inaugurale")
            ).one()
            detail = segment_detail(session, opening)
            assert detail.data.section_ids == () and detail.data.documents == ()
        with database.unit_of_work() as session:
            update_segment(
                session,
                opening,
                replace(
                    detail.data,
                    section_ids=(detail.sections[0].id,),
                    documents=(DocumentInput("Programme", "programme.pdf"),),
                ),
            )
        with database.reading() as session:
            assert session.scalar(select(func.count(SegmentSection.id))) == 1
            assert session.scalars(select(SegmentDocument.title)).one() == "Programme"
    finally:
        database.dispose()


REV_0006 = FIXTURES / "rev_0006_segment_links.db"


def test_a_revision_0006_database_opens_at_head_ready_to_merge(tmp_path: Path) -> None:
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.enums import OrganisationCategory
    from forumdesk.store.models import AuditEntry, Device, Organisation

    path = tmp_path / "old.db"
    assert REV_0006.read_bytes()[18:20] == b"\x01\x01", "journal_mode DELETE, one file"
    shutil.copyfile(REV_0006, path)
    assert not {"merge_runs", "merge_conflicts"} & _sqlite_tables(path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0006_segment_links"
        assert current_revision(database.engine) == head_revision()
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0
            local = session.scalars(select(Device).where(Device.is_local.is_(True))).one()
            assert local.id == database.device_id and local.audit_sequence == 0
            assert session.scalars(select(Note)).one().body_text == "Remittances: costs of transfer"
        with database.unit_of_work() as session:
            session.add(
                Organisation(name="New after the upgrade", category=OrganisationCategory.NGO_ECOSOC)
            )
        with database.reading() as session:
            entry = session.scalars(select(AuditEntry)).one()
            assert entry.after is not None and entry.after["name"] == "New after the upgrade"
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


REV_0007 = FIXTURES / "rev_0007_merge_audit.db"


def test_a_revision_0007_audit_log_keeps_every_entry_and_its_chain(tmp_path: Path) -> None:
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.enums import OrganisationCategory
    from forumdesk.store.models import AuditEntry, Organisation

    path = tmp_path / "old.db"
    shutil.copyfile(REV_0007, path)
    with sqlite3.connect(path) as raw:
        before = raw.execute(
            "SELECT device_id, sequence, after FROM audit_entries ORDER BY 1, 2"
        ).fetchall()
        assert {"id", "version", "deleted_at"} <= {
            row[1] for row in raw.execute("PRAGMA table_info(audit_entries)")
        }
    raw.close()
    assert len(before) > 100, "the demo's creations were logged"
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0007_merge_audit"
        with sqlite3.connect(path) as raw:
            after = raw.execute(
                "SELECT device_id, sequence, after FROM audit_entries ORDER BY 1, 2"
            ).fetchall()
            columns = {row[1] for row in raw.execute("PRAGMA table_info(audit_entries)")}
        raw.close()
        assert after == before
        assert not {"id", "created_at", "version", "deleted_at"} & columns
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
        with database.unit_of_work() as session:
            session.add(Organisation(name="After 0008", category=OrganisationCategory.NGO_ECOSOC))
        with database.reading() as session:
            newest = session.scalars(
                select(AuditEntry).where(AuditEntry.device_id == database.device_id)
            ).one()
            assert newest.sequence == 1 and newest.after is not None
            assert newest.after["name"] == "After 0008"
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


REV_0008 = FIXTURES / "rev_0008_slim_audit.db"


def test_a_revision_0008_database_gains_import_records_keeping_its_people(tmp_path: Path) -> None:
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.models import RegistryImport

    path = tmp_path / "old.db"
    shutil.copyfile(REV_0008, path)
    with sqlite3.connect(path) as raw:
        people = raw.execute(
            "SELECT id, family_name, email FROM representatives ORDER BY id"
        ).fetchall()
        assert "import_id" not in {
            row[1] for row in raw.execute("PRAGMA table_info(organisations)")
        }
    raw.close()
    assert "registry_imports" not in _sqlite_tables(path)
    assert people, "the demo's people are in the fixture"
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0008_slim_audit"
        assert "registry_imports" in _sqlite_tables(path)
        with sqlite3.connect(path) as raw:
            after = raw.execute(
                "SELECT id, family_name, email FROM representatives ORDER BY id"
            ).fetchall()
            for table in ("organisations", "representatives", "registrations"):
                marks = raw.execute(f"SELECT count(*), count(import_id) FROM {table}").fetchone()
                assert marks[0] > 0 and marks[1] == 0, table
        raw.close()
        assert after == people
        with database.unit_of_work() as session:
            session.add(
                RegistryImport(
                    file_name="list.csv",
                    file_sha256="0" * 64,
                    imported_at=datetime.now(UTC),
                    counts={"representatives": 0},
                )
            )
        with database.reading() as session:
            record = session.scalars(select(RegistryImport)).one()
            assert record.file_name == "list.csv" and record.undone_at is None
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


REV_0009 = FIXTURES / "rev_0009_registry_imports.db"


def test_a_revision_0009_database_marks_its_login_signers_and_keeps_its_notes(
    tmp_path: Path,
) -> None:
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.models import Device, Forum, Minutes, Note, RecordedLogin

    path = tmp_path / "old.db"
    shutil.copyfile(REV_0009, path)
    with sqlite3.connect(path) as raw:
        actors = {row[0] for row in raw.execute("SELECT DISTINCT actor FROM audit_entries")}
        notes = raw.execute("SELECT id, body_text FROM notes ORDER BY id").fetchall()
    raw.close()
    assert actors == {"root"}, "the fixture was signed with the OS login"
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM devices").fetchall() == [("fixture@forumdesk",)]
    raw.close()
    assert "recorded_logins" not in _sqlite_tables(path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0009_registry_imports"
        with database.reading() as session:
            logins = set(session.scalars(select(RecordedLogin.name)))
            assert "root" in logins and "fixture" in logins
            kept = session.execute(select(Note.id, Note.body_text).order_by(Note.id)).all()
            assert [(str(i).replace("-", ""), t) for i, t in kept] == [
                (i.replace("-", ""), t) for i, t in notes
            ]
            assert not any(session.scalars(select(Note.for_record)))
            # "login@host" device names lose the login, which is listed with the rest
            names = session.scalars(select(Device.name)).all()
            assert "forumdesk" in names and not any("@" in name for name in names)
            assert not any(session.scalars(select(Forum.self_approval)))
            assert session.scalars(select(Minutes.symbol)).all() == [None] * len(
                session.scalars(select(Minutes.id)).all()
            )
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


REV_0010 = FIXTURES / "rev_0010_official_documents.db"


def test_a_revision_0010_database_gains_an_empty_check_in_table_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.models import CheckIn, Note, Registration

    path = tmp_path / "old.db"
    shutil.copyfile(REV_0010, path)
    assert "check_ins" not in _sqlite_tables(path)
    with sqlite3.connect(path) as raw:
        registrations = raw.execute("SELECT count(*) FROM registrations").fetchone()[0]
        notes = raw.execute("SELECT count(*) FROM notes").fetchone()[0]
    raw.close()
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0010_official_documents"
        assert report.backup is not None and report.backup.exists()
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(CheckIn)) == 0
            assert session.scalar(select(func.count()).select_from(Registration)) == registrations
            assert session.scalar(select(func.count()).select_from(Note)) == notes > 0
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


REV_0011 = FIXTURES / "rev_0011_attendance.db"


def _sqlite_indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        names = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    raw.close()
    return names


def test_a_revision_0011_database_gains_the_attendance_indexes_and_keeps_its_check_ins(
    tmp_path: Path,
) -> None:
    from forumdesk.services.attendance.counts import attendance
    from forumdesk.store.audit_check import verify_audit
    from forumdesk.store.models import CheckIn, Forum

    path = tmp_path / "old.db"
    shutil.copyfile(REV_0011, path)
    added = {
        "ix_check_ins_door",
        "ix_registrations_forum_status",
        "ix_representatives_dimensions",
        "ix_organisations_dimensions",
    }
    assert not added & _sqlite_indexes(path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0011_attendance"
        assert report.backup is not None and report.backup.exists()
        assert added <= _sqlite_indexes(path)
        with database.reading() as session:
            desks = session.scalars(select(CheckIn.desk)).all()
            assert desks == ["Fixture desk"]
            forum_id = session.scalars(select(Forum.id)).one()
            counts = attendance(session, forum_id)
            assert (counts.registered, counts.present, counts.scans) == (1, 1, 1)
        with database.engine.connect() as connection:
            assert verify_audit(connection) == []
    finally:
        database.dispose()


def test_a_revision_0013_database_gains_erasures_and_keeps_its_people(tmp_path: Path) -> None:
    from forumdesk.services.database.integrity import run_check
    from forumdesk.services.privacy.erasure import erase_people
    from forumdesk.store.models import Erasure, Forum, Representative

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "rev_0013_audit_signatures.db", path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0013_audit_signatures"
        with database.reading() as session:
            assert session.scalars(select(Forum.retention_months)).all() == [None]
            assert session.scalars(select(Erasure)).all() == []
            people = session.scalars(select(Representative.id)).all()
        assert len(people) > 400
        erase_people(database, [people[0]])
    finally:
        database.dispose()
    checked = run_check(str(path))
    assert checked.ok, checked.problems


def test_a_revision_0013_database_gains_the_registry_name_indexes(tmp_path: Path) -> None:
    """No rev_0014 fixture is committed: the newest one goes through 0014 and 0015."""
    from forumdesk.services.registry.listing.query import (
        RepresentativeQuery,
        count_representatives,
        representative_page,
    )

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "rev_0013_audit_signatures.db", path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0013_audit_signatures"
        with database.engine.connect() as connection:
            indexes = {
                row[1] for row in connection.exec_driver_sql("PRAGMA index_list(representatives)")
            }
        assert {"ix_representatives_live_id", "ix_representatives_live_email"} <= indexes
        with database.reading() as session:
            family = session.scalars(select(Representative.family_name)).first()
            assert family
            query = RepresentativeQuery(text=family[:3])
            total = count_representatives(session, query)
            page = representative_page(session, query, 0, 100)
        assert total >= 1
        assert len(page) == min(total, 100)
        assert any(row.family_name == family for row in page)
    finally:
        database.dispose()


def test_a_revision_0015_database_gains_practices_and_recommendations(tmp_path: Path) -> None:
    from forumdesk.services.database.integrity import run_check
    from forumdesk.store.models import Forum, Practice, Recommendation, Representative, Theme

    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "rev_0015_registry_name_index.db", path)
    database, report = open_database(str(path))
    try:
        assert report.from_revision == "0015_registry_name_index"
        assert report.backup is not None, "a migration is preceded by a backup"
        with database.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert {"themes", "practices", "recommendations", "follow_ups"} <= tables
        with database.reading() as session:
            assert session.scalars(select(Practice)).all() == []
            assert session.scalars(select(Recommendation)).all() == []
            assert session.scalars(select(Theme)).all() == []
            assert len(session.scalars(select(Forum)).all()) == 1
            assert len(session.scalars(select(Representative.id)).all()) > 400
    finally:
        database.dispose()
    checked = run_check(str(path))
    assert checked.ok, checked.problems

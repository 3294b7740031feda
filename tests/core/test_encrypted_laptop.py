"""An encrypted laptop: Prepare a Laptop writes the copy encrypted with a passphrase of
its own, never in clear on the way; the merge reads it after asking for that passphrase,
refuses a wrong one without touching either side, and ends as a clear round trip does."""

from __future__ import annotations

import hashlib
import io
import shutil
import signal
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.core.test_encryption import _personal_data

from forumdesk.cli import main
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.sync import source
from forumdesk.services.sync.laptop import prepare_laptop
from forumdesk.services.sync.source import OtherEncrypted, OtherWrongPassphrase, SyncError
from forumdesk.services.sync.sync import SyncResult, sync_from
from forumdesk.store import cipher
from forumdesk.store.backup import backup_folder
from forumdesk.store.base import Base
from forumdesk.store.database import Database
from forumdesk.store.encryption import is_encrypted
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import MergeRun, Organisation, Registration, Representative

LAPTOP_PASSPHRASE = "a laptop's own passphrase"
KILL_MID_LAPTOP = Path(__file__).with_name("kill_mid_laptop.py")
#: Bookkeeping of each database, and columns that say when or on which device: they
#: differ between any two runs, whatever the encryption.
_LOCAL = {"devices", "audit_entries", "merge_runs", "merge_conflicts", "import_mappings"}
_ORGANISATION = uuid.UUID("0190f5a0-0000-7000-8000-00000000a001")
_PERSON = uuid.UUID("0190f5a0-0000-7000-8000-00000000a002")
_REGISTRATION = uuid.UUID("0190f5a0-0000-7000-8000-00000000a003")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit_on_the_laptop(laptop: Database) -> None:
    """The same edits in every run, with the same ids: a walk-in, a changed e-mail."""
    with laptop.unit_of_work() as session:
        forum = demo_forum_id(session)
        # One of the office's people (looked up before the walk-in is there to be found).
        known = session.scalars(select(Representative).order_by(Representative.id)).first()
        assert known is not None
        known.email = "changed.at.the.venue@example.org"
        organisation = Organisation(
            id=_ORGANISATION, name="Walk-in Network", category=OrganisationCategory.NGO_ECOSOC
        )
        person = Representative(id=_PERSON, organisation=organisation, given_name="Walkin",
                                family_name="Delegate", sort_key="delegate walkin")  # fmt: skip
        session.add_all([organisation, person])
        session.flush()
        session.add(Registration(id=_REGISTRATION, forum_id=forum, representative_id=_PERSON,
                                 status=AccreditationStatus.REQUESTED))  # fmt: skip


def _contents(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What the database holds, without when it was written nor by which device."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name in _LOCAL:
                continue
            columns = [c for c in table.c if not c.name.endswith("_device_id")]
            rows = connection.execute(select(*columns)).all()
            found[table.name] = sorted(
                (tuple(isinstance(v, datetime) or v for v in row) for row in rows), key=repr
            )
    return found


def _round_trip(office_path: Path, laptop_path: Path, passphrase: str | None) -> tuple[Any, ...]:
    office, _ = open_database(str(office_path), backup=False)
    try:
        prepare_laptop(office, laptop_path, passphrase=passphrase, name="Laptop 1")
        laptop, _ = open_database(str(laptop_path), backup=False, passphrase=passphrase)
        try:
            _edit_on_the_laptop(laptop)
        finally:
            laptop.dispose()
        result = sync_from(office, str(laptop_path), passphrase=passphrase)
        again = sync_from(office, str(laptop_path), passphrase=passphrase)
        return _counts(result), _counts(again), _contents(office)
    finally:
        office.dispose()


def _counts(result: SyncResult) -> tuple[int, ...]:
    return result.inserted, result.updated, result.deleted, result.entries, len(result.conflicts)


def test_an_encrypted_round_trip_ends_as_a_clear_one(demo_db_path: Path, tmp_path: Path) -> None:
    secrets = _personal_data(demo_db_path)
    clear_office, encrypted_office = tmp_path / "clear.db", tmp_path / "encrypted.db"
    shutil.copyfile(demo_db_path, clear_office)
    shutil.copyfile(demo_db_path, encrypted_office)
    clear = _round_trip(clear_office, tmp_path / "clear-laptop.db", None)
    encrypted = _round_trip(encrypted_office, tmp_path / "encrypted-laptop.db", LAPTOP_PASSPHRASE)
    assert clear[0] == encrypted[0] and clear[0][:3] == (3, 1, 0)
    assert clear[1] == encrypted[1] == (0, 0, 0, 0, 0)  # merging again brings nothing
    assert clear[2] == encrypted[2]
    assert is_encrypted(tmp_path / "encrypted-laptop.db")
    for each in tmp_path.glob("encrypted-laptop.db*"):  # its -wal and -shm too
        content = each.read_bytes()
        assert [s for s in secrets if s in content] == [], each
        assert b"Walk-in Network" not in content and b"Walkin" not in content, each
    # The search above would find them in clear: the clear laptop holds them all.
    clear_content = (tmp_path / "clear-laptop.db").read_bytes()
    assert all(secret in clear_content for secret in secrets)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_wrong_or_missing_passphrase_changes_nothing_on_either_side(
    demo_db: Database, tmp_path: Path
) -> None:
    laptop = tmp_path / "laptop.db"
    prepare_laptop(demo_db, laptop, passphrase=LAPTOP_PASSPHRASE)
    before = _digest(laptop)
    with demo_db.reading() as session:
        runs = session.scalars(select(MergeRun.id)).all()
    assert demo_db.path is not None
    backups = sorted(backup_folder(demo_db.path).glob("*"))
    with pytest.raises(OtherEncrypted, match=r"is encrypted.*nothing was merged") as missing:
        sync_from(demo_db, str(laptop))
    assert not isinstance(missing.value, OtherWrongPassphrase)
    for wrong in ("not it", "", "A LAPTOP'S OWN PASSPHRASE"):
        with pytest.raises(SyncError, match="nothing was merged"):
            sync_from(demo_db, str(laptop), passphrase=wrong)
    with pytest.raises(OtherWrongPassphrase, match="does not open") as wrong:
        sync_from(demo_db, str(laptop), passphrase="a wrong passphrase", dry_run=True)
    assert "a wrong passphrase" not in str(wrong.value)
    assert _digest(laptop) == before
    assert sorted(backup_folder(demo_db.path).glob("*")) == backups, "no backup taken"
    with demo_db.reading() as session:
        assert session.scalars(select(MergeRun.id)).all() == runs
    # A clear file is read as it is, whatever passphrase is given.
    clear = tmp_path / "clear.db"
    prepare_laptop(demo_db, clear)
    assert sync_from(demo_db, str(clear), passphrase="anything").changes == 0


def test_an_older_encrypted_laptop_is_migrated_on_an_encrypted_copy(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fixture = Path(__file__).parent.parent / "fixtures/db/rev_0006_segment_links.db"
    old = tmp_path / "old.db"
    cipher.export(fixture, None, old, LAPTOP_PASSPHRASE)
    assert is_encrypted(old)
    before = _digest(old)
    copies: list[Path] = []
    real_upgrade = source.upgrade

    def upgrade(url: str, passphrase: str | None = None) -> None:
        copy = Path(url.removeprefix("sqlite:///"))
        copies.append(copy)
        assert is_encrypted(copy) and passphrase == LAPTOP_PASSPHRASE
        real_upgrade(url, passphrase)
        assert is_encrypted(copy), "still encrypted once migrated"

    monkeypatch.setattr(source, "upgrade", upgrade)
    result = sync_from(demo_db, str(old), dry_run=True, passphrase=LAPTOP_PASSPHRASE)
    assert result.migrated_from == "0006_segment_links"
    assert len(copies) == 1 and not copies[0].parent.exists(), "the copy went with its folder"
    assert _digest(old) == before, "the laptop is read, never changed"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def _at_a_terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """A terminal on standard input, no laptop passphrase in the environment, and what
    is typed at each prompt in turn; the prompts shown."""
    monkeypatch.delenv("FORUMDESK_LAPTOP_PASSPHRASE", raising=False)
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    typed = iter(answers)
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", getpass)
    return prompts


def test_the_command_line_encrypts_by_default_and_asks_at_the_merge(
    demo_db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    office = str(demo_db_path)
    laptop = tmp_path / "laptop.db"
    monkeypatch.delenv("FORUMDESK_LAPTOP_PASSPHRASE", raising=False)
    status, _out, err = _cli(capsys, "--database", office, "prepare-laptop", str(laptop))
    assert status == 1 and "FORUMDESK_LAPTOP_PASSPHRASE" in err and "--no-encrypt" in err
    assert not laptop.exists()
    _at_a_terminal(monkeypatch, ["one", "another"])
    status, _out, err = _cli(capsys, "--database", office, "prepare-laptop", str(laptop))
    assert status == 1 and "differ" in err and not laptop.exists()
    prompts = _at_a_terminal(monkeypatch, [LAPTOP_PASSPHRASE, LAPTOP_PASSPHRASE])
    status, out, err = _cli(capsys, "--database", office, "prepare-laptop", str(laptop))
    assert (status, err) == (0, ""), err
    assert len(prompts) == 2 and "It is encrypted" in out and is_encrypted(laptop)
    assert LAPTOP_PASSPHRASE not in out
    # The merge: three tries at the prompt, then the one line; the right one merges.
    _at_a_terminal(monkeypatch, ["no", "nor this", "nor that"])
    status, _out, err = _cli(capsys, "--database", office, "merge", str(laptop))
    assert status == 1 and err.count("try again") == 2 and "does not open" in err
    prompts = _at_a_terminal(monkeypatch, ["wrong", LAPTOP_PASSPHRASE])
    status, out, err = _cli(capsys, "--database", office, "merge", str(laptop), "--json")
    assert status == 0 and len(prompts) == 2 and "try again" in err
    monkeypatch.setenv("FORUMDESK_LAPTOP_PASSPHRASE", LAPTOP_PASSPHRASE)
    status, out, _err = _cli(capsys, "--database", office, "merge", str(laptop), "--dry-run")
    assert status == 0 and "0 new, 0 changed, 0 deleted" in out
    clear = tmp_path / "clear.db"
    status, out, _err = _cli(
        capsys, "--database", office, "prepare-laptop", str(clear), "--no-encrypt"
    )
    assert status == 0 and "in clear" in out and not is_encrypted(clear)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_copy_killed_halfway_leaves_nothing_in_clear(demo_db_path: Path, tmp_path: Path) -> None:
    secrets = _personal_data(demo_db_path)
    office = tmp_path / "office" / "office.db"
    office.parent.mkdir()
    shutil.copyfile(demo_db_path, office)
    venue = tmp_path / "venue"
    venue.mkdir()
    done = subprocess.run(
        [sys.executable, str(KILL_MID_LAPTOP), str(office), str(venue / "laptop.db")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stdout + done.stderr
    left = [path for path in venue.rglob("*") if path.is_file()]
    assert left, "the kill came after rows were written: something is on the disk"
    assert not (venue / "laptop.db").exists(), "never half a copy where the laptop is"
    for each in left:
        content = each.read_bytes()
        assert not content.startswith(b"SQLite format 3"), each
        assert [s for s in secrets if s in content] == [], each
    # The next run clears what the killed one left, and writes the copy.
    database, _ = open_database(str(office), backup=False)
    try:
        prepare_laptop(database, venue / "laptop.db", passphrase=LAPTOP_PASSPHRASE)
    finally:
        database.dispose()
    assert [p.name for p in venue.iterdir()] == ["laptop.db"]

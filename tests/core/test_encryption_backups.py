"""Encryption at rest, around the database file: its earlier clear backups encrypted,
deleted or (when asked) kept and counted; backups made and restored on an encrypted
database, with a backup's own passphrase; a database created encrypted; a change of
passphrase, a cancelled conversion, and the passphrase remembered in the OS keyring."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest
from tests.keyrings import memory_keyring

from forumdesk.cli import main
from forumdesk.services.database import encryption, remembered
from forumdesk.store import cipher
from forumdesk.store.backup import backup_folder
from forumdesk.store.encryption import ConversionCancelled, clear_backups
from forumdesk.store.migrate import WrongPassphrase, open_database

PASSPHRASE = "correct horse battery staple"
OTHER = "a second passphrase, later"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _digests(folder: Path) -> dict[str, str]:
    return {path.name: _digest(path) for path in sorted(folder.iterdir())}


def demo_secrets(path: Path) -> list[bytes]:
    """Every name and e-mail of the demo's people, as UTF-8 (long enough that random
    bytes do not hold them by chance)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT family_name, given_name, email FROM representatives"
        ).fetchall()
    finally:
        connection.close()
    values = {value.encode() for row in rows for value in row if value}
    found = sorted(value for value in values if len(value) >= 6)
    assert len(found) > 300
    return found


def assert_holds_none(path: Path, secrets: list[bytes]) -> None:
    content = path.read_bytes()
    assert not content.startswith(b"SQLite format 3"), path
    leaked = [secret for secret in secrets if secret in content]
    assert not leaked, (path, leaked[:3])


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def with_clear_backups(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[bytes]]:
    """The demo database with two clear backups made on request; its names."""
    secrets = demo_secrets(demo_db_path)
    for _ in range(2):
        status, _out, err = _run(["--database", str(demo_db_path), "backup", "create"], capsys)
        assert status == 0, err
    assert len(clear_backups(demo_db_path)) == 2
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    return demo_db_path, secrets


def test_encrypting_encrypts_the_earlier_backups_and_nothing_holds_a_name(
    with_clear_backups: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, secrets = with_clear_backups
    args = ["--database", str(path), "encrypt", "--backups", "encrypt", "--json"]
    status, out, err = _run(args, capsys)
    assert (status, err) == (0, ""), err
    result = json.loads(out)
    assert len(result["earlier_backups_handled"]) == 2 and result["clear_backups"] == []
    assert clear_backups(path) == []
    folder = backup_folder(path)
    copies = sorted(folder.iterdir())
    assert len(copies) == 3 and all(c.name.endswith("-encrypted.db") for c in copies)
    for each in [path, *copies]:
        assert_holds_none(each, secrets)
    # An earlier copy, encrypted now, still holds the forum (read with the passphrase).
    earlier = Path(result["earlier_backups_handled"][0])
    assert cipher.unlocks(earlier, PASSPHRASE)
    connection = cipher.read_only(earlier, PASSPHRASE)
    try:
        assert connection.execute("SELECT count(*) FROM representatives").fetchone()[0] > 300
    finally:
        connection.close()


def test_encrypting_may_delete_the_earlier_backups(
    with_clear_backups: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, secrets = with_clear_backups
    status, out, err = _run(["--database", str(path), "encrypt", "--backups", "delete"], capsys)
    assert (status, err) == (0, ""), err
    assert "2 earlier backups in clear were deleted" in out
    copies = list(backup_folder(path).iterdir())
    assert [c.name for c in copies if "before-encryption-encrypted" in c.name] == [
        c.name for c in copies
    ]
    for each in [path, *copies]:
        assert_holds_none(each, secrets)


def test_kept_clear_backups_are_counted_with_their_folder(
    with_clear_backups: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _secrets = with_clear_backups
    status, out, err = _run(["--database", str(path), "encrypt", "--backups", "keep"], capsys)
    assert (status, err) == (0, ""), err
    assert f"2 earlier backups of it are still in clear: {backup_folder(path)}" in out
    assert len(clear_backups(path)) == 2


def test_without_a_choice_nor_a_terminal_nothing_is_left_in_clear_silently(
    with_clear_backups: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _secrets = with_clear_backups
    before, copies = _digest(path), _digests(backup_folder(path))
    status, out, err = _run(["--database", str(path), "encrypt"], capsys)
    assert status == 1 and out == ""
    assert "2 earlier backups lie in clear" in err and "--backups" in err
    assert _digest(path) == before and _digests(backup_folder(path)) == copies


def test_at_a_terminal_the_user_is_asked_what_to_do_with_them(
    with_clear_backups: tuple[Path, list[bytes]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, secrets = with_clear_backups
    terminal = io.StringIO("d\n")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    status, _out, err = _run(["--database", str(path), "encrypt"], capsys)
    assert status == 0, err
    assert "Encrypt them with the same passphrase (e), delete them (d)" in err
    assert clear_backups(path) == []
    for each in backup_folder(path).iterdir():
        assert_holds_none(each, secrets)


def test_decrypting_says_the_backups_stay_encrypted(
    with_clear_backups: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, secrets = with_clear_backups
    assert _run(["--database", str(path), "encrypt", "--backups", "encrypt"], capsys)[0] == 0
    status, out, err = _run(["--database", str(path), "decrypt"], capsys)
    assert (status, err) == (0, ""), err
    assert "backups stay encrypted" in out
    for each in backup_folder(path).iterdir():
        assert_holds_none(each, secrets)


@pytest.fixture
def encrypted_demo(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[bytes]]:
    secrets = demo_secrets(demo_db_path)
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert _run(["--database", str(demo_db_path), "encrypt"], capsys)[0] == 0
    return demo_db_path, secrets


def test_backup_create_and_restore_on_an_encrypted_database(
    encrypted_demo: tuple[Path, list[bytes]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A backup taken under the old passphrase is restored after a change of passphrase:
    the restore asks for the backup's own passphrase, a wrong one changes no byte, and
    the database keeps its new passphrase and works."""
    path, secrets = encrypted_demo
    status, out, err = _run(["--database", str(path), "backup", "create", "--json"], capsys)
    assert status == 0, err
    made = Path(json.loads(out)["path"])
    assert made.name.endswith("-manual-encrypted.db")
    assert_holds_none(made, secrets)
    encryption.change_passphrase(path, PASSPHRASE, OTHER)
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", OTHER)
    before, copies = _digest(path), _digests(backup_folder(path))
    monkeypatch.setenv("FORUMDESK_BACKUP_PASSPHRASE", "not the backup's")
    status, out, err = _run(
        ["--database", str(path), "backup", "restore", str(made), "--yes"], capsys
    )
    assert status == 1 and "does not open" in err and "not the backup's" not in err
    assert _digest(path) == before and _digests(backup_folder(path)) == copies
    monkeypatch.delenv("FORUMDESK_BACKUP_PASSPHRASE")
    status, out, err = _run(
        ["--database", str(path), "backup", "restore", str(made), "--yes"], capsys
    )
    assert status == 1 and "give the passphrase" in err  # the database's does not fit
    assert _digest(path) == before
    monkeypatch.setenv("FORUMDESK_BACKUP_PASSPHRASE", PASSPHRASE)
    status, out, err = _run(
        ["--database", str(path), "backup", "restore", str(made), "--yes"], capsys
    )
    assert status == 0, err
    assert cipher.unlocks(path, OTHER) and not cipher.unlocks(path, PASSPHRASE)
    status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
    assert status == 0 and "Sutherland" in out
    for each in [path, *backup_folder(path).iterdir()]:
        assert_holds_none(each, secrets)


def test_a_database_created_encrypted_never_lies_in_clear(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "laptop.db"
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    status, out, err = _run(["--database", str(path), "init", "--demo", "--encrypt"], capsys)
    assert status == 0, err
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    assert_holds_none(path, [b"example", b"Sutherland"])
    status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
    assert status == 0 and "Sutherland" in out
    status, out, err = _run(["--database", str(path), "init", "--encrypt"], capsys)
    assert status == 1 and "exists already" in err


def test_a_change_of_passphrase_and_a_cancelled_conversion(demo_db_path: Path) -> None:
    encryption.encrypt(demo_db_path, PASSPHRASE, encryption.EarlierBackups.ENCRYPT)
    before = _digest(demo_db_path)
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    with pytest.raises(ConversionCancelled):
        encryption.change_passphrase(demo_db_path, PASSPHRASE, OTHER, watch=cancel)
    assert seen and _digest(demo_db_path) == before
    assert not [p for p in demo_db_path.parent.iterdir() if p.name.startswith(".")]
    with pytest.raises(WrongPassphrase):
        encryption.change_passphrase(demo_db_path, "not it", OTHER)
    assert _digest(demo_db_path) == before
    encryption.change_passphrase(demo_db_path, PASSPHRASE, OTHER)
    assert cipher.unlocks(demo_db_path, OTHER) and not cipher.unlocks(demo_db_path, PASSPHRASE)
    database, _report = open_database(str(demo_db_path), passphrase=OTHER)
    database.dispose()


def test_strength_of_a_passphrase() -> None:
    strength = encryption.passphrase_strength
    assert strength("") is encryption.Strength.EMPTY
    assert strength("forum2006") is encryption.Strength.WEAK
    assert strength("migrants-geneve") is encryption.Strength.FAIR
    assert strength(PASSPHRASE) is encryption.Strength.STRONG


def test_without_a_keyring_nothing_is_remembered(demo_db_path: Path) -> None:
    assert remembered.unavailable_reason()
    assert remembered.remembered_passphrase(demo_db_path) is None
    with pytest.raises(remembered.KeyringUnavailable):
        remembered.remember_passphrase(demo_db_path, PASSPHRASE)


def test_the_keyring_comes_after_the_environment_and_a_wrong_one_is_forgotten(
    encrypted_demo: tuple[Path, list[bytes]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _secrets = encrypted_demo
    monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    with memory_keyring() as keyring:
        assert remembered.unavailable_reason() is None
        remembered.remember_passphrase(path, PASSPHRASE)
        status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
        assert (status, err) == (0, "") and "Sutherland" in out
        remembered.remember_passphrase(path, "an old passphrase")
        before = _digest(path)
        status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
        assert status == 1
        assert "remembered in the keyring does not open" in err and "forgotten" in err
        assert "an old passphrase" not in err
        assert keyring.entries == {} and _digest(path) == before
        monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
        remembered.remember_passphrase(path, "an old passphrase")
        status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
        assert status == 0  # the environment first: the keyring is not even read
        assert keyring.entries

"""Encryption at rest (SQLCipher): `forumdesk encrypt|decrypt`, commands on an encrypted
database, a wrong passphrase that changes nothing, and no clear copy left behind."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from forumdesk.cli import main
from forumdesk.store.backup import BackupError, backup_folder, backup_sqlite
from forumdesk.store.encryption import decrypt_database, encrypt_database, is_encrypted
from forumdesk.store.migrate import WrongPassphrase, open_database

PASSPHRASE = "correct horse battery staple"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _personal_data(path: Path) -> list[bytes]:
    """A few of the demo's names and e-mails, as they would sit in a clear file."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT family_name, email FROM representatives WHERE email IS NOT NULL "
            "AND length(family_name) > 4 ORDER BY email LIMIT 5"
        ).fetchall()
    finally:
        connection.close()
    assert len(rows) == 5
    return [value.encode() for row in rows for value in row]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def _at_a_terminal(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> None:
    """No FORUMDESK_PASSPHRASE, a terminal on standard input, and what is typed at the
    prompts in turn."""
    monkeypatch.delenv("FORUMDESK_PASSPHRASE", raising=False)
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    typed = iter(answers)
    monkeypatch.setattr("getpass.getpass", lambda _prompt: next(typed))


@pytest.fixture
def encrypted(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Path, list[bytes]]:
    """The demo database, encrypted through the command line; its clear names."""
    secrets = _personal_data(demo_db_path)
    assert all(secret in demo_db_path.read_bytes() for secret in secrets)
    monkeypatch.setenv("FORUMDESK_PASSPHRASE", PASSPHRASE)
    status, out, err = _run(["--database", str(demo_db_path), "encrypt"], capsys)
    assert (status, err) == (0, ""), err
    assert "encrypted" in out
    return demo_db_path, secrets


def test_an_encrypted_database_and_its_backups_hold_no_name(
    encrypted: tuple[Path, list[bytes]],
) -> None:
    path, secrets = encrypted
    assert is_encrypted(path)
    files = [path, *backup_folder(path).iterdir()]
    assert len(files) == 2, files  # the database and the (encrypted) copy taken before
    assert not [f for f in path.parent.iterdir() if f.name.startswith(".")]  # no partial
    for each in files:
        content = each.read_bytes()
        assert not content.startswith(b"SQLite format 3"), each
        assert not [secret for secret in secrets if secret in content], each


def test_commands_and_search_work_with_the_passphrase(
    encrypted: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _secrets = encrypted
    status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
    assert (status, err) == (0, "")
    assert "Sutherland" in out  # the FTS5 index, read through SQLCipher
    status, out, _err = _run(["--database", str(path), "check"], capsys)
    assert status == 0, out
    assert "Integrity:   ok" in out


@pytest.mark.parametrize("passphrase", ["wrong passphrase", None])
def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(
    encrypted: tuple[Path, list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    passphrase: str | None,
) -> None:
    path, _secrets = encrypted
    if passphrase is None:
        monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    else:
        monkeypatch.setenv("FORUMDESK_PASSPHRASE", passphrase)
    before = _digest(path)
    # Without a passphrase `check` reports the file as not a clear SQLite database.
    commands = [["search", "Sutherland"], ["decrypt"]] + [["check"]] * bool(passphrase)
    for command in commands:
        status, out, err = _run(["--database", str(path), *command], capsys)
        assert status == 1, command
        assert out == ""
        assert len(err.strip().splitlines()) == 1, err
        assert "passphrase" in err
        assert PASSPHRASE not in err and (passphrase is None or passphrase not in err)
        assert _digest(path) == before, command
    assert not Path(f"{path}-wal").exists()


def test_decrypt_gives_back_a_clear_database_that_check_passes(
    encrypted: tuple[Path, list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, secrets = encrypted
    status, out, err = _run(["--database", str(path), "decrypt"], capsys)
    assert (status, err) == (0, "")
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    monkeypatch.delenv("FORUMDESK_PASSPHRASE")
    status, out, _err = _run(["--database", str(path), "check"], capsys)
    assert status == 0, out
    status, out, _err = _run(["--database", str(path), "search", "Sutherland"], capsys)
    assert status == 0 and "Sutherland" in out
    # Both copies taken on the way are still encrypted.
    for copy in backup_folder(path).iterdir():
        assert not [secret for secret in secrets if secret in copy.read_bytes()], copy


def test_a_prompted_passphrase_is_asked_twice_when_set(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _at_a_terminal(monkeypatch, ["one passphrase", "another one"])
    before = _digest(demo_db_path)
    status, _out, err = _run(["--database", str(demo_db_path), "encrypt"], capsys)
    assert status == 1
    assert "differ" in err and "one passphrase" not in err
    assert _digest(demo_db_path) == before


def test_three_tries_at_the_prompt(
    encrypted: tuple[Path, list[bytes]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _secrets = encrypted
    _at_a_terminal(monkeypatch, ["typo", "another typo", PASSPHRASE])
    status, out, err = _run(["--database", str(path), "search", "Sutherland"], capsys)
    assert status == 0 and "Sutherland" in out
    assert err.count("try again") == 2


def test_the_store_refuses_a_clear_copy_and_a_wrong_passphrase(demo_db_path: Path) -> None:
    encrypt_database(demo_db_path, PASSPHRASE)
    before = _digest(demo_db_path)
    with pytest.raises(WrongPassphrase) as caught:
        decrypt_database(demo_db_path, "not it")
    assert "not it" not in str(caught.value)
    with pytest.raises(WrongPassphrase):
        open_database(str(demo_db_path), passphrase="not it")
    with pytest.raises(BackupError, match="encrypted"):
        backup_sqlite(demo_db_path, "manual")
    assert _digest(demo_db_path) == before
    assert len(list(backup_folder(demo_db_path).iterdir())) == 1  # only the one before
    database, _report = open_database(str(demo_db_path), passphrase=PASSPHRASE)
    database.dispose()


def test_an_import_into_an_encrypted_database_backs_it_up_encrypted(
    encrypted: tuple[Path, list[bytes]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The copy taken before an import (or a merge) keeps the passphrase of the database
    it copies: the import goes through, and no clear copy is left behind."""
    path, secrets = encrypted
    listing = tmp_path / "list.csv"
    listing.write_text(
        "Last name,First name,Organization,Category,Country,E-mail\n"
        "العلوي,فاطمة,Réseau des migrants,Migrant association,MA,fatima@example.ma\n",
        encoding="utf-8",
    )
    status, out, err = _run(["--database", str(path), "registry", "import", str(listing)], capsys)
    assert (status, err) == (0, ""), err
    status, out, err = _run(["--database", str(path), "search", "علوي"], capsys)
    assert status == 0 and "فاطمة العلوي" in out
    copies = sorted(backup_folder(path).iterdir())
    assert [c for c in copies if "before-import" in c.name], copies
    for copy in copies:
        content = copy.read_bytes()
        assert not content.startswith(b"SQLite format 3"), copy
        assert not [secret for secret in secrets if secret in content], copy


def test_connections_keep_their_page_cache_clear_or_encrypted(
    tmp_path: Path, encrypted: tuple[Path, list[bytes]]
) -> None:
    """A clear file's connections cache 16 MB of pages (a page of the list at a million
    people reads the organisations' table whole); an encrypted file's keep their own,
    larger cache of decrypted pages, which the clear one's must not replace."""
    from forumdesk.store import cipher, engine

    for path, passphrase, expected in (
        (tmp_path / "clear.db", None, engine.CACHE_KIB),
        (encrypted[0], PASSPHRASE, cipher.CACHE_KIB),
    ):
        database, _ = open_database(str(path), backup=False, create=True, passphrase=passphrase)
        try:
            with database.reading() as session:
                size = session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()
        finally:
            database.dispose()
        assert size == -expected
    assert cipher.CACHE_KIB > engine.CACHE_KIB > 2000

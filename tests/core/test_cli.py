"""The `forumdesk` command: init, check, --version, and the GUI's no-display answer."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from forumdesk import __version__
from forumdesk.cli import main
from forumdesk.store.migrate import head_revision

RUN_TIMEOUT = 120
FIXTURE_0001 = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "rev_0001_initial.db"


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forumdesk", *args],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        env=env if env is not None else dict(os.environ),
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"forumdesk {__version__}"


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["frobnicate"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_init_then_check_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "office.db"
    assert main(["--database", str(path), "init", "--demo", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["database"] == str(path)
    assert result["schema"] == head_revision()
    assert result["migrated_from"] is None and result["backup"] is None
    assert result["demo"]["created"] is True
    assert (result["demo"]["segments"], result["demo"]["paragraphs"]) == (6, 76)
    assert result["demo"]["warnings"] == []

    assert main(["--database", str(path), "init", "--demo"]) == 0
    out = capsys.readouterr().out
    assert f"Database {path} is at schema {head_revision()}." in out
    assert "Demo forum already present: 6 segments, 76 numbered paragraphs." in out

    assert main(["--database", str(path), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity:   ok" in out
    assert "PROBLEM" not in out
    assert any(line.split() == ["paragraphs", "76"] for line in out.splitlines())


def test_check_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.db"
    assert main(["--database", str(missing), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("forumdesk: ")
    assert f"there is no database at {missing}" in captured.err
    assert "forumdesk init" in captured.err
    assert not missing.exists(), "check must not create the file"


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_check_on_an_unknown_revision(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_revision(demo_db_path, "9999_future")
    assert main(["--database", str(demo_db_path), "check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["schema"] == "9999_future"
    assert report["schema_head"] == head_revision()
    assert any("9999_future" in problem for problem in report["problems"])


def test_init_refuses_a_newer_database(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _set_revision(demo_db_path, "9999_future")
    assert main(["--database", str(demo_db_path), "init"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("forumdesk: ") and "9999_future" in err and "Update ForumDesk" in err


def test_check_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` is read-only; here on a database in journal_mode DELETE (the rev 0001 fixture)."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0001, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    main(["--database", str(path), "check", "--json"])
    assert json.loads(capsys.readouterr().out)["counts"]["paragraphs"] == 76
    # BUG (src/forumdesk/store/engine.py:70, reached from services/database/integrity.py:72): the
    # engine runs PRAGMA journal_mode=WAL on connect, so `check` converts the file to WAL.
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "check modified the file"


def test_check_on_a_garbage_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"no sqlite here\n" * 100)
    assert main(["--database", str(path), "check"]) == 1
    assert "is not a SQLite database" in capsys.readouterr().out


def test_the_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("FORUMDESK_DATABASE", str(path))
    assert main(["init", "--demo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(path)
    assert path.is_file()
    assert main(["check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["database"] == str(path)
    assert report["counts"]["paragraphs"] == 76
    default = Path(os.environ["FORUMDESK_DATA_DIR"]) / "forumdesk.db"
    assert not default.exists(), "the default database must not be touched"


def test_without_anything_the_default_file_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    default = Path(os.environ["FORUMDESK_DATA_DIR"]) / "forumdesk.db"
    assert main(["init", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database"] == str(default)
    assert default.is_file()


def test_init_and_check_as_a_real_process(tmp_path: Path) -> None:
    path = tmp_path / "real.db"
    init = _run(["--database", str(path), "init", "--demo"])
    assert init.returncode == 0, init.stderr
    assert "Demo forum loaded: 6 segments, 76 numbered paragraphs." in init.stdout
    check = _run(["--database", str(path), "check", "--json"])
    assert check.returncode == 0, check.stderr
    report = json.loads(check.stdout)
    assert report["integrity"] == "ok"
    assert report["counts"]["paragraphs"] == 76
    assert report["counts"]["segments"] == 6
    assert report["foreign_keys"] == [] and report["problems"] == []


def test_the_gui_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = _run(["--database", str(tmp_path / "gui.db")], env=env)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("forumdesk: ")
    assert "xvfb-run" in lines[0]
    for qt_noise in ("qt.qpa", "Aborted", "could not connect to display", "core dumped"):
        assert qt_noise not in result.stderr
    assert not (tmp_path / "gui.db").exists(), "nothing is opened before the display check"


def test_the_gui_subcommand_behaves_the_same_without_a_display(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert main(["gui"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert "xvfb-run" in captured.err


@pytest.mark.parametrize(
    "words", [["{db}"], ["gui", "{db}"], ["--database", "other.db", "gui", "{db}"]]
)
def test_a_database_file_given_alone_opens_in_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    """The desktop entry runs `forumdesk gui %f`; a shell user types `forumdesk forum.db`."""
    import forumdesk.ui.shell.app as app

    database = tmp_path / "forum.db"
    assert main(["--database", str(database), "init"]) == 0
    opened: list[app.GuiOptions] = []
    monkeypatch.setattr(app, "run_gui", lambda options: opened.append(options) or 0)
    assert main([word.format(db=database) for word in words]) == 0
    assert [options.database for options in opened] == [str(database)]


def test_a_word_that_is_neither_a_command_nor_a_file_is_still_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([str(tmp_path / "missing.db")])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err

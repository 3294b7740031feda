"""Shared fixtures: every test gets its own copy of a freshly migrated database.

Migrating takes a moment, so one empty and one demo database are built per
test run and copied file by file for each test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run headless; e2e tests start their own Xvfb and override this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Who the tests sign as, unless a test says otherwise.
TEST_SIGNER = "Test Secretary"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Keep backups, settings and the default database out of the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FORUMDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    # The user's stored name (services/common/signer.py) lives in this test's home, and nothing
    # is stored. Signed actions (notes, minutes) need a name: tests sign as a test user,
    # and a test of the unnamed case removes it (monkeypatch.delenv("FORUMDESK_USER")).
    monkeypatch.setenv("FORUMDESK_CONFIG_DIR", str(home / "config" / "ForumDesk"))
    monkeypatch.setenv("FORUMDESK_USER", TEST_SIGNER)
    monkeypatch.delenv("FORUMDESK_DATABASE", raising=False)
    # Never the user's OS keyring: none at all, unless a test lends one (tests/keyrings.py).
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    request.addfinalizer(lambda: keyring.set_keyring(before))


def _build(folder: Path, demo: bool) -> Path:
    from forumdesk.services.database.demo import load_demo
    from forumdesk.store.migrate import open_database

    path = folder / ("demo.db" if demo else "empty.db")
    database, _ = open_database(str(path), backup=False, create=True)
    if demo:
        with database.unit_of_work() as session:
            load_demo(session)
    # Fold the WAL into the main file so that one copied file is the whole database.
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    os.environ.setdefault("FORUMDESK_DATA_DIR", str(folder / "data"))
    os.environ.setdefault("FORUMDESK_CONFIG_DIR", str(folder / "config"))  # the audit keys
    return {"empty": _build(folder, demo=False), "demo": _build(folder, demo=True)}


@pytest.fixture
def empty_db_path(_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A migrated database with no forum, for this test only."""
    target = tmp_path / "forumdesk.db"
    shutil.copyfile(_templates["empty"], target)
    return target


@pytest.fixture
def demo_db_path(_templates: dict[str, Path], tmp_path: Path) -> Path:
    """A migrated database holding the 2006 demo forum, for this test only."""
    target = tmp_path / "forumdesk.db"
    shutil.copyfile(_templates["demo"], target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[object]:
    """The demo database, opened (no migration, no backup needed: it is at head)."""
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(demo_db_path), backup=False)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(empty_db_path: Path) -> Iterator[object]:
    """The empty database (`empty_db_path`), opened as `demo_db` opens the demo one."""
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(empty_db_path), backup=False)
    yield database
    database.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config.stash[_EXIT_STATUS] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the run as the app ends (ui/shell/app.py `_leave`): once every report is
    written, without Python's teardown of the Qt objects left by the UI tests, which
    aborts now and then on PySide6 6.12 with pyqtgraph loaded ("none_dealloc" while
    finalizing), turning a green run red."""
    import sys

    if "pyqtgraph" not in sys.modules or _EXIT_STATUS not in config.stash:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(config.stash[_EXIT_STATUS])


_EXIT_STATUS = pytest.StashKey[int]()

"""What would break on Windows or macOS, shown on Linux: text files opened without an
encoding (Windows reads and writes cp1252), line endings that differ by platform, file
names Windows refuses, fonts looked up in Linux folders only, the display check, the
console streams of a build without a console, and paths whose case macOS ignores."""

from __future__ import annotations

import ast
import io
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import forumdesk
from forumdesk.exports.document import fonts

SOURCE = Path(forumdesk.__file__).parent
# Characters Windows refuses in a file name, and the control characters.
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)}
_FILE_OPENERS = {"open", "fdopen", "TextIOWrapper"}
_TEMPORARY = {"TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile"}
_SUBPROCESS = {"run", "check_output", "Popen"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _mode(call: ast.Call, position: int) -> str | None:
    """The mode a call opens with when it is written out (a literal), else None."""
    given = _keyword(call, "mode")
    if given is None and len(call.args) > position:
        given = call.args[position]
    if isinstance(given, ast.Constant) and isinstance(given.value, str):
        return given.value
    return None


def _opens_text(call: ast.Call, in_ui: bool) -> bool:
    """Whether `call` opens a file as text, so that its encoding must be written out."""
    name = _name(call)
    func = call.func
    if name in ("read_text", "write_text", "TextIOWrapper"):
        return True
    if name in _TEMPORARY:
        mode = _mode(call, 0)
        return mode is not None and "b" not in mode
    if name in _SUBPROCESS:
        return any(k.arg in ("text", "universal_newlines") for k in call.keywords)
    if name not in _FILE_OPENERS:
        return False
    if ast.unparse(func) == "os.open":
        return False  # a descriptor, no encoding
    if isinstance(func, ast.Attribute) and name == "open":  # Path.open(mode, ...)
        if not call.args and not call.keywords:
            # Without arguments under ui/ it is QDialog.open(); elsewhere a text read.
            return not in_ui
        mode = _mode(call, 0)
        if mode is None and call.args:
            return False  # not a file's open (zipfile member, a database by name...)
    else:  # open(file, mode) and os.fdopen(descriptor, mode)
        mode = _mode(call, 1)
    return "b" not in (mode or "r")


def _text_opens_without(keyword: str, writing_only: bool = False) -> list[str]:
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_ui = "ui" in path.relative_to(SOURCE).parts
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not _opens_text(node, in_ui):
                continue
            if _keyword(node, keyword) is not None:
                continue
            writes = _name(node) == "write_text" or any(
                letter in (_mode(node, 0 if isinstance(node.func, ast.Attribute) else 1) or "")
                for letter in "wax+"
            )
            if writing_only and not writes:
                continue
            found.append(f"{path.relative_to(SOURCE)}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_every_text_file_is_opened_with_an_explicit_encoding() -> None:
    # Without one, Python uses the locale's: UTF-8 on Linux and macOS, cp1252 on Windows.
    assert _text_opens_without("encoding") == []


def test_the_scan_finds_a_text_open_without_an_encoding(tmp_path: Path) -> None:
    planted = ast.parse(
        "open(p)\nPath(p).read_text()\nos.fdopen(h, 'w')\nsubprocess.run(c, text=True)\n"
        "p.open('w')\np.open()\nopen(p, 'rb')\nos.open(p, flags)\nzip.open(member)\n"
    )
    calls = [n for n in ast.walk(planted) if isinstance(n, ast.Call) and _name(n) != "Path"]
    flagged = [ast.unparse(call) for call in calls if _opens_text(call, in_ui=False)]
    assert flagged == [
        "open(p)",
        "Path(p).read_text()",
        "os.fdopen(h, 'w')",
        "subprocess.run(c, text=True)",
        "p.open('w')",
        "p.open()",
    ]
    assert not _opens_text(calls[5], in_ui=True)  # QDialog.open()


def test_every_text_file_written_fixes_its_line_endings() -> None:
    # newline=None writes "\r\n" on Windows: a CSV, a calendar or a JSON export must be
    # the same bytes wherever it is made (output_text's own default is "\n").
    assert _text_opens_without("newline", writing_only=True) == []


def test_output_text_ends_lines_the_same_on_every_platform(tmp_path: Path) -> None:
    import inspect

    from forumdesk.services.common.output_files import output_text

    assert inspect.signature(output_text).parameters["newline"].default == "\n"
    with output_text(tmp_path / "practices.json") as stream:
        stream.write('{\n  "a": 1\n}\n')
    assert (tmp_path / "practices.json").read_bytes() == b'{\n  "a": 1\n}\n'


def test_backup_names_hold_no_character_windows_refuses(tmp_path: Path) -> None:
    import sqlite3

    from forumdesk.store.backup import backup_sqlite, keep_damaged_copy

    database = tmp_path / "forum.db"
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    when = datetime(2027, 7, 12, 9, 30, 15, 123456, tzinfo=UTC)
    made = [
        backup_sqlite(database, 'before "restore": a/b\\c?', now=when),
        keep_damaged_copy(database, "before-restore", now=when),
    ]
    for path in made:
        assert not WINDOWS_FORBIDDEN & set(path.name), path.name
        assert not path.name.endswith((".", " "))


def test_export_names_hold_no_character_windows_refuses() -> None:
    from datetime import date

    from forumdesk.services.common.file_names import export_file_name

    name = export_file_name(
        ['Forum 2027: "Water" <draft>', "a/b\\c|d?*", "CON"], "PDF", on=date(2027, 7, 12)
    )
    assert not WINDOWS_FORBIDDEN & set(name), name
    assert name.endswith("_2027-07-12.pdf")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_display_check_is_for_linux_only(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forumdesk.preflight import display_problem

    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert display_problem() is not None  # no display at all: said before Qt aborts
    monkeypatch.setattr(sys, "platform", platform)
    assert display_problem() is None  # Windows and macOS always have their own


@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    fonts._faces.cache_clear()
    yield
    fonts._faces.cache_clear()  # the next test finds this system's fonts again


_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_DROID = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")


@pytest.mark.skipif(
    not (_DEJAVU.is_dir() and _DROID.is_file()),
    reason="needs fonts-dejavu-core and fonts-droid-fallback (requirements/system-packages.txt)",
)
def test_fonts_are_found_where_windows_keeps_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_fonts: None
) -> None:
    # A Windows font folder, its files stood in for by the Linux fonts we have.
    folder = tmp_path / "Windows" / "Fonts"
    folder.mkdir(parents=True)
    shutil.copyfile(_DEJAVU / "DejaVuSans.ttf", folder / "arial.ttf")
    shutil.copyfile(_DEJAVU / "DejaVuSans-Bold.ttf", folder / "arialbd.ttf")
    shutil.copyfile(_DEJAVU / "DejaVuSans-Oblique.ttf", folder / "ariali.ttf")
    shutil.copyfile(_DROID, folder / "msyh.ttc")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(fonts.shutil, "which", lambda _name: None)  # no fontconfig there

    assert fonts.font_for("Здравствуйте, Ελλάδα") == "FD-arial"
    assert fonts.font_for("Ahmed", bold=True) == "FD-arialbd"
    assert fonts.font_for("联合国") == "FD-msyh"
    assert fonts.oblique_font() == folder / "ariali.ttf"


def test_font_names_with_spaces_register_as_one_word() -> None:
    assert fonts.face_name(Path("/Library/Fonts/Arial Unicode.ttf")) == "FD-Arial-Unicode"
    assert fonts.face_name(Path("/usr/share/fonts/DejaVuSans.ttf")) == "FD-DejaVuSans"


def test_windows_prints_names_in_utf8_into_a_file_or_a_pipe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forumdesk.cli import _utf8_output

    def redirected() -> io.TextIOWrapper:  # what Windows gives a redirected stdout
        return io.TextIOWrapper(io.BytesIO(), encoding="cp1252")

    written = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(written, encoding="cp1252"))
    monkeypatch.setattr(sys, "stderr", redirected())
    monkeypatch.setattr(sys, "platform", "linux")
    _utf8_output()
    assert sys.stdout.encoding == "cp1252"  # elsewhere the locale decides, as before
    monkeypatch.setattr(sys, "platform", "win32")
    _utf8_output()
    print("Иванов 王 أحمد", end="")
    sys.stdout.flush()
    assert written.getvalue() == "Иванов 王 أحمد".encode()
    assert sys.stderr.encoding == "utf-8"


def test_leaving_without_console_streams_still_ends_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forumdesk.ui.shell import app

    ended: list[int] = []

    def exit_now(code: int) -> None:
        ended.append(code)

    # A windowed Windows build (PyInstaller, console=False) has no stdout and no stderr.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(app.os, "_exit", exit_now)
    app._leave(3)
    assert ended == [3]


def test_a_restart_starts_the_bundle_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from forumdesk.ui.shell.preferences_menu import restart_command

    monkeypatch.setattr(sys, "argv", ["forumdesk", "--database", "forum.db"])
    monkeypatch.setattr(sys, "executable", "/usr/bin/python3")
    assert restart_command() == (
        "/usr/bin/python3",
        ["-m", "forumdesk", "--database", "forum.db"],
    )
    # PyInstaller's executable is ForumDesk itself: it knows no `-m`.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\ForumDesk\forumdesk.exe")
    assert restart_command() == (
        r"C:\Program Files\ForumDesk\forumdesk.exe",
        ["--database", "forum.db"],
    )


def _device_writing(path: Path, create: bool = False) -> uuid.UUID:
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(path), backup=False, create=create)
    database.dispose()
    return database.device_id


def test_the_same_file_under_another_case_keeps_its_device(tmp_path: Path) -> None:
    """macOS and Windows ignore case: Forum.db typed as forum.db is the same file, not a
    copy that would need a device (and an audit chain) of its own. A hard link whose name
    differs only in case is how a case-sensitive file system can show it."""
    from forumdesk.store.engine import same_location

    original = tmp_path / "Forum.db"
    device = _device_writing(original, create=True)
    os.link(original, tmp_path / "FORUM.db")
    assert _device_writing(tmp_path / "FORUM.db") == device
    # A real copy under another case is another file: it is a copy.
    copy = tmp_path / "forum.DB"
    shutil.copyfile(original, copy)
    assert not same_location(str(original.resolve()), str(copy.resolve()))
    assert not same_location("postgresql://office/forum", "postgresql://office/FORUM")

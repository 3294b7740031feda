"""Desktop integration: the .desktop entry, the AppStream metadata, and one version."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from forumdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "org.forumdesk.ForumDesk.desktop"
METAINFO = PACKAGING / "org.forumdesk.ForumDesk.metainfo.xml"
TIMEOUT_S = 60


def _metainfo_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("metainfo_script", PACKAGING / "metainfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _validate(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (make system-packages)")
    return subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)


def test_the_desktop_entry_validates() -> None:
    done = _validate("desktop-file-validate", str(DESKTOP))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == ""  # not even a hint


def test_the_appstream_metadata_validates() -> None:
    done = _validate("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr
    for severity in ("E:", "W:"):
        assert severity not in done.stdout


def test_the_desktop_entry_opens_a_database_given_to_it() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Exec"] == "forumdesk gui %f"
    assert "application/vnd.sqlite3" in group["MimeType"].split(";")
    assert group["Icon"] == DESKTOP.stem
    # The window's icon and the one installed for the desktop are the same drawing.
    window_icon = ROOT / "resources" / "icons" / f"{DESKTOP.stem}.svg"
    assert window_icon.read_bytes() == (PACKAGING / f"{DESKTOP.stem}.svg").read_bytes()


def test_the_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "src/forumdesk/__init__.py"
    assert _metainfo_script().current_version() == __version__


def test_the_metadata_releases_are_the_changelog_s_and_the_newest_is_this_version() -> None:
    script = _metainfo_script()
    assert script.main(["--check"]) == 0, "run: python packaging/metainfo.py"
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None
    newest = releases.find("release")
    assert newest is not None
    assert newest.get("version") == __version__
    changelog = script.releases((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert [r.get("version") for r in releases] == [r.version for r in changelog]
    assert [r.get("date") for r in releases] == [r.date for r in changelog]
    assert newest.findall("description/ul/li")  # what changed, for the software centre


def test_the_metadata_shows_this_version_s_screenshots_made_by_the_screenshot_script() -> None:
    root = ET.parse(METAINFO).getroot()
    images = root.findall("screenshots/screenshot/image")
    assert len(images) >= 3
    assert root.find("content_rating") is not None
    for image in images:
        url = image.text or ""
        assert url.startswith("https://"), url
        assert f"/screenshots/{__version__}/" in url
        shot = QImage(str(PACKAGING / "screenshots" / url.rsplit("/", 1)[1]))
        assert not shot.isNull(), f"{url}: make appstream-screenshots"
        assert (shot.width(), shot.height()) == (
            int(image.get("width", 0)),
            int(image.get("height", 0)),
        )


@pytest.mark.parametrize(
    ("changelog", "says"),
    [
        ("# Changelog\n\nnothing yet\n", "no release heading"),
        ("## [0.1.0] - 2026-12-06\n- a change\n", "line 2: a change before any '### '"),
        ("## [0.1.0] - 2026-12-06\n### Added\n- x\n## 0.0.9\n", "line 4: a release is"),
        ("## [9.9.9] - 2026-12-06\n### Added\n- x\n", "newest release is 9.9.9"),
    ],
)
def test_a_malformed_changelog_is_refused_naming_the_line(changelog: str, says: str) -> None:
    script = _metainfo_script()
    metainfo = METAINFO.read_text(encoding="utf-8")
    with pytest.raises(script.ChangelogError, match=re.escape(says)):
        script.updated_metainfo(metainfo, changelog, __version__)


def test_the_releases_are_written_as_escaped_xml() -> None:
    script = _metainfo_script()
    changelog = "## [1.2.3] - 2027-01-31\nR&D <fast>\n### Fixed\n- `a < b` & more\n"
    xml = script.releases_xml(script.releases(changelog))
    release = ET.fromstring(xml).find("release")
    assert release is not None
    assert release.get("version") == "1.2.3"
    assert [p.text for p in release.findall("description/p")] == ["R&D <fast>", "Fixed:"]
    assert [li.text for li in release.findall("description/ul/li")] == ["a < b & more"]

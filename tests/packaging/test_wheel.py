"""The wheel a secretariat installs: built from the sdist, installed into a fresh venv
outside the checkout, and run there as a user would (issue 21).

Slow by nature (a build and an install, about a minute from pip's cache), so the build
and the install happen once for the module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from forumdesk import __version__

CHECKOUT = Path(__file__).resolve().parents[2]
CONSTRAINTS = CHECKOUT / "requirements" / "constraints.txt"
WINDOW_SCRIPT = Path(__file__).with_name("installed_window.py")
LANGUAGES = ("fr", "ar", "zh", "ru", "es", "en")
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 180
# What each language's File, Edit, View and Help menus read (resources/translations).
MENUS = {
    "fr": ["Fichier", "Édition", "Affichage", "Aide"],
    "ar": ["ملف", "تحرير", "عرض", "مساعدة"],
    "zh": ["文件(F)", "编辑(E)", "视图(V)", "帮助(H)"],
    "ru": ["Файл", "Правка", "Вид", "Справка"],
    "es": ["Archivo", "Edición", "Ver", "Ayuda"],
    "en": ["File", "Edit", "View", "Help"],
}
SYSTEM_LOCALES = {
    "fr": "fr_FR.UTF-8",
    "ar": "ar_EG.UTF-8",
    "zh": "zh_CN.UTF-8",
    "ru": "ru_RU.UTF-8",
    "es": "es_ES.UTF-8",
    "en": "en_GB.UTF-8",
}


@dataclass(frozen=True)
class Installed:
    wheel: Path
    sdist: Path
    venv: Path
    home: Path

    @property
    def bin(self) -> Path:
        return self.venv / "bin"

    def run(
        self, *command: str | Path, language: str = "en", timeout: float = RUN_TIMEOUT_S
    ) -> subprocess.CompletedProcess[str]:
        """Run in a clean environment, from a folder outside the checkout."""
        environment = {
            "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', '')}",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "FORUMDESK_DATA_DIR": str(self.home / "data"),
            "FORUMDESK_CONFIG_DIR": str(self.home / "config" / "ForumDesk"),
            "FORUMDESK_USER": "Wheel Tester",
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": SYSTEM_LOCALES[language],
            "LC_ALL": "",
            "LANGUAGE": "",
        }
        return subprocess.run(
            [str(part) for part in command],
            cwd=self.home,
            env=environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _checked(done: subprocess.CompletedProcess[str], what: str) -> str:
    assert done.returncode == 0, f"{what} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    # `python -m build` makes the sdist, then the wheel from the sdist alone: what the
    # sdist forgets, the wheel lacks; and .qm files never come from the checkout.
    _checked(
        subprocess.run(
            [sys.executable, "-m", "build", "--outdir", str(dist), str(CHECKOUT)],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            check=False,
        ),
        "python -m build",
    )
    (wheel,) = dist.glob("forumdesk-*.whl")
    (sdist,) = dist.glob("forumdesk-*.tar.gz")
    environment = root / "venv"
    venv.create(environment, with_pip=True)
    _checked(
        subprocess.run(
            [
                environment / "bin" / "python",
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-c",
                str(CONSTRAINTS),
                str(wheel),
            ],
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            check=False,
        ),
        "pip install of the wheel",
    )
    home = root / "home"
    home.mkdir()
    return Installed(wheel, sdist, environment, home)


def test_the_wheel_carries_the_compiled_translations_and_the_bundled_files(
    installed: Installed,
) -> None:
    assert installed.wheel.name == f"forumdesk-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for language in LANGUAGES:
        assert f"forumdesk/_resources/translations/forumdesk_{language}.qm" in names
        if language != "en":
            assert f"forumdesk/locale/{language}/LC_MESSAGES/forumdesk.po" in names
    assert "forumdesk/_db/env.py" in names
    assert any(name.startswith("forumdesk/_db/versions/0016_") for name in names)
    assert "forumdesk/_resources/samples/summary-hearings-2006-fr.txt" in names
    assert "forumdesk/_resources/icons/org.forumdesk.ForumDesk.svg" in names
    assert any(name.startswith("forumdesk/_resources/templates/") for name in names)
    # The sdist holds the sources the wheel was compiled from, not the build products.
    with tarfile.open(installed.sdist) as sdist:
        sdist_names = sdist.getnames()
    assert any(name.endswith("resources/translations/forumdesk_fr.ts") for name in sdist_names)
    assert not any(name.endswith(".qm") for name in sdist_names)


def test_every_module_of_the_installed_package_imports(installed: Installed) -> None:
    """A module needing a package that is not a dependency fails here, not at a user's."""
    script = (
        "import importlib, pkgutil, forumdesk\n"
        "for module in pkgutil.walk_packages(forumdesk.__path__, 'forumdesk.'):\n"
        "    if not module.name.endswith('__main__'):\n"
        "        importlib.import_module(module.name)\n"
        "print(forumdesk.__file__)\n"
    )
    printed = _checked(installed.run(installed.bin / "python", "-c", script), "importing")
    assert printed.strip().startswith(str(installed.venv))


def test_the_installed_command_makes_and_checks_a_demo_database_in_french(
    installed: Installed,
) -> None:
    command = installed.bin / "forumdesk"
    version = _checked(installed.run(command, "--version"), "--version")
    assert version.strip() == f"forumdesk {__version__}"
    database = installed.home / "demo.db"
    made = _checked(installed.run(command, "--database", database, "init", "--demo"), "init")
    assert "76" in made  # the seed's numbered paragraphs
    report = _checked(
        installed.run(command, "--database", database, "check", language="fr"), "check"
    )
    assert "Intégrité" in report
    assert "Schéma" in report


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_installed_window_speaks_each_shipped_language(
    installed: Installed, language: str
) -> None:
    printed = _checked(
        installed.run(installed.bin / "python", WINDOW_SCRIPT, language=language), "the window"
    )
    window = json.loads(printed)
    # Read from the installed package, not from the checkout the tests run in.
    assert window["resources"].startswith(str(installed.venv))
    assert window["migrations"].startswith(str(installed.venv))
    assert window["language"] == language
    assert window["menus"] == MENUS[language]


def test_the_installed_app_starts_offscreen_in_french_on_its_demo(installed: Installed) -> None:
    command = installed.bin / "forumdesk"
    database = installed.home / "start.db"
    _checked(installed.run(command, "--database", database, "init", "--demo"), "init")
    shot = installed.home / "first-window.png"
    _checked(
        installed.run(command, "--database", database, "gui", "--screenshot", shot, language="fr"),
        "the window",
    )
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 20_000  # a drawn window, not an empty frame

"""Architecture rules of docs/DESIGN.md §3, checked on the source tree itself.

Each rule has a checker that takes a package folder and a test that runs it over the real
tree. test_layering_domains.py adds the domain rules and the ui-without-models rule, and
plants a violation of every rule in a scratch tree to see its checker catch it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import forumdesk

PACKAGE = Path(forumdesk.__file__).resolve().parent
SRC = PACKAGE.parent
QT_FREE_PACKAGES = ("store", "services", "exports")
# docs/DESIGN.md §3 allows QtGui/QtPdf inside exports/ "behind one small module" where Qt renders a
# document. None exists yet; when it does, name it here (path relative to src/), and only it.
QT_ALLOWED_IN_EXPORTS: frozenset[str] = frozenset()
# Imports point one way: ui -> services -> store. What each layer must never import.
FORBIDDEN_LAYERS = {
    "store": ("forumdesk.services", "forumdesk.exports", "forumdesk.ui", "forumdesk.cli"),
    "services": ("forumdesk.exports", "forumdesk.ui", "forumdesk.cli"),
    "exports": ("forumdesk.ui", "forumdesk.cli"),
}
MAX_LINES = 500


def imports_of(
    source: str, prefixes: tuple[str, ...], filename: str = "<string>", package: str = ""
) -> list[str]:
    """Every import of a module under one of `prefixes`, anywhere in the module.

    `package` is the dotted package the module lives in, to resolve relative imports.
    """
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom) and package:
            base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
            if node.module:
                names = [f"{base}.{node.module}"]
            else:
                names = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [
            f"line {node.lineno}: {name}"
            for name in names
            if any(name == prefix or name.startswith(f"{prefix}.") for prefix in prefixes)
        ]
    return found


def qt_imports(source: str, filename: str = "<string>") -> list[str]:
    return imports_of(source, ("PySide6",), filename)


def _python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


def plant(tmp_path: Path, files: dict[str, str]) -> Path:
    """A scratch `forumdesk` package holding `files` (paths relative to it); its folder."""
    root = tmp_path / "forumdesk"
    for name, source in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(source, encoding="utf-8")
    return root


def qt_offenders(root: Path) -> list[str]:
    """Qt imports under store/, services/ and exports/ of the package folder `root`."""
    offenders = []
    for package in QT_FREE_PACKAGES:
        for path in _python_files(root / package):
            name = str(path.relative_to(root.parent))
            if package == "exports" and name in QT_ALLOWED_IN_EXPORTS:
                continue
            for hit in qt_imports(path.read_text(encoding="utf-8"), str(path)):
                offenders.append(f"{name} {hit}")
    return offenders


def layer_offenders(root: Path) -> list[str]:
    """Imports against ui -> services -> store in the package folder `root`."""
    offenders = []
    for package, forbidden in FORBIDDEN_LAYERS.items():
        for path in _python_files(root / package):
            dotted = ".".join(("forumdesk", *path.relative_to(root).parent.parts))
            source = path.read_text(encoding="utf-8")
            for hit in imports_of(source, forbidden, str(path), package=dotted):
                offenders.append(f"{path.relative_to(root.parent)} {hit}")
    return offenders


def test_the_checker_sees_every_form_of_qt_import() -> None:
    source = (
        "import os\n"
        "import PySide6\n"
        "import PySide6.QtCore as core\n"
        "from PySide6 import QtGui\n"
        "from PySide6.QtWidgets import QWidget\n"
        "def later():\n"
        "    from PySide6.QtPdf import QPdfDocument\n"
        "from PySide6Extra import nothing\n"
        "from .PySide6 import relative\n"
    )
    assert qt_imports(source) == [
        "line 2: PySide6",
        "line 3: PySide6.QtCore",
        "line 4: PySide6",
        "line 5: PySide6.QtWidgets",
        "line 7: PySide6.QtPdf",
    ]


def test_store_services_and_exports_do_not_import_qt() -> None:
    assert (PACKAGE / "store").is_dir() and (PACKAGE / "services").is_dir()
    offenders = qt_offenders(PACKAGE)
    assert not offenders, "Qt imported below the ui layer (docs/DESIGN.md §3):\n" + "\n".join(
        offenders
    )


def test_the_checker_resolves_relative_imports() -> None:
    source = "from ..ui import window\nfrom .. import ui\nfrom . import programme\n"
    forbidden = ("forumdesk.ui",)
    assert imports_of(source, forbidden, package="forumdesk.services") == [
        "line 1: forumdesk.ui",
        "line 2: forumdesk.ui",
    ]
    assert imports_of(source, ("forumdesk.services",), package="forumdesk.services") == [
        "line 3: forumdesk.services.programme"
    ]


def test_imports_point_one_way() -> None:
    offenders = layer_offenders(PACKAGE)
    assert not offenders, "imports against ui -> services -> store:\n" + "\n".join(offenders)


def test_no_source_module_is_over_500_lines() -> None:
    files = _python_files(SRC)
    assert files, f"no Python files under {SRC}"
    too_long = []
    for path in files:
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            too_long.append(f"{path.relative_to(SRC)}: {count} lines")
    assert not too_long, f"modules over {MAX_LINES} lines (docs/DESIGN.md §3):\n" + "\n".join(
        too_long
    )


@pytest.mark.parametrize("package", ["store", "services"])
def test_core_packages_import_without_loading_qt(package: str) -> None:
    """Importing every core module in a fresh interpreter must not pull PySide6 in."""
    modules = sorted(
        "forumdesk." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in _python_files(PACKAGE / package)
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    code = "\n".join(f"import {m}" for m in modules) + (
        "\nimport sys\nloaded = sorted(m for m in sys.modules if m.startswith('PySide6'))"
        "\nprint(loaded)\nraise SystemExit(1 if loaded else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, (
        f"importing forumdesk.{package} loaded Qt: {result.stdout}{result.stderr}"
    )


def test_the_window_paints_before_the_database_code_loads() -> None:
    """The GUI's first paint comes before any database work (bench/startup.py): importing
    the window must not pull SQLAlchemy or Alembic in, whatever helpers it uses."""
    code = (
        "import sys\nimport forumdesk.ui.shell.app\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})"
        "\nprint(loaded)\nraise SystemExit(1 if loaded else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, f"the window loaded {result.stdout}{result.stderr}"

"""Size rules of the project's guide, checked on the source tree itself: no function or
method over 80 lines, and no domain folder so full that it stops showing its domain."""

from __future__ import annotations

import ast
from pathlib import Path

import forumdesk

PACKAGE = Path(forumdesk.__file__).resolve().parent
SRC = PACKAGE.parent
MAX_FUNCTION_LINES = 80
MAX_MODULES_PER_FOLDER = 15
# The layers grouped by domain: each of their folders is one domain or part of one.
DOMAIN_LAYERS = ("services", "exports", "cli", "ui/pages")


def long_functions(source: str, filename: str = "<string>") -> list[str]:
    """Every function or method (nested ones too) over the limit, with its length in
    lines from its `def` (decorators aside) to its last line."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{filename}:{node.lineno} {node.name}: {length} lines")
    return found


def crowded_folders(root: Path, layers: tuple[str, ...] = DOMAIN_LAYERS) -> list[str]:
    """Every package folder under `layers` holding more modules than the limit; a
    package's own `__init__.py` does not count, its sub-packages hold their own."""
    found = []
    for layer in layers:
        top = root / layer
        folders = [top, *top.rglob("*")] if top.is_dir() else []
        for folder in sorted(f for f in folders if (f / "__init__.py").is_file()):
            modules = [p for p in folder.glob("*.py") if p.name != "__init__.py"]
            if len(modules) > MAX_MODULES_PER_FOLDER:
                found.append(f"{folder.relative_to(root)}: {len(modules)} modules")
    return found


def _function_source(name: str, body_lines: int, indent: str = "") -> str:
    body = "".join(f"{indent}    x = {n}\n" for n in range(body_lines))
    return f"{indent}def {name}() -> None:\n{body}"


def test_the_checker_finds_a_long_function_and_a_long_method() -> None:
    at_limit = _function_source("fits", MAX_FUNCTION_LINES - 1)
    too_long = _function_source("grows", MAX_FUNCTION_LINES)
    method = "class Dialog:\n" + _function_source("__init__", MAX_FUNCTION_LINES, "    ")
    nested = "def outer() -> None:\n" + _function_source("inner", MAX_FUNCTION_LINES, "    ")

    assert long_functions(at_limit) == []
    assert long_functions(too_long, "a.py") == [f"a.py:1 grows: {MAX_FUNCTION_LINES + 1} lines"]
    assert long_functions(method, "b.py") == [f"b.py:2 __init__: {MAX_FUNCTION_LINES + 1} lines"]
    assert [hit.split(" ")[1] for hit in long_functions(nested)] == ["outer:", "inner:"]


def test_the_checker_finds_a_crowded_folder(tmp_path: Path) -> None:
    def package(folder: Path, modules: int) -> None:
        folder.mkdir(parents=True)
        (folder / "__init__.py").write_text("")
        for n in range(modules):
            (folder / f"m{n}.py").write_text("")

    package(tmp_path / "services" / "registry", MAX_MODULES_PER_FOLDER)
    package(tmp_path / "services" / "registry" / "import_", MAX_MODULES_PER_FOLDER + 1)
    package(tmp_path / "ui" / "pages" / "minutes", MAX_MODULES_PER_FOLDER + 1)
    package(tmp_path / "ui" / "widgets", MAX_MODULES_PER_FOLDER + 1)  # not a domain layer

    assert crowded_folders(tmp_path) == [
        f"services/registry/import_: {MAX_MODULES_PER_FOLDER + 1} modules",
        f"ui/pages/minutes: {MAX_MODULES_PER_FOLDER + 1} modules",
    ]


def test_no_function_is_over_the_limit() -> None:
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        too_long += long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(SRC)))
    assert not too_long, (
        f"functions over {MAX_FUNCTION_LINES} lines: split them into steps "
        "(`_build_*` for a widget's __init__):\n" + "\n".join(too_long)
    )


def test_no_domain_folder_holds_more_than_the_limit() -> None:
    crowded = crowded_folders(PACKAGE)
    assert not crowded, (
        f"folders over {MAX_MODULES_PER_FOLDER} modules: split the domain into sub-packages:\n"
        + "\n".join(crowded)
    )


# What only a test should do: kill its own process, or switch behaviour on a test's
# environment variable. Tests that need a kill drive a real process from a script of
# their own instead (tests/core/kill_mid_sync.py, pause_before_rename.py).
def seams_in(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and str(node.value).startswith("FORUMDESK_TEST_"):
            found.append(f"line {node.lineno}: {node.value}")
        elif isinstance(node, ast.Attribute) and node.attr in ("kill", "SIGKILL"):
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_the_checker_finds_a_planted_test_seam() -> None:
    planted = 'import os\nif os.environ.get("FORUMDESK_TEST_PAUSE"):\n    os.kill(1, 9)\n'
    assert seams_in(planted) == ["line 2: FORUMDESK_TEST_PAUSE", "line 3: .kill"]
    assert seams_in('"""A SIGKILL leaves a .partial file."""\n') == []


def test_no_test_seam_lives_in_production_code() -> None:
    found = [
        f"{path.relative_to(SRC)} {hit}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for hit in seams_in(path.read_text(encoding="utf-8"))
    ]
    assert not found, "test seams in production code:\n" + "\n".join(found)

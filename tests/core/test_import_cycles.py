"""No import cycle among forumdesk's modules, checked on the source tree itself.

A cycle makes a module's behaviour depend on which of the two was imported first,
and hides a missing leaf module (issue 16: the document writers and their formats).
Every import counts, at module level or inside a function, since a deferred import
only defers the cycle; imports under `if TYPE_CHECKING:` do not, as they never run.
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import forumdesk

PACKAGE = Path(forumdesk.__file__).resolve().parent


def source_modules(package: Path = PACKAGE) -> dict[str, tuple[str, bool]]:
    """Every module under `package`: dotted name → (source, is a package's `__init__`)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        name = ".".join(parts[:-1] if is_package else parts)
        modules[name] = (path.read_text(encoding="utf-8"), is_package)
    return modules


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of `tree` except the bodies of `if TYPE_CHECKING:`."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            nodes: list[ast.AST] = list(node.orelse)
        else:
            nodes = [node]
        for child in nodes:
            yield child
            yield from _runtime_nodes(child)


def imported_modules(name: str, source: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of `known` that module `name` imports, wherever in its body."""
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in _runtime_nodes(ast.parse(source, filename=name)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from package import module` imports the module, not only the package.
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        found |= {target for target in targets if target in known}
    return found - {name}


def import_graph(modules: Mapping[str, tuple[str, bool]]) -> dict[str, set[str]]:
    known = set(modules)
    return {
        name: imported_modules(name, source, is_package, known)
        for name, (source, is_package) in modules.items()
    }


def import_cycle(graph: Mapping[str, set[str]]) -> list[str]:
    """One cycle of `graph` as [a, b, …, a], or [] when there is none."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return list(error.args[1])
    return []


@pytest.fixture(scope="module")
def forumdesk_graph() -> dict[str, set[str]]:
    modules = source_modules()
    assert "forumdesk.exports.document.writers" in modules
    return import_graph(modules)


def test_forumdesk_has_no_import_cycle(forumdesk_graph: dict[str, set[str]]) -> None:
    cycle = import_cycle(forumdesk_graph)
    assert not cycle, "import cycle: " + " → ".join(cycle)


def test_the_check_finds_a_planted_two_module_cycle() -> None:
    modules = {
        "forumdesk.exports": ("", True),
        "forumdesk.exports.writer": ("from forumdesk.exports.words import word\n", False),
        # Deferred into a function: still a cycle.
        "forumdesk.exports.words": ("def word():\n    from . import writer\n", False),
    }
    cycle = import_cycle(import_graph(modules))
    assert set(cycle) == {"forumdesk.exports.writer", "forumdesk.exports.words"}
    assert cycle[0] == cycle[-1]


def test_the_check_reads_every_form_of_import_and_skips_typing_only_ones() -> None:
    known = {"forumdesk", "forumdesk.ui", "forumdesk.ui.shell", "forumdesk.ui.pages.base"}
    known |= {"forumdesk.services.common", "forumdesk.store.models", "forumdesk.ui.window"}
    source = (
        "import forumdesk.store.models\n"
        "from forumdesk.services.common import output_files\n"
        "from .pages.base import Page\n"
        "from . import shell\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from forumdesk.ui.window import MainWindow\n"
        "def later():\n"
        "    import forumdesk\n"
    )
    assert imported_modules("forumdesk.ui", source, True, known) == {
        "forumdesk",
        "forumdesk.store.models",
        "forumdesk.services.common",
        "forumdesk.ui.pages.base",
        "forumdesk.ui.shell",
    }

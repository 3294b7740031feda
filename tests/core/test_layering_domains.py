"""Domain rules inside services/ and exports/, and a ui that never touches the models.

Same shape as test_layering.py: a checker over a package folder and a test that runs it
over the real tree. Then every rule of both files is shown failing on a planted violation.
"""

from __future__ import annotations

import ast
import graphlib
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from tests.core.test_layering import PACKAGE, layer_offenders, plant, qt_offenders

# The domains of services/ and the other domains each may import, besides itself and
# `common` (which every domain may import, and which imports no domain). This table is
# the one docs/ARCHITECTURE.md describes: change both together. Read upwards, it is the
# order the product is built in: the registry and the search index first, documents
# and notes on the index, the programme on the registry, minutes on the programme.
DOMAIN_DEPENDENCIES: dict[str, frozenset[str]] = {
    "common": frozenset(),
    "search": frozenset(),  # the full-text index every other domain keeps up to date
    # organisations, people, registrations, imports, duplicates; their names in the index
    "registry": frozenset({"search"}),
    "documents": frozenset({"search"}),
    "notes": frozenset({"documents", "search"}),  # notes are linked to paragraphs
    "programme": frozenset({"registry"}),  # a segment's chair and speakers are people
    "report": frozenset({"search"}),
    # the cover from the summary; approving needs the approver role
    "minutes": frozenset({"access", "programme", "registry", "report"}),
    # duplicates and the index after a sync; an erased person erased again on arrival
    "sync": frozenset({"privacy", "registry", "search"}),
    "database": frozenset({"documents", "notes", "practices", "programme", "registry", "search"}),
    "attendance": frozenset({"programme", "registry"}),  # venue time; accredit at the door
    # the live state of a forum, read from the domains that own each figure
    "overview": frozenset({"attendance", "minutes", "notes", "programme", "registry", "report"}),
    # a person's data for their right of access: the audit history, minutes' text, names;
    # their erasure: the sort key of the pseudonym, the index
    "privacy": frozenset({"database", "minutes", "registry", "search"}),
    # the roles at the shared office: what each may write, checked before every change
    "access": frozenset(),
    # practices and recommendations: submitters and countries, paragraphs, the index
    "practices": frozenset({"documents", "registry", "search"}),
}

# exports/X may import exports/document (the shared document model and writers),
# services/common and services/X; what else each may import is named here. exports/
# document itself imports no other export and no service domain but common.
EXPORT_DEPENDENCIES: dict[str, frozenset[str]] = {
    "document": frozenset(),
    "minutes": frozenset({"services.programme"}),  # the forum day of a séance
    "programme": frozenset(),
    "registry": frozenset(),
    "report": frozenset({"exports.programme"}),  # the summary's programme annex
    # a person's data: the words of a registration's status and of a segment's roles
    "privacy": frozenset({"services.programme", "services.registry"}),
    "practices": frozenset(),
}

# What ui/ may import from store/: the enums and types anywhere; opening, migrating and
# backing up the database only in the shell and the shared ui helpers. Never the models,
# the audit log or the engine, and no SQL library: pages go through services.
UI_STORE_MODULES = frozenset({"forumdesk.store.enums", "forumdesk.store.types"})
UI_STORE_MODULES_IN = {
    "common": frozenset({"forumdesk.store.database", "forumdesk.store.redaction"}),
    "shell": frozenset(
        {
            "forumdesk.store.backup",
            "forumdesk.store.backup_copies",
            "forumdesk.store.database",
            "forumdesk.store.migrate",
            "forumdesk.store.redaction",
        }
    ),
}
SQL_LIBRARIES = ("sqlalchemy", "sqlite3", "alembic", "psycopg")
# The one SQLAlchemy name ui/ may see, for type hints only (under TYPE_CHECKING).
UI_SESSION_TYPE = "sqlalchemy.orm.Session"


def _imports(source: str, package: str) -> list[tuple[int, str, bool]]:
    """(line, dotted name, under TYPE_CHECKING) of every import; `from a import b` gives
    "a.b", relative imports are resolved against `package`."""
    tree = ast.parse(source)
    found: list[tuple[int, str, bool]] = []
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(child) for stmt in node.body for child in ast.walk(stmt)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names = [f"{module}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [(node.lineno, name, id(node) in typing_only) for name in names]
    return sorted(found)


def sources(root: Path, layer: str) -> dict[str, str]:
    """Each module under `root`/`layer` (path relative to root's parent) and its text."""
    return {
        str(path.relative_to(root.parent)): path.read_text(encoding="utf-8")
        for path in sorted((root / layer).rglob("*.py"))
    }


def _domain(name: str) -> str | None:
    """ "forumdesk.services.registry.people.latin" -> "services.registry"."""
    parts = name.split(".")
    if parts[0] != "forumdesk" or len(parts) < 3 or parts[1] not in ("services", "exports"):
        return None
    return f"{parts[1]}.{parts[2]}"


def allowed_domains(layer: str, domain: str) -> set[str]:
    if layer == "services":
        return {f"services.{d}" for d in {domain, "common", *DOMAIN_DEPENDENCIES[domain]}}
    own = {f"exports.{domain}", "exports.document", f"services.{domain}", "services.common"}
    return own | EXPORT_DEPENDENCIES[domain]


def domain_offenders(modules: Mapping[str, str], layer: str) -> list[str]:
    """Imports of another domain that the tables above do not declare; a module that
    lies in no declared domain is an offender too."""
    offenders = []
    for path, source in modules.items():
        parts = Path(path).parts  # forumdesk/<layer>/<domain>/...
        if len(parts) < 4:
            continue  # the layer's own __init__.py
        table = DOMAIN_DEPENDENCIES if layer == "services" else EXPORT_DEPENDENCIES
        if parts[2] not in table:
            offenders.append(f"{path}: {parts[2]} is not a declared domain")
            continue
        allowed = allowed_domains(layer, parts[2])
        for line, name, _typing in _imports(source, ".".join(parts[:-1])):
            target = _domain(name)
            if target is not None and target not in allowed:
                offenders.append(f"{path} line {line}: {name}")
    return offenders


def ui_offenders(modules: Mapping[str, str]) -> list[str]:
    """store/ modules ui/ may not use, and any SQL library but the Session type hint."""
    offenders = []
    for path, source in modules.items():
        parts = Path(path).parts  # forumdesk/ui/<folder>/...
        store_allowed = UI_STORE_MODULES | UI_STORE_MODULES_IN.get(parts[2], frozenset())
        for line, name, typing_only in _imports(source, ".".join(parts[:-1])):
            if name.startswith("forumdesk.store"):
                module = name if name in store_allowed else name.rsplit(".", 1)[0]
                wrong = module not in store_allowed
            else:
                sql = name.split(".")[0] in SQL_LIBRARIES
                wrong = sql and not (typing_only and name == UI_SESSION_TYPE)
            if wrong:
                offenders.append(f"{path} line {line}: {name}")
    return offenders


def test_the_domain_tables_name_every_domain_and_have_no_cycle() -> None:
    for layer, table in (("services", DOMAIN_DEPENDENCIES), ("exports", EXPORT_DEPENDENCIES)):
        folders = {p.parent.name for p in (PACKAGE / layer).glob("*/__init__.py")}
        assert folders == set(table), f"{layer}/ domains differ from the table"
    assert DOMAIN_DEPENDENCIES["common"] == frozenset()
    graph: dict[str, set[str]] = {}
    for domain, needs in DOMAIN_DEPENDENCIES.items():
        graph[f"services.{domain}"] = {f"services.{other}" for other in needs}
    for domain, needs in EXPORT_DEPENDENCIES.items():
        graph[f"exports.{domain}"] = (set(needs) | {"exports.document"}) - {f"exports.{domain}"}
    # static_order raises CycleError when two domains need each other, even indirectly
    assert set(graphlib.TopologicalSorter(graph).static_order()) >= set(graph)


def test_each_service_domain_imports_only_what_it_declares() -> None:
    offenders = domain_offenders(sources(PACKAGE, "services"), "services")
    assert not offenders, "undeclared domain imports in services/:\n" + "\n".join(offenders)


def test_each_export_domain_imports_only_what_it_declares() -> None:
    offenders = domain_offenders(sources(PACKAGE, "exports"), "exports")
    assert not offenders, "undeclared domain imports in exports/:\n" + "\n".join(offenders)


def test_ui_uses_no_model_and_no_sql() -> None:
    offenders = ui_offenders(sources(PACKAGE, "ui"))
    assert not offenders, "ui/ reaching past the services:\n" + "\n".join(offenders)


_TYPED = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy.orm import "
# Each rule: its checker over a package folder, files to plant, what the checker finds.
PLANTED: dict[str, tuple[Callable[[Path], list[str]], dict[str, str], list[str]]] = {
    "qt-free core": (
        qt_offenders,
        {
            "store/models.py": "import sqlalchemy\n",
            "services/notes/notes.py": "def later():\n    from PySide6.QtGui import QColor\n",
            "ui/page.py": "from PySide6.QtWidgets import QWidget\n",
        },
        ["forumdesk/services/notes/notes.py line 2: PySide6.QtGui"],
    ),
    "one-way layers": (
        layer_offenders,
        {
            "store/audit.py": "from forumdesk.store import models\n",
            "services/registry/edit.py": "from ...ui.common import operations\n",
            "exports/registry/badges.py": "from forumdesk.services.registry import badges\n",
            "ui/page.py": "from forumdesk.services.registry import edit\n",
        },
        ["forumdesk/services/registry/edit.py line 1: forumdesk.ui.common"],
    ),
    "service domains": (
        lambda root: domain_offenders(sources(root, "services"), "services"),
        {
            "services/__init__.py": "",
            "services/search/query.py": "from forumdesk.services.common import refusals\n",
            "services/registry/people.py": "from ..programme import times\n",
            "services/programme/edit.py": "from forumdesk.services.registry.people import x\n",
            "services/laptops/copy.py": "",
        },
        [
            "forumdesk/services/laptops/copy.py: laptops is not a declared domain",
            "forumdesk/services/registry/people.py line 1: forumdesk.services.programme.times",
        ],
    ),
    "export domains": (
        lambda root: domain_offenders(sources(root, "exports"), "exports"),
        {
            "exports/document/cover.py": "from forumdesk.exports.programme.layout import x\n",
            "exports/registry/badges.py": (
                "from forumdesk.exports.document.fonts import font_for\n"
                "from forumdesk.services.registry.badges import Badge\n"
                "from forumdesk.services.minutes.cover import DISTRIBUTIONS\n"
            ),
        },
        [
            "forumdesk/exports/document/cover.py line 1: forumdesk.exports.programme.layout.x",
            "forumdesk/exports/registry/badges.py line 3: "
            "forumdesk.services.minutes.cover.DISTRIBUTIONS",
        ],
    ),
    "ui without models or SQL": (
        lambda root: ui_offenders(sources(root, "ui")),
        {
            "ui/pages/minutes/page.py": (
                "from forumdesk.store.enums import MinutesState\n"
                "from forumdesk.store.models import Minutes\n"
                "from sqlalchemy import select\n"
            ),
            "ui/pages/registry/page.py": _TYPED + "Session\n",
            "ui/pages/report/panel.py": _TYPED + "joinedload\n",
            "ui/shell/app.py": "from forumdesk.store.migrate import open_database\n",
            "ui/sync/menu.py": "from ...store import backup\nfrom sqlalchemy.orm import Session\n",
        },
        [
            "forumdesk/ui/pages/minutes/page.py line 2: forumdesk.store.models.Minutes",
            "forumdesk/ui/pages/minutes/page.py line 3: sqlalchemy.select",
            "forumdesk/ui/pages/report/panel.py line 3: sqlalchemy.orm.joinedload",
            "forumdesk/ui/sync/menu.py line 1: forumdesk.store.backup",
            "forumdesk/ui/sync/menu.py line 2: sqlalchemy.orm.Session",
        ],
    ),
}


@pytest.mark.parametrize("rule", PLANTED)
def test_the_rule_catches_a_planted_violation(rule: str, tmp_path: Path) -> None:
    checker, files, expected = PLANTED[rule]
    assert checker(plant(tmp_path, files)) == expected

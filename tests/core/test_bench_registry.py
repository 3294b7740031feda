"""bench/registry.py's `--database`: the reads measured on a database already
imported, its prefixes typed from the names it holds. No timing is asserted."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from forumdesk.cli import main as forumdesk

BENCH = Path(__file__).resolve().parents[2] / "bench" / "registry.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("registry_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_reads_of_an_imported_database_are_measured_without_an_import(
    empty_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _bench()
    source = tmp_path / "people.csv"
    written = bench.write_csv(source, 300, 30, 2006)
    assert forumdesk(["--database", str(empty_db_path), "registry", "import", str(source)]) == 0
    assert bench.families_of(empty_db_path) == written[:5000]
    capsys.readouterr()
    code = bench.main(["--database", str(empty_db_path), "--runs", "1", "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code in (0, 1)  # measured, whether or not this machine meets the targets
    reads = result["reads"]
    assert reads["rows"] == 300 and reads["first_page_rows"] == 200
    assert reads["typeahead_ms"]["n"] == len(reads["prefixes"]) > 20
    assert set(result["checks"]) == {"list_open_ms", "typeahead_p95_ms"}
    assert "import" not in result


def test_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _bench().main(["--database", str(tmp_path / "none.db")])
    assert exited.value.code == 2
    assert "no such file" in capsys.readouterr().err

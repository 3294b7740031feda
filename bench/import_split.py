"""How fast the registry import could be with its writes in a second process: a probe.

Usage: .venv/bin/python bench/import_split.py CSV [--runs N]

CSV is a file `bench/registry.py` wrote (`write_csv`). Each run imports it into a fresh
database (`forumdesk init`) the way issue 22's notes proposed to meet "import ≤ 2×
`sqlite-utils`" on two cores: this process reads and checks the rows (the importer's
own `_Importer.row`: validation, organisations, the listed people, the duplicate
look-up), and a second process, which owns the write transaction, writes them with the
importer's own `BulkWriter` (the rows, their audit entries, their search entries and
type-ahead words), builds the indexes set aside, refreshes the statistics and commits.
Batches of 2,000 rows travel pickled through a pipe. Then `sqlite-utils insert --csv`
of the same file, in the same run: the ratio is the issue's.

It is a measurement, not the application's import: it replaces module globals of
`services/registry/import_/importer.py` for its own process, skips the import's backup
(of an empty database), its record and its remembered mapping (a row each), and
handles neither cancelling nor a failure of the writing process. What it shows is the
floor of the design: the writer's busy time, printed beside the wall time.

Prints, per run and as medians: the wall time, the writer's busy time, the reader's CPU
time, `sqlite-utils`, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

BIN = Path(sys.executable).parent
_BATCH = 2000


def _writer(database: str, pipe: Connection) -> None:
    """The second process: every write of the import, in one transaction."""
    import gc

    from forumdesk.services.common.planner_statistics import refresh_statistics
    from forumdesk.services.registry.import_.bulk_writer import BulkWriter, page_cache
    from forumdesk.services.search.people import new_records_indexer
    from forumdesk.services.search.rebuild import compact_search_index
    from forumdesk.store.bulk_indexes import set_aside_indexes
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Organisation, Registration, Representative
    from forumdesk.store.search_tables import NAME_WORDS

    gc.disable()  # as the importer does during its rows
    models = (Organisation, Representative, Registration)
    tables = {model.__tablename__: model.__table__ for model in models}
    opened, _report = open_database(database, backup=False)
    busy = 0.0
    with opened.unit_of_work() as session, page_cache(session, False):
        set_aside = None
        writer = BulkWriter(session, False, after_insert=new_records_indexer(session))
        while True:
            message = pipe.recv()
            started = time.perf_counter()
            if message[0] == "aside":
                people = (Representative.__tablename__, NAME_WORDS)
                set_aside = set_aside_indexes(session.connection(), people)
            elif message[0] == "rows":
                for name, rows in pickle.loads(message[1]):
                    writer.pending[tables[name]].extend(rows)
                writer.flush()
            else:  # "finish"
                writer.flush()
                gc.enable()
                if set_aside is not None:
                    set_aside.rebuild()
                    compact_search_index(session)
                refresh_statistics(session)
                busy += time.perf_counter() - started
                started = time.perf_counter()  # the commit, on leaving the unit of work
                break
            busy += time.perf_counter() - started
    busy += time.perf_counter() - started
    opened.dispose()
    pipe.send(busy)


class _SentWriter:
    """Stands for the importer's BulkWriter: ids given here, rows sent to the writer."""

    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self.dry_run = False
        self.pending: dict[str, list[dict[str, Any]]] = {}
        self.count = 0

    def add(self, table: Any, values: dict[str, Any]) -> Any:
        from forumdesk.store.types import time_ordered_uuid

        ident = values["id"] = values.get("id") or time_ordered_uuid()
        self.pending.setdefault(table.name, []).append(values)
        self.count += 1
        if self.count >= _BATCH:
            self.flush()
        return ident

    def flush(self) -> None:
        order = ("organisations", "representatives", "registrations")  # parents first
        batch = [(name, self.pending[name]) for name in order if self.pending.get(name)]
        if batch:
            self.pipe.send(("rows", pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)))
        self.pending, self.count = {}, 0


class _AsideThere:
    def rebuild(self) -> None:
        """Built by the writer, after the rows."""


def split_import(database: str, csv_path: Path) -> dict[str, float]:
    """One import of `csv_path` into `database`, split in two processes."""
    import forumdesk.services.registry.import_.importer as importer
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.listed import ListedPeople
    from forumdesk.store.migrate import open_database

    started = time.perf_counter()
    cpu = time.process_time()
    opened, _report = open_database(database, backup=False)  # before the writer locks it
    ours, theirs = multiprocessing.Pipe()
    writer = multiprocessing.get_context("spawn").Process(target=_writer, args=(database, theirs))
    writer.start()
    sent = _SentWriter(ours)

    def set_aside(*_args: Any) -> _AsideThere:
        ours.send(("aside",))
        return _AsideThere()

    def record(*_args: Any, **_kwargs: Any) -> Any:
        return argparse.Namespace(id=None)

    replaced: dict[Any, dict[str, Any]] = {
        importer: {
            "BulkWriter": lambda *_args, **_kwargs: sent,
            "backup_before": lambda *_args: None,
            "indexes_set_aside": set_aside,
            "compact_search_index": lambda _session: None,
            "refresh_statistics": lambda _session: None,
            "remember_mapping": lambda *_args: None,
        },
        ListedPeople: {"record": record},
    }
    for owner, values in replaced.items():
        for name, value in values.items():
            setattr(owner, name, value)
    headers, _rows = read_rows(csv_path)
    with opened.reading() as session:
        report = importer.run_import(session, csv_path, guess_mapping(headers))
    ours.send(("finish",))
    reader_cpu = time.process_time() - cpu
    writer_busy = float(ours.recv())
    writer.join()
    opened.dispose()
    return {
        "s": time.perf_counter() - started,
        "writer_busy_s": writer_busy,
        "reader_cpu_s": reader_cpu,
        "people": report.representatives_created,
        "organisations": report.organisations_created,
    }


def _timed(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child: one import
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(split_import(str(args.one), args.csv)))
        return 0
    sqlite_utils = shutil.which("sqlite-utils", path=str(BIN)) or shutil.which("sqlite-utils")
    if sqlite_utils is None:
        print("sqlite-utils is not installed: .venv/bin/pip install sqlite-utils")
        return 2
    runs: list[dict[str, float]] = []
    for number in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="forumdesk-split-") as scratch:
            database = Path(scratch) / "split.db"
            _timed([str(BIN / "forumdesk"), "--database", str(database), "init"])
            wall, out = _timed([sys.executable, __file__, str(args.csv), "--one", str(database)])
            figures = json.loads(out)
            figures["process_s"] = wall
            baseline = Path(scratch) / "baseline.db"
            command = [sqlite_utils, "insert", str(baseline), "people", str(args.csv)]
            figures["sqlite_utils_s"], _ = _timed([*command, "--csv", "--delimiter", ";"])
        runs.append(figures)
        print(
            f"run {number}: split import {figures['process_s']:.1f} s (writer busy "
            f"{figures['writer_busy_s']:.1f} s, reader CPU {figures['reader_cpu_s']:.1f} s), "
            f"sqlite-utils {figures['sqlite_utils_s']:.1f} s; {figures['people']:,.0f} people",
            flush=True,
        )

    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    print(
        f"median: split import {median('process_s'):.1f} s, writer busy "
        f"{median('writer_busy_s'):.1f} s, sqlite-utils {median('sqlite_utils_s'):.1f} s; "
        f"ratio {median('process_s') / median('sqlite_utils_s'):.2f}, the writer alone "
        f"{median('writer_busy_s') / median('sqlite_utils_s'):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

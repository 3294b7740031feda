"""Merge at scale: 10k records changed on one laptop, merged into a 100k (or 1M) registry.

Usage: .venv/bin/python bench/merge.py [--people 100000] [--organisations N]
                                       [--database FILE] [--runs N] [--seed S] [--json]
                                       [--encrypted]

Setup (not timed, in a child process so that this one's peak memory is the merges'):
the reproducible CSV of bench/registry.py (`write_csv`) is imported through
`services.registry_import` into database A (`--organisations` defaults to 20,000, and to
28,000 from 1M people up). `--database FILE` starts A from a copy of a registry made
that way beforehand instead (a 1M import takes minutes): its people and organisations
are counted, `--people` and `--organisations` are then not used. A's file is copied to
B, which opens as another device. On B, in one unit of work, through the ORM (so the
audit log records every change, as the application's own edits do), 10,000 records
change:

- 7,400 representatives get a new function and email, 400 organisations a new email
  and website;
- 2,000 new representatives with names found nowhere else;
- 100 new representatives with the name and organisation of someone already in A
  (likely duplicates: reported, never merged);
- 100 representatives get a new function, and A gives the same 100 another one
  (conflicts: ours stays, the conflict is recorded).

Then, `--runs` times, a fresh copy of A is opened and `sync_from(copy, B)` is timed
(backup, three-way comparison, writes, audit entries, duplicate look-up, commit); how long
its backup took is measured too (it is written beside the merge's work, which waits for
it before committing). To show the floor that backup sets, each run also times the same
merge with the backup left out (`backup_before` replaced for that call: not what the
application does, which always takes it).
Every run must insert 2,100, update 7,800 and find the 100 conflicts and the 100
planned duplicates. Baseline in the same run, on another copy of A: raw sqlite3
writing what B changed, with executemany in one transaction: in a row A holds, the
columns whose values differ (UPDATE, as the merge writes them; setting every column
would rewrite every index of the table too, 2.5 times the floor's time at a million), a
row A lacks whole (INSERT), and B's audit entries. One more merge under tracemalloc
(not timed) gives its peak of Python memory; the process's max RSS is taken before it.

`--encrypted` also copies A and B into files encrypted with SQLCipher, each with a
passphrase of its own (the office's and the laptop's, bench/encrypted_side.py), and
times, in each run after the clear merge, the same merge of the encrypted B into a fresh
copy of the encrypted A: the median of each side and their ratio. The target applies
to the clear merge.

Targets (issue 22): median merge <= 3 s, and <= 3x the raw sqlite3 writes' median.
Exit 0 when both PASS, 1 on FAIL, 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import string
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from encrypted_side import LAPTOP_PASSPHRASE, OFFICE_PASSPHRASE

TARGET_S = 3.0
TARGET_RATIO = 3.0
UPDATED_PEOPLE = 7_400
UPDATED_ORGANISATIONS = 400
NEW_PEOPLE = 2_000
DUPLICATES = 100
CONFLICTS = 100
CHANGED = UPDATED_PEOPLE + UPDATED_ORGANISATIONS + NEW_PEOPLE + DUPLICATES + CONFLICTS
_CHUNK = 500
#: The office's passphrase (A's) and the laptop's (B's), with --encrypted.
_KEYS = (OFFICE_PASSPHRASE, LAPTOP_PASSPHRASE)


class BenchError(Exception):
    """The benchmark cannot produce a figure; the message says why."""


# --- setup (child process) -----------------------------------------------------------------


def _fold_wal(path: Path) -> None:
    """Checkpoint the WAL into the file, so a plain file copy is the whole database."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _random_name(rng: random.Random, size: int) -> str:
    return "".join(rng.choices(string.ascii_lowercase, k=size)).capitalize()


def _loaded(session: Any, model: Any, ids: list[Any]) -> list[Any]:
    from sqlalchemy import select

    found = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found += session.scalars(select(model).where(model.id.in_(chunk))).all()
    return found


def _imported(a_path: Path, people: int, organisations: int, seed: int) -> None:
    """A: the reproducible CSV imported as the application imports it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import
    from forumdesk.store.migrate import open_database
    from registry import write_csv  # bench/registry.py: the 100k-people generator

    csv_path = a_path.with_name("people.csv")
    write_csv(csv_path, people, organisations, seed)
    database, _ = open_database(str(a_path), backup=False, create=True)
    with database.unit_of_work() as session:
        headers, _rows = read_rows(csv_path)
        report = run_import(session, csv_path, guess_mapping(headers, session))
    database.dispose()
    csv_path.unlink()
    if report.invalid:
        raise BenchError(f"the import found {report.invalid} invalid rows")


def setup(
    folder: Path, people: int, organisations: int, seed: int, database_file: Path | None
) -> dict[str, Any]:
    """Build A and B in `folder` (A imported, or copied from `database_file`); returns what
    the merge should find."""
    from sqlalchemy import select

    from forumdesk.services.registry.text import latin, sort_key
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Organisation, Representative

    started = time.perf_counter()
    a_path, b_path = folder / "a.db", folder / "b.db"
    if database_file is None:
        _imported(a_path, people, organisations, seed)
    else:
        for suffix in ("", "-wal"):  # a WAL left beside it is read back on opening
            if Path(f"{database_file}{suffix}").is_file():
                shutil.copyfile(f"{database_file}{suffix}", f"{a_path}{suffix}")
        people = 0
    database, _ = open_database(str(a_path), backup=False)
    with database.reading() as session:
        person_ids = sorted(session.scalars(select(Representative.id)))
        org_ids = sorted(session.scalars(select(Organisation.id)))
    database.dispose()
    if len(person_ids) < max(people, UPDATED_PEOPLE + CONFLICTS + DUPLICATES):
        raise BenchError(f"A holds {len(person_ids)} people, fewer than needed")
    imported = time.perf_counter() - started
    _fold_wal(a_path)
    shutil.copyfile(a_path, b_path)

    rng = random.Random(seed)
    picked = rng.sample(person_ids, UPDATED_PEOPLE + CONFLICTS + DUPLICATES)
    updated = picked[:UPDATED_PEOPLE]
    conflicting = picked[UPDATED_PEOPLE : UPDATED_PEOPLE + CONFLICTS]
    originals = picked[UPDATED_PEOPLE + CONFLICTS :]
    duplicates: list[str] = []
    other, _ = open_database(str(b_path), backup=False)  # a copy: a device of its own
    with other.unit_of_work() as session:
        for number, person in enumerate(_loaded(session, Representative, updated)):
            person.function = f"Chargé de mission {number}"
            person.email = f"mission.{number}@example.net"
        for number, organisation in enumerate(
            _loaded(session, Organisation, rng.sample(org_ids, UPDATED_ORGANISATIONS))
        ):
            organisation.email = f"contact.{number}@example.net"
            organisation.website = f"https://org{number}.example.net"
        for number, person in enumerate(_loaded(session, Representative, conflicting)):
            person.function = f"Rapporteur (B) {number}"
        for original in _loaded(session, Representative, originals):
            twin = Representative(
                id=uuid.uuid4(),
                organisation_id=original.organisation_id,
                given_name=original.given_name,
                family_name=original.family_name,
                given_name_latin=original.given_name_latin,
                family_name_latin=original.family_name_latin,
                sort_key=original.sort_key,
                function="Délégué",
            )
            session.add(twin)
            duplicates.append(str(twin.id))
        for number in range(NEW_PEOPLE):
            given, family = _random_name(rng, 7), _random_name(rng, 9)
            session.add(
                Representative(
                    organisation_id=rng.choice(org_ids),
                    given_name=given,
                    family_name=family,
                    given_name_latin=latin(given),
                    family_name_latin=latin(family),
                    sort_key=sort_key(family, given),
                    email=f"{given}.{family}.{number}@example.com".lower(),
                )
            )
        session.flush()
    other.dispose()
    database, _ = open_database(str(a_path), backup=False)  # the same file: A's device
    with database.unit_of_work() as session:
        for number, person in enumerate(_loaded(session, Representative, conflicting)):
            person.function = f"Rapporteur (A) {number}"
    database.dispose()
    _fold_wal(a_path)
    _fold_wal(b_path)
    own = "SELECT count(*) FROM audit_entries JOIN devices ON devices.id = device_id "
    entries = sqlite3.connect(b_path).execute(own + "WHERE devices.is_local").fetchone()[0]
    return {
        "import_s": imported,
        "copied_from": None if database_file is None else str(database_file),
        "setup_s": time.perf_counter() - started,
        "people": len(person_ids),
        "organisations": len(org_ids),
        "b_entries": entries,
        "duplicates": duplicates,
    }


# --- the timed merge and its baseline -------------------------------------------------------


def _fresh_copy(a_path: Path, target: Path) -> None:
    """A copy of A written through to the disk before any clock starts: otherwise the
    kernel writes the copy's gigabytes back while the next timed run works, and that
    run (merge or raw alike) pays for the setup."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(a_path, target)
    os.sync()


def _drop(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _backups(timings: list[float], *, taken: bool) -> Iterator[None]:
    """Times each backup the merge takes (`taken`), or leaves it out (the floor's figure)."""
    from forumdesk.store import backup

    original = backup.backup_sqlite

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs) if taken else None
        finally:
            timings.append(time.perf_counter() - started)

    backup.backup_sqlite = timed  # type: ignore[assignment]
    try:
        yield
    finally:
        backup.backup_sqlite = original  # type: ignore[assignment]


def merge_once(
    a_path: Path,
    b_path: Path,
    target: Path,
    plan: dict[str, Any],
    keys: tuple[str | None, str | None] = (None, None),
    *,
    backup: bool = True,
) -> dict[str, Any]:
    """Merge B into a fresh copy of A (each encrypted with its key, if it has one); the
    figures of that one merge, checked. Without `backup`, the merge takes none."""
    from forumdesk.services.sync.sync import sync_from
    from forumdesk.store.migrate import open_database

    _fresh_copy(a_path, target)
    database, _ = open_database(str(target), backup=False, passphrase=keys[0])
    backups: list[float] = []
    try:
        gc.collect()
        with _backups(backups, taken=backup):
            started = time.perf_counter()
            result = sync_from(database, str(b_path), passphrase=keys[1])
            seconds = time.perf_counter() - started
    finally:
        database.dispose()
    if result.backup is not None:
        result.backup.unlink(missing_ok=True)
    _drop(target)
    incoming = {str(d.incoming_id) for d in result.duplicates}
    missed = set(plan["duplicates"]) - incoming
    expected = (NEW_PEOPLE + DUPLICATES, UPDATED_PEOPLE + UPDATED_ORGANISATIONS, CONFLICTS)
    if (result.inserted, result.updated, len(result.conflicts)) != expected or missed:
        raise BenchError(
            f"the merge inserted {result.inserted}, updated {result.updated} and found "
            f"{len(result.conflicts)} conflicts (expected {expected}); "
            f"{len(missed)} planned duplicates not reported"
        )
    return {
        "s": seconds,
        "backup_s": sum(backups),
        "inserted": result.inserted,
        "updated": result.updated,
        "deleted": result.deleted,
        "conflicts": len(result.conflicts),
        "duplicates": len(result.duplicates),
        "duplicate_newcomers": len(incoming),
        "entries": result.entries,
    }


def raw_plan(a_path: Path, b_path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """(statement, parameters) writing into A what B changed and the entries A lacks:
    of a row A holds, only the columns whose values differ (as the merge writes them;
    setting every column would also rewrite every index of the table), a row A lacks
    whole."""
    a, b = sqlite3.connect(a_path), sqlite3.connect(b_path)
    try:
        names = [row[1] for row in b.execute("PRAGMA table_info(audit_entries)")]
        device_at, sequence_at, table_at, record_at = (
            names.index(n) for n in ("device_id", "sequence", "table_name", "record_id")
        )
        held = set(a.execute("SELECT device_id, sequence FROM audit_entries"))
        entries = [
            e
            for e in b.execute("SELECT * FROM audit_entries")
            if (e[device_at], e[sequence_at]) not in held
        ]
        plan: list[tuple[str, list[tuple[Any, ...]]]] = []
        for table in ("organisations", "representatives"):
            columns = [row[1] for row in b.execute(f"PRAGMA table_info({table})")]
            ids = sorted({e[record_at] for e in entries if e[table_at] == table})
            at = columns.index("id")
            theirs = _rows(b, table, ids)
            ours = {row[at]: row for row in _rows(a, table, ids)}
            updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
            for row in theirs:
                mine = ours.get(row[at])
                if mine is not None:
                    changed = [n for n, value in enumerate(row) if value != mine[n]]
                    key = tuple(columns[n] for n in changed)
                    updates.setdefault(key, []).append((*(row[n] for n in changed), row[at]))
            for changed_columns, rows in updates.items():
                sets = ", ".join(f"{c} = ?" for c in changed_columns)
                plan.append((f"UPDATE {table} SET {sets} WHERE id = ?", rows))
            marks = ", ".join("?" * len(columns))
            inserts = [r for r in theirs if r[at] not in ours]
            plan.append((f"INSERT INTO {table} VALUES ({marks})", inserts))
        marks = ", ".join("?" * len(names))
        plan.append((f"INSERT INTO audit_entries VALUES ({marks})", entries))
        return plan
    finally:
        a.close()
        b.close()


def _rows(connection: sqlite3.Connection, table: str, ids: list[Any]) -> list[tuple[Any, ...]]:
    """The rows of `table` with these ids."""
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += connection.execute(f"SELECT * FROM {table} WHERE id IN ({marks})", chunk).fetchall()
    return rows


def raw_once(a_path: Path, target: Path, plan: list[tuple[str, list[tuple[Any, ...]]]]) -> float:
    """The floor: the same rows written by sqlite3, one transaction, app's PRAGMAs."""
    _fresh_copy(a_path, target)
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
            connection.execute(f"PRAGMA {pragma}")
        started = time.perf_counter()
        connection.execute("BEGIN")
        for statement, rows in plan:
            connection.executemany(statement, rows)
        connection.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        connection.close()
    _drop(target)
    return seconds


def _encrypted_pair(folder: Path) -> tuple[Path, Path]:
    """A and B encrypted, A with the office's passphrase and B with the laptop's."""
    from encrypted_side import encrypted_copy

    pair = (folder / "a-encrypted.db", folder / "b-encrypted.db")
    for clear, encrypted, key in zip((folder / "a.db", folder / "b.db"), pair, _KEYS, strict=True):
        encrypted_copy(clear, encrypted, key)
    return pair


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(args: argparse.Namespace, folder: Path, say: Any) -> dict[str, Any]:
    source = f"{args.people:,} people imported" if args.database is None else args.database
    say(f"setup: A from {source}, {CHANGED:,} changes on B…")
    began = time.perf_counter()
    command = [sys.executable, str(Path(__file__).resolve()), "--setup-only", str(folder)]
    command += ["--people", str(args.people), "--organisations", str(args.organisations)]
    if args.database is not None:
        command += ["--database", str(args.database)]
    done = subprocess.run([*command, "--seed", str(args.seed)], capture_output=True, text=True)
    if done.returncode != 0:
        raise BenchError(f"setup failed:\n{done.stderr[-3000:]}")
    plan: dict[str, Any] = json.loads((folder / "plan.json").read_text())
    plan["setup_wall_s"] = time.perf_counter() - began
    a_path, b_path = folder / "a.db", folder / "b.db"
    statements = raw_plan(a_path, b_path)
    encrypted = _encrypted_pair(folder) if args.encrypted else None
    merges, bare, raws, encrypted_merges = [], [], [], []
    for number in range(args.runs):
        say(f"run {number + 1}/{args.runs}…")
        merges.append(merge_once(a_path, b_path, folder / f"run{number}.db", plan))
        target = folder / f"bare{number}.db"
        bare.append(merge_once(a_path, b_path, target, plan, backup=False)["s"])
        raws.append(raw_once(a_path, folder / f"raw{number}.db", statements))
        if encrypted is not None:
            target = folder / f"encrypted{number}.db"
            encrypted_merges.append(merge_once(*encrypted, target, plan, _KEYS)["s"])
    rss = _max_rss_mib()
    say("one more merge under tracemalloc…")
    tracemalloc.start()
    try:
        traced = merge_once(a_path, b_path, folder / "traced.db", plan)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    extra: dict[str, Any] = {}
    if encrypted is not None:
        from encrypted_side import compared

        extra["encrypted_merge_s"] = compared([m["s"] for m in merges], encrypted_merges)
    return extra | {
        "setup": {k: v for k, v in plan.items() if k != "duplicates"},
        "runs": args.runs,
        "sqlite": sqlite3.sqlite_version,
        "merge_s": [m["s"] for m in merges],
        "backup_s": [m["backup_s"] for m in merges],
        "without_backup_s": bare,
        "raw_s": raws,
        "result": {k: v for k, v in merges[-1].items() if k not in ("s", "backup_s")},
        "raw_rows": sum(len(rows) for _, rows in statements),
        "tracemalloc_peak_mib": peak / 2**20,
        "traced_merge_s": traced["s"],
        "max_rss_mib": rss,
    }


def _print_table(figures: dict[str, Any], median: float) -> None:
    setup, result = figures["setup"], figures["result"]
    print(
        f"Merge of {CHANGED:,} changed records ({UPDATED_PEOPLE + UPDATED_ORGANISATIONS:,} "
        f"updated, {NEW_PEOPLE + DUPLICATES:,} new of which {DUPLICATES} likely duplicates, "
        f"{CONFLICTS} conflicts) into {setup['people']:,} people in "
        f"{setup['organisations']:,} organisations; SQLite {figures['sqlite']}, "
        f"{figures['runs']} runs"
    )
    made = "copied from " + setup["copied_from"] if setup["copied_from"] else "the import"
    print(
        f"setup (not timed): {setup['setup_wall_s']:.1f} s, of which A ({made}) "
        f"{setup['import_s']:.1f} s; B made {setup['b_entries']:,} audit entries\n"
    )
    print(f"{'':<36}{'median':>9}{'min':>9}{'max':>9}")
    for label, samples in (
        ("sync_from", figures["merge_s"]),
        ("  its backup (beside the merge)", figures["backup_s"]),
        ("sync_from without the backup", figures["without_backup_s"]),
        (f"raw sqlite3 ({figures['raw_rows']:,} rows)", figures["raw_s"]),
    ):
        line = f"{label:<36}{statistics.median(samples):>8.2f}s"
        print(line + f"{min(samples):>8.2f}s{max(samples):>8.2f}s")
    raw = statistics.median(figures["raw_s"])
    bare = statistics.median(figures["without_backup_s"])
    print(f"ratio merge / raw: {median / raw:.1f} (without the backup {bare / raw:.1f})")
    if "encrypted_merge_s" in figures:
        from encrypted_side import print_compared

        print_compared("sync_from", "s", {"merge": figures["encrypted_merge_s"]})
    print(
        f"merge result: inserted {result['inserted']:,}, updated {result['updated']:,}, "
        f"deleted {result['deleted']}, conflicts {result['conflicts']}, duplicates "
        f"{result['duplicates']} ({result['duplicate_newcomers']} newcomers, "
        f"{DUPLICATES} planned), audit entries {result['entries']:,}"
    )
    print(
        f"peak memory: tracemalloc {figures['tracemalloc_peak_mib']:.0f} MiB during one merge "
        f"(that merge took {figures['traced_merge_s']:.1f} s traced); "
        f"process max RSS {figures['max_rss_mib']:.0f} MiB\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Merge 10k changes into a 100k registry.")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument(
        "--organisations", type=int, help="default 20,000; 28,000 from 1,000,000 people"
    )
    parser.add_argument(
        "--database", type=Path, help="start A from a copy of this registry, not an import"
    )
    parser.add_argument("--runs", type=int, default=3, help="timed merges (default 3)")
    parser.add_argument("--seed", type=int, default=2006, help="random seed (default 2006)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--encrypted", action="store_true", help="also merge encrypted copies, with the ratio"
    )
    parser.add_argument("--setup-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.organisations is None:
        args.organisations = 28_000 if args.people >= 1_000_000 else 20_000
    if args.setup_only is not None:  # the child: build A and B there, write the plan
        plan = setup(args.setup_only, args.people, args.organisations, args.seed, args.database)
        (args.setup_only / "plan.json").write_text(json.dumps(plan))
        return 0
    if args.runs < 1 or args.people < UPDATED_PEOPLE + CONFLICTS + DUPLICATES:
        least = UPDATED_PEOPLE + CONFLICTS + DUPLICATES
        parser.error(f"--runs must be at least 1, --people at least {least}")
    if args.database is not None and not args.database.is_file():
        parser.error(f"--database: there is no file {args.database}")
    if args.database is not None:
        args.database = args.database.resolve()

    def say(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr)

    folder = Path(tempfile.mkdtemp(prefix="forumdesk-bench-merge-"))
    os.environ["FORUMDESK_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ.pop("FORUMDESK_DATABASE", None)
    try:
        figures = run(args, folder, say)
    except Exception as exc:  # the benchmark cannot run: say why, exit 2
        print(f"merge.py: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    median = statistics.median(figures["merge_s"])
    ratio = median / statistics.median(figures["raw_s"])
    fast, close = median <= TARGET_S, ratio <= TARGET_RATIO
    if args.json:
        verdicts = {"median_s": median, "ratio": ratio, "pass": fast and close}
        print(json.dumps(figures | verdicts, indent=2))
    else:
        _print_table(figures, median)
        print(f"merge: {median:.2f} s (target <= {TARGET_S:g} s): {_verdict(fast)}")
        print(f"merge / raw: {ratio:.1f}x (target <= {TARGET_RATIO:g}x): {_verdict(close)}")
    return 0 if fast and close else 1


def _verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


if __name__ == "__main__":
    sys.exit(main())

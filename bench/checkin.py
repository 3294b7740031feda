"""Scan to answer at the check-in desk, at 100k accredited people and 50k check-ins.

Setup (not timed): the demo database, 100,000 people imported from a generated list
(bench/registry.py's), all accredited with badge numbers, and 50,000 check-ins made
with raw SQL. Then, in one process and alternating:
- ForumDesk: `check_in` in its own unit of work, as the desk runs it (a scan that
  checks someone in, one already in, and a made-up registration id, in turn);
- raw sqlite3: the same scans as the same three statements (the registration by id,
  the first check-in of it, the insert), committed each time.
Also timed, at that size, as the Overview asks for them (services/overview/load.py):
- its refresh after a check-in (who came, the ¶4 sentence, the accredited counts of
  the last load reused), against raw sqlite3 grouping the same people the same way;
- its first, full load (figures, now and next, things to act on, accredited and
  present), reported without a target;
- the likely duplicates it counts apart in a slow lane, reported.

    .venv/bin/python bench/checkin.py [--scans 300] [--people 100000] [--json]

Targets: scan p95 <= 50 ms; the Overview's refresh after a check-in <= 150 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import write_csv  # the registry bench's list generator

TARGETS = {"scan_p95_ms": 50.0, "overview_refresh_ms": 150.0}
RAW_ARRIVALS = (
    "SELECT r.gender, o.category, o.regional_group, "
    "CASE WHEN o.category = 'member_state' THEN o.country_code END, substr(x.first, 1, 13), "
    "count(*) FROM (SELECT representative_id, min(checked_in_at) AS first FROM check_ins "
    "WHERE forum_id = ? AND segment_id IS NULL AND deleted_at IS NULL GROUP BY 1) x "
    "JOIN representatives r ON r.id = x.representative_id "
    "LEFT JOIN organisations o ON o.id = r.organisation_id GROUP BY 1, 2, 3, 4, 5"
)
CHECKED_IN = 50_000


def _hex(value: uuid.UUID) -> str:
    return value.hex  # SQLAlchemy stores UUIDs as 32 hex digits on SQLite


def _forumdesk(database: Path, *args: str) -> None:
    command = [sys.executable, "-m", "forumdesk", "--database", str(database), *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"checkin.py: {' '.join(args[:2])} failed:\n{done.stderr[-2000:]}")


def prepare(folder: Path, people: int, seed: int) -> tuple[Path, str, list[str]]:
    """The database, its forum id (hex) and the registration ids (hex) of everyone."""
    database = folder / "forumdesk.db"
    _forumdesk(database, "init", "--demo")
    with sqlite3.connect(database) as raw:
        forum = raw.execute("SELECT id FROM forums").fetchone()[0]
    csv_path = folder / "people.csv"
    write_csv(csv_path, people, max(1, people // 5), seed)
    forum_id = str(uuid.UUID(forum))
    _forumdesk(database, "registry", "import", str(csv_path), "--forum", forum_id)
    with sqlite3.connect(database) as raw:
        ids = [row[0] for row in raw.execute("SELECT id FROM registrations ORDER BY id")]
        raw.executemany(
            "UPDATE registrations SET status = 'accredited', badge_number = ? WHERE id = ?",
            [(f"{n:06d}", rid) for n, rid in enumerate(ids, 1)],
        )
        rng = random.Random(seed)
        start = datetime(2006, 7, 12, 13, 0, tzinfo=UTC)
        rows = []
        for rid in rng.sample(ids, min(CHECKED_IN, len(ids))):
            person = raw.execute(
                "SELECT representative_id FROM registrations WHERE id = ?", (rid,)
            ).fetchone()[0]
            at = (start + timedelta(seconds=rng.randrange(4 * 3600))).replace(tzinfo=None)
            at = at.isoformat(" ")
            rows.append((uuid.uuid4().hex, forum, rid, person, "Main door", at, at, at))
        raw.executemany(
            "INSERT INTO check_ins (id, forum_id, registration_id, representative_id, desk, "
            "checked_in_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
        raw.execute("ANALYZE")
    return database, forum_id, ids


def _raw_scan(raw: sqlite3.Connection, forum: str, scan: str) -> str:
    try:
        rid = uuid.UUID(scan).hex
    except ValueError:
        return "refused"
    found = raw.execute(
        "SELECT id, forum_id, representative_id, status FROM registrations "
        "WHERE id = ? AND deleted_at IS NULL",
        (rid,),
    ).fetchone()
    if found is None or found[1] != forum or found[3] != "accredited":
        return "refused"
    first = raw.execute(
        "SELECT checked_in_at FROM check_ins WHERE registration_id = ? AND deleted_at IS NULL "
        "AND segment_id IS NULL ORDER BY checked_in_at LIMIT 1",
        (rid,),
    ).fetchone()
    if first is not None:
        return "already"
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    raw.execute(
        "INSERT INTO check_ins (id, forum_id, registration_id, representative_id, desk, "
        "checked_in_at, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (uuid.uuid4().hex, forum, rid, found[2], "Raw desk", now, now, now),
    )
    raw.commit()
    return "checked_in"


def measure(database: Path, forum_id: str, ids: list[str], scans: int, seed: int) -> dict[str, Any]:
    from forumdesk.services.attendance.checkin import check_in
    from forumdesk.services.attendance.counts import attendance
    from forumdesk.store.migrate import open_database

    rng = random.Random(seed + 1)
    with sqlite3.connect(database) as raw:
        present = {row[0] for row in raw.execute("SELECT registration_id FROM check_ins")}
    absent = [rid for rid in ids if rid not in present]
    rng.shuffle(absent)
    inside = rng.sample(sorted(present), scans)

    def scan_list() -> list[str]:
        out = []
        for n in range(scans):
            kind = n % 3
            if kind == 0:
                out.append(str(uuid.UUID(absent.pop())))
            elif kind == 1:
                out.append(str(uuid.UUID(inside[n])))
            else:
                out.append(str(uuid.uuid4()))
        return out

    ours_scans, raw_scans = scan_list(), scan_list()
    forum = uuid.UUID(forum_id)
    database_handle, _ = open_database(str(database), backup=False)
    raw = sqlite3.connect(database, isolation_level=None)
    raw.execute("PRAGMA busy_timeout = 5000")
    raw.isolation_level = ""  # implicit transactions, one commit per scan
    ours: list[float] = []
    theirs: list[float] = []
    outcomes: dict[str, int] = {}
    try:
        for mine, baseline in zip(ours_scans, raw_scans, strict=True):
            began = time.perf_counter()
            with database_handle.unit_of_work() as session:
                answer = check_in(session, forum, mine, desk="Bench desk")
            ours.append((time.perf_counter() - began) * 1000)
            outcomes[answer.outcome.value] = outcomes.get(answer.outcome.value, 0) + 1
            began = time.perf_counter()
            _raw_scan(raw, forum_id.replace("-", ""), baseline)
            theirs.append((time.perf_counter() - began) * 1000)
        overview = _overview(database_handle, raw, forum, forum_id.replace("-", ""))
        with database_handle.reading() as session:
            counts = attendance(session, forum)
    finally:
        raw.close()
        database_handle.dispose()

    def p95(values: list[float]) -> float:
        return statistics.quantiles(values, n=20)[-1]

    return {
        "scans": scans,
        "outcomes": outcomes,
        "ours_p50_ms": statistics.median(ours),
        "ours_p95_ms": p95(ours),
        "raw_p50_ms": statistics.median(theirs),
        "raw_p95_ms": p95(theirs),
        **overview,
        "present": counts.present,
        "registered": counts.registered,
    }


def _median_ms(work: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _overview(
    database: Any, raw: sqlite3.Connection, forum: uuid.UUID, forum_hex: str
) -> dict[str, float]:
    """The Overview's loads, timed as the page asks for them, and the raw baseline."""
    from forumdesk.services.overview.actions import likely_duplicates
    from forumdesk.services.overview.load import load_overview
    from forumdesk.services.overview.parts import EVERYTHING, Part

    at = datetime.now(UTC)
    with database.reading() as session:
        accredited = load_overview(session, forum, EVERYTHING, None, at).accredited
    arrivals = frozenset({Part.ARRIVALS})

    def load(parts: frozenset[Part], known: Any) -> None:
        with database.reading() as session:
            load_overview(session, forum, parts, known, at)

    def duplicates() -> None:
        with database.reading() as session:
            likely_duplicates(session)

    refresh, baseline = [], []
    for _ in range(9):  # alternating, so that both see the same machine
        refresh.append(_median_ms(lambda: load(arrivals, accredited), 1))
        baseline.append(_median_ms(lambda: raw.execute(RAW_ARRIVALS, (forum_hex,)).fetchall(), 1))
    return {
        "overview_refresh_ms": statistics.median(refresh),
        "raw_arrivals_ms": statistics.median(baseline),
        "overview_full_ms": _median_ms(lambda: load(EVERYTHING, None), 5),
        "duplicates_ms": _median_ms(duplicates, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2006)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="forumdesk-bench-checkin-") as folder:
        print(f"setting up {args.people:,} accredited people and {CHECKED_IN:,} check-ins…",
              file=sys.stderr)  # fmt: skip
        database, forum_id, ids = prepare(Path(folder), args.people, args.seed)
        result = measure(database, forum_id, ids, args.scans, args.seed)
    passed = (
        result["ours_p95_ms"] <= TARGETS["scan_p95_ms"]
        and result["overview_refresh_ms"] <= TARGETS["overview_refresh_ms"]
    )
    if args.json:
        print(json.dumps({**result, "pass": passed}, indent=2))
        return 0 if passed else 1
    print(
        f"Check-in at {result['registered']:,} accredited people, {result['present']:,} "
        f"present; {result['scans']} scans {result['outcomes']}, times in ms\n"
        f"                 p50      p95\n"
        f"ForumDesk    {result['ours_p50_ms']:7.2f}  {result['ours_p95_ms']:7.2f}\n"
        f"raw sqlite3  {result['raw_p50_ms']:7.2f}  {result['raw_p95_ms']:7.2f}\n"
        f"ratio p95 {result['ours_p95_ms'] / result['raw_p95_ms']:.1f}"
    )
    verdict = "PASS" if result["ours_p95_ms"] <= TARGETS["scan_p95_ms"] else "FAIL"
    print(f"scan p95 {result['ours_p95_ms']:.1f} ms (target <= 50): {verdict}")
    refresh = result["overview_refresh_ms"]
    verdict = "PASS" if refresh <= TARGETS["overview_refresh_ms"] else "FAIL"
    print(
        f"Overview refresh after a check-in {refresh:.1f} ms, raw sqlite3 grouping the same "
        f"people {result['raw_arrivals_ms']:.1f} ms, ratio "
        f"{refresh / result['raw_arrivals_ms']:.1f} (target <= 150 ms): {verdict}\n"
        f"Overview first load (everything but the duplicates) {result['overview_full_ms']:.0f} ms; "
        f"likely duplicates, counted apart in the slow lane, {result['duplicates_ms']:.0f} ms"
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())

"""Duplicate detection on a pathological list: numbered placeholder names in one organisation.

Usage: .venv/bin/python bench/placeholders.py [--people 100000] [--runs 3] [--json]

An office sends a list of seats before it knows who will sit in them: "Participant
00001" … with the given name "TBC" (and a few "Delegate 12", "N/A", "XXX"), all in
one organisation. Each name is one block of the duplicate index, and the numbered
names all look alike, so an unbounded finder compares every row with every other
(10k rows took 97 s and 9.8 GB). Measured: `forumdesk registry import <csv> --dry-run
--json` into a fresh database, `--runs` times, each in a fresh process whose peak
memory (ru_maxrss) is read by a wrapper process (see bench/registry.py). The median
time and the highest peak are reported; then a second dry run over a database that
already holds the list (each row then meets its listed twin).

Exit 0 when the targets are met (60 s, 1 GB), 1 when not, 2 when it cannot measure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import BenchError, _forumdesk, measured

TARGETS = {"dry_run_s": 60.0, "peak_mb": 1024.0}
HEADER = "Nom;Prénom;Organisation;Catégorie;Pays;Courriel\n"
ORGANISATION = "Forum Secretariat Reserve;ONG;CH"


def write_csv(path: Path, people: int) -> None:
    """Mostly "Participant NNNNN" / "TBC"; every 50th a "Delegate N", "N/A" or "XXX"."""
    odd = ("Delegate {n};TBC", "N/A;N/A", "XXX;X", "Participant{n};TBD", "Seat {n};A")
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(HEADER)
        for n in range(1, people + 1):
            if n % 50 == 0:
                names = odd[(n // 50) % len(odd)].format(n=n)
            else:
                names = f"Participant {n:05d};TBC"
            stream.write(f"{names};{ORGANISATION};\n")


def dry_run(env: dict[str, str], database: Path, csv_path: Path) -> dict[str, Any]:
    result = measured(
        _forumdesk(database, "registry", "import", str(csv_path), "--dry-run", "--json"), env
    )
    if result["rc"] != 0:
        raise BenchError(f"the dry run exited with {result['rc']}:\n{result['err']}")
    report = json.loads(result["out"])
    return {
        "s": result["s"],
        "peak_mb": result["peak_kb"] / 1024,
        "valid": report["valid"],
        "duplicates": len(report["duplicates"]),
        "skipped": len(report.get("skipped", [])),
    }


def _init(env: dict[str, str], database: Path) -> None:
    done = subprocess.run(
        _forumdesk(database, "init"), env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"`forumdesk init` failed:\n{done.stderr[-2000:]}")


def run(people: int, runs: int, say: Any) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="forumdesk-placeholders-"))
    env = dict(os.environ, FORUMDESK_DATA_DIR=str(folder / "data"))
    csv_path = folder / "seats.csv"
    write_csv(csv_path, people)
    say(f"{people} placeholder rows written to {csv_path}")
    empty = []
    for index in range(runs):
        database = folder / f"empty-{index}.db"
        _init(env, database)
        empty.append(dry_run(env, database, csv_path))
        say(f"dry run {index + 1}/{runs} (empty registry): {empty[-1]['s']:.1f} s, "
            f"{empty[-1]['peak_mb']:.0f} MB")  # fmt: skip
    listed = folder / "listed.db"
    _init(env, listed)
    done = measured(_forumdesk(listed, "registry", "import", str(csv_path), "--json"), env)
    if done["rc"] != 0:
        raise BenchError(f"the import exited with {done['rc']}:\n{done['err']}")
    again = dry_run(env, listed, csv_path)
    say(f"dry run over the imported list: {again['s']:.1f} s, {again['peak_mb']:.0f} MB")
    seconds = statistics.median(r["s"] for r in empty)
    peak = max(r["peak_mb"] for r in [*empty, again])
    checks = {
        "dry_run_s": (max(seconds, again["s"]), TARGETS["dry_run_s"]),
        "peak_mb": (peak, TARGETS["peak_mb"]),
    }
    return {
        "people": people,
        "runs": empty,
        "over_listed": again,
        "import": {"s": done["s"], "peak_mb": done["peak_kb"] / 1024},
        "median_s": seconds,
        "checks": {k: {"value": v, "target": t, "pass": v <= t} for k, (v, t) in checks.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    say = (lambda _text: None) if args.json else print
    try:
        result = run(args.people, args.runs, say)
    except BenchError as error:
        print(f"bench/placeholders.py: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        first = result["runs"][0]
        print(f"\n{args.people} placeholder names, one organisation: dry run, median of "
              f"{len(result['runs'])}: {result['median_s']:.1f} s; {first['duplicates']} rows "
              f"with proposed duplicates; over the imported list: "
              f"{result['over_listed']['s']:.1f} s, {result['over_listed']['skipped']} "
              "already listed")  # fmt: skip
        for name, check in result["checks"].items():
            verdict = "PASS" if check["pass"] else "FAIL"
            print(f"  {name:<10}{check['value']:>9.1f} (target <= {check['target']:g}): {verdict}")
    return 0 if all(c["pass"] for c in result["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())

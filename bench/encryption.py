"""Encryption at rest: the same database in clear and encrypted with SQLCipher, side by side.

    .venv/bin/python bench/encryption.py                       # 100k notes, 100k people, 7 runs
    .venv/bin/python bench/encryption.py --people 20000 --notes 20000 --runs 5 --json

One database is built in clear (bench/search.py's notes and paragraphs, bench/registry.py's
people imported by `forumdesk registry import`, the search index rebuilt), then copied into
an encrypted file by `sqlcipher_export` (store/cipher.py). Every figure is measured on both
in the same run, clear then encrypted alternately, so that a burst of load on a shared
machine hits both; the clear file is the baseline and the ratio is encrypted / clear:

- **open**: `open_database` (its quick check reads every page), one count, dispose;
- **type-ahead**: the registry's prefix query (`representative_page` and its count), p50/p95;
- **search**: `services.search.query.search()` of bench/search.py's 60 queries, p50/p95;
- **insert 10k**: 10,000 notes inserted in one unit of work (median of the runs).

Medians (and p95) of `--runs` runs after one warm-up pass. Exit 0 with figures, 2 when it
cannot measure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import _prefixes, write_csv  # the registry bench's people
from search import BenchError, Figures, TextMaker, build_index, make_queries, populate

PASSPHRASE = "bench passphrase"
INSERTED = 10_000
PAGE = 100
SIDES = ("clear", "encrypted")


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def build(folder: Path, people: int, notes: int, seed: int) -> tuple[list[str], list[str], Any]:
    """The clear database at folder/clear.db; the people's family names, note texts, maker."""
    from forumdesk.paths import seed_document
    from forumdesk.store.migrate import open_database

    clear = folder / "clear.db"
    database, _ = open_database(str(clear), backup=False, create=True)
    database.dispose()
    csv_path = folder / "people.csv"
    families = write_csv(csv_path, people, max(1, people // 5), seed)
    command = [sys.executable, "-m", "forumdesk", "--database", str(clear)]
    done = subprocess.run(
        [*command, "registry", "import", str(csv_path)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise BenchError(f"the registry import failed:\n{done.stderr[-2000:]}")
    maker = TextMaker(seed_document().read_text(encoding="utf-8"), random.Random(seed))
    database, _ = open_database(str(clear), backup=False)
    try:
        texts = populate(database, maker, notes, max(76, notes // 10))
        build_index(database)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    return families, texts, maker


def _insert_notes(database: Any, forum_id: uuid.UUID, maker: TextMaker) -> None:
    from sqlalchemy import insert

    from forumdesk.store.models import Note

    rows = [{"id": uuid.uuid4(), "forum_id": forum_id, "body_text": maker.text(10, 60)}]
    rows += [{**rows[0], "id": uuid.uuid4()} for _ in range(INSERTED - 1)]
    with database.unit_of_work() as session:
        session.execute(insert(Note.__table__), rows)


def measure(
    paths: dict[str, Path],
    families: list[str],
    texts: list[str],
    maker: TextMaker,
    runs: int,
    seed: int,
) -> dict[str, dict[str, list[float]]]:
    from sqlalchemy import select, text

    from forumdesk.services.registry.listing.query import (
        RepresentativeQuery,
        count_representatives,
        representative_page,
    )
    from forumdesk.services.search.query import search
    from forumdesk.store.migrate import open_database
    from forumdesk.store.models import Forum

    keys = {"clear": None, "encrypted": PASSPHRASE}
    rng = random.Random(seed + 1)
    prefixes = _prefixes(families, rng)
    queries = [q for kind in make_queries(maker, texts).values() for q in kind]
    samples: dict[str, dict[str, list[float]]] = {
        side: {"open": [], "typeahead": [], "search": [], "insert": []} for side in SIDES
    }

    def open_and_count(side: str) -> None:
        database, _ = open_database(str(paths[side]), backup=False, passphrase=keys[side])
        with database.reading() as session:
            session.execute(text("SELECT count(*) FROM representatives")).scalar_one()
        database.dispose()

    def typeahead(database: Any, prefix: str) -> None:
        query = RepresentativeQuery(text=prefix, sort="name")
        with database.reading() as session:
            count_representatives(session, query)
            representative_page(session, query, 0, PAGE)

    for side in SIDES:  # warm-up: the OS file cache holds both files alike
        open_and_count(side)
    for _ in range(runs):
        for side in SIDES:
            samples[side]["open"].append(_ms(lambda s=side: open_and_count(s)))
    opened = {
        side: open_database(str(paths[side]), backup=False, passphrase=keys[side])[0]
        for side in SIDES
    }
    try:
        plan = [p for p in prefixes for _ in range(runs)]
        searches = [q for q in queries for _ in range(runs)]
        rng.shuffle(plan)
        rng.shuffle(searches)
        for side in SIDES:
            for prefix in prefixes:
                typeahead(opened[side], prefix)
        for prefix in plan:
            for side in SIDES:
                samples[side]["typeahead"].append(
                    _ms(lambda d=opened[side], p=prefix: typeahead(d, p))
                )
        for query in searches:
            for side in SIDES:
                with opened[side].reading() as session:
                    samples[side]["search"].append(
                        _ms(lambda s=session, q=query: search(s, q, limit=50))
                    )
        for _ in range(runs):
            for side in SIDES:
                with opened[side].reading() as session:
                    forum_id = session.scalars(select(Forum.id)).first()
                samples[side]["insert"].append(
                    _ms(lambda d=opened[side], f=forum_id: _insert_notes(d, f, maker))
                )
    finally:
        for database in opened.values():
            database.dispose()
    return samples


def run(args: argparse.Namespace, say: Callable[[str], None]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="forumdesk-bench-encryption-") as scratch:
        folder = Path(scratch)
        os.environ["FORUMDESK_DATA_DIR"] = str(folder / "data")
        from forumdesk.store import cipher

        say(f"building {args.people:,} people and {args.notes:,} notes in clear…")
        started = time.perf_counter()
        families, texts, maker = build(folder, args.people, args.notes, args.seed)
        built = time.perf_counter() - started
        paths = {"clear": folder / "clear.db", "encrypted": folder / "encrypted.db"}
        say("encrypting a copy…")
        started = time.perf_counter()
        cipher.export(paths["clear"], None, paths["encrypted"], PASSPHRASE)
        encrypt_s = time.perf_counter() - started
        sizes = {side: paths[side].stat().st_size / 1e6 for side in SIDES}
        say(f"timing, {args.runs} runs…")
        samples = measure(paths, families, texts, maker, args.runs, args.seed)
    figures = {
        side: {name: asdict(Figures.of(values)) for name, values in kinds.items()}
        for side, kinds in samples.items()
    }
    ratios = {
        name: {
            stat: figures["encrypted"][name][stat] / figures["clear"][name][stat]
            for stat in ("p50", "p95")
        }
        for name in samples["clear"]
    }
    return {
        "people": args.people,
        "notes": args.notes,
        "runs": args.runs,
        "seed": args.seed,
        "build_s": built,
        "encrypt_copy_s": encrypt_s,
        "size_mb": sizes,
        "ms": figures,
        "ratio": ratios,
    }


def _print_table(result: dict[str, Any]) -> None:
    print(
        f"{result['people']:,} people, {result['notes']:,} notes; {result['runs']} runs; "
        f"files {result['size_mb']['clear']:.0f} MB clear, "
        f"{result['size_mb']['encrypted']:.0f} MB encrypted; "
        f"encrypting the copy took {result['encrypt_copy_s']:.1f} s"
    )
    print(f"{'ms':<12}{'clear p50':>11}{'p95':>9}{'encr. p50':>11}{'p95':>9}{'ratio p50':>11}")
    for name in result["ms"]["clear"]:
        clear, encrypted = result["ms"]["clear"][name], result["ms"]["encrypted"][name]
        print(
            f"{name:<12}{clear['p50']:>11.1f}{clear['p95']:>9.1f}"
            f"{encrypted['p50']:>11.1f}{encrypted['p95']:>9.1f}"
            f"{result['ratio'][name]['p50']:>10.2f}×"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The same database in clear and encrypted.")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of every figure (default 7)")
    parser.add_argument("--seed", type=int, default=2006, help="random seed (default 2006)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        result = run(args, lambda message: print(message, file=sys.stderr, flush=True))
    except BenchError as exc:
        print(f"bench/encryption.py: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The registry for bench/search.py: people imported (or copied) into the benchmark's
database, and the queries that find them by name.

Three kinds of queries, each QUERIES_PER_KIND of them, taken from the database:

- name: a person's given and family names as written ("María Sánchez");
- family: a family name alone (a common one matches thousands at a million);
- organisation: two words of an organisation's name.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

NAME_KINDS = ("name", "family", "organisation")
_LETTERS = re.compile(r"[^\W\d_]+")


class RegistryError(Exception):
    """The registry cannot be made or read; the message says why."""


def add_registry(args: argparse.Namespace, path: Path, scratch: Path) -> float:
    """A registry in the (closed) database at `path`: imported by the command line from
    bench/registry.py's CSV, or copied from `--registry`; returns the seconds it took."""
    started = time.perf_counter()
    if args.registry is not None:
        source = sqlite3.connect(f"file:{args.registry}?mode=ro", uri=True)
        target = sqlite3.connect(path)
        try:
            source.backup(target)  # WAL included, whatever state the file is in
        finally:
            source.close()
            target.close()
        return time.perf_counter() - started
    from registry import write_csv

    csv_path = scratch / "people.csv"
    organisations = args.organisations or max(1, args.people // 36)
    write_csv(csv_path, args.people, organisations, args.seed)
    command = [sys.executable, "-m", "forumdesk", "--database", str(path)]
    done = subprocess.run(
        [*command, "registry", "import", str(csv_path), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    csv_path.unlink()
    if done.returncode != 0:
        raise RegistryError(f"the registry import failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def name_queries(database: Any, rng: random.Random, count: int) -> dict[str, list[str]]:
    """People's names, family names and words of organisations' names, from the database."""
    from sqlalchemy import literal_column, select

    from forumdesk.store.models import Organisation, Representative

    with database.reading() as session:
        # In the order they were written (the file's, made from the seed), so that every
        # run asks the same: ids are random.
        people = session.execute(
            select(Representative.given_name, Representative.family_name)
            .where(Representative.deleted_at.is_(None))
            .order_by(literal_column("representatives.rowid"))
            .limit(5000)
        ).all()
        organisations = session.scalars(
            select(Organisation.name).order_by(literal_column("organisations.rowid")).limit(2000)
        ).all()
    if len(people) < count or len(organisations) < count:
        raise RegistryError("the registry is too small to take queries from")
    chosen = rng.sample(people, count)
    families = sorted({family for _, family in people if family})
    words: list[str] = []
    for name in rng.sample(organisations, count):
        long_words = [w for w in _LETTERS.findall(name) if len(w) >= 4] or [name]
        picked = sorted(rng.sample(range(len(long_words)), min(2, len(long_words))))
        words.append(" ".join(long_words[i] for i in picked))
    return {
        "name": [f"{given} {family}" for given, family in chosen],
        "family": rng.sample(families, min(count, len(families))),
        "organisation": words,
    }

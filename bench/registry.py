"""The registry at scale: importing representatives, opening the list, type-ahead.

Usage: .venv/bin/python bench/registry.py [--people 100000] [--organisations 20000]
                                          [--runs N] [--import-runs N] [--seed S] [--json]
                                          [--encrypted] [--database FILE] [--csv FILE]

A reproducible (seeded) CSV of the kind an office sends is written first: `;`
separated, UTF-8, French headers, people with French, English, Spanish, Arabic,
Russian and Chinese names, spread over organisations of every category and
country. Then, each in a fresh process and into a fresh file, `--import-runs` times
(alternated; the median is kept):

- import: `forumdesk --database <db> registry import <csv> --json`: wall time and
  peak memory: a small wrapper process runs it as its only child and reports the
  greater of RUSAGE_CHILDREN's peak (the biggest process's) and the peak of the RSS of
  the import and its reading process together, sampled every 50 ms;
- baseline: `sqlite-utils insert <db2> people <csv> --csv --delimiter ';'` on the
  same file, the floor of "rows from a CSV into SQLite", no checks at all;
- floor: after each import, the rows it wrote (people, organisations, audit entries,
  search index, type-ahead words) written again by bare sqlite3 into a fresh database
  (bench/import_floor.py): SQLite's own share of the import, shown beside the ratio.

On the imported database, in this process, through `services.registry.listing.query`, what
the registry page reads before it shows a list (issue 22): its first page, the first
200 rows (the list model's page) in name order. The page counts the rows afterwards,
in the background, and shows the count when it arrives; that count is timed apart,
for information, and is no target.

- list open: the first page of the whole list, `--runs` times;
- type-ahead: the first page for 1- to 4-letter prefixes typed progressively from
  names in the data (Latin and not), each prefix `--runs` times, shuffled;

each beside the same page read as raw sqlite3 (a range on `sort_key`), the floor.

Targets (issue 22, the same at 100k and at 1M people): the import at most 2.0 times
`sqlite-utils` (a ratio to the baseline of the same run, not seconds) and at most
300 MB at its peak; the list open's median at most 50 ms; type-ahead's p95 at most 20 ms.

`--encrypted` adds a third import to each round, into a database encrypted with
SQLCipher (`forumdesk init`, then `forumdesk encrypt`, not timed; the passphrase in
FORUMDESK_PASSPHRASE): the median import time of the clear and the encrypted database
and their ratio (bench/encrypted_side.py). The targets apply to the clear import.

`--database FILE` measures the list open and type-ahead on a database this bench's
import already made (say /work/bench1m's 1M people) instead of importing again: no
import figures. The prefixes are typed from its first 5,000 people, as the CSV's would
be. The app opens it, so it is migrated when older: give it a copy.

Exit 0 when every target is met, 1 when one is not, 2 when something cannot be
measured (for instance, the import command does not exist yet).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

TARGETS = {"import_ratio": 2.0, "list_open_ms": 50.0, "typeahead_p95_ms": 20.0, "peak_mb": 300.0}
# The rows the list shows first: a page of its model (ui/widgets/paged_model.PAGE_SIZE).
PAGE = 200
RUN_TIMEOUT_S = 900.0
HEADERS = ["Nom", "Prénom", "Organisation", "Catégorie", "Pays", "Courriel"]
BIN = Path(sys.executable).parent


def _words(text: str) -> list[str]:
    return text.split()


# --- names: small lists per culture, (family names, given names, weight) ---------------
CULTURES: dict[str, tuple[list[str], list[str], int]] = {
    "fr": (
        _words(
            "Dupont Lefèvre Moreau Girard Rousseau Bérenger Fournier Lambert Faure Mercier "
            "Chevalier Gauthier Lemaître Noël Béranger Dubois"
        ),
        _words("Marie Jean Claire Pierre Élodie François Sophie Luc Amélie Hélène Benoît Cécile"),
        25,
    ),
    "en": (
        _words("Smith Johnson Brown Taylor Wilson Clarke Walker Wright Hughes Edwards Turner"),
        _words("John Mary Emily James Sarah David Laura Michael Grace Thomas Olivia"),
        20,
    ),
    "es": (
        _words("García Martínez López Hernández Pérez Sánchez Gómez Díaz Ruiz Ortega Castillo"),
        _words("José María Lucía Javier Sofía Alejandro Carmen Andrés Valentina Diego"),
        20,
    ),
    "ar": (
        _words("العمري الحسن المنصوري الخطيب حداد الشامي القاسم الزين السيد"),
        _words("محمد فاطمة أحمد عائشة يوسف مريم خالد ليلى عمر نور"),
        12,
    ),
    "ru": (
        _words("Иванов Смирнова Кузнецов Попова Соколов Лебедева Морозов Волкова Новиков"),
        _words("Сергей Анна Дмитрий Ольга Иван Наталья Алексей Елена Мария"),
        12,
    ),
    "zh": (
        _words("王 李 张 刘 陈 杨 黄 赵 周 吴"),
        _words("伟 芳 娜 敏 静 磊 洋 艳 明 丽 小明 建华"),
        11,
    ),
}
# The words offices write in their lists, with how often they occur.
CATEGORY_WORDS = [
    ("ONG", 30),
    ("Association de migrants", 15),
    ("Syndicat", 10),
    ("Secteur privé", 12),
    ("Université", 10),
    ("Organisation intergouvernementale", 3),
    ("Organisation de jeunesse", 5),
    ("Institution financière", 3),
    ("ONG dotée du statut consultatif auprès de l'ECOSOC", 8),
    ("État membre", 4),
]
COUNTRIES = _words(
    "France Sénégal Maroc Mexique Philippines Inde Chine Égypte Brésil Allemagne Italie "
    "Espagne Nigéria Kenya Canada Colombie Tunisie Mali Liban Bangladesh Équateur Pérou "
    "Russie Turquie Ghana Pakistan Indonésie Argentine Belgique Suisse"
)
KINDS = _words(
    "Association Fédération Réseau Centre Institut Collectif Fondation Conseil Alliance "
    "Observatoire Forum Plateforme"
)
THEMES = [
    "des migrants",
    "pour le développement",
    "des travailleurs migrants",
    "de la diaspora",
    "des femmes migrantes",
    "pour les droits humains",
    "de recherche sur les migrations",
    "de solidarité internationale",
    "pour l'intégration",
    "des transferts de fonds",
    "des jeunes migrants",
    "contre la traite",
]
CITIES = _words(
    "Dakar Lyon Marseille Casablanca Tunis Bamako Genève Bruxelles Madrid Quito Lima Manille "
    "Dacca Lagos Accra Nairobi Beyrouth Le_Caire Mexico Bogotá Montréal Turin Berlin Moscou "
    "Pékin Delhi Karachi Jakarta São_Paulo Buenos_Aires Abidjan Kinshasa Douala Rabat Alger "
    "Oran Lille Nantes Toulouse Bordeaux"
)
QUALIFIERS = ["", " nationale", " régionale", " internationale", " locale"]


class BenchError(Exception):
    """The benchmark cannot produce a figure; the message says why."""


@dataclass(frozen=True)
class Figures:
    n: int
    p50: float
    p95: float
    max: float

    @classmethod
    def of(cls, samples: list[float]) -> Figures:
        ordered = sorted(samples)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return cls(len(ordered), statistics.median(ordered), p95, ordered[-1])


# --- the file ----------------------------------------------------------------------------


def _organisations(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    space = len(KINDS) * len(THEMES) * len(CITIES) * len(QUALIFIERS)
    if count > space:
        raise BenchError(f"at most {space:,} distinct organisation names can be generated")
    rows = []
    for index in rng.sample(range(space), count):
        index, kind = divmod(index, len(KINDS))
        index, theme = divmod(index, len(THEMES))
        qualifier, city = divmod(index, len(CITIES))
        category = rng.choices(*zip(*CATEGORY_WORDS, strict=True))[0]
        country = rng.choice(COUNTRIES)
        place = CITIES[city].replace("_", " ")
        if category == "État membre":
            name = f"Mission permanente{QUALIFIERS[qualifier]} ({country}, {place})"
        else:
            name = f"{KINDS[kind]}{QUALIFIERS[qualifier]} {THEMES[theme]} de {place}"
        rows.append((name, category, country))
    return rows


def write_csv(path: Path, people: int, organisations: int, seed: int) -> list[str]:
    """The CSV; returns some family names of the file, to type prefixes of."""
    from anyascii import anyascii

    rng = random.Random(seed)
    orgs = _organisations(rng, organisations)
    cultures = list(CULTURES)
    weights = [CULTURES[c][2] for c in cultures]
    families: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for number in range(people):
            family_names, given_names, _ = CULTURES[rng.choices(cultures, weights)[0]]
            family, given = rng.choice(family_names), rng.choice(given_names)
            if rng.random() < 0.15 and family_names is CULTURES["es"][0]:
                family = f"{family} {rng.choice(family_names)}"  # two Spanish surnames
            name, category, country = orgs[number % organisations]
            local = anyascii(f"{given}.{family}").lower().replace(" ", "").replace("'", "")
            email = f"{local}.{number}@example.org"
            writer.writerow([family, given, name, category, country, email])
            if number < 5000:
                families.append(family)
    return families


def written_families(path: Path) -> list[str]:
    """What `write_csv` returned when it wrote `path`: the first 5,000 family names."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter=";")
        next(rows)
        return [row[0] for _, row in zip(range(5000), rows, strict=False)]


# --- processes ---------------------------------------------------------------------------

# Runs one command as its only child, so RUSAGE_CHILDREN is that process's peak alone,
# and samples the RSS of it and its descendants together every 50 ms (a big import
# reads its rows in a second process): the peak is the greater of the two.
_WRAPPER = """
import json, os, resource, subprocess, sys, tempfile, time

def tree(pid):
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                for child in handle.read().split():
                    found += tree(int(child))
    except OSError:
        pass
    return found

def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            return next((int(l.split()[1]) for l in handle if l.startswith("VmRSS:")), 0)
    except OSError:
        return 0

started = time.perf_counter()
# Files, not pipes: a pipe nobody reads while the import runs would fill and stop it.
with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
    child = subprocess.Popen(sys.argv[1:], stdout=out_file, stderr=err_file, text=True)
    together = 0
    while child.poll() is None:
        if os.path.isdir("/proc"):
            together = max(together, sum(map(rss_kb, tree(child.pid))))
        time.sleep(0.05)
    out_file.seek(0)
    err_file.seek(0)
    out, err = out_file.read(), err_file.read()
seconds = time.perf_counter() - started
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": child.returncode, "s": seconds,
                  "peak_kb": max(used.ru_maxrss, together), "process_peak_kb": used.ru_maxrss,
                  "cpu_s": used.ru_utime + used.ru_stime, "out": out, "err": err[-4000:]}))
"""


def measured(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"the measuring wrapper failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _forumdesk(database: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "forumdesk", "--database", str(database), *args]


def import_available(env: dict[str, str], database: Path) -> str | None:
    """None when `registry import` exists; else why it cannot be measured."""
    done = subprocess.run(
        _forumdesk(database, "registry", "import", "--help"),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no output)"]
        return f"`forumdesk registry import` is not available: {tail[0]}"
    return None


def run_import(
    env: dict[str, str], database: Path, csv_path: Path, *, encrypted: bool = False
) -> dict[str, Any]:
    """The measured import into a new database (encrypted with FORUMDESK_PASSPHRASE of
    `env` first, if `encrypted`)."""
    for step in ("init", "encrypt") if encrypted else ("init",):
        made = subprocess.run(
            _forumdesk(database, step), env=env, capture_output=True, text=True, check=False
        )
        if made.returncode != 0:
            raise BenchError(f"`forumdesk {step}` failed:\n{made.stderr[-2000:]}")
    result = measured(_forumdesk(database, "registry", "import", str(csv_path), "--json"), env)
    if result["rc"] != 0:
        raise BenchError(f"the import exited with {result['rc']}:\n{result['err']}")
    try:
        report = json.loads(result["out"])
    except json.JSONDecodeError as exc:
        raise BenchError(
            f"the import printed no JSON report ({exc}):\n{result['out'][:500]}"
        ) from None
    return {
        "s": result["s"],
        "cpu_s": result["cpu_s"],
        "peak_mb": result["peak_kb"] / 1024,
        "process_peak_mb": result["process_peak_kb"] / 1024,
        "valid": report.get("valid"),
        "invalid": report.get("invalid"),
    }


def run_floor(env: dict[str, str], imported: Path, empty: Path) -> dict[str, Any]:
    """The rows the import wrote, written again by bare sqlite3 (bench/import_floor.py)
    into a fresh database (`forumdesk init`, not timed)."""
    _remove(empty)
    made = subprocess.run(
        _forumdesk(empty, "init"), env=env, capture_output=True, text=True, check=False
    )
    if made.returncode != 0:
        raise BenchError(f"`forumdesk init` failed:\n{made.stderr[-2000:]}")
    floor = Path(__file__).with_name("import_floor.py")
    result = measured([sys.executable, str(floor), str(imported), str(empty)], env)
    _remove(empty)
    if result["rc"] != 0:
        raise BenchError(f"the floor's replay failed:\n{result['err']}")
    return {
        "s": result["s"],
        "cpu_s": result["cpu_s"],
        "peak_mb": result["peak_kb"] / 1024,
        "rows": int(result["out"]),
    }


def run_sqlite_utils(env: dict[str, str], database: Path, csv_path: Path) -> dict[str, Any]:
    executable = shutil.which("sqlite-utils", path=str(BIN)) or shutil.which("sqlite-utils")
    if executable is None:
        raise BenchError("sqlite-utils is not installed: .venv/bin/pip install sqlite-utils")
    command = [executable, "insert", str(database), "people", str(csv_path), "--csv"]
    result = measured([*command, "--delimiter", ";"], env)
    if result["rc"] != 0:
        raise BenchError(f"sqlite-utils failed:\n{result['err']}")
    return {"s": result["s"], "cpu_s": result["cpu_s"], "peak_mb": result["peak_kb"] / 1024}


# --- reads -------------------------------------------------------------------------------


def _prefixes(families: list[str], rng: random.Random) -> list[str]:
    """1- to 4-letter prefixes typed progressively, from 12 Latin and 8 non-Latin names."""
    latin = sorted({f for f in families if all(ord(c) < 0x370 for c in f)})
    other = sorted(set(families) - set(latin))
    chosen = rng.sample(latin, min(12, len(latin))) + rng.sample(other, min(8, len(other)))
    return [name[:size] for name in chosen for size in range(1, min(4, len(name)) + 1)]


def measure_reads(path: Path, families: list[str], runs: int, seed: int) -> dict[str, Any]:
    from forumdesk.services.registry.listing.query import (
        RepresentativeQuery,
        count_representatives,
        representative_page,
    )
    from forumdesk.services.registry.people import sort_key
    from forumdesk.store.migrate import open_database

    rng = random.Random(seed + 1)
    database, _ = open_database(str(path), backup=False)
    raw = sqlite3.connect(path)
    raw_list = "SELECT id, family_name, given_name FROM representatives "
    raw_list += "WHERE deleted_at IS NULL ORDER BY sort_key LIMIT ?"
    raw_prefix = "SELECT id, family_name, given_name FROM representatives "
    raw_prefix += "WHERE sort_key >= ? AND sort_key < ? ORDER BY sort_key LIMIT ?"

    def ours(text: str) -> int:
        """The first page, as the registry page reads it before showing the list."""
        query = RepresentativeQuery(text=text, sort="name")
        with database.reading() as session:
            return len(representative_page(session, query, 0, PAGE))

    def count(text: str) -> int:
        """The count the page asks for once it shows the first page."""
        with database.reading() as session:
            return count_representatives(session, RepresentativeQuery(text=text, sort="name"))

    def floor(text: str) -> None:
        if text:
            key = sort_key(text)
            raw.execute(raw_prefix, (key, key + "\U0010ffff", PAGE)).fetchall()
        else:
            raw.execute(raw_list, (PAGE,)).fetchall()

    def timed(action: Any, text: str) -> float:
        started = time.perf_counter()
        action(text)
        return (time.perf_counter() - started) * 1000

    try:
        first_open = timed(ours, "")
        total, shown = count(""), ours("")
        opens = [timed(ours, "") for _ in range(runs)]
        raw_opens = [timed(floor, "") for _ in range(runs)]
        counts = [timed(count, "") for _ in range(runs)]
        prefixes = _prefixes(families, rng)
        for prefix in prefixes:  # warm-up pass, as a user's first keystrokes would be
            ours(prefix)
        plan = [p for p in prefixes for _ in range(runs)]
        rng.shuffle(plan)
        typed = [timed(ours, p) for p in plan]
        raw_typed = [timed(floor, p) for p in plan]
        typed_counts = [timed(count, p) for p in prefixes]
        matches = statistics.median(count(p) for p in prefixes)
    finally:
        raw.close()
        database.dispose()
    return {
        "rows": total,
        "first_page_rows": shown,
        "first_open_ms": first_open,
        "list_open_ms": asdict(Figures.of(opens)),
        "raw_list_open_ms": asdict(Figures.of(raw_opens)),
        "count_ms": asdict(Figures.of(counts)),
        "prefixes": prefixes,
        "median_prefix_matches": matches,
        "typeahead_ms": asdict(Figures.of(typed)),
        "raw_typeahead_ms": asdict(Figures.of(raw_typed)),
        "typeahead_count_ms": asdict(Figures.of(typed_counts)),
    }


# --- the run -----------------------------------------------------------------------------


def families_of(path: Path) -> list[str]:
    """The family names of the first 5,000 people imported: the rows of `write_csv`'s
    list, in the file's order."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = "SELECT family_name FROM representatives ORDER BY rowid LIMIT 5000"
        return [name for (name,) in connection.execute(query)]
    finally:
        connection.close()


def run(args: argparse.Namespace, say: Any) -> dict[str, Any]:
    result: dict[str, Any] = {"people": args.people, "organisations": args.organisations}
    result.update(seed=args.seed, runs=args.runs, sqlite=sqlite3.sqlite_version, missing=[])
    if args.database is not None:
        say(f"list open and type-ahead on {args.database}…")
        families = families_of(args.database)
        result["reads"] = measure_reads(args.database, families, args.runs, args.seed)
        return _checked(result)
    with tempfile.TemporaryDirectory(prefix="forumdesk-bench-") as scratch:
        folder = Path(scratch)
        env = dict(os.environ)
        env["FORUMDESK_DATA_DIR"] = str(folder / "data")
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        env.pop("FORUMDESK_DATABASE", None)
        csv_path, database = folder / "people.csv", folder / "forumdesk.db"
        if args.csv is None:
            say(f"writing {args.people:,} people in {args.organisations:,} organisations…")
            families = write_csv(csv_path, args.people, args.organisations, args.seed)
        else:
            csv_path, families = args.csv, written_families(args.csv)
        result["csv_mb"] = csv_path.stat().st_size / 1e6
        missing = import_available(env, database)
        baselines: list[dict[str, Any]] = []
        imports: list[dict[str, Any]] = []
        floors: list[dict[str, Any]] = []
        encrypted_imports: list[dict[str, Any]] = []
        # Alternated, each into a fresh file, so that a noisy spell hits both sides.
        for number in range(1, args.import_runs + 1):
            say(f"sqlite-utils insert (baseline), run {number} of {args.import_runs}…")
            _remove(folder / "baseline.db")
            baselines.append(run_sqlite_utils(env, folder / "baseline.db", csv_path))
            if missing is None:
                say(f"forumdesk registry import, run {number} of {args.import_runs}…")
                _remove(database)
                imports.append(run_import(env, database, csv_path))
                say(f"the same rows by bare sqlite3 (the floor), run {number}…")
                floors.append(run_floor(env, database, folder / "floor.db"))
            if missing is None and args.encrypted:
                say(f"the same import into an encrypted database, run {number}…")
                encrypted_imports.append(_encrypted_import(env, folder, csv_path))
        result["sqlite_utils"] = _median_run(baselines)
        if encrypted_imports:
            from encrypted_side import compared

            result["encrypted_import_s"] = compared(
                [run["s"] for run in imports], [run["s"] for run in encrypted_imports]
            )
        if missing is not None:
            # The reads are measured on what the import made, so nothing more to time.
            result["missing"] += [missing, "list open and type-ahead need the imported database"]
            return _checked(result)
        result["import"] = _median_run(imports)
        result["floor"] = _median_run(floors)
        say("list open and type-ahead…")
        try:
            result["reads"] = measure_reads(database, families, args.runs, args.seed)
        except ImportError as exc:
            result["missing"].append(f"services.registry_query is not available: {exc}")
    return _checked(result)


def _encrypted_import(env: dict[str, str], folder: Path, csv_path: Path) -> dict[str, Any]:
    from encrypted_side import OFFICE_PASSPHRASE

    database = folder / "encrypted.db"
    _remove(database)
    keyed = env | {"FORUMDESK_PASSPHRASE": OFFICE_PASSPHRASE}
    return run_import(keyed, database, csv_path, encrypted=True)


def _remove(database: Path) -> None:
    for leftover in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        leftover.unlink(missing_ok=True)


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median wall and CPU times of the runs, the highest peak memory, and every
    run's times (CPU time, user and system, is the steadier on a shared machine)."""
    return runs[-1] | {
        "s": statistics.median(run["s"] for run in runs),
        "cpu_s": statistics.median(run["cpu_s"] for run in runs),
        "peak_mb": max(run["peak_mb"] for run in runs),
        **(
            {"process_peak_mb": max(run["process_peak_mb"] for run in runs)}
            if "process_peak_mb" in runs[-1]
            else {}
        ),
        "runs_s": [round(run["s"], 2) for run in runs],
        "runs_cpu_s": [round(run["cpu_s"], 2) for run in runs],
    }


def _checked(result: dict[str, Any]) -> dict[str, Any]:
    checks: dict[str, tuple[float, float]] = {}
    if "import" in result:
        ratio = result["import"]["s"] / result["sqlite_utils"]["s"]
        checks["import_ratio"] = (ratio, TARGETS["import_ratio"])
        checks["peak_mb"] = (result["import"]["peak_mb"], TARGETS["peak_mb"])
    if "reads" in result:
        reads = result["reads"]
        checks["list_open_ms"] = (reads["list_open_ms"]["p50"], TARGETS["list_open_ms"])
        checks["typeahead_p95_ms"] = (reads["typeahead_ms"]["p95"], TARGETS["typeahead_p95_ms"])
    result["checks"] = {
        k: {"value": v, "target": t, "pass": v <= t} for k, (v, t) in checks.items()
    }
    return result


def _runs(measured: dict[str, Any]) -> str:
    return ", ".join(f"{seconds:.1f}" for seconds in measured.get("runs_s", []))


def _print_table(result: dict[str, Any]) -> None:
    if "sqlite_utils" not in result:  # --database: no import
        print(f"Registry of an imported database, SQLite {result['sqlite']}")
    else:
        print(
            f"Registry at {result['people']:,} people in {result['organisations']:,} "
            f"organisations (CSV {result['csv_mb']:.1f} MB, seed {result['seed']}), "
            f"SQLite {result['sqlite']}\n"
        )
        _print_imports(result)
    _print_reads(result)


def _print_imports(result: dict[str, Any]) -> None:
    baseline, imported = result["sqlite_utils"], result.get("import")
    print(f"{'import (fresh process), median':<34}{'wall':>9}{'peak RSS':>11}  runs")
    if imported:
        print(
            f"{'forumdesk registry import':<34}{imported['s']:>8.1f}s{imported['peak_mb']:>9.0f}MB"
            f"  {_runs(imported)}"
        )
    print(
        f"{'sqlite-utils insert --csv':<34}{baseline['s']:>8.1f}s{baseline['peak_mb']:>9.0f}MB"
        f"  {_runs(baseline)}"
    )
    if imported:
        print(
            f"ratio forumdesk / sqlite-utils: {imported['s'] / baseline['s']:.1f}; "
            f"rows valid {imported['valid']}, invalid {imported['invalid']}"
        )
        print(
            f"peak RSS: its processes together {imported['peak_mb']:.0f} MB (the target's), "
            f"the biggest alone {imported['process_peak_mb']:.0f} MB"
        )
        cpu = ", ".join(f"{s:.1f}" for s in imported["runs_cpu_s"])
        print(
            f"CPU time (user + system), median: forumdesk {imported['cpu_s']:.1f}s ({cpu}), "
            f"sqlite-utils {baseline['cpu_s']:.1f}s; "
            f"ratio {imported['cpu_s'] / baseline['cpu_s']:.1f}"
        )
    floor = result.get("floor")
    if imported and floor:
        print(
            f"floor: the import's {floor['rows']:,} rows written again by bare sqlite3 "
            f"(bench/import_floor.py): {floor['s']:.1f}s ({_runs(floor)}), "
            f"{floor['s'] / baseline['s']:.1f}× sqlite-utils; "
            f"forumdesk is {imported['s'] / floor['s']:.1f}× its floor"
        )
    if "encrypted_import_s" in result:
        from encrypted_side import print_compared

        print_compared("forumdesk registry import", "s", {"import": result["encrypted_import_s"]})


def _print_reads(result: dict[str, Any]) -> None:
    if "reads" in result:
        reads = result["reads"]
        print(
            f"\nreads over {reads['rows']:,} representatives, page of {PAGE}, "
            f"{result['runs']} runs; ms"
        )
        print(f"{'':<26}{'ours p50':>9}{'p95':>8}{'max':>8} │{'raw p50':>8}{'p95':>8}")
        for label, key in (
            ("list open (first page)", "list_open_ms"),
            ("type-ahead", "typeahead_ms"),
        ):
            o, r = reads[key], reads["raw_" + key]
            print(
                f"{label:<26}{o['p50']:>9.2f}{o['p95']:>8.2f}{o['max']:>8.2f} │"
                f"{r['p50']:>8.2f}{r['p95']:>8.2f}"
            )
        # What the page asks for once the first page is shown: information, no target.
        for label, key in (
            ("count, after the page", "count_ms"),
            ("type-ahead count, after", "typeahead_count_ms"),
        ):
            o = reads[key]
            print(f"{label:<26}{o['p50']:>9.2f}{o['p95']:>8.2f}{o['max']:>8.2f} │")
        print(
            f"first list open (cold): {reads['first_open_ms']:.1f} ms; "
            f"{len(reads['prefixes'])} prefixes, median {reads['median_prefix_matches']:,.0f} "
            "matches each"
        )
    print()
    labels = {
        "import_ratio": ("import ÷ sqlite-utils", "×"),
        "list_open_ms": ("list open, median", "ms"),
        "typeahead_p95_ms": ("type-ahead p95", "ms"),
        "peak_mb": ("import peak memory", "MB"),
    }
    for key, (label, unit) in labels.items():
        check = result["checks"].get(key)
        if check is None:
            print(f"{label:<22} cannot measure yet")
            continue
        verdict = "PASS" if check["pass"] else "FAIL"
        print(
            f"{label:<22}{check['value']:>9.1f} {unit:<3}(target <= {check['target']:g}): {verdict}"
        )
    for reason in result["missing"]:
        print(f"cannot measure: {reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Registry import, list and type-ahead at scale.")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of every read (default 7)")
    parser.add_argument(
        "--import-runs", type=int, default=3, help="imports timed, median kept (default 3)"
    )
    parser.add_argument("--seed", type=int, default=2006, help="random seed (default 2006)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--csv",
        type=Path,
        help="import this CSV, written by write_csv with --people, --organisations and --seed "
        "(a 1M-row file takes minutes to write)",
    )
    parser.add_argument(
        "--encrypted", action="store_true", help="also import into an encrypted database"
    )
    parser.add_argument(
        "--database",
        type=Path,
        help="measure the reads on this imported database (a copy: it is migrated), no import",
    )
    args = parser.parse_args(argv)
    if args.database is not None and not args.database.is_file():
        parser.error(f"--database: no such file: {args.database}")
    if min(args.people, args.organisations, args.runs, args.import_runs) < 1:
        parser.error("--people, --organisations, --runs and --import-runs must be at least 1")

    def say(message: str) -> None:
        if not args.json:
            print(message, file=sys.stderr)

    try:
        result = run(args, say)
    except (BenchError, subprocess.TimeoutExpired) as exc:
        print(f"registry.py: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_table(result)
    if result["missing"]:
        return 2
    return 0 if all(c["pass"] for c in result["checks"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Cold start to first paint: ForumDesk against a bare PySide6 window.

Usage: .venv/bin/python bench/startup.py [--runs N] [--json]
                                         [--database PATH | --people N [--organisations M]]

Each sample is a fresh process: the time from just before Popen to the
`first-paint <epoch> <cpu>` line the process prints. Its second figure, the CPU time the
process has used by then, is shown too: on a shared, loaded machine the wall-clock ratio
swings with the other work, the CPU ratio much less (the verdict stays the wall clock's).
ForumDesk starts on its default database (the file in its data folder), as a user's
start does: by default a prepared one holding the demo forum; `--database PATH` makes
an existing file the default one (linked, never written); `--people N` first imports
N people into a new one with bench/registry.py's CSV (issue 22's figure: `--people
1000000`, about 70 s to prepare; pass the file it made with --database to measure
again). ForumDesk opens the database after the first paint, so its size must not show
in the figure. The two programs alternate, after one discarded warm-up each, and are
compared by their medians (the machine may be shared and noisy). Exit 0 when the ratio
of medians meets the target, 1 when it does not, 2 when the benchmark cannot run.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

TARGET_RATIO = 1.3
RUN_TIMEOUT_S = 120.0
XVFB_SERVER_ARGS = "-screen 0 1440x900x24"
# Set on the re-exec under xvfb-run, so a broken xvfb-run cannot loop.
_REEXEC_MARK = "FORUMDESK_BENCH_UNDER_XVFB"

BENCH_DIR = Path(__file__).resolve().parent


class BenchError(Exception):
    """The benchmark cannot produce a figure; the message says why."""


@dataclass(frozen=True)
class Figures:
    median: float
    min: float
    max: float
    samples: list[float]

    @classmethod
    def of(cls, samples: list[float]) -> Figures:
        return cls(statistics.median(samples), min(samples), max(samples), samples)


def _ensure_display(argv: list[str], script: str = __file__) -> None:
    """Re-run `script` (this one, or a bench that imports this function) under xvfb-run
    when there is no display; exit 2 if impossible."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None or os.environ.get(_REEXEC_MARK):
        print(
            f"{Path(script).name}: no display (DISPLAY is not set) and xvfb-run is not available. "
            "Install it with `sudo apt-get install xvfb xauth`, or run in a desktop session.",
            file=sys.stderr,
        )
        sys.exit(2)
    env = {**os.environ, _REEXEC_MARK: "1"}
    command = [xvfb_run, "-a", "-s", XVFB_SERVER_ARGS, sys.executable, script, *argv]
    sys.exit(subprocess.run(command, env=env, check=False).returncode)


def _child_env(workdir: Path) -> dict[str, str]:
    # Settings, backups and the default database stay in the scratch folder.
    env = dict(os.environ)
    env["FORUMDESK_DATA_DIR"] = str(workdir / "data")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env.pop("FORUMDESK_DATABASE", None)
    env.pop(_REEXEC_MARK, None)
    # An installed ForumDesk runs from compiled bytecode, as Python and PySide6 do here:
    # the warm-up run writes it for a source checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class DatabaseChoice:
    """The default database ForumDesk starts on: `path` if given, else a new one holding
    `people` imported people (0: the demo forum)."""

    path: Path | None = None
    people: int = 0
    organisations: int = 28_000


def _prepare_database(path: Path, env: dict[str, str], choice: DatabaseChoice) -> str:
    """Make `path` the database `choice` asks for; what it holds, in words."""
    if choice.path is not None:
        if not choice.path.is_file():
            raise BenchError(f"no database at {choice.path}")
        path.symlink_to(choice.path.resolve())
        return f"{choice.path} ({choice.path.stat().st_size / 1e6:.0f} MB)"
    if choice.people:
        from registry import BenchError as RegistryError
        from registry import run_import, write_csv

        csv_path = path.with_name("people.csv")
        write_csv(csv_path, choice.people, choice.organisations, seed=22)
        try:
            run_import(env, path, csv_path)
        except RegistryError as exc:
            raise BenchError(f"preparing {choice.people:,} people failed: {exc}") from None
        csv_path.unlink()
        return f"{choice.people:,} people imported ({path.stat().st_size / 1e6:.0f} MB)"
    command = [sys.executable, "-m", "forumdesk", "--database", str(path), "init", "--demo"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"preparing the demo database failed:\n{done.stderr.strip()}")
    return "the demo forum"


def _first_paint(label: str, command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from just before Popen to the first paint the process reports, and the CPU
    seconds it had used by then (None if it does not say)."""
    started = time.time()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = process.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise BenchError(f"{label}: no exit within {RUN_TIMEOUT_S:.0f} s") from None
    painted = [line for line in out.splitlines() if line.startswith("first-paint ")]
    if process.returncode != 0 or not painted:
        raise BenchError(
            f"{label} exited with {process.returncode} "
            f"{'without a first-paint line' if not painted else ''}\n"
            f"command: {' '.join(command)}\nstderr:\n{err.strip()[-2000:]}"
        )
    words = painted[0].split()
    return float(words[1]) - started, float(words[2]) if len(words) > 2 else None


def alternate(
    commands: dict[str, list[str]],
    env: dict[str, str],
    runs: int,
    progress: bool,
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    """Each command's first paint, `runs` times, the commands taking turns; the CPU time
    to it goes into `cpu` when given (and reported)."""
    # Warm-up: load Python, Qt and the app into the OS file cache for all alike.
    for label, command in commands.items():
        _first_paint(label, command, env)
    samples: dict[str, list[float]] = {label: [] for label in commands}
    for round_number in range(runs):
        # Alternate which goes first, so neither always follows the other.
        order = list(commands) if round_number % 2 == 0 else list(reversed(commands))
        for label in order:
            wall, used = _first_paint(label, commands[label], env)
            samples[label].append(wall)
            if cpu is not None and used is not None:
                cpu.setdefault(label, []).append(used)
        if progress:
            print(f"  run {round_number + 1}/{runs} done", file=sys.stderr)
    return samples


def measure(
    runs: int, progress: bool, choice: DatabaseChoice = DatabaseChoice()
) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="forumdesk-bench-") as scratch:
        workdir = Path(scratch)
        env = _child_env(workdir)
        # The default database: no --database, as a user's start from the menu.
        database = Path(env["FORUMDESK_DATA_DIR"]) / "forumdesk.db"
        database.parent.mkdir(parents=True)
        if progress and choice.people:
            print(f"  importing {choice.people:,} people first…", file=sys.stderr)
        holding = _prepare_database(database, env, choice)
        commands = {
            "bare": [sys.executable, str(BENCH_DIR / "bare_window.py")],
            "forumdesk": [sys.executable, "-m", "forumdesk", "gui", "--quit-after-paint"],
        }
        cpu: dict[str, list[float]] = {}
        samples = alternate(commands, env, runs, progress, cpu)
    bare, app = Figures.of(samples["bare"]), Figures.of(samples["forumdesk"])
    ratio = app.median / bare.median
    cpu_bare, cpu_app = Figures.of(cpu["bare"]), Figures.of(cpu["forumdesk"])
    return {
        "database": holding,
        "runs": runs,
        "warmup_runs_discarded": 1,
        "platform": os.environ.get("QT_QPA_PLATFORM") or "default",
        "display": os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"),
        "bare_window_s": asdict(bare),
        "forumdesk_s": asdict(app),
        "ratio_of_medians": ratio,
        "bare_window_cpu_s": asdict(cpu_bare),
        "forumdesk_cpu_s": asdict(cpu_app),
        "cpu_ratio_of_medians": cpu_app.median / cpu_bare.median,
        "target_ratio": TARGET_RATIO,
        "pass": ratio <= TARGET_RATIO,
    }


def print_rows(result: dict[str, object], rows: dict[str, str]) -> None:
    """The median, min and max of each program's Figures, under a header: `rows` maps
    a key of `result` to the label its row shows."""
    print(f"{'':<16}{'median':>10}{'min':>10}{'max':>10}")
    for key, label in rows.items():
        figures = result[key]
        assert isinstance(figures, dict)
        print(
            f"{label:<16}{figures['median']:>9.3f}s{figures['min']:>9.3f}s{figures['max']:>9.3f}s"
        )


def _print_table(result: dict[str, object]) -> None:
    print(
        f"Cold start to first paint, {result['runs']} runs each, alternating; one warm-up "
        "run of each discarded first, so both start with the same OS file cache."
    )
    print(f"Display {result['display']}, Qt platform {result['platform']}.")
    print(f"Default database: {result['database']}.\n")
    print_rows(result, {"bare_window_s": "bare window", "forumdesk_s": "ForumDesk"})
    print("\nCPU time used by the first paint:")
    print_rows(result, {"bare_window_cpu_s": "bare window", "forumdesk_cpu_s": "ForumDesk"})
    print(f"CPU ratio of medians {result['cpu_ratio_of_medians']:.2f}")
    verdict = "PASS" if result["pass"] else "FAIL"
    print(
        f"\nratio of medians {result['ratio_of_medians']:.2f} "
        f"(target <= {result['target_ratio']}): {verdict}"
    )


def run_bench(
    argv: list[str] | None,
    script: str,
    description: str,
    measure: Callable[[int, bool], dict[str, object]],
    print_table: Callable[[dict[str, object]], None],
    parents: Sequence[argparse.ArgumentParser] = (),
) -> dict[str, object] | None:
    """A start-up bench's command line (--runs, --json, and the options of `parents`) and
    display: the figures, printed as the user asked, or None once the reason they cannot
    be had is printed."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=description, parents=list(parents))
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    _ensure_display(argv, script)
    try:
        result = measure(args.runs, not args.json)
    except BenchError as exc:
        print(f"{Path(script).name}: {exc}", file=sys.stderr)
        return None
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return result


def _database_options() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    which = options.add_mutually_exclusive_group()
    which.add_argument(
        "--database", type=Path, metavar="PATH", help="start on this database (not written)"
    )
    which.add_argument(
        "--people", type=int, default=0, metavar="N", help="start on N imported people"
    )
    options.add_argument(
        "--organisations", type=int, default=28_000, metavar="M", help="for --people"
    )
    return options


def main(argv: list[str] | None = None) -> int:
    description = "Cold start to first paint: ForumDesk against a bare PySide6 window."
    options = _database_options()
    known, _rest = options.parse_known_args(sys.argv[1:] if argv is None else argv)
    choice = DatabaseChoice(known.database, max(0, known.people), known.organisations)
    chosen = functools.partial(measure, choice=choice)
    result = run_bench(argv, __file__, description, chosen, _print_table, [options])
    if result is None:
        return 2
    return 0 if result["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())

"""The desktop bundle against the venv: size on disk, and cold start to first paint.

Usage: .venv/bin/python bench/bundle.py [--runs N] [--json]   (after `make bundle`)

Sizes: the one-folder build (blocks on disk, as `du` counts them) and its tarball.
Start: the same measure as bench/startup.py (a fresh process each time, from just
before Popen to its `first-paint` line, the demo database prepared beforehand), for
dist/ForumDesk-<version>-<arch>/forumdesk and .venv/bin/forumdesk, alternating after
one discarded warm-up each, compared by their medians. Exit 0 with the figures, 2 when
it cannot run. No target: the figures are for packaging/README.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging" / "bundle"))

from assemble import ROOT, bundle_name, disk_usage  # the bundle's name, as the spec makes it

from startup import BenchError, Figures, _child_env, alternate, print_rows, run_bench

MB = 1024 * 1024


def _programs() -> dict[str, Path]:
    programs = {
        "venv": ROOT / ".venv" / "bin" / "forumdesk",
        "bundle": ROOT / "dist" / bundle_name(ROOT) / "forumdesk",
    }
    for label, program in programs.items():
        if not os.access(program, os.X_OK):
            hint = "make bundle" if label == "bundle" else "make run"
            raise BenchError(f"no {label} program at {program}: run `{hint}` first")
    return programs


def measure(runs: int, progress: bool) -> dict[str, object]:
    programs = _programs()
    folder = programs["bundle"].parent
    tarball = folder.with_name(f"{folder.name}.tar.gz")
    sizes = {"folder_mb": disk_usage(folder) / MB, "tarball_mb": tarball.stat().st_size / MB}
    with tempfile.TemporaryDirectory(prefix="forumdesk-bench-bundle-") as scratch:
        workdir = Path(scratch)
        env = _child_env(workdir)
        env["FORUMDESK_CONFIG_DIR"] = str(workdir / "config")
        database = workdir / "bench.db"
        init = [str(programs["venv"]), "--database", str(database), "init", "--demo"]
        if not _runs_ok(init, env):
            raise BenchError(f"preparing the demo database failed: {' '.join(init)}")
        commands = {
            label: [str(program), "--database", str(database), "gui", "--quit-after-paint"]
            for label, program in programs.items()
        }
        samples = alternate(commands, env, runs, progress)
    venv, bundle = Figures.of(samples["venv"]), Figures.of(samples["bundle"])
    return {
        "bundle": folder.name,
        "runs": runs,
        "warmup_runs_discarded": 1,
        "display": os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"),
        **sizes,
        "venv_s": asdict(venv),
        "bundle_s": asdict(bundle),
        "ratio_of_medians": bundle.median / venv.median,
    }


def _runs_ok(command: list[str], env: dict[str, str]) -> bool:
    return subprocess.run(command, env=env, capture_output=True, check=False).returncode == 0


def _print_table(result: dict[str, object]) -> None:
    folder, tarball = result["folder_mb"], result["tarball_mb"]
    print(f"{result['bundle']}: {folder:.0f} MB on disk, tarball {tarball:.0f} MB")
    print(
        f"\nCold start to first paint, {result['runs']} runs each, alternating, after one "
        f"discarded warm-up of each; display {result['display']}.\n"
    )
    print_rows(result, {"venv_s": "venv", "bundle_s": "bundle"})
    print(f"\nbundle / venv, ratio of medians: {result['ratio_of_medians']:.2f}")


def main(argv: list[str] | None = None) -> int:
    description = "The desktop bundle against the venv: size, and cold start to first paint."
    return 2 if run_bench(argv, __file__, description, measure, _print_table) is None else 0


if __name__ == "__main__":
    sys.exit(main())

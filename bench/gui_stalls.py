"""The GUI stays responsive on a big registry: the longest stall of the event loop.

Usage: .venv/bin/python bench/gui_stalls.py [--people 100000] [--organisations 20000]
                                            [--database PATH] [--seed S] [--json]

A registry database is made first (bench/registry.py's seeded CSV, imported with
`forumdesk registry import`), unless `--database` names one already made (the 1M one
takes minutes to import: make it once, pass it each time). Then, in this process,
under Xvfb when there is no display, the real main window opens it, and a heartbeat
timer (every 5 ms) records the longest gap between two of its ticks while a user's
actions are replayed:

- open: the database opened and the first page shown;
- registry: the Registry page shown;
- scroll: its representatives list scrolled from top to bottom in 100 steps, 15 ms
  apart, then back to the top (each step asks for rows the view has not seen);
- filter: a family name's first letters typed into the filter, one key every 120 ms,
  then erased key by key;
- each page shown in turn (built on its first showing), then the Registry again.

After each action the probe waits until every background operation has landed, so its
stall includes what landing does on the GUI thread. A stall is the gap minus the
heartbeat's own interval. Memory: the process's resident set after the scroll, and its
peak (ru_maxrss) over the whole run.

Targets (issue 22): no stall over 100 ms; resident set under 400 MB. Exit 0 when both
hold, 1 when one does not, 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import _ensure_display  # the same Xvfb re-run as the start-up bench

TARGET_STALL_MS = 100.0
TARGET_RSS_MB = 400.0
HEARTBEAT_MS = 5
SCROLL_STEPS = 100
TYPED = "Mar"
ACTION_TIMEOUT_S = 300.0


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    longest_stall_ms: float = 0.0


@dataclass
class Result:
    people: int
    database: str
    phases: list[Phase] = field(default_factory=list)
    rss_after_scroll_mb: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def longest_stall_ms(self) -> float:
        return max((phase.longest_stall_ms for phase in self.phases), default=0.0)

    @property
    def passed(self) -> bool:
        return (
            self.longest_stall_ms <= TARGET_STALL_MS
            and max(self.rss_after_scroll_mb, self.peak_rss_mb) <= TARGET_RSS_MB
        )


def _resident_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def prepare(folder: Path, people: int, organisations: int, seed: int) -> Path:
    """A registry database of `people` representatives, made as an office would."""
    from registry import write_csv

    csv_path = folder / "people.csv"
    write_csv(csv_path, people, organisations, seed)
    database = folder / "registry.db"
    for words in (["init"], ["registry", "import", str(csv_path)]):
        command = [sys.executable, "-m", "forumdesk", "--database", str(database), *words]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"gui_stalls.py: {' '.join(words[:2])} failed: {done.stderr.strip()}")
    csv_path.unlink()
    return database


class Probe:
    """Replays the actions on the real window and times the event loop meanwhile."""

    def __init__(self, database: Path, people: int) -> None:
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication

        from forumdesk.ui.common.settings import AppSettings
        from forumdesk.ui.shell.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.result = Result(people=people, database=str(database))
        ini = QSettings(str(database.with_suffix(".ini")), QSettings.Format.IniFormat)
        self.window = MainWindow(AppSettings(ini))
        self.window.resize(1440, 900)
        self._gap = 0.0
        self._last = time.perf_counter()
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self._gap = max(self._gap, now - self._last)
        self._last = now

    def _wait(self, condition: Callable[[], bool], timeout: float = ACTION_TIMEOUT_S) -> None:
        """Run the event loop (not a busy loop of our own) until `condition` holds."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        check = QTimer()
        check.setInterval(HEARTBEAT_MS)
        deadline = time.monotonic() + timeout

        def poll() -> None:
            if condition():
                loop.quit()
            elif time.monotonic() > deadline:
                loop.quit()
                raise SystemExit("gui_stalls.py: an action did not finish in time")

        check.timeout.connect(poll)
        check.start()
        loop.exec()
        check.stop()

    def _pause(self, milliseconds: int) -> None:
        until = time.monotonic() + milliseconds / 1000
        self._wait(lambda: time.monotonic() >= until)

    def _idle(self) -> None:
        window = self.window
        self._wait(
            lambda: window.ops.is_idle and not any(page.drawing() for page in window.built_pages())
        )

    def phase(self, name: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        self._gap = 0.0
        self._last = time.perf_counter()
        action()
        self._idle()
        self._beat()
        stall = max(0.0, self._gap * 1000 - HEARTBEAT_MS)
        self.result.phases.append(Phase(name, time.perf_counter() - started, stall))

    def run(self) -> Result:
        window = self.window
        window.show()
        self._heartbeat.start()
        opened: list[bool] = []
        window.ready.connect(lambda: opened.append(True))
        self.phase(
            "open",
            lambda: (window.open_database(self.result.database), self._wait(lambda: bool(opened))),
        )
        from forumdesk.ui.shell.page_kinds import PAGE_NAMES, REGISTRY

        self.phase("registry", lambda: window.show_page(REGISTRY))
        self.phase("scroll", self._scroll)
        self.result.rss_after_scroll_mb = _resident_mb()
        self.phase("filter", self._type)
        for index, name in [*enumerate(PAGE_NAMES), (REGISTRY, "registry again")]:
            self.phase(name.removesuffix("_page"), lambda index=index: window.show_page(index))
        self._heartbeat.stop()
        self.result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return self.result

    def _scroll(self) -> None:
        bar = self.window.registry_page.representatives.table.verticalScrollBar()
        self._wait(lambda: bar.maximum() > 0)
        for step in [*range(SCROLL_STEPS + 1), *reversed(range(SCROLL_STEPS))]:
            bar.setValue(bar.maximum() * step // SCROLL_STEPS)
            self._pause(15)

    def _type(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        line = self.window.registry_page.representatives.filter_edit
        for letter in TYPED:
            QTest.keyClick(line, letter)
            self._pause(120)
        for _ in TYPED:
            QTest.keyClick(line, Qt.Key.Key_Backspace)
            self._pause(120)


def _print(result: Result) -> None:
    print(f"{result.people:,} people: {result.database}")
    print(f"{'action':<15} {'seconds':>8} {'longest stall':>14}")
    for phase in result.phases:
        print(f"{phase.name:<15} {phase.seconds:>8.2f} {phase.longest_stall_ms:>11.0f} ms")
    verdict = "PASS" if result.passed else "FAIL"
    print(
        f"longest stall {result.longest_stall_ms:.0f} ms (target {TARGET_STALL_MS:.0f}); "
        f"resident {result.rss_after_scroll_mb:.0f} MB after the scroll, peak "
        f"{result.peak_rss_mb:.0f} MB (target {TARGET_RSS_MB:.0f}): {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=20_000)
    parser.add_argument("--database", type=Path, help="a registry database already made")
    parser.add_argument("--seed", type=int, default=2006)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(arguments)
    _ensure_display(arguments, __file__)
    with tempfile.TemporaryDirectory(prefix="forumdesk-stalls-") as scratch:
        folder = Path(scratch)
        os.environ["FORUMDESK_DATA_DIR"] = str(folder / "data")
        os.environ["FORUMDESK_CONFIG_DIR"] = str(folder / "config")
        os.environ.setdefault("FORUMDESK_USER", "Bench")
        database = args.database or prepare(folder, args.people, args.organisations, args.seed)
        result = Probe(database.resolve(), args.people).run()
    if args.json:
        print(json.dumps({**asdict(result), "passed": result.passed}, indent=2))
    else:
        _print(result)
    return 0 if result.passed else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Without Python's teardown of the Qt objects (ui/shell/app.py says why).
    os._exit(code)
